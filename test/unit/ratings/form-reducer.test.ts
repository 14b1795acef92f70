import { describe, expect, it } from 'vitest';
import { emptyForm, validateForm, type RatingFormState } from '../../../src/lib/ratings/form';
import {
	initialRatingFormModel,
	ratingFormReducer,
	shownError,
	summaryErrors,
	type RatingFormAction,
	type RatingFormModel,
	type ReadyRecord,
} from '../../../src/lib/ratings/form-reducer';
import type { RatingRecord } from '../../../src/lib/ratings/schema';

const context = {
	dimensions: [
		{ id: 'referrals-revenue', label: 'Referrals and revenue' },
		{ id: 'knowledge-training', label: 'Knowledge and training' },
	],
};
const ids = context.dimensions.map((d) => d.id);

const run = (model: RatingFormModel, ...actions: RatingFormAction[]) => actions.reduce(ratingFormReducer, model);
const start = () => run(initialRatingFormModel(ids), { type: 'draft-loaded', draft: undefined });

const ready: ReadyRecord = {
	record: { partnerId: 'northbeam-media', period: '2026-Q3', rater: 'partner' } as RatingRecord,
	fileName: 'northbeam-media-2026-Q3-partner.json',
};

describe('ratingFormReducer', () => {
	it('starts empty, not restored, with the draft still to read', () => {
		expect(initialRatingFormModel(ids)).toEqual({
			values: emptyForm(ids),
			draftLoaded: false,
			restored: false,
			touched: [],
			submitted: false,
			notice: '',
			send: { status: 'idle' },
		});
	});

	it('restores a saved draft, and only marks the draft read when there is none', () => {
		const draft: RatingFormState = { ...emptyForm(ids), period: '2026-Q2' };
		const restored = run(initialRatingFormModel(ids), { type: 'draft-loaded', draft });
		expect(restored).toMatchObject({ values: draft, draftLoaded: true, restored: true });
		expect(start()).toMatchObject({ values: emptyForm(ids), draftLoaded: true, restored: false });
	});

	it('edits fields and answers without touching the previous values', () => {
		const before = start();
		const after = run(
			before,
			{ type: 'edit', change: { rater: 'program', period: '2026-Q3' } },
			{ type: 'answer', dimension: 'knowledge-training', part: 'received', value: 4 },
			{ type: 'answer', dimension: 'knowledge-training', part: 'comment', value: 'Good sessions' },
		);
		expect(after.values).toMatchObject({ rater: 'program', period: '2026-Q3', partner: '' });
		expect(after.values.answers).toEqual({
			'referrals-revenue': { received: null, provided: null, comment: '' },
			'knowledge-training': { received: 4, provided: null, comment: 'Good sessions' },
		});
		expect(before.values).toEqual(emptyForm(ids));
	});

	it('drops the finished record, the send status and the notice on any change', () => {
		const done = run(
			start(),
			{ type: 'checked', ready },
			{ type: 'sending' },
			{ type: 'send-result', result: { status: 'failed', message: 'Offline.' } },
			{ type: 'downloaded', fileName: ready.fileName },
		);
		expect(done).toMatchObject({ ready, send: { status: 'failed' } });
		expect(done.notice).toBe(
			'Downloaded northbeam-media-2026-Q3-partner.json. Email it to the program team, who add it to content/data/ratings/.',
		);
		const changed = run(done, { type: 'answer', dimension: 'referrals-revenue', part: 'provided', value: 9 });
		expect(changed).toMatchObject({ ready: undefined, send: { status: 'idle' }, notice: '' });
	});

	it('moves focus to the summary on every failed submit, and to the result after a good one', () => {
		const failed = run(start(), { type: 'submit', valid: false });
		expect(failed).toMatchObject({ submitted: true, ready: undefined, focus: { target: 'summary' } });
		const again = run(failed, { type: 'submit', valid: false });
		expect(again.focus).toEqual(failed.focus);
		expect(again.focus).not.toBe(failed.focus); // a new request, so the island focuses again

		const good = run(start(), { type: 'submit', valid: true });
		expect(good.submitted).toBe(true);
		expect(good.focus).toBeUndefined();
		expect(run(good, { type: 'checked', ready })).toMatchObject({ ready, focus: { target: 'ready' } });
	});

	it('words the notices', () => {
		const notice = (action: RatingFormAction) => run(start(), action).notice;
		expect(notice({ type: 'check-failed', problems: ['period: bad', 'rater: bad'] })).toBe(
			'This record does not match the format: period: bad; rater: bad',
		);
		expect(notice({ type: 'checks-unavailable' })).toBe(
			'The form could not load its checks. Check your connection and try again.',
		);
		expect(notice({ type: 'copied', fileName: ready.fileName })).toBe(
			'Copied the record. Paste it into an email, or save it as northbeam-media-2026-Q3-partner.json.',
		);
		expect(notice({ type: 'copy-failed' })).toBe('Copying was not allowed by the browser. Download the file instead.');
	});

	it('tracks sending', () => {
		const sending = run(start(), { type: 'checked', ready }, { type: 'sending' });
		expect(sending.send).toEqual({ status: 'sending' });
		expect(run(sending, { type: 'send-result', result: { status: 'sent' } }).send).toEqual({ status: 'sent' });
	});

	it('starts over from an empty form, still saving drafts', () => {
		const draft: RatingFormState = { ...emptyForm(ids), rater: 'partner' };
		const used = run(
			initialRatingFormModel(ids),
			{ type: 'draft-loaded', draft },
			{ type: 'touch', field: 'period' },
			{ type: 'submit', valid: true },
			{ type: 'checked', ready },
			{ type: 'copied', fileName: ready.fileName },
		);
		const fresh = run(used, { type: 'start-over', dimensionIds: ids });
		expect(fresh).toEqual({ ...initialRatingFormModel(ids), draftLoaded: true });
	});
});

