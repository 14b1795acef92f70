import { describe, expect, it } from 'vitest';
import { eventFields, fieldChoices, profileFields } from '../../../src/lib/cms/fields';
import {
	monogramLogo,
	parseNewEventArgs,
	parseNewProfileArgs,
	renderEventDraft,
	renderProfileDraft,
} from '../../../src/lib/cms/scaffold-community';
import { placeholderSets, placeholdersIn } from '../../../src/lib/content/placeholders';
import { parseFrontmatter } from '../../../src/lib/content/frontmatter';
import { portal, programIds } from '../../../src/lib/core/config';
import { UserError } from '../../../src/lib/core/errors';
import { profileSchema } from '../../../src/lib/directory/schema';
import { eventSchema } from '../../../src/lib/events/schema';

const choices = fieldChoices(portal, [{ id: 'ledgerline', name: 'Ledgerline' }]);

describe('npm run new:event', () => {
	it('defaults the end to an hour later, the zone to the program meeting zone and the kind to a community call', () => {
		expect(parseNewEventArgs(['--title', 'Call', '--start', '2027-01-14T23:30'], 'Europe/London')).toEqual({
			title: 'Call',
			start: '2027-01-14T23:30',
			end: '2027-01-15T00:30',
			timeZone: 'Europe/London',
			kind: 'community-call',
		});
		expect(parseNewEventArgs(['--title', 'Retreat', '--start', '2027-05-20'], 'UTC').end).toBe('2027-05-20');
	});

	it.each([
		[['--start', '2027-01-14T16:00'], /Missing --title/],
		[['--title', 'x', '--start', '14/01/2027'], /--start: Expected .* found "14\/01\/2027"/],
		[['--title', 'x', '--start', '2027-01-14', '--end', '2027-01-14T10:00'], /--end: Expected a date like --start/],
		[['--title', 'x', '--start', '2027-01-14T16:00', '--time-zone', 'Mars/Olympus'], /--time-zone: .*"Mars\/Olympus"/],
		[['--title', 'x', '--start', '2027-01-14T16:00', '--kind', 'webinr'], /--kind: Unknown kind "webinr"/],
		[['--title', 'x', '--venue', 'y'], /Unknown option '--venue'/],
	])('refuses %j with a message naming the value', (argv, message) => {
		expect(() => parseNewEventArgs(argv, 'UTC')).toThrow(UserError);
		expect(() => parseNewEventArgs(argv, 'UTC')).toThrow(message);
	});

	it('writes every schema field with its hint; the file parses, and the check then refuses its placeholders', () => {
		const request = parseNewEventArgs(['--title', 'Office hours: January', '--start', '2027-01-14T16:00'], 'UTC');
		const fields = eventFields(choices);
		const text = renderEventDraft(request, fields, '2026-11-26');
		for (const field of fields) expect(text).toContain(`# ${field.hint}`);
		const { data, body } = parseFrontmatter(text, 'new.mdx');
		expect(eventSchema(programIds).safeParse(data).success).toBe(true);
		const found = placeholdersIn({ data: data as Record<string, unknown>, body }, placeholderSets.event);
		expect(found.map((line) => line.split(':')[0])).toEqual(['summary', 'host', 'register', 'body', 'body']);
	});
});

describe('npm run new:profile', () => {
	it('needs --partner', () => {
		expect(() => parseNewProfileArgs([])).toThrow(/Missing --partner/);
		expect(parseNewProfileArgs(['--partner', 'ledgerline'])).toEqual({ partner: 'ledgerline' });
	});

	it('writes an unlisted profile that parses; listing it with the placeholders left is refused', () => {
		const text = renderProfileDraft({ id: 'ledgerline', name: 'Ledgerline' }, profileFields(choices), 'en');
		const { data, body } = parseFrontmatter(text, 'ledgerline.mdx');
		const parsed = profileSchema(programIds).parse(data);
		expect(parsed).toMatchObject({ name: 'Ledgerline', listed: false, logo: { src: './logos/ledgerline.svg' } });
		const found = placeholdersIn({ data: { ...parsed, listed: true }, body }, placeholderSets.profile);
		expect(found.map((line) => line.split(':')[0])).toEqual(['pitch', 'contact', 'website', 'body']);
	});

	it('draws a stand-in logo from the initials, escaped', () => {
		expect(monogramLogo('Blue Harbor Digital')).toContain('>BH</text>');
		expect(monogramLogo('<script> x')).toContain('>SX</text>');
		expect(monogramLogo('<script> x')).not.toContain('<script');
		expect(monogramLogo('&Co')).toContain('>C</text>');
	});
});
