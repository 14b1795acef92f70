import { describe, expect, it } from 'vitest';
import { latestRatings } from '../../../src/lib/tiers/site-data';

// The example data folder (content/data): four partners have value-exchange records, one of them only for 2026-Q2.
describe('latestRatings', () => {
	it('gives both sides of the latest quarter rated', () => {
		const ratings = latestRatings('blue-harbor-digital');
		expect(ratings?.period).toBe('2026-Q3');
		expect(ratings?.partner?.rater).toBe('partner');
		expect(ratings?.program?.rater).toBe('program');
		expect(ratings?.partner?.partnerId).toBe('blue-harbor-digital');
	});

	it('takes the partner’s own latest quarter, not the program’s', () => {
		expect(latestRatings('relay-crm')?.period).toBe('2026-Q2');
	});

	it('is undefined for a partner nobody has rated', () => {
		expect(latestRatings('formwise')).toBeUndefined();
	});
});
