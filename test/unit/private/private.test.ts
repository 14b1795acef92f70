import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SealError, aesKey, fromBase64Url, open, seal, toBase64Url } from '../../../src/lib/private/envelope';
import { deriveBytes } from '../../../src/lib/private/keys';
import { partnerLink, partnerPagePath } from '../../../src/lib/private/links';
import { sealSite } from '../../../src/lib/private/seal-site';
import { readSecret } from '../../../src/lib/private/secret';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);
const secret = new Uint8Array(randomBytes(32));

async function keys() {
	const raw = new Uint8Array(randomBytes(32));
	return { raw, enc: await aesKey(raw, 'encrypt'), dec: await aesKey(raw, 'decrypt') };
}

async function reason(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
		return 'opened';
	} catch (error) {
		return error instanceof SealError ? error.reason : String(error);
	}
}

describe('envelope (AES-256-GCM)', () => {
	it('opens what it sealed, with a fresh IV each time', async () => {
		const { enc, dec } = await keys();
		const a = await seal(enc, bytes('Revenue 13,720'), 'scorecards/');
		const b = await seal(enc, bytes('Revenue 13,720'), 'scorecards/');
		expect(toBase64Url(a)).not.toBe(toBase64Url(b));
		expect(text(await open(dec, a, 'scorecards/'))).toBe('Revenue 13,720');
		expect(text(a)).not.toContain('13,720');
	});

	it('refuses a wrong key, a flipped byte, another page, a truncated blob and another version', async () => {
		const { enc, dec } = await keys();
		const other = await keys();
		const sealed = await seal(enc, bytes('secret figures'), 'scorecards/');
		expect(await reason(open(other.dec, sealed, 'scorecards/'))).toBe('key-or-tampered');
		for (const at of [1, 14, sealed.length - 1]) {
			const flipped = sealed.slice();
			flipped[at]! ^= 1;
			expect(await reason(open(dec, flipped, 'scorecards/'))).toBe('key-or-tampered');
		}
		expect(await reason(open(dec, sealed, 'scorecards/other/'))).toBe('key-or-tampered');
		expect(await reason(open(dec, sealed.slice(0, 20), 'scorecards/'))).toBe('truncated');
		const future = sealed.slice();
		future[0] = 2;
		expect(await reason(open(dec, future, 'scorecards/'))).toBe('version');
		expect(await reason(aesKey(new Uint8Array(16), 'decrypt'))).toBe('bad-key');
	});

	it('round-trips base64url', () => {
		const data = new Uint8Array(randomBytes(100_000));
		expect(fromBase64Url(toBase64Url(data))).toEqual(data);
		expect(toBase64Url(data)).toMatch(/^[A-Za-z0-9_-]+$/);
	});
});

describe('keys (HKDF-SHA-256)', () => {
	it('derives one stable key per purpose, unrelated to the others', async () => {
		const staff = toBase64Url(await deriveBytes(secret, { kind: 'staff' }));
		const a = toBase64Url(await deriveBytes(secret, { kind: 'partner', id: 'alder-and-finch' }));
		const b = toBase64Url(await deriveBytes(secret, { kind: 'partner', id: 'brightpath-ops' }));
		expect(toBase64Url(await deriveBytes(secret, { kind: 'staff' }))).toBe(staff);
		expect(new Set([staff, a, b]).size).toBe(3);
		expect(fromBase64Url(a)).toHaveLength(32);
	});

	it('changes every key when the secret rotates, and one partner’s when their salt does', async () => {
		const other = new Uint8Array(randomBytes(32));
		const a = toBase64Url(await deriveBytes(secret, { kind: 'partner', id: 'alder-and-finch' }));
		expect(toBase64Url(await deriveBytes(other, { kind: 'partner', id: 'alder-and-finch' }))).not.toBe(a);
		expect(toBase64Url(await deriveBytes(secret, { kind: 'partner', id: 'alder-and-finch', salt: '2' }))).not.toBe(a);
	});
});

describe('readSecret', () => {
	it('reads PORTAL_STAFF_SECRET, else the key file, else nothing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'secret-'));
		const good = toBase64Url(secret);
		expect(readSecret(good, join(dir, 'none'))?.source).toBe('env');
		writeFileSync(join(dir, 'key'), `${good}\n`);
		expect(readSecret(undefined, join(dir, 'key'))?.bytes).toEqual(secret);
		expect(readSecret(undefined, join(dir, 'none'))).toBeUndefined();
		rmSync(dir, { recursive: true });
	});

	it('refuses a short or malformed secret, naming where it came from', () => {
		expect(() => readSecret('hunter2')).toThrow(/PORTAL_STAFF_SECRET: expected a random secret of at least 32 bytes/);
		expect(() => readSecret('hunter2')).toThrow(/found "hunter2" \(7 characters\)[\s\S]*Hint:/);
		expect(() => readSecret('not base64 at all, with spaces and more than enough length')).toThrow(
			/PORTAL_STAFF_SECRET/,
		);
	});
});

