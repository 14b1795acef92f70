import { describe, expect, it } from 'vitest';
import { formatDate, formatLongDate, formatMonth } from '../../../src/lib/core/dates';
import { countOf } from '../../../src/lib/core/plural';

describe('formatDate', () => {
	it('spells the month out in the configured language', () => {
		expect(formatDate('2026-11-03', 'en-GB')).toBe('3 November 2026');
		expect(formatDate('2026-11-03', 'en-US')).toBe('November 3, 2026');
	});

	it('keeps a calendar day whatever the time zone, and takes timestamps and Dates', () => {
		expect(formatDate('2026-01-01', 'en-GB')).toBe('1 January 2026');
		expect(formatDate('2026-11-26T23:30:00Z', 'en-GB')).toBe('26 November 2026');
		expect(formatDate(new Date(Date.UTC(2026, 1, 28)), 'en-GB')).toBe('28 February 2026');
	});

	it('adds the weekday for meetings, and names months', () => {
		expect(formatLongDate('2026-11-30', 'en-GB')).toBe('Monday, 30 November 2026');
		expect(formatMonth('2026', '11', 'en-GB')).toBe('November 2026');
	});
});

describe('countOf', () => {
	const points = { one: 'point', other: 'points' };
	it('uses real plurals, never "(s)"', () => {
		expect(countOf(1, points)).toBe('1 point');
		expect(countOf(0, points)).toBe('0 points');
		expect(countOf(7, points)).toBe('7 points');
		expect(countOf(1200, points, 'en-GB')).toBe('1,200 points');
	});
});
