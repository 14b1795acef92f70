import { describe, expect, it } from 'vitest';
import { OFFERED_QUARTERS, quarterChoices, quarterOf, recentQuarters } from '../../../src/lib/ratings/quarters';
import { quarterPattern } from '../../../src/lib/core/patterns';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('quarterOf', () => {
	it('names the calendar quarter a day falls in', () => {
		expect(
			['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-11-26', '2026-12-31'].map((d) =>
				quarterOf(day(d)),
			),
		).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026-Q4']);
	});
	it('counts in UTC, so the last evening of a quarter is still that quarter everywhere', () => {
		expect(quarterOf(new Date('2026-03-31T23:59:59Z'))).toBe('2026-Q1');
	});
});

describe('recentQuarters', () => {
	it('offers this quarter and the four before it, newest first', () => {
		expect(OFFERED_QUARTERS).toBe(5);
		expect(recentQuarters(day('2026-11-26'))).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4']);
	});
	it('crosses years', () => {
		expect(recentQuarters(day('2027-02-10'), 6)).toEqual([
			'2027-Q1',
			'2026-Q4',
			'2026-Q3',
			'2026-Q2',
			'2026-Q1',
			'2025-Q4',
		]);
	});
	it('always gives quarters the record accepts', () => {
		for (let month = 0; month < 12; month++) {
			for (const quarter of recentQuarters(new Date(Date.UTC(2026, month, 15))))
				expect(quarter).toMatch(quarterPattern);
		}
	});
});

describe('quarterChoices', () => {
	it('labels each quarter with its months, and says which are this and last quarter', () => {
		expect(quarterChoices(day('2026-11-26'), '', 'en')).toEqual([
			{ value: '2026-Q4', label: '2026-Q4 (Oct–Dec), this quarter' },
			{ value: '2026-Q3', label: '2026-Q3 (Jul–Sep), last quarter' },
			{ value: '2026-Q2', label: '2026-Q2 (Apr–Jun)' },
			{ value: '2026-Q1', label: '2026-Q1 (Jan–Mar)' },
			{ value: '2025-Q4', label: '2025-Q4 (Oct–Dec)' },
		]);
	});
	it('keeps an older chosen quarter, and a value from an old draft that validation will question', () => {
		const today = day('2026-11-26');
		expect(quarterChoices(today, '2026-Q3', 'en')).toHaveLength(5);
		expect(quarterChoices(today, '2024-Q1', 'en').at(-1)).toEqual({ value: '2024-Q1', label: '2024-Q1 (Jan–Mar)' });
		expect(quarterChoices(today, '2026-3', 'en').at(-1)).toEqual({ value: '2026-3', label: '2026-3' });
	});
	it('offers only the chosen value before the browser says what day it is (the server render)', () => {
		expect(quarterChoices(undefined, '', 'en')).toEqual([]);
		expect(quarterChoices(undefined, '2026-Q3', 'en')).toEqual([{ value: '2026-Q3', label: '2026-Q3 (Jul–Sep)' }]);
	});
});
