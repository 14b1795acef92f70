import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/lib/data/atomic-write';
import { spotlightFields } from '../../../src/lib/cms/fields';
import { titleSlug } from '../../../src/lib/cms/scaffold';
import { parseFrontmatter } from '../../../src/lib/content/frontmatter';
import { findPartner, parseNewSpotlightArgs, renderSpotlightDraft } from '../../../src/lib/spotlights/scaffold';
import { spotlightSchema } from '../../../src/lib/spotlights/schema';
import { programIds } from '../../../src/lib/core/config';

const today = '2026-11-24';
const fields = spotlightFields({
	partnerTypes: [{ value: 'software', label: 'Software' }],
	models: [{ value: 'referral', label: 'Referral' }],
	partners: [],
});

describe('parseNewSpotlightArgs', () => {
	it('takes the title, partner and date, defaulting the date to today', () => {
		expect(parseNewSpotlightArgs(['--title', 'Acme grows', '--partner', 'acme'], today)).toEqual({
			title: 'Acme grows',
			date: today,
			partner: 'acme',
		});
		expect(parseNewSpotlightArgs(['--title', 'A', '--date', '2026-05-01'], today).date).toBe('2026-05-01');
	});
	it.each([
		[[], 'Missing --title'],
		[['--title', '  '], 'Missing --title'],
		[['--title', '!!!'], 'The title "!!!" has no letters or digits'],
		[['--title', 'A', '--date', '2026-02-30'], '--date: Expected a real date as YYYY-MM-DD, found "2026-02-30"'],
		[['--title', 'A', '--date', 'tomorrow'], '--date: Expected a real date as YYYY-MM-DD, found "tomorrow"'],
		[['--title', 'A', '--colour', 'red'], "Unknown option '--colour'"],
	])('rejects %j', (argv, message) => {
		expect(() => parseNewSpotlightArgs(argv, today)).toThrow(message);
	});
});

describe('scaffolder logic', () => {
	it('makes a slug from the title', () => {
		expect(titleSlug('Acme: +220% partner revenue!')).toBe('acme-220-partner-revenue');
		expect(titleSlug('Café & Co — a story')).toBe('café-co-a-story');
	});
	it('rejects an unknown partner with a suggestion', () => {
		const partners = [{ id: 'ledgerline' }, { id: 'formwise' }];
		expect(findPartner('formwise', partners)).toEqual({ id: 'formwise' });
		expect(() => findPartner('ledgerlin', partners)).toThrow('Did you mean "ledgerline"?');
		expect(() => findPartner('x', undefined)).toThrow('there is no content/data/partners.csv');
	});
	it('renders a draft with every field and a hint, valid against the schema', () => {
		const text = renderSpotlightDraft({
			title: 'Acme: "quotes" # and colons',
			date: today,
			partner: { id: 'acme', type: 'software', model: 'referral' },
			fields,
			defaults: { partnerType: 'software', model: 'referral' },
		});
		for (const field of fields) expect(text).toContain(`# ${field.hint}`);
		for (const field of fields) expect(text).toMatch(new RegExp(`^#? ?${field.name}:`, 'm'));
		const data = spotlightSchema(programIds).parse(parseFrontmatter(text, 'x.mdx').data);
		expect(data).toMatchObject({ title: 'Acme: "quotes" # and colons', date: today, partners: ['acme'], draft: true });
	});
});

describe('writeFileAtomic', () => {
	it('refuses to overwrite and leaves no temporary file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
		const file = join(dir, 'a.txt');
		expect(writeFileAtomic(file, 'one', { overwrite: false })).toBe(true);
		expect(writeFileAtomic(file, 'two', { overwrite: false })).toBe(false);
		expect(readFileSync(file, 'utf8')).toBe('one');
		expect(writeFileAtomic(file, 'three', { overwrite: true })).toBe(true);
		expect(readFileSync(file, 'utf8')).toBe('three');
		expect(readdirSync(dir)).toEqual(['a.txt']);
		rmSync(dir, { recursive: true });
	});
});

// These start real processes, as `npm run` does; on a busy machine each takes a few seconds.
describe('npm run new:spotlight', { timeout: 60_000 }, () => {
	let dir: string;
	const run = (...args: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-spotlight.ts', ...args], {
			env: { ...process.env, PORTAL_CONTENT_DIR: dir },
			encoding: 'utf8',
		});
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'new-spotlight-'));
		cpSync('content/data', join(dir, 'data'), { recursive: true });
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('creates a valid draft that npm run check accepts, then refuses to overwrite it', () => {
		const created = run('--title', 'Ledgerline: a new alliance', '--partner', 'ledgerline', '--date', '2026-12-01');
		expect(created.status).toBe(0);
		const file = join(dir, 'spotlights', 'ledgerline-a-new-alliance.mdx');
		const text = readFileSync(file, 'utf8');
		expect(spotlightSchema(programIds).parse(parseFrontmatter(text, file).data)).toMatchObject({
			date: '2026-12-01',
			partners: ['ledgerline'],
			partnerType: 'software',
			model: 'strategic-alliance',
			draft: true,
		});
		const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--content-only'], {
			env: { ...process.env, PORTAL_CONTENT_DIR: dir },
			encoding: 'utf8',
		});
		expect(check.status, check.stderr).toBe(0);

		writeFileSync(file, `${text}\nEdited by hand.\n`);
		const again = run('--title', 'Ledgerline: a new alliance');
		expect(again.status).toBe(2);
		expect(again.stderr).toContain('already exists; nothing was written');
		expect(readFileSync(file, 'utf8')).toContain('Edited by hand.');
	});

	it('rejects an unknown partner and a bad date without writing anything', () => {
		const partner = run('--title', 'Unknown partner', '--partner', 'ledgerlin');
		expect(partner.status).toBe(1);
		expect(partner.stderr).toContain('--partner: Unknown partner id "ledgerlin"');
		expect(partner.stderr).toContain('Did you mean "ledgerline"?');
		const date = run('--title', 'Bad date', '--date', '2026-13-01');
		expect(date.status).toBe(1);
		expect(date.stderr).toContain('--date: Expected a real date as YYYY-MM-DD, found "2026-13-01"');
		expect(existsSync(join(dir, 'spotlights', 'unknown-partner.mdx'))).toBe(false);
		expect(existsSync(join(dir, 'spotlights', 'bad-date.mdx'))).toBe(false);
	});

	it('npm run check exits 1 and names file and field on bad content', () => {
		writeFileSync(join(dir, 'spotlights', 'broken.mdx'), '---\ntitle: Broken\n---\n');
		const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--content-only'], {
			env: { ...process.env, PORTAL_CONTENT_DIR: dir },
			encoding: 'utf8',
		});
		expect(check.status).toBe(1);
		expect(check.stderr).toMatch(/broken\.mdx:\d+: date: Required/);
		expect(check.stderr).toMatch(/broken\.mdx:\d+: author: Required/);
	});
});
