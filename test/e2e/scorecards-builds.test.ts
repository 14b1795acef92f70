import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/scorecards';
import { launchBrowser, newContext } from './support/browser';
import { listPages } from './support/site';
import { serveStatic } from './support/static-server';

const made: string[] = [];
const temp = (prefix: string) => {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
};
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser.close();
	made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const evil = '<script>alert(1)</script>';

function astroBuild(outDir: string, env: Record<string, string>) {
	const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
		env: { ...process.env, ...env, FORCE_COLOR: '0' },
		encoding: 'utf8',
	});
	expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}

describe('scorecards built from a fixture data folder', () => {
	it('renders names from data as text, never as HTML', { timeout: 300_000 }, async () => {
		const data = temp('scorecards-fixture-');
		mkdirSync(join(data, 'ratings'));
		writeFileSync(
			join(data, 'partners.csv'),
			`id,name,type,model,joined,track\nevil,${evil},agency,referral,2024-01-01,\nquoted,"Quote ""&"" <b>bold</b>",software,value-exchange,2024-02-01,\n`,
		);
		const metric = (id: string, quarter: string, satisfaction: string) =>
			`${id},${quarter},12,6,2,30000,,88,8,${satisfaction},3,8,90,2,2,4,1,1`;
		writeFileSync(
			join(data, 'metrics.csv'),
			[
				'partner_id,quarter,referrals,qualified_leads,conversions,revenue,referred_ltv,retention_rate,touchpoints,satisfaction,resolution_days,goal_convergence,commitment,projects_planned,projects_completed,ideas,improvements,opportunities',
				metric('evil', '2026-Q2', '8'),
				metric('evil', '2026-Q3', '6'),
				metric('quoted', '2026-Q3', '9'),
			].join('\n'),
		);
		const scorecards = join(temp('scorecards-out-'), 'scorecards');
		expect(main(['--data', data, '--out', scorecards], { log() {}, error: console.error, now: () => new Date() })).toBe(
			0,
		);
		const dist = temp('scorecards-dist-');
		astroBuild(dist, { PORTAL_SCORECARDS_DIR: scorecards });

		const pages = listPages(dist);
		expect(pages).toContain('scorecards/evil/index.html');
		for (const file of pages) {
			// No script element carries the payload; inside attribute values "<" is plain text.
			const scripts = parse(readFileSync(join(dist, file), 'utf8')).querySelectorAll('script');
			expect(scripts.filter((script) => script.text.includes('alert(1)'))).toEqual([]);
		}
		const dashboard = readFileSync(join(dist, 'scorecards/index.html'), 'utf8');
		expect(dashboard).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		const server = await serveStatic(dist);
		try {
			const page = await (await newContext(browser)).newPage();
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			await page.goto(new URL('scorecards/', server.url).href);
			expect(await page.getByRole('link', { name: evil }).count()).toBe(1);
			expect(await page.getByRole('link', { name: 'Quote "&" <b>bold</b>' }).count()).toBe(1);
			await page.getByRole('link', { name: evil }).click();
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(evil);
			expect(await page.title()).toContain(evil);
			expect(dialogs).toEqual([]);
		} finally {
			await server.close();
		}
	});

	it(
		'leaves the staff pages, their downloads and the nav item out with PORTAL_STAFF_PAGES=false',
		{ timeout: 300_000 },
		() => {
			const dist = temp('partner-facing-dist-');
			astroBuild(dist, { PORTAL_STAFF_PAGES: 'false' });
			expect(existsSync(join(dist, 'index.html'))).toBe(true);
			expect(existsSync(join(dist, 'scorecards'))).toBe(false);
			const home = readFileSync(join(dist, 'index.html'), 'utf8');
			expect(home).toMatch(/<a href="\/practices\/">\s*Best practices\s*<\/a>/);
			expect(home).not.toMatch(/>\s*Scorecards\s*</);
		},
	);
});
