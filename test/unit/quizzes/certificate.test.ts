import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { certificateId, certificateName, localDay } from '../../../src/lib/quizzes/certificate';

const finishedAt = '2026-11-26T09:30:00.000Z';

describe('certificates', () => {
	it('tidies the printed name', () => {
		expect(certificateName('  Ada   Lovelace ')).toBe('Ada Lovelace');
		expect(certificateName('Zoe\u0308')).toBe('Zoë');
	});

	it('derives a short ID from the quiz, the finish time and the name with SHA-256', async () => {
		const id = await certificateId('agencies-referral-essentials', finishedAt, 'Ada Lovelace');
		const expected = createHash('sha256')
			.update(`agencies-referral-essentials\n${finishedAt}\nAda Lovelace`)
			.digest('hex')
			.slice(0, 12)
			.toUpperCase();
		expect(id).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
		expect(id!.replaceAll('-', '')).toBe(expected);
	});

	it('gives the same ID for the same pass and name, and another for any change', async () => {
		const id = await certificateId('quiz', finishedAt, 'Ada Lovelace');
		expect(await certificateId('quiz', finishedAt, ' Ada  Lovelace ')).toBe(id);
		expect(await certificateId('quiz', finishedAt, 'Ada Byron')).not.toBe(id);
		expect(await certificateId('quiz', '2026-11-26T09:31:00.000Z', 'Ada Lovelace')).not.toBe(id);
		expect(await certificateId('other-quiz', finishedAt, 'Ada Lovelace')).not.toBe(id);
	});

	it('leaves the ID off where WebCrypto is unavailable', async () => {
		vi.stubGlobal('crypto', undefined);
		try {
			expect(await certificateId('quiz', finishedAt, 'Ada')).toBeUndefined();
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('dates the certificate by the day where the partner is', () => {
		const date = new Date(finishedAt);
		const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
		expect(localDay(finishedAt)).toBe(day);
		expect(localDay(finishedAt)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});
