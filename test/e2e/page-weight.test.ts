import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portal } from '../../src/lib/core/config';
import { budgetExempt, budgets, weighPage } from '../../bench/lib/page-weight';
import { base, distDir, listFiles, listPages } from './support/site';

// Byte counts of the real build are deterministic, so the budget is a test; timings live in bench/.
const exempt = budgetExempt;

describe('JavaScript budget', () => {
	const all = listPages(distDir).map((page) => weighPage(distDir, page, base));
	const weights = all.filter((weight) => !exempt.includes(weight.page));

	it('exempts only the CMS, which does ship its application', () => {
		expect(all.filter((weight) => exempt.includes(weight.page)).map((weight) => weight.page)).toEqual(exempt);
		expect(all.find((weight) => weight.page === 'admin/index.html')!.js).toBeGreaterThan(100_000);
	});

	it.each(weights.filter((w) => !w.hasIsland).map((w) => [w.page, w] as const))(
		'%s ships at most 3 KB gzip of JavaScript',
		(_page, weight) => {
			expect(weight.js).toBeLessThanOrEqual(budgets.contentPageJs);
		},
	);

	it.each(weights.filter((w) => w.hasIsland).map((w) => [w.page, w] as const))(
		'%s (an island page) ships at most 80 KB gzip of JavaScript',
		(_page, weight) => {
			expect(weight.js).toBeLessThanOrEqual(budgets.islandPageJs);
		},
	);

	it('counts the inline theme script on every page', () => {
		for (const weight of weights) expect(weight.js).toBeGreaterThan(0);
	});
});

describe('browser code', () => {
	// Islands and client scripts get configured values as props; zod and the config stay at build time.
	const chunks = listFiles(join(distDir, '_astro'))
		.filter((file) => file.endsWith('.js'))
		.map((file) => [file, readFileSync(join(distDir, '_astro', file), 'utf8')] as const);

	it('finds the built chunks', () => {
		expect(chunks.length).toBeGreaterThan(5);
	});

	it.each(chunks.map(([file, text]) => [file, text] as const))(
		'%s contains no zod and no config text',
		(_file, text) => {
			for (const zodMark of ['ZodError', '$ZodType', 'invalid_type']) expect(text).not.toContain(zodMark);
			expect(text).not.toContain(portal.programName);
			expect(text).not.toContain('portal.config.ts');
		},
	);
});

describe('fonts and CSS', () => {
	const weights = listPages(distDir)
		.filter((page) => !budgetExempt.includes(page))
		.map((page) => weighPage(distDir, page, base));

	it('preload the one Latin body font on every page', () => {
		for (const weight of weights) expect(weight.fonts, weight.page).toBeGreaterThan(10_000);
	});

	it.each(weights.map((w) => [w.page, w] as const))('%s loads at most 60 KB of fonts and CSS', (_page, weight) => {
		expect(weight.css + weight.fonts).toBeLessThanOrEqual(budgets.fontsAndCss);
	});
});
