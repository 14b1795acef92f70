import { memoryStore, throwingStore } from '../support/memory-store';
import { describe, expect, it } from 'vitest';
import {
	clearDraft,
	DRAFT_KEY,
	emptyForm,
	hasContent,
	loadDraft,
	OTHER_PARTNER,
	cleanDraft,
	partnerName,
	postRecord,
	prefillFromQuery,
	recordJson,
	saveDraft,
	toRecordInput,
	validateForm,
	type RatingFormState,
} from '../../../src/lib/ratings/form';
import { ratingRecordSchema } from '../../../src/lib/ratings/schema';
import { programIds } from '../../../src/lib/core/config';

const context = {
	dimensions: [
		{ id: 'referrals-revenue', label: 'Referrals and revenue' },
		{ id: 'knowledge-training', label: 'Knowledge and training' },
		{ id: 'network-access', label: 'Network access' },
		{ id: 'co-marketing', label: 'Co-marketing' },
		{ id: 'product-strategy', label: 'Product and strategic input' },
	],
};
const ids = context.dimensions.map((d) => d.id);

function filled(): RatingFormState {
	const state = emptyForm(ids);
	ids.forEach((id, i) => (state.answers[id] = { received: i + 1, provided: 10 - i, comment: '' }));
	return { ...state, rater: 'partner', partner: 'northbeam-media', period: '2026-Q3' };
}

describe('validateForm', () => {
	it('lists every missing answer in field order', () => {
		const errors = validateForm(emptyForm(ids), context);
		expect(errors.slice(0, 5)).toEqual([
			{ field: 'rater', message: 'Choose who is rating.' },
			{ field: 'partner', message: 'Choose the partner this record is about.' },
			{ field: 'period', message: 'Choose the quarter you are rating.' },
			{
				field: 'referrals-revenue-received',
				message: 'Referrals and revenue: choose the value received from 1 to 10.',
			},
			{
				field: 'referrals-revenue-provided',
				message: 'Referrals and revenue: choose the value provided from 1 to 10.',
			},
		]);
		expect(errors).toHaveLength(3 + 2 * ids.length);
	});

	it('accepts a complete form', () => {
		expect(validateForm(filled(), context)).toEqual([]);
	});

	it('quotes a malformed quarter and typed partner id, using the schemas’ wording', () => {
		const state = { ...filled(), period: '2026-3', partner: OTHER_PARTNER, otherPartner: 'Acme Ltd' };
		expect(validateForm(state, context)).toEqual([
			{ field: 'other-partner', message: 'Expected a lowercase id such as "content-creator"; found "Acme Ltd".' },
			{ field: 'period', message: 'Expected a quarter such as "2026-Q3"; found "2026-3".' },
		]);
		expect(validateForm({ ...state, otherPartner: ' ', period: '2026-Q3' }, context)[0]?.field).toBe('other-partner');
		expect(validateForm({ ...state, otherPartner: ' acme-ltd ', period: ' 2026-Q4 ' }, context)).toEqual([]);
	});

	it('refuses out-of-range ratings and over-long comments (as a tampered draft could hold)', () => {
		const state = filled();
		state.answers['co-marketing'] = { received: 11, provided: 0, comment: 'x'.repeat(2001) };
		expect(validateForm(state, context).map((e) => e.field)).toEqual([
			'co-marketing-received',
			'co-marketing-provided',
			'co-marketing-comment',
		]);
	});
});

describe('toRecordInput', () => {
	it('builds exactly a valid record: trimmed, optional fields left out when empty', () => {
		const state = filled();
		state.answers['co-marketing']!.comment = '  <b>we ran the webinar</b>  ';
		const input = toRecordInput(state, context, new Date('2026-09-30T12:00:00Z'));
		expect(ratingRecordSchema(programIds).parse(input)).toEqual(input);
		expect(input).not.toHaveProperty('raterName');
		expect(input.submittedAt).toBe('2026-09-30T12:00:00.000Z');
		expect(input.ratings[3]).toEqual({
			dimension: 'co-marketing',
			received: 4,
			provided: 7,
			comment: '<b>we ran the webinar</b>',
		});
		expect(input.ratings[0]).not.toHaveProperty('comment');
	});
	it('uses the typed id for another partner, and keeps a name', () => {
		const state = { ...filled(), partner: OTHER_PARTNER, otherPartner: ' acme-ltd ', raterName: ' Ana ' };
		const input = toRecordInput(state, context, new Date());
		expect([input.partnerId, input.raterName]).toEqual(['acme-ltd', 'Ana']);
	});
	it('serialises as pretty JSON with a final newline', () => {
		expect(recordJson({ a: 1 })).toBe('{\n  "a": 1\n}\n');
	});
});