describe('sealSite', () => {
	let dist: string;
	beforeEach(() => {
		dist = mkdtempSync(join(tmpdir(), 'seal-'));
	});
	afterEach(() => rmSync(dist, { recursive: true, force: true }));

	const page = (title: string, main: string, attrs = '') =>
		`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><meta name="description" content="${title} details"><meta property="og:title" content="${title}"></head><body><header>Menu</header><main id="main"${attrs}>${main}</main><footer>Footer</footer></body></html>`;

	function write(path: string, content: string) {
		mkdirSync(join(dist, path, '..'), { recursive: true });
		writeFileSync(join(dist, path), content);
	}

	async function unseal(path: string, raw: Uint8Array<ArrayBuffer>) {
		const html = readFileSync(join(dist, path), 'utf8');
		const blob = /<script type="application\/json" id="sealed-page"[^>]*>"([^"]+)"<\/script>/.exec(html)![1]!;
		const context = /data-context="([^"]*)"/.exec(html)![1]!;
		return JSON.parse(text(await open(await aesKey(raw, 'decrypt'), fromBase64Url(blob), context))) as {
			title: string;
			html: string;
		};
	}

	it('seals staff sections and marked partner pages, and nothing else', async () => {
		write('index.html', page('Home', '<h1>Welcome</h1>'));
		write(
			'scorecards/index.html',
			page(
				'Scorecards · Lumen',
				'<h1>Scorecards</h1><p>Copperleaf Studio revenue 13,720</p><a href="scorecards.csv" download>CSV</a>',
			),
		);
		write('scorecards/scorecards.csv', 'partner,revenue\ncopperleaf-studio,13720\n');
		write(
			'p/x1/index.html',
			page(
				'Copperleaf Studio',
				'<h1>Your scorecard</h1><p>Revenue 13,720</p>',
				' data-seal="partner:copperleaf-studio"',
			),
		);

		const result = await sealSite({
			dist,
			base: '/',
			secret,
			staffSections: ['scorecards/'],
			programName: 'Lumen',
			unlockScript: 'unlock()',
		});
		expect(result).toMatchObject({ pages: 2, files: 1 });

		for (const file of readdirSync(dist, { recursive: true }) as string[]) {
			if (file.endsWith('.html') && file !== 'index.html') {
				const html = readFileSync(join(dist, file), 'utf8');
				expect(html).not.toMatch(/13,720|Copperleaf|data-seal=/);
				expect(html).toContain('<title>Private page · Lumen</title>');
				expect(html).toContain('<h1 tabindex="-1">This page is locked</h1>');
				expect(html).toContain('<header>Menu</header>');
				expect(html).toContain('<script>unlock()</script>');
			}
		}
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(page('Home', '<h1>Welcome</h1>'));
		expect(existsSync(join(dist, 'scorecards/scorecards.csv'))).toBe(false);

		const staffRaw = fromBase64Url(result.staffKey);
		const staffPage = await unseal('scorecards/index.html', staffRaw);
		expect(staffPage.title).toBe('Scorecards · Lumen');
		expect(staffPage.html).toContain('<a href="scorecards.csv" download data-sealed-file>CSV</a>');
		const csv = await open(
			await aesKey(staffRaw, 'decrypt'),
			new Uint8Array(readFileSync(join(dist, 'scorecards/scorecards.csv.sealed'))),
			'scorecards/scorecards.csv',
		);
		expect(text(csv)).toBe('partner,revenue\ncopperleaf-studio,13720\n');

		const partnerRaw = await deriveBytes(secret, { kind: 'partner', id: 'copperleaf-studio' });
		expect((await unseal('p/x1/index.html', partnerRaw)).html).toContain('Revenue 13,720');
		await expect(unseal('p/x1/index.html', staffRaw)).rejects.toThrow(SealError);
		const otherPartner = await deriveBytes(secret, { kind: 'partner', id: 'alder-and-finch' });
		await expect(unseal('p/x1/index.html', otherPartner)).rejects.toThrow(SealError);
	});
});

describe('private links', () => {
	it('move a partner’s page and change its key when their salt changes, and only theirs', async () => {
		const site = 'https://partners.example.com/';
		const before = await partnerLink(site, secret, 'alder-and-finch');
		const after = await partnerLink(site, secret, 'alder-and-finch', '2026-11');
		expect(after).not.toBe(before);
		expect(new URL(after).pathname).not.toBe(new URL(before).pathname);
		expect(await partnerLink(site, secret, 'brightpath-ops')).toBe(await partnerLink(site, secret, 'brightpath-ops'));
		expect(await partnerPagePath(secret, 'alder-and-finch')).toMatch(/^p\/[A-Za-z0-9_-]{12}\/$/);
	});
});
