import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshPage, launchBrowser, wcagTags } from './support/browser';
import { siteUrl } from './support/site';
import { UNDO_SECONDS } from '../../src/islands/use-saved';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());
// A phone-sized viewport: the tools must work at 320 px. Fresh storage for every test.
beforeEach(async () => ({ context, page } = await freshPage(browser, context, { width: 320 })));

/** Opens an assessment and waits for its island to hydrate (Astro drops `ssr` once it has). */
async function open(id: string) {
	await page.goto(siteUrl(`assessments/${id}/`));
	await page.locator('astro-island:not([ssr])').waitFor();
}

/** Axe on the island in its current state, in both themes. */
async function expectNoViolations() {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.evaluate((theme) => (document.documentElement.dataset.theme = theme), scheme);
		// Buttons and scale points fade their background between themes: check the colours they settle on.
		await page.waitForFunction(() => document.getAnimations().length === 0);
		const { violations } = await new AxeBuilder({ page }).include('main').withTags(wcagTags).analyze();
		expect(violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
			[],
		);
	}
}

/** No horizontal scrolling at 320 px. */
async function expectFitsPhone() {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

/** The tool's status line: the last live region (the matrix also has an Undo line above its results). */
const status = () => page.getByRole('status').last();

/** Every 1–10 scale in `scope` as one row of ten points, each at least 24 × 24 px. */
async function expectScaleRows(scope: ReturnType<Page['locator']>, count: number) {
	const scales = await scope.locator('fieldset.scale').evaluateAll((fieldsets) =>
		fieldsets.map((fieldset) => {
			const boxes = [...fieldset.querySelectorAll('label')].map((label) => label.getBoundingClientRect());
			return {
				points: boxes.length,
				rows: new Set(boxes.map((box) => Math.round(box.top))).size,
				narrowest: Math.min(...boxes.map((box) => box.width)),
				lowest: Math.min(...boxes.map((box) => box.height)),
			};
		}),
	);
	expect(scales).toHaveLength(count);
	for (const scale of scales) {
		expect(scale).toMatchObject({ points: 10, rows: 1 });
		expect(scale.narrowest).toBeGreaterThanOrEqual(24);
		expect(scale.lowest).toBeGreaterThanOrEqual(24);
	}
}

describe('assessments index', () => {
	it('lists the four tools and is linked from the home page', async () => {
		await page.goto(siteUrl());
		await page.getByRole('main').getByRole('link', { name: 'Assessments', exact: true }).click();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Self-assessments');
		const links = await page.getByRole('main').getByRole('link').allTextContents();
		expect(links).toEqual([
			'Program readiness check',
			'Partner evaluation matrix',
			'Pitfall review',
			'Partnership model recommender',
		]);
	});
});

describe('partner evaluation matrix', () => {
	async function score(candidate: string, scores: number[]) {
		const group = page.getByRole('group', { name: candidate });
		const factors = [
			'Audience overlap',
			'Values alignment',
			'Resource commitment',
			'Innovation mindset',
			'Collaboration track record',
		];
		for (const [index, factor] of factors.entries()) {
			await group
				.getByRole('group', { name: new RegExp(`^${factor}`) })
				.getByRole('radio', { name: String(scores[index]), exact: true })
				.check();
		}
	}

	it('ranks two candidates, exports the table as CSV and keeps it after a reload', async () => {
		await open('evaluation-matrix');
		await expectFitsPhone();
		await expectNoViolations();

		await page
			.getByRole('group', { name: 'Candidate 1' })
			.getByRole('textbox', { name: 'Name' })
			.fill('Brightpath, "Studio"');
		await page.getByRole('group', { name: 'Candidate 2' }).getByRole('textbox', { name: 'Name' }).fill('Northwind');
		// Northwind wins on values alignment (25%); Brightpath on resource commitment (15%).
		await score('Brightpath, "Studio"', [7, 5, 10, 7, 7]);
		await score('Northwind', [7, 9, 4, 7, 7]);

		const rows = page.getByRole('region', { name: 'Ranking' }).getByRole('row');
		await expect.poll(() => rows.nth(1).textContent()).toBe('1Northwind7.05');
		expect(await rows.nth(2).textContent()).toBe('2Brightpath, "Studio"6.95');
		await expect.poll(() => status().textContent()).toContain('Northwind leads with 7.05 of 10 (2 of 2 ranked).');
		await expectFitsPhone();
		await expectNoViolations();

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export CSV' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^evaluation-matrix-\d{4}-\d{2}-\d{2}\.csv$/);
		const csv = await readFile((await download.path())!, 'utf8');
		expect(csv).toBe(
			'\uFEFFRank,Tied,Candidate,Audience overlap (20%),Values alignment (25%),Resource commitment (15%),Innovation mindset (20%),Collaboration track record (20%),Weighted total\r\n' +
				'1,,Northwind,7,9,4,7,7,7.05\r\n' +
				'2,,"Brightpath, ""Studio""",7,5,10,7,7,6.95\r\n',
		);
		await expect.poll(() => status().textContent()).toContain('Downloaded evaluation-matrix-');

		await page.reload();
		await page.locator('astro-island:not([ssr])').waitFor();
		await expect.poll(() => rows.nth(1).textContent()).toBe('1Northwind7.05');
	});

	it('shows a tie, adds and removes candidates by keyboard, and discards corrupt saved data', async () => {
		await page.goto(siteUrl('assessments/'));
		await page.evaluate(() => localStorage.setItem('portal:assessment:v1:evaluation-matrix', '{not json'));
		await open('evaluation-matrix');
		expect(await page.getByRole('group', { name: /^Candidate \d$/ }).count()).toBe(2);
		// The corrupt entry is removed on load, then the fresh matrix is saved in its place.
		await expect
			.poll(() => page.evaluate(() => localStorage.getItem('portal:assessment:v1:evaluation-matrix')))
			.toMatch(/^\[\{"id":"candidate-1"/);

		await score('Candidate 1', [5, 5, 5, 5, 5]);
		await score('Candidate 2', [5, 5, 5, 5, 5]);
		await expect
			.poll(() => status().textContent())
			.toContain('Candidate 1 and Candidate 2 tie for first with 5.00 of 10.');
		const rows = page.getByRole('region', { name: 'Ranking' }).getByRole('row');
		expect(await rows.nth(1).textContent()).toBe('=1 (tie)Candidate 15.00');

		const add = page.getByRole('button', { name: 'Add a candidate' });
		await add.focus();
		await page.keyboard.press('Enter');
		// Focus moves to the new candidate's name field.
		await page.keyboard.type('Solstice');
		expect(await page.getByRole('group', { name: 'Solstice' }).count()).toBe(1);
		await page.getByRole('button', { name: 'Remove Candidate 1' }).click();
		await expect.poll(() => status().textContent()).toContain('Candidate 1 removed.');
		expect(await page.getByRole('group', { name: /Candidate|Solstice/ }).count()).toBe(2);
	});
});

describe('partner evaluation matrix: the shared scale and Undo', () => {
	it('scores each factor on the same tile scale as the ratings, one row of ten at 320 px', async () => {
		await open('evaluation-matrix');
		expect(await page.getByRole('combobox').count()).toBe(0);
		const candidate = page.getByRole('group', { name: 'Candidate 1' });
		expect(await candidate.getByRole('radio').count()).toBe(50);
		await expectScaleRows(page.locator('main'), 10);
		await expectFitsPhone();
	});

	it('clears the matrix at once, offers Undo by keyboard, and lets the offer go after a few seconds', async () => {
		await page.clock.install();
		await open('evaluation-matrix');
		await page.getByRole('group', { name: 'Candidate 1' }).getByRole('textbox', { name: 'Name' }).fill('Northwind');
		const northwind = page.getByRole('group', { name: 'Northwind' });
		await northwind
			.getByRole('group', { name: /^Values alignment/ })
			.getByRole('radio', { name: '9', exact: true })
			.check();

		const startOver = page.getByRole('button', { name: 'Start over' });
		await startOver.focus();
		await page.keyboard.press('Enter');
		const cleared = page.getByRole('status').filter({ hasText: 'Matrix cleared.' });
		await cleared.waitFor();
		expect(await page.getByRole('group', { name: 'Northwind' }).count()).toBe(0);
		await expectNoViolations();

		// Undo is the next stop for the keyboard; it restores the matrix and focus goes back to Start over.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
		await page.keyboard.press('Enter');
		await northwind.waitFor();
		expect(
			await northwind
				.getByRole('group', { name: /^Values alignment/ })
				.getByRole('radio', { name: '9', exact: true })
				.isChecked(),
		).toBe(true);
		expect(await cleared.count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start over');
		await expect
			.poll(() => page.evaluate(() => localStorage.getItem('portal:assessment:v1:evaluation-matrix')))
			.toContain('Northwind');

		// Left alone, the offer goes after a few seconds, and the matrix stays cleared.
		await startOver.click();
		await cleared.waitFor();
		await page.clock.runFor(UNDO_SECONDS * 1000 - 1000);
		expect(await cleared.count()).toBe(1);
		await page.clock.runFor(2000);
		await expect.poll(() => cleared.count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);
		expect(await page.getByRole('group', { name: 'Northwind' }).count()).toBe(0);
	});
});

describe('partnership model recommender', () => {
	it.each([
		['Commission-based referral', ['Simple.', 'Transactional.', 'A few hours a month', 'Not at all.']],
		['Value exchange', ['Moderate.', 'Collaborative.', 'Around 20 hours a month', 'Some.']],
		['Strategic alliance', ['Complex.', 'Integrated.', '80 hours a month or more', 'Deep.']],
	])('recommends %s for a matching set of answers', async (model, answers) => {
		await open('model-recommender');
		await expectNoViolations();
		const questions = page.getByRole('group');
		expect(await questions.count()).toBe(4);
		for (const [index, answer] of answers.entries()) {
			await questions
				.nth(index)
				.getByRole('radio', { name: new RegExp(`^${answer}`) })
				.check();
		}
		await page.getByRole('button', { name: 'Recommend a model' }).click();
		await expect.poll(() => status().textContent()).toBe(`Recommended model: ${model}.`);
		expect(await page.getByRole('heading', { name: `Recommended: ${model}` }).count()).toBe(1);
		expect(await page.getByRole('heading', { name: 'Trade-offs' }).count()).toBe(1);
		const link = page.getByRole('region', { name: `Recommended: ${model}` }).getByRole('link');
		expect(await link.textContent()).toBe('Choosing a partnership model');
		expect(await link.getAttribute('href')).toMatch(/\/practices\/partnership-models\/$/);
		const scores = page.getByRole('list').filter({ hasText: 'Commission-based referral:' });
		for (const line of await scores.getByRole('listitem').allTextContents()) expect(line).toMatch(/: \d+ points?$/);
		expect(await page.getByRole('main').innerText()).not.toContain('(s)');
		await expectFitsPhone();
		await expectNoViolations();
	});

	it('asks for the missing answers first', async () => {
		await open('model-recommender');
		await page.getByRole('group').first().getByRole('radio').first().check();
		await page.getByRole('button', { name: 'Recommend a model' }).click();
		await expect.poll(() => status().textContent()).toBe('Answer the remaining 3 questions to get a recommendation.');
	});
});

describe('program readiness check', () => {
	it('scores each area and lists next steps, using the keyboard on the scales', async () => {
		await open('readiness-check');
		await expectNoViolations();
		const groups = page.getByRole('group');
		expect(await groups.count()).toBe(9);
		for (let index = 0; index < 9; index++) {
			await groups
				.nth(index)
				.getByRole('radio', { name: index < 3 ? /^3/ : /^8/ })
				.check();
		}
		// Arrow keys move along a scale: 8 → 9 on the last statement.
		await page.keyboard.press('ArrowRight');
		await page.getByRole('button', { name: 'Show my readiness' }).click();
		await expect
			.poll(() => status().textContent())
			.toBe(
				'Value proposition 3 of 10, Resource availability 8 of 10, Organisational commitment 8.3 of 10. Start with Value proposition: 3 next steps.',
			);
		const results = page.getByRole('region', { name: 'Your readiness' });
		expect(await results.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
			'Value proposition',
			'Resource availability',
			'Organisational commitment',
		]);
		expect(await results.getByText('Not ready yet', { exact: true }).count()).toBe(1);
		expect(await results.getByText(/^Write a one-paragraph offer/).count()).toBe(1);
		await expectFitsPhone();
		await expectNoViolations();

		// Answers survive a reload.
		await page.reload();
		await page.locator('astro-island:not([ssr])').waitFor();
		await expect.poll(() => groups.last().getByRole('radio', { name: /^9/ }).isChecked()).toBe(true);
	});
});

describe('program readiness check: counted words and Undo', () => {
	it('says an unrated area is not rated once, counts with real plurals, and Undo restores a start over', async () => {
		await open('readiness-check');
		const groups = page.getByRole('group');
		for (let index = 0; index < 3; index++) {
			await groups.nth(index).getByRole('radio', { name: /^3/ }).check();
		}
		await page.getByRole('button', { name: 'Show my readiness' }).click();
		const results = page.getByRole('region', { name: 'Your readiness' });
		await results.waitFor();
		expect(await results.getByText(/not rated yet/).textContent()).toBe(
			'6 statements not rated yet; they are left out of the scores.',
		);
		const unrated = results.getByRole('listitem').filter({ hasText: 'Resource availability' });
		expect(await unrated.textContent()).toBe('Resource availabilityNot rated Rate its statements to score this area.');
		expect(await page.getByRole('main').innerText()).not.toContain('(s)');
		await expect.poll(() => status().textContent()).toContain('Start with Value proposition: 3 next steps.');

		await page.getByRole('button', { name: 'Start over' }).click();
		await expect.poll(() => status().textContent()).toBe('Answers cleared. Undo');
		expect(await results.count()).toBe(0);
		expect(await groups.first().getByRole('radio', { name: /^3/ }).isChecked()).toBe(false);
		await expectNoViolations();

		await page.getByRole('button', { name: 'Undo' }).click();
		await results.waitFor();
		expect(await groups.first().getByRole('radio', { name: /^3/ }).isChecked()).toBe(true);
		await expect.poll(() => status().textContent()).toContain('Start with Value proposition: 3 next steps.');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start over');
	});
});

describe('pitfall review', () => {
	it('ranks the pitfalls highest exposure first, with a guide for each', async () => {
		await open('pitfall-review');
		await expectNoViolations();
		const groups = page.getByRole('group');
		expect(await groups.count()).toBe(7);
		for (let index = 0; index < 7; index++) {
			await groups
				.nth(index)
				.getByRole('radio', { name: new RegExp(`^${index === 6 ? 9 : 2}`) })
				.check();
		}
		await page.getByRole('button', { name: 'Rank my risks' }).click();
		await expect
			.poll(() => status().textContent())
			.toBe('7 of 7 pitfalls rated; 1 high risk. Top risk: Measurement myopia, 9 out of 10.');
		const results = page.getByRole('region', { name: 'Your top risks' });
		const headings = await results.getByRole('heading', { level: 3 }).allTextContents();
		expect(headings[0]).toBe('1. Measurement myopia');
		expect(headings[1]).toBe('2. Misaligned expectations');
		const first = results.getByRole('listitem').first();
		expect(await first.getByRole('link').getAttribute('href')).toMatch(/\/practices\/measuring-partnership-health\/$/);
		await expectFitsPhone();
		await expectNoViolations();
	});
});

describe('pitfall review: counted words', () => {
	it('counts unrated pitfalls and high risks with real plurals', async () => {
		await open('pitfall-review');
		const groups = page.getByRole('group');
		for (let index = 0; index < 5; index++) {
			await groups.nth(index).getByRole('radio', { name: /^2/ }).check();
		}
		await page.getByRole('button', { name: 'Rank my risks' }).click();
		await expect.poll(() => status().textContent()).toMatch(/^5 of 7 pitfalls rated; 0 high risks\. /);
		expect(
			await page
				.getByRole('region', { name: 'Your top risks' })
				.getByText(/not rated yet/)
				.textContent(),
		).toBe('2 pitfalls not rated yet.');
		expect(await page.getByRole('main').innerText()).not.toContain('(s)');
	});
});

describe('with site data blocked', () => {
	// What Chrome does when a partner blocks site data: reading `window.localStorage` throws.
	const blockStorage = () =>
		page.addInitScript(() =>
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			}),
		);

	it.each([
		[
			'readiness-check',
			async () => {
				await page.getByRole('group').first().getByRole('radio', { name: /^3/ }).check();
				await page.getByRole('button', { name: 'Show my readiness' }).click();
				await expect.poll(() => status().textContent()).toContain('Value proposition 3 of 10');
			},
		],
		[
			'evaluation-matrix',
			async () => {
				const group = page.getByRole('group', { name: 'Candidate 1' });
				await group.getByRole('textbox', { name: 'Name' }).fill('Northwind');
				await page
					.getByRole('group', { name: 'Northwind' })
					.getByRole('radio', { name: '7', exact: true })
					.first()
					.check();
				const rows = page.getByRole('region', { name: 'Ranking' }).getByRole('row');
				await expect.poll(() => rows.nth(1).textContent()).toContain('Northwind');
			},
		],
		[
			'pitfall-review',
			async () => {
				await page.getByRole('group').first().getByRole('radio', { name: /^9/ }).check();
				await page.getByRole('button', { name: 'Rank my risks' }).click();
				await expect.poll(() => status().textContent()).toContain('1 of 7 pitfalls rated');
			},
		],
		[
			'model-recommender',
			async () => {
				await page.getByRole('group').first().getByRole('radio').first().check();
				await page.getByRole('button', { name: 'Recommend a model' }).click();
				// The result, then once that nothing is kept.
				await expect
					.poll(() => status().textContent())
					.toMatch(/^Answer the remaining 3 questions to get a recommendation\. This browser is not keeping/);
			},
		],
	])('%s still works, only without saving', async (id, use) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await blockStorage();
		await open(id);
		await use();
		expect(errors).toEqual([]);
	});
});

describe('without JavaScript', () => {
	it('still explains each tool', async () => {
		await context.close();
		context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
		page = await context.newPage();
		await page.goto(siteUrl('assessments/evaluation-matrix/'));
		const text = await page.getByRole('main').innerText();
		expect(text).toContain('Score each candidate from 1 to 10 on audience overlap (20%)');
		expect(text).toContain('needs JavaScript to score your answers');
	});
});