describe('shownError and summaryErrors', () => {
	const errorsOf = (model: RatingFormModel) => validateForm(model.values, context);

	it('show nothing before the user has left a field or submitted', () => {
		const model = start();
		expect(errorsOf(model)).not.toEqual([]);
		expect(shownError(model, errorsOf(model), 'period')).toBeUndefined();
		expect(summaryErrors(model, errorsOf(model))).toEqual([]);
	});

	it('show a left field’s problem, once', () => {
		const model = run(start(), { type: 'touch', field: 'period' }, { type: 'touch', field: 'period' });
		expect(model.touched).toEqual(['period']);
		expect(shownError(model, errorsOf(model), 'period')).toBe('Choose the quarter you are rating.');
		expect(shownError(model, errorsOf(model), 'rater')).toBeUndefined();
		expect(summaryErrors(model, errorsOf(model))).toEqual([]);
	});

	it('show every problem after a submit', () => {
		const model = run(start(), { type: 'submit', valid: false });
		const errors = errorsOf(model);
		expect(summaryErrors(model, errors)).toBe(errors);
		expect(shownError(model, errors, 'referrals-revenue-received')).toBe(
			'Referrals and revenue: choose the value received from 1 to 10.',
		);
		expect(shownError(model, errors, 'rater-name')).toBeUndefined();
	});
});

describe('today and Undo', () => {
	it("learns the browser's today with the draft, and keeps it through a start over", () => {
		const today = new Date('2026-11-26T09:00:00Z');
		const model = run(initialRatingFormModel(ids), { type: 'draft-loaded', draft: undefined, today });
		expect(model.today).toBe(today);
		expect(run(model, { type: 'start-over', dimensionIds: ids }).today).toBe(today);
	});

	it('puts a cleared form back exactly as it was on Undo, without moving focus again', () => {
		const draft: RatingFormState = { ...emptyForm(ids), rater: 'program', period: '2026-Q3' };
		const before = run(
			initialRatingFormModel(ids),
			{ type: 'draft-loaded', draft },
			{ type: 'answer', dimension: 'referrals-revenue', part: 'received', value: 8 },
			{ type: 'submit', valid: false },
		);
		expect(before.focus).toEqual({ target: 'summary' });
		const cleared = run(before, { type: 'start-over', dimensionIds: ids });
		expect(cleared.values).toEqual(emptyForm(ids));
		expect(cleared.restored).toBe(false);
		const undone = run(cleared, { type: 'undo-start-over', previous: before });
		expect(undone).toEqual({ ...before, focus: undefined });
		expect(undone.values.answers['referrals-revenue']!.received).toBe(8);
		expect(undone.restored).toBe(true);
	});
});
