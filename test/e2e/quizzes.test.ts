import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { QuizInput } from '../../src/lib/quizzes/schema';
import { freshPage, launchBrowser, newContext, wcagTags } from './support/browser';
import { siteUrl } from './support/site';

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

async function answerAll(right: (index: number) => boolean) {
	for (let index = 0; index < total; index++) {
		expect(await questionNumber()).toBe(index + 1);
		await answer(await questionOnScreen(), right(index));
		await checkAndContinue();
	}
	await page.getByRole('heading', { name: 'Your result' }).waitFor();
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
		const review = page.getByRole('region', { name: 'Your result' }).getByRole('list').last();
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
		expect(await page.getByText(/^Correct answer: /).count()).toBe(total);
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

	it('has no axe violations in the dark theme after answering', async () => {
		await context.close();
		context = await newContext(browser, { colorScheme: 'dark' });
		page = await context.newPage();
		await openQuiz();
		await answer(await questionOnScreen(), false);
		await page.getByRole('button', { name: 'Check answer' }).click();
		expect(await axe(page)).toEqual([]);
	});
});
