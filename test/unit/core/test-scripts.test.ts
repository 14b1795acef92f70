import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

/** The build folder a script names through PORTAL_OUT_DIR, or undefined when it builds into Astro's default. */
const outDir = (script: string) => /PORTAL_OUT_DIR=(\S+)/.exec(scripts[script] ?? '')?.[1];

describe('test builds', () => {
	it('never build into dist/, so `npm test` leaves the plain build for `npm run preview`', () => {
		for (const script of ['test:e2e', 'test:e2e:subpath']) {
			expect(outDir(script), script).toMatch(/^\.builds\//);
		}
	});

	it('use one folder per base, so the /partners/ build never replaces the plain one', () => {
		expect(outDir('test:e2e')).not.toBe(outDir('test:e2e:subpath'));
	});
});
