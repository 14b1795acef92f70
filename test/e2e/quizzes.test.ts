import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { QuizInput } from '../../src/lib/quizzes/schema';
import { freshPage, launchBrowser, newContext, wcagTags } from './support/browser';
import { distDir, siteUrl } from './support/site';
import { formatDate } from '../../src/lib/core/dates';

const quizId = 'agencies-referral-essentials';
/** The quiz as authored: the tests answer from the same file the build reads. */
const quiz = parse(readFileSync(`content/quizzes/${quizId}.yaml`, 'utf8')) as QuizInput;
const total = quiz.questions.length;
type Question = QuizInput['questions'][number];

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());
beforeEach(async () => ({ context, page } = await freshPage(browser, context)));

async function axe(target: Page) {
	const { violations } = await new AxeBuilder({ page: target }).withTags(wcagTags).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openQuiz() {
	await page.goto(siteUrl(`training/${quizId}/`));
	await page.locator('astro-island:not([ssr])').first().waitFor();
}

/** The authored question whose prompt labels the fieldset on screen. */
async function questionOnScreen(): Promise<Question> {
	for (const question of quiz.questions) {
		if (await page.getByRole('group', { name: question.prompt, exact: true }).count()) return question;
	}
	throw new Error('No known question on screen');
}

async function questionNumber(): Promise<number> {
	const heading = await page.getByRole('heading', { level: 2, name: /^Question \d+ of \d+$/ }).textContent();
	return Number(/Question (\d+)/.exec(heading ?? '')![1]);
}

/** Answers the question on screen rightly or wrongly, ordering steps by keyboard. */
async function answer(question: Question, right: boolean) {
	if (question.type === 'true-false') {
		await page.getByRole('radio', { name: String(right === question.answer ? 'True' : 'False') }).check();
	} else if (question.type === 'single' || question.type === 'multiple') {
		const role = question.type === 'single' ? 'radio' : 'checkbox';
		const picks = right
			? question.options.filter((option) => option.correct)
			: [question.options.find((option) => !option.correct)!];
		for (const option of picks) await page.getByRole(role, { name: option.text, exact: true }).check();
	} else if (right) {
		const group = page.getByRole('group', { name: question.prompt, exact: true });
		for (const [target, step] of question.steps.entries()) {
			const order = await group.getByRole('listitem').allTextContents();
			const from = order.findIndex((text) => text.startsWith(step.text));
			if (from === target) continue;
			// Focus stays on the moved step's button, so repeated Enter presses keep moving the same step.
			await group.getByRole('button', { name: `Move up: ${step.text}` }).focus();
			for (let i = 0; i < from - target; i++) await page.keyboard.press('Enter');
			expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(step.text);
		}
	}
	// A wrong ordering answer is the mixed-up start, which the engine guarantees is not the right order.
}

async function checkAndContinue() {
	await page.getByRole('button', { name: 'Check answer' }).click();
	await page.getByRole('button', { name: /^(Next question|See your result)$/ }).click();
}

async function answerAll(right: (index: number, question: Question) => boolean) {
	for (let index = 0; index < total; index++) {
		expect(await questionNumber()).toBe(index + 1);
		const question = await questionOnScreen();
		await answer(question, right(index, question));
		await checkAndContinue();
	}
	await page.getByRole('heading', { name: 'Your result' }).waitFor();
}

/** Answers rightly until the ordering question is on screen, untouched. */
async function reachOrdering(): Promise<Extract<Question, { type: 'ordering' }>> {
	for (let index = 0; index < total; index++) {
		const question = await questionOnScreen();
		if (question.type === 'ordering') return question;
		await answer(question, true);
		await checkAndContinue();
	}
	throw new Error('The quiz has no ordering question');
}

/** The texts of the steps as they stand, top to bottom. */
async function stepsOnScreen(question: Question): Promise<string[]> {
	const items = page.getByRole('group', { name: question.prompt, exact: true }).getByRole('listitem');
	return items.locator('.quiz-step-text').allTextContents();
}

/** The texts Pagefind indexed, one record per page, read from the built fragments (gzip of "pagefind_dcd" + JSON). */
function indexedPages(): { url: string; content: string; meta: Record<string, string> }[] {
	const dir = join(distDir, 'pagefind', 'fragment');
	return readdirSync(dir).map((file) =>
		JSON.parse(
			gunzipSync(readFileSync(join(dir, file)))
				.subarray(12)
				.toString('utf8'),
		),
	);
}

describe('quizzes', () => {
	it('lists quizzes by track on the training page, even without JavaScript', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const plain = await noJs.newPage();
		await plain.goto(siteUrl('training/'));
		for (const track of ['Onboarding for agencies', 'Onboarding for content creators']) {
			expect(await plain.getByRole('heading', { level: 2, name: track }).count()).toBe(1);
		}
		expect(await plain.getByRole('heading', { level: 3 }).getByRole('link').count()).toBeGreaterThanOrEqual(3);
		await plain.getByRole('link', { name: quiz.title }).click();
		expect(plain.url()).toBe(siteUrl(`training/${quizId}/`));
		await noJs.close();
	});

	it('is linked from the main navigation and from its modules', async () => {
		await page.goto(siteUrl(`onboarding/${quiz.modules[0]}/`));
		const links = page.getByRole('complementary', { name: 'Check your understanding' });
		await links.getByRole('link', { name: quiz.title }).click();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(quiz.title);
		const current = page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]');
		expect(await current.textContent()).toContain('Training');
	});

	it('passes a quiz with feedback, a review and a printable certificate', async () => {
		await openQuiz();
		expect(await axe(page)).toEqual([]);
		expect(await page.getByRole('heading', { name: `Question 1 of ${total}` }).count()).toBe(1);

		// Checking with no answer explains what to do instead of marking it wrong.
		const first = await questionOnScreen();
		if (first.type !== 'ordering') {
			await page.getByRole('button', { name: 'Check answer' }).click();
			expect(await page.getByRole('alert').textContent()).toMatch(/first/);
		}
		await answer(first, true);
		await page.getByRole('button', { name: 'Check answer' }).click();
		expect(await page.getByRole('status').textContent()).toContain('Correct.');
		expect(await page.getByText(first.explanation, { exact: true }).count()).toBeGreaterThan(0);
		expect(await axe(page)).toEqual([]);
		await page.getByRole('button', { name: 'Next question' }).click();
		// Focus moves to the next question's heading for keyboard and screen reader users.
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Question 2 of ${total}`);

		for (let index = 1; index < total; index++) {
			await answer(await questionOnScreen(), true);
			await checkAndContinue();
		}
		await page.getByRole('heading', { name: 'Your result' }).waitFor();
		expect(await page.getByText('You scored 100%: passed.').count()).toBe(1);
		const review = page.getByRole('region', { name: 'Your result' }).getByRole('list', { name: 'Review your answers' });
		expect(await review.locator(':scope > li').count()).toBe(total);
		expect(await axe(page)).toEqual([]);

		// Printing asks for the name first.
		await page.getByRole('button', { name: 'Print certificate' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('Type your name first');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('certificate-name');
		await page.getByRole('textbox', { name: /Your name/ }).fill('Ada Lovelace');
		// With a name, the button opens the browser's print dialog (stubbed: headless Chromium has none).
		await page.evaluate(() => {
			window.print = () => void document.body.setAttribute('data-printed', '');
		});
		await page.getByRole('button', { name: 'Print certificate' }).click();
		expect(await page.locator('body[data-printed]').count()).toBe(1);
		const certificate = page.getByRole('group', { name: 'Certificate preview' });
		expect(await certificate.textContent()).toContain('Ada Lovelace');
		expect(await certificate.textContent()).toContain(quiz.title);
		expect(await certificate.textContent()).toContain('Lumen Partner Network');
		expect(await certificate.textContent()).toContain('100%');
		expect(await certificate.getByRole('img').count()).toBe(0); // decorative logo (alt="")
		expect(await certificate.locator('img').getAttribute('src')).toMatch(/logo\.svg$/);

		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('header.site-header').isVisible()).toBe(false);
		expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
		expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: 'Retry the quiz' }).isVisible()).toBe(false);
		expect(await certificate.isVisible()).toBe(true);
		await page.emulateMedia({ media: 'screen' });

		// The training index shows the pass from this browser.
		await page.goto(siteUrl('training/'));
		const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: quiz.title }) });
		await expect.poll(() => card.textContent()).toContain('Passed: best score 100%');
	});

	it('fails a quiz, then retries from the first question', async () => {
		await openQuiz();
		await answerAll(() => false);
		expect(await page.getByText(/You scored \d+%: not passed yet\./).count()).toBe(1);
		expect(await page.getByRole('region', { name: 'Your certificate' }).count()).toBe(0);
		// Each answer shows the right one: in words, or for ordering questions as the right order beside the partner's.
		const orderingCount = quiz.questions.filter((question) => question.type === 'ordering').length;
		expect(await page.getByText(/^Correct answer: /).count()).toBe(total - orderingCount);
		expect(await page.getByRole('list', { name: 'Right order' }).count()).toBe(orderingCount);
		expect(await axe(page)).toEqual([]);

		await page.getByRole('button', { name: 'Retry the quiz' }).click();
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Question 1 of ${total}`);
		expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Check answer' }).count()).toBe(1);
		// The failed score is kept as the best so far.
		await page.goto(siteUrl('training/'));
		const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: quiz.title }) });
		await expect.poll(() => card.textContent()).toMatch(/Not passed yet: best score \d+%/);
	});

	it('resumes an attempt after a reload, and starts afresh when the saved data is stale or corrupt', async () => {
		await openQuiz();
		for (let index = 0; index < 2; index++) {
			await answer(await questionOnScreen(), true);
			await checkAndContinue();
		}
		let third = await questionOnScreen();
		while (third.type === 'ordering') {
			// Pick a third question with a visible selection to see it restored; move on past an ordering one.
			await checkAndContinue();
			third = await questionOnScreen();
		}
		const reached = await questionNumber();
		await answer(third, true);

		await page.reload();
		await page.locator('astro-island:not([ssr])').first().waitFor();
		await expect.poll(questionNumber).toBe(reached);
		expect((await questionOnScreen()).id).toBe(third.id);
		expect(await page.getByRole(third.type === 'multiple' ? 'checkbox' : 'radio', { checked: true }).count()).toBe(
			third.type === 'multiple' ? third.options.filter((option) => option.correct).length : 1,
		);

		// Saved for other questions (the quiz was edited since): start again at question 1.
		const key = `portal:quiz:v1:${quizId}`;
		await page.evaluate((k) => {
			const saved = JSON.parse(localStorage.getItem(k)!);
			localStorage.setItem(k, JSON.stringify({ ...saved, hash: 'older-content' }));
		}, key);
		await page.reload();
		await page.locator('astro-island:not([ssr])').first().waitFor();
		await expect.poll(questionNumber).toBe(1);

		await page.evaluate((k) => localStorage.setItem(k, '{not json'), key);
		await page.reload();
		await page.locator('astro-island:not([ssr])').first().waitFor();
		await expect.poll(questionNumber).toBe(1);
		// The corrupt entry was replaced by a readable one for the new attempt.
		await expect
			.poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).hash, key))
			.toMatch(/^[0-9a-f]{16}$/);
	});

	it('marks a checked answer with an icon, words and colour, explains it, and keeps the chosen answer in full colour', async () => {
		await openQuiz();
		let question = await questionOnScreen();
		while (question.type !== 'single') {
			await answer(question, true);
			await checkAndContinue();
			question = await questionOnScreen();
		}
		const wrong = question.options.find((option) => !option.correct)!;
		const right = question.options.find((option) => option.correct)!;
		await page.getByRole('radio', { name: wrong.text, exact: true }).check();
		await page.getByRole('button', { name: 'Check answer' }).click();

		const chosen = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('radio', { name: wrong.text, exact: true }) });
		const missed = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('radio', { name: right.text, exact: true }) });
		// Words and an icon say it; every wrong answer also says why it is wrong.
		expect(await chosen.locator('.quiz-feedback').textContent()).toBe(`Not correct, you chose it. ${wrong.feedback}`);
		expect(wrong.feedback).toBeTruthy();
		expect(await chosen.locator('.quiz-feedback svg').count()).toBe(1);
		expect(await missed.locator('.quiz-feedback').textContent()).toMatch(/^Correct answer, you missed it\./);
		expect(await missed.locator('.quiz-feedback svg').count()).toBe(1);
		// The colour repeats it: red for wrong, green for right, from the status tokens.
		const colours = await page.evaluate(() => {
			const styles = getComputedStyle(document.documentElement);
			const probe = document.createElement('div');
			document.body.append(probe);
			const resolve = (token: string) => {
				probe.style.color = styles.getPropertyValue(token);
				return getComputedStyle(probe).color;
			};
			const result = { bad: resolve('--bad'), good: resolve('--good'), text: getComputedStyle(document.body).color };
			probe.remove();
			return result;
		});
		expect(await chosen.evaluate((li) => getComputedStyle(li).borderTopColor)).toBe(colours.bad);
		expect(await missed.evaluate((li) => getComputedStyle(li).borderTopColor)).toBe(colours.good);
		expect(await chosen.evaluate((li) => getComputedStyle(li).borderTopStyle)).toBe('solid');
		// The verdict explains the answer.
		const outcome = page.locator('.quiz-outcome');
		expect(await outcome.textContent()).toBe(`Not quite.${question.explanation}`);
		expect(await outcome.locator('svg').count()).toBe(1);
		// The chosen answer stays selected and readable: not disabled, not greyed out.
		const radio = page.getByRole('radio', { name: wrong.text, exact: true });
		expect(await radio.isChecked()).toBe(true);
		expect(await radio.evaluate((input) => (input as HTMLInputElement).disabled)).toBe(false);
		const label = chosen.locator('label');
		expect(await label.evaluate((el) => getComputedStyle(el).color)).toBe(colours.text);
		expect(await label.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
		// Locked: clicking another answer changes nothing.
		await page.getByRole('radio', { name: right.text, exact: true }).click({ force: true });
		expect(await radio.isChecked()).toBe(true);
	});

	it('starts the ordering question with at most a third of the steps in place, never solved', async () => {
		await openQuiz();
		const question = await reachOrdering();
		const order = await stepsOnScreen(question);
		const inPlace = order.filter((text, index) => question.steps[index]!.text === text).length;
		expect(order.toSorted()).toEqual(question.steps.map((step) => step.text).toSorted());
		expect(inPlace * 3).toBeLessThanOrEqual(question.steps.length);
		// Checking without a move earns a third at most.
		await page.getByRole('button', { name: 'Check answer' }).click();
		const verdict = await page.locator('.quiz-outcome .quiz-verdict').textContent();
		expect(verdict).not.toBe('Correct.');
		const credit = Number(/\((\d+)% credit\)/.exec(verdict ?? '')?.[1] ?? 0);
		expect(credit).toBeLessThanOrEqual(34);
		expect(await page.getByText('In the right place.').count()).toBe(inPlace);
	});

	it('reviews an ordering answer as two ordered lists: the partner’s order beside the right one', async () => {
		await page.setViewportSize({ width: 1366, height: 900 });
		await openQuiz();
		let started: string[] = [];
		for (let index = 0; index < total; index++) {
			const question = await questionOnScreen();
			if (question.type === 'ordering') started = await stepsOnScreen(question);
			else await answer(question, true);
			await checkAndContinue();
		}
		await page.getByRole('heading', { name: 'Your result' }).waitFor();
		const ordering = quiz.questions.find((question) => question.type === 'ordering')!;
		const item = page.locator('.quiz-review > li').filter({ hasText: ordering.prompt });
		const yours = item.getByRole('list', { name: 'Your order' });
		const right = item.getByRole('list', { name: 'Right order' });
		expect(await yours.evaluate((list) => list.tagName)).toBe('OL');
		expect(await right.evaluate((list) => list.tagName)).toBe('OL');
		// The partner's order as left, each step marked; the right order in full.
		const yourTexts = await yours.getByRole('listitem').allTextContents();
		expect(yourTexts.map((text) => text.replace(/ \((in the right place|belongs at position \d)\)$/, ''))).toEqual(
			started,
		);
		expect(await yours.locator('li svg').count()).toBe(ordering.steps.length);
		expect(await right.getByRole('listitem').allTextContents()).toEqual(ordering.steps.map((step) => step.text));
		// Side by side on a wide screen.
		const [a, b] = [(await yours.boundingBox())!, (await right.boundingBox())!];
		expect(Math.abs(a.y - b.y)).toBeLessThan(2);
		expect(b.x).toBeGreaterThan(a.x + a.width - 1);
		expect(await item.getByText(/^Your answer: /).count()).toBe(0);
		expect(await axe(page)).toEqual([]);
	});

	it('offers the certificate right under the score, with an ID and a date in the site format', async () => {
		await openQuiz();
		await answerAll(() => true);
		const score = page.locator('.quiz-score');
		expect(await score.textContent()).toMatch(/You scored 100%: passed\..*certificate/);
		const name = page.getByRole('textbox', { name: /Your name/ });
		const print = page.getByRole('button', { name: 'Print certificate' });
		const review = page.getByRole('heading', { name: 'Review your answers' });
		const box = async (locator: typeof score) => (await locator.boundingBox())!;
		const [scoreBox, nameBox, printBox, reviewBox] = [
			await box(score),
			await box(name),
			await box(print),
			await box(review),
		];
		// Right under the score, before the eight reviewed answers, within one screen.
		expect(nameBox.y - (scoreBox.y + scoreBox.height)).toBeLessThan(120);
		expect(printBox.y + printBox.height).toBeLessThan(900);
		expect(reviewBox.y).toBeGreaterThan(printBox.y);

		await name.fill('Ada Lovelace');
		const certificate = page.getByRole('group', { name: 'Certificate preview' });
		const finishedAt = await page.evaluate(
			(key) => JSON.parse(localStorage.getItem(key)!).attempt.finishedAt as string,
			`portal:quiz:v1:${quizId}`,
		);
		const expectedId = createHash('sha256')
			.update(`${quizId}\n${finishedAt}\nAda Lovelace`)
			.digest('hex')
			.slice(0, 12)
			.toUpperCase()
			.replace(/(.{4})(.{4})(.{4})/, '$1-$2-$3');
		await expect.poll(() => certificate.locator('.certificate-id').textContent()).toBe(`Certificate ID ${expectedId}`);
		// The day where the partner is, in the one date format of the site (portal.config.ts lang "en").
		const day = await page.evaluate((iso) => {
			const date = new Date(iso);
			return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
		}, finishedAt);
		expect(await certificate.locator('time').textContent()).toBe(formatDate(day, 'en'));
		expect(await certificate.locator('time').getAttribute('datetime')).toBe(day);
		// Another name is another certificate.
		await name.fill('Ada Byron');
		await expect
			.poll(() => certificate.locator('.certificate-id').textContent())
			.not.toBe(`Certificate ID ${expectedId}`);

		// Printed, the certificate fills a landscape page on its own.
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.quiz-score').isVisible()).toBe(false);
		expect(await name.isVisible()).toBe(false);
		expect(await review.isVisible()).toBe(false);
		expect(await certificate.locator('.certificate-id').isVisible()).toBe(true);
		await page.emulateMedia({ media: 'screen' });
		expect(await axe(page)).toEqual([]);
	});

	it('indexes each quiz page for search under Training, without the quiz’s buttons and questions', async () => {
		const indexed = indexedPages();
		for (const file of readdirSync('content/quizzes').filter((name) => name.endsWith('.yaml'))) {
			const authored = parse(readFileSync(`content/quizzes/${file}`, 'utf8')) as QuizInput;
			const record = indexed.find(({ url }) => url.endsWith(`/training/${authored.id}/`));
			expect(record, authored.id).toBeDefined();
			expect(record!.meta.title).toBe(authored.title);
			expect(record!.meta.summary).toBe(authored.summary);
			expect(record!.content).toContain('Quiz for');
			expect(record!.content).not.toMatch(/Check answer|Question 1 of|Move up|Choose one answer|needs JavaScript|Home/);
			for (const question of authored.questions) expect(record!.content).not.toContain(question.prompt);
		}
		// The training index keeps this browser's scores out of its text.
		const training = indexed.find(({ url }) => url.endsWith('/training/'))!;
		expect(training.content).not.toMatch(/Not taken yet|in this browser\. Pass mark/);

		// A search for "quiz" finds the quiz pages, not only the Training index.
		await page.goto(siteUrl('search/'));
		// A string, so the test runner does not rewrite the browser's import().
		const urls = (await page.evaluate(`(async () => {
			const pagefind = await import(${JSON.stringify(siteUrl('pagefind/pagefind.js'))});
			const search = await pagefind.search('quiz');
			const data = await Promise.all(search.results.map((result) => result.data()));
			return data.map((item) => item.url);
		})()`)) as string[];
		expect(urls.some((url) => url.endsWith(`/training/${quizId}/`))).toBe(true);
		expect(urls.filter((url) => /\/training\/[^/]+\/$/.test(url)).length).toBe(3);
	});

	it('has no axe violations in the dark theme after answering', async () => {
		await context.close();
		context = await newContext(browser, { colorScheme: 'dark' });
		page = await context.newPage();
		await openQuiz();
		await answer(await questionOnScreen(), false);
		await page.getByRole('button', { name: 'Check answer' }).click();
		expect(await axe(page)).toEqual([]);
		// And on the result: the score, the certificate offer and the review in status colours.
		await page.getByRole('button', { name: /^(Next question|See your result)$/ }).click();
		for (let index = 1; index < total; index++) {
			await answer(await questionOnScreen(), true);
			await checkAndContinue();
		}
		await page.getByRole('heading', { name: 'Your result' }).waitFor();
		expect(await page.getByRole('button', { name: 'Print certificate' }).count()).toBe(1);
		expect(await axe(page)).toEqual([]);
	});
});
