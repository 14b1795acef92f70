import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { portal } from '../../../src/lib/core/config';
import { validateContent } from '../../../src/lib/content/validate';

// The example content, copied: each case breaks one profile and expects exactly its problem, as file: field.
let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'profile-checks-'));
	cpSync('content', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const check = () => validateContent(dir, { scorecardData: false }).map((line) => line.replaceAll(`${dir}/`, ''));
const profile = 'partners/formwise.mdx';
const edit = (file: string, change: (text: string) => string) =>
	writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
const lineOf = (file: string, pattern: RegExp) =>
	readFileSync(join(dir, file), 'utf8')
		.split('\n')
		.findIndex((line) => pattern.test(line)) + 1;

describe('profile checks (npm run check and the build)', () => {
	it('pass the example profiles', () => {
		expect(check()).toEqual([]);
	});

	it('refuse a profile whose file name is no partner id in partners.csv', () => {
		renameSync(join(dir, profile), join(dir, 'partners/formwize.mdx'));
		expect(check()).toEqual([
			'partners/formwize.mdx: id: Expected a partner id from partners.csv as the file name, found "formwize"; rename the file after the partner\'s id',
		]);
	});

	it('refuse a logo over the size limit, naming the limit and the size found', () => {
		const padding = `<!-- ${'x'.repeat((portal.community.logoMaxKilobytes + 5) * 1024)} -->`;
		edit('partners/logos/formwise.svg', (text) => text.replace('</svg>', `${padding}</svg>`));
		const problems = check();
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			new RegExp(
				`^partners/formwise\\.mdx: logo\\.src: Expected a logo of at most ${portal.community.logoMaxKilobytes} KB .*found "\\./logos/formwise\\.svg" at \\d+ KB`,
			),
		);
	});

	it('refuse a logo in another format', () => {
		edit(profile, (text) => text.replace('./logos/formwise.svg', './logos/formwise.gif'));
		expect(check()).toEqual([
			'partners/formwise.mdx: logo.src: Expected an svg, png or webp logo, found "./logos/formwise.gif"',
		]);
	});

	it('refuse an unknown service and an unknown region, with line, field and value', () => {
		edit(profile, (text) =>
			text.replace('  - migration', '  - astrology').replace('  - asia-pacific', '  - antarctica'),
		);
		const problems = check();
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(
			new RegExp(`^partners/formwise\\.mdx:${lineOf(profile, /- astrology/)}: services\\.1: .*"astrology"`),
		);
		expect(problems[1]).toMatch(
			new RegExp(`^partners/formwise\\.mdx:${lineOf(profile, /- antarctica/)}: regions\\.2: .*"antarctica"`),
		);
	});
});
