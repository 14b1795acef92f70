import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/lib/core/errors';
import { parsePartners } from '../../../src/lib/partners/read';
import { formatProblem } from '../../../src/lib/data/csv-read';
import { parseCertifications, readCertificationsFile } from '../../../src/lib/tiers/certifications';

const quizIds = ['agencies-referral-essentials', 'software-partners-alliance-governance'];
const partnerIds = new Set(['ledgerline', 'oakridge-consulting']);
const parse = (text: string) => parseCertifications(text, 'certifications.csv', { partnerIds, quizIds });

describe('certifications.csv', () => {
	it('reads passes', () => {
		const { certifications, problems } = parse(
			'partner_id,quiz,passed_on\nledgerline,software-partners-alliance-governance,2025-05-27\n',
		);
		expect(problems).toEqual([]);
		expect(certifications).toEqual([
			{ partner_id: 'ledgerline', quiz: 'software-partners-alliance-governance', passed_on: '2025-05-27' },
		]);
	});

	it('lists every problem with its line, column and the value found', () => {
		const { certifications, problems } = parse(
			[
				'partner_id,quiz,passed_on',
				'ledgerlin,software-partners-alliance-governance,2025-05-27',
				'oakridge-consulting,agency-basics,2025-02-30',
			].join('\n'),
		);
		expect(certifications).toEqual([]);
		expect(problems.map(formatProblem)).toEqual([
			'certifications.csv:2: partner_id: Expected a partner id from partners.csv, found "ledgerlin"; did you mean "ledgerline"?',
			'certifications.csv:3: quiz: Expected a quiz id, one of: agencies-referral-essentials, software-partners-alliance-governance, found "agency-basics"',
			'certifications.csv:3: passed_on: Expected a real calendar date, found "2025-02-30"',
		]);
	});

	it('is optional: a missing file means no passes', () => {
		expect(readCertificationsFile('/nonexistent/certifications.csv', { partnerIds, quizIds })).toEqual([]);
	});

	it('throws a UserError listing the problems, with a hint', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'certifications-')), 'certifications.csv');
		writeFileSync(file, 'partner_id,quiz,passed_on\nledgerline,agency-basics,2025-05-27\n');
		expect(() => readCertificationsFile(file, { partnerIds, quizIds })).toThrow(UserError);
		expect(() => readCertificationsFile(file, { partnerIds, quizIds })).toThrow(
			/has 1 problem:\n.*:2: quiz: Expected a quiz id[\s\S]*Hint: Fix the rows listed above/,
		);
	});

	it('holds only known partners and quizzes in the example data', () => {
		const partners = parsePartners(readFileSync('content/data/partners.csv', 'utf8'), 'partners.csv');
		const quizzes = readdirSync('content/quizzes').map((name) => name.replace(/\.ya?ml$/, ''));
		const file = 'content/data/certifications.csv';
		const { certifications, problems } = parseCertifications(readFileSync(file, 'utf8'), file, {
			partnerIds: new Set(partners.ids?.keys()),
			quizIds: quizzes,
		});
		expect(problems.map(formatProblem)).toEqual([]);
		expect(certifications.length).toBeGreaterThan(10);
	});
});
