import { describe, expect, it } from 'vitest';
import {
	buildPolicy,
	cmsPolicyOptions,
	hashSource,
	headerPolicy,
	headersFile,
	injectPolicyMeta,
	inlineCode,
} from '../../../src/lib/security/csp';
import { robotsTxt } from '../../../src/lib/core/urls';

const page = `<!doctype html><html><head><meta charset="utf-8"><script>a()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{}</script><style>b{}</style></head><body><script>c()</script></body></html>`;

describe('security', () => {
	it('finds inline scripts and styles, skipping external scripts and JSON data', () => {
		expect(inlineCode(page)).toEqual({ scripts: ['a()', 'c()'], styles: ['b{}'] });
	});
	it('hashes code as CSP sources', () => {
		// echo -n 'a()' | openssl dgst -sha256 -binary | base64
		expect(hashSource('a()')).toBe("'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='");
	});
	it('builds a strict policy: hashes, no unsafe-inline script, WebAssembly for search', () => {
		const policy = buildPolicy(inlineCode(page), { connect: ['https://ratings.example.com'] });
		expect(policy).toContain(
			`script-src 'self' 'wasm-unsafe-eval' ${[hashSource('a()'), hashSource('c()')].sort().join(' ')};`,
		);
		expect(policy).toContain(`style-src 'self' ${hashSource('b{}')};`);
		expect(policy).toContain("connect-src 'self' https://ratings.example.com;");
		expect(policy).not.toContain('frame-ancestors');
	});
	it('gives only the CMS run-time styles and its Git host', () => {
		const options = cmsPolicyOptions({ name: 'github', baseUrl: 'https://auth.example.com/x' });
		expect(options.connect).toEqual(['data:', 'blob:', 'https://api.github.com', 'https://auth.example.com']);
		const policy = buildPolicy(inlineCode(page), options);
		expect(policy).toContain("style-src 'self' 'unsafe-inline';");
		expect(policy).toContain(
			`script-src 'self' 'wasm-unsafe-eval' ${[hashSource('a()'), hashSource('c()')].sort().join(' ')};`,
		);
	});
	it('puts scripts and header-only directives in the headers file policy, leaving styles to each page', () => {
		const policy = headerPolicy(['a()', 'a()']);
		expect(policy).toBe(
			`script-src 'self' 'wasm-unsafe-eval' ${hashSource('a()')}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'`,
		);
	});
	it('injects the policy right after the charset, once', () => {
		const once = injectPolicyMeta(page, "default-src 'self'");
		expect(once).toContain(
			`<meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'">`,
		);
		expect(injectPolicyMeta(once, 'other')).toBe(once);
		expect(() => injectPolicyMeta('<p>no head</p>', 'x')).toThrow('Expected a <head> element');
	});
	it('writes a headers file for the base with noindex on staff sections', () => {
		const file = headersFile('/partners/', "default-src 'self'", ['scorecards/']);
		expect(file.split('\n').slice(0, 3)).toEqual([
			'/partners/*',
			"  Content-Security-Policy: default-src 'self'",
			'  Referrer-Policy: strict-origin-when-cross-origin',
		]);
		expect(file).toContain('/partners/scorecards/*\n  X-Robots-Tag: noindex\n');
	});
	it('writes robots.txt that disallows staff sections under the base', () => {
		expect(robotsTxt('/partners/', 'https://x.test/partners/sitemap-index.xml')).toBe(
			[
				'User-agent: *',
				'Allow: /partners/',
				'Disallow: /partners/scorecards/',
				'Disallow: /partners/admin/',
				'',
				'Sitemap: https://x.test/partners/sitemap-index.xml',
				'',
			].join('\n'),
		);
	});
});
