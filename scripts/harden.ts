/**
 * Post-build hardening of `dist/` (run by `npm run build` after Astro and Pagefind):
 * parse every page → compute its inline-code hashes → write a CSP <meta> into it, and a `_headers` file
 * with the site-wide policy and security headers for Netlify and Cloudflare Pages.
 * Each file is written to a temporary name and renamed, so an interrupted run leaves no half-written page.
 *   tsx scripts/harden.ts [--dist dist]
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listPages } from '../bench/lib/files';
import { portal } from '../src/lib/config';
import { cmsBackendFromEnv } from '../src/lib/cms-config';
import {
	buildPolicy,
	cmsPolicyOptions,
	headerPolicy,
	headersFile,
	inlineCode,
	injectPolicyMeta,
} from '../src/lib/security';
import { staffSections } from '../src/lib/urls';

function writeAtomic(file: string, text: string) {
	const temp = `${file}.tmp-${process.pid}`;
	writeFileSync(temp, text);
	renameSync(temp, file);
}

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist!;
const connect = portal.ratingEndpoint ? [new URL(portal.ratingEndpoint).origin] : [];

// Parse: every built page and its inline code.
const pages = listPages(dist).map((page) => {
	const html = readFileSync(join(dist, page), 'utf8');
	return { page, html, code: inlineCode(html) };
});

// Compute and write: a per-page policy, then the union for the headers file.
const cms = cmsPolicyOptions(cmsBackendFromEnv(process.env));
const isCms = (page: string) => page.startsWith('admin/');
for (const { page, html, code } of pages) {
	const options = isCms(page) ? { ...cms, connect: [...connect, ...cms.connect!] } : { connect };
	writeAtomic(join(dist, page), injectPolicyMeta(html, buildPolicy(code, options)));
}
const scripts = pages.flatMap((p) => p.code.scripts);
writeAtomic(join(dist, '_headers'), headersFile(portal.base, headerPolicy(scripts), staffSections));
console.log(`harden: CSP added to ${pages.length} pages; wrote ${join(dist, '_headers')}`);
