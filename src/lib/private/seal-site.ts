import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'node-html-parser';
import { writeFileAtomic } from '../data/atomic-write';
import { listFiles } from '../core/site-files';
import { aesKey, seal, toBase64Url } from './envelope';
import { deriveBytes, type KeyPurpose } from './keys';

/** What `sealSite` needs to know about the build. */
export interface SealOptions {
	/** The built site, sealed in place. */
	dist: string;
	/** The site base, e.g. "/" or "/partners/". */
	base: string;
	/** The staff secret's bytes. */
	secret: Uint8Array<ArrayBuffer>;
	/** Site-relative folders for staff only (e.g. "scorecards/"): every file in them is sealed with the staff key. */
	staffSections: readonly string[];
	/** Each partner's salt from partners.csv, when one is set; rotating it revokes only that partner's link. */
	partnerSalts?: ReadonlyMap<string, string>;
	/** The program's name, for the locked page's title. */
	programName: string;
	/** The unlock script (src/client/unlock.ts bundled), added to each sealed page. */
	unlockScript: string;
}

const encoder = new TextEncoder();

/** The markup a locked page shows until it opens: a heading, what to do, and a form for the link. */
function lockedMain(dataBlock: string): string {
	return `<div class="unlock">
<p class="eyebrow">Private page</p>
<h1 tabindex="-1">This page is locked</h1>
<p class="lead">It opens with the private link you were sent. The key in the link stays in your browser and is never sent to the site.</p>
<noscript><p class="callout callout-warning">Opening it needs JavaScript: turn it on for this site, then reload.</p></noscript>
<form class="unlock-form" data-unlock-form hidden>
<label for="unlock-key">Your private link or key</label>
<div class="unlock-row"><input id="unlock-key" name="key" type="text" autocomplete="off" autocapitalize="off" spellcheck="false" required /><button class="button primary" type="submit">Open page</button></div>
</form>
<p class="unlock-status" data-unlock-status role="status" aria-live="polite"></p>
${dataBlock}
</div>`;
}

/** The key for a purpose, as raw bytes (for links) and as an AES key (for sealing). */
async function keyFor(secret: Uint8Array<ArrayBuffer>, purpose: KeyPurpose) {
	const raw = await deriveBytes(secret, purpose);
	return { raw, key: await aesKey(raw, 'encrypt') };
}

/**
 * Seals a built site in place: every file in a staff section and every page whose `<main>` says
 * `data-seal="partner:<id>"`. A page keeps its header and footer; its `<main>` and title are encrypted and
 * replaced by the locked view. Other files in staff sections (CSV, JSON downloads) become `<file>.sealed`, and
 * the plaintext is deleted. Returns what it sealed, and the staff key for the link.
 */
export async function sealSite(options: SealOptions): Promise<{ pages: number; files: number; staffKey: string }> {
	const { dist, base, secret } = options;
	const staff = await keyFor(secret, { kind: 'staff' });
	const inStaffSection = (path: string) => options.staffSections.some((section) => path.startsWith(section));
	const all = listFiles(dist);
	const sealedFiles = new Set(all.filter((file) => inStaffSection(file) && !file.endsWith('.html')));
	let pages = 0;

	for (const file of all.filter((name) => name.endsWith('.html'))) {
		const html = readFileSync(join(dist, file), 'utf8');
		const root = parse(html, { comment: true });
		const main = root.querySelector('main');
		const marked = main?.getAttribute('data-seal');
		if (!main || (!inStaffSection(file) && !marked)) continue;
		const partner = marked?.startsWith('partner:') ? marked.slice('partner:'.length) : undefined;
		const { key } = partner
			? await keyFor(secret, { kind: 'partner', id: partner, salt: options.partnerSalts?.get(partner) })
			: staff;
		const context = file.replace(/index\.html$/, '');

		// Links to sealed downloads are decrypted on click (src/client/unlock.ts).
		for (const link of main.querySelectorAll('a[href]')) {
			const target = posix.join(posix.dirname(`/${file}`), link.getAttribute('href') ?? '');
			const path = (link.getAttribute('href') ?? '').startsWith('/') ? link.getAttribute('href')! : target;
			const relative = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
			if (sealedFiles.has(relative)) link.setAttribute('data-sealed-file', '');
		}

		const title = root.querySelector('title');
		const payload = encoder.encode(JSON.stringify({ title: title?.text ?? '', html: main.innerHTML }));
		const blob = toBase64Url(await seal(key, payload, context));
		const scope = partner ? `partner:${context}` : 'staff';
		const dataBlock = `<script type="application/json" id="sealed-page" data-scope="${scope}" data-context="${context}" data-base="${base}">"${blob}"</script>`;
		main.set_content(lockedMain(dataBlock));
		main.removeAttribute('data-seal');
		title?.set_content(`Private page · ${options.programName}`);
		for (const meta of root.querySelectorAll(
			'meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]',
		)) {
			meta.remove();
		}
		root.querySelector('body')?.insertAdjacentHTML('beforeend', `<script>${options.unlockScript}</script>`);
		writeFileAtomic(join(dist, file), root.toString(), { overwrite: true });
		pages++;
	}

	for (const file of sealedFiles) {
		const plain = new Uint8Array(readFileSync(join(dist, file)));
		const sealed = await seal(staff.key, plain, file);
		// Written in place: the build is staged (scripts/build.ts), so no reader sees a half-sealed site.
		writeFileSync(join(dist, `${file}.sealed`), sealed);
		rmSync(join(dist, file));
	}
	return { pages, files: sealedFiles.size, staffKey: toBase64Url(staff.raw) };
}