describe('drafts', () => {
	it('round-trips a draft under a versioned key', () => {
		const storage = memoryStore();
		const state = { ...filled(), period: '2026-Q' };
		saveDraft(storage, state);
		expect(DRAFT_KEY).toMatch(/^portal:rating-form:v\d+$/);
		expect(loadDraft(storage, ids)).toEqual(state);
	});

	it('does not keep an empty form, and clears on request', () => {
		const storage = memoryStore();
		saveDraft(storage, filled());
		saveDraft(storage, emptyForm(ids));
		expect(storage.data.size).toBe(0);
		expect(hasContent(emptyForm(ids))).toBe(false);
		saveDraft(storage, filled());
		clearDraft(storage);
		expect(loadDraft(storage, ids)).toBeUndefined();
	});

	it('discards corrupt or outdated drafts and removes them', () => {
		const bad = [
			'{not json',
			'null',
			'[]',
			JSON.stringify({ ...filled(), rater: 'boss' }),
			JSON.stringify({ ...filled(), period: 2026 }),
			JSON.stringify({ ...filled(), answers: { 'co-marketing': { received: 12, provided: 1, comment: '' } } }),
			JSON.stringify({ ...filled(), answers: { 'co-marketing': 'ten' } }),
		];
		for (const text of bad) {
			const storage = memoryStore();
			storage.setItem(DRAFT_KEY, text);
			expect(loadDraft(storage, ids), text).toBeUndefined();
			expect(storage.data.has(DRAFT_KEY)).toBe(false);
		}
	});

	it('starts a dimension added since the draft was saved empty', () => {
		const saved = filled();
		delete saved.answers['product-strategy'];
		const draft = cleanDraft(saved, ids);
		expect(draft?.answers['product-strategy']).toEqual({ received: null, provided: null, comment: '' });
		expect(draft?.answers['referrals-revenue']?.received).toBe(1);
	});

	it('survives storage that throws', () => {
		const throwing = throwingStore;
		expect(loadDraft(throwing, ids)).toBeUndefined();
		expect(() => saveDraft(throwing, filled())).not.toThrow();
		expect(() => clearDraft(throwing)).not.toThrow();
		// No localStorage here, as where a browser blocks site data: drafts are simply not kept.
		expect(loadDraft(undefined, ids)).toBeUndefined();
		expect(() => saveDraft(undefined, filled())).not.toThrow();
	});
});

describe('postRecord', () => {
	it('POSTs JSON and reports sent on 2xx', async () => {
		const calls: [string, RequestInit][] = [];
		const fetcher = (async (url: string, init: RequestInit) => {
			calls.push([url, init]);
			return new Response(null, { status: 201 });
		}) as unknown as typeof fetch;
		expect(await postRecord(fetcher, 'https://example.test/ratings', { a: 1 })).toEqual({ status: 'sent' });
		expect(calls[0]![1]).toMatchObject({
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"a":1}',
		});
	});
	it('reports the status of a failed answer and a network failure', async () => {
		const failing = (async () =>
			new Response('no', { status: 500, statusText: 'Internal Server Error' })) as unknown as typeof fetch;
		expect(await postRecord(failing, 'https://example.test/', {})).toEqual({
			status: 'failed',
			message: 'The server answered 500 Internal Server Error.',
		});
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		expect((await postRecord(offline, 'https://example.test/', {})).status).toBe('failed');
	});
});

describe('partnerName', () => {
	const partners = [{ id: 'northbeam-media', name: 'Northbeam Media' }];
	it('names a listed partner as people know it, and falls back to a typed id', () => {
		expect(partnerName(partners, 'northbeam-media')).toBe('Northbeam Media');
		expect(partnerName(partners, 'new-partner')).toBe('new-partner');
	});
});

describe('prefillFromQuery', () => {
	it('takes a known partner, a well-formed quarter and a side from the address', () => {
		expect(prefillFromQuery('?partner=formwise&quarter=2026-Q3&rater=partner', ['formwise'])).toEqual({
			partner: 'formwise',
			period: '2026-Q3',
			rater: 'partner',
		});
	});

	it('ignores what the form does not offer', () => {
		expect(prefillFromQuery('?partner=evil&quarter=2026-Q9&rater=admin', ['formwise'])).toBeUndefined();
		expect(prefillFromQuery('', ['formwise'])).toBeUndefined();
	});
});
