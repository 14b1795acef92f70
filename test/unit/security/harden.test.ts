import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSource } from '../../../src/lib/security/csp';
import { hardenSite, islandStylesInHead } from '../../../src/lib/security/harden';
import { astroRuntimeScripts } from '../../../src/lib/security/trusted-scripts';

let dist: string;
beforeEach(() => {
	dist = mkdtempSync(join(tmpdir(), 'harden-'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const page = (scripts: string[]) =>
	`<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body>${scripts.map((s) => `<script>${s}</script>`).join('')}</body></html>`;

describe('hardenSite hashes only the scripts the portal wrote', () => {
	it('hashes our own inline scripts and Astro’s island loader', () => {
		writeFileSync(join(dist, 'index.html'), page(['theme()', astroRuntimeScripts[0]!]));
		hardenSite(dist, ['theme()']);
		const headers = readFileSync(join(dist, '_headers'), 'utf8');
		expect(headers).toContain(hashSource('theme()'));
		expect(headers).toContain(hashSource(astroRuntimeScripts[0]!));
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(hashSource('theme()'));
	});

	it('refuses a script that arrived with content, and writes nothing', () => {
		const html = page(['theme()', 'alert(document.cookie)']);
		writeFileSync(join(dist, 'index.html'), html);
		expect(() => hardenSite(dist, ['theme()'])).toThrow(
			/A page carries an inline script that the portal's code did not write:\n {2}index\.html: <script>alert\(document\.cookie\)<\/script>/,
		);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(html);
		expect(existsSync(join(dist, '_headers'))).toBe(false);
	});

	it('ignores JSON data blocks, which never run', () => {
		writeFileSync(
			join(dist, 'index.html'),
			page([]).replace('</body>', '<script type="application/json">{"a":1}</script></body>'),
		);
		expect(() => hardenSite(dist, [])).not.toThrow();
	});
});

describe('islandStylesInHead', () => {
	const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
	it('moves the style Astro writes before the first island into the head, once', () => {
		const html = `<html><head><title>x</title></head><body><p>a</p>${style}<astro-island></astro-island>${style}</body></html>`;
		expect(islandStylesInHead(html)).toBe(
			`<html><head><title>x</title>${style}</head><body><p>a</p><astro-island></astro-island></body></html>`,
		);
	});
	it('leaves pages without it, and other styles, alone', () => {
		const html = '<html><head></head><body><style>p{}</style></body></html>';
		expect(islandStylesInHead(html)).toBe(html);
	});
});
