import { parseArgs } from 'node:util';
import { UserError, quote } from '../core/errors';
import { escapeHtml } from '../core/html';
import { closest } from '../data/csv-read';
import { eventPlaceholders, profilePlaceholders } from '../content/placeholders';
import { eventKinds, timeZoneSchema } from '../events/schema';
import type { FieldDefinition } from './fields';
import { renderDraft } from './scaffold';

/**
 * `npm run new:event` and `npm run new:profile`: parse the command line, then write every field with its hint, as
 * `new:spotlight` does. The values left to the author are placeholders the content check refuses (content/placeholders.ts).
 */

/** Parses `argv` against `options`; a bad option is a `UserError` with the usage line. */
function parse<T extends Record<string, { type: 'string' | 'boolean' }>>(
	argv: readonly string[],
	options: T,
	usage: string,
) {
	try {
		return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
	} catch (error) {
		throw new UserError((error as Error).message, usage);
	}
}

export const newEventUsage =
	'Usage: npm run new:event -- --title "TITLE" --start YYYY-MM-DDTHH:MM [--end YYYY-MM-DDTHH:MM] [--time-zone ZONE] [--kind KIND]';

/** What `npm run new:event` was asked for. */
export interface NewEventRequest {
	title: string;
	start: string;
	end: string;
	timeZone: string;
	kind: (typeof eventKinds)[number];
}

/** Adds `minutes` to a local "YYYY-MM-DDTHH:MM", as a wall clock does (the zone's own rules apply later). */
function addMinutes(local: string, minutes: number): string {
	return new Date(Date.parse(`${local}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
}

/** Parses the command line; `defaultZone` is the program's meeting zone. Throws `UserError` on bad input. */
export function parseNewEventArgs(argv: readonly string[], defaultZone: string): NewEventRequest {
	const values = parse(
		argv,
		{
			title: { type: 'string' },
			start: { type: 'string' },
			end: { type: 'string' },
			'time-zone': { type: 'string' },
			kind: { type: 'string' },
		},
		newEventUsage,
	);
	const title = values.title?.trim() ?? '';
	if (!title) throw new UserError('Missing --title', newEventUsage);
	const start = values.start ?? '';
	const form = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;
	if (!form.test(start))
		throw new UserError(
			`--start: Expected a local time as YYYY-MM-DDTHH:MM or a date as YYYY-MM-DD, found ${quote(start)}`,
			'For example --start 2027-01-14T16:00, or --start 2027-05-20 for an all-day event.',
		);
	const allDay = !start.includes('T');
	const end = values.end ?? (allDay ? start : addMinutes(start, 60));
	if (!form.test(end) || end.includes('T') === allDay)
		throw new UserError(
			`--end: Expected ${allDay ? 'a date like --start' : 'a local time like --start'}, found ${quote(end)}`,
			allDay ? 'For example --end 2027-05-22 for an event over three days.' : 'For example --end 2027-01-14T17:00.',
		);
	const timeZone = values['time-zone'] ?? defaultZone;
	if (!timeZoneSchema.safeParse(timeZone).success)
		throw new UserError(
			`--time-zone: Expected an IANA time zone, found ${quote(timeZone)}`,
			'For example --time-zone Europe/London or --time-zone America/New_York.',
		);
	const kind = values.kind ?? 'community-call';
	if (!(eventKinds as readonly string[]).includes(kind)) {
		const guess = closest(kind, eventKinds);
		throw new UserError(
			`--kind: Unknown kind ${quote(kind)}`,
			guess ? `Did you mean "${guess}"? Kinds: ${eventKinds.join(', ')}` : `Kinds: ${eventKinds.join(', ')}`,
		);
	}
	return { title, start, end, timeZone, kind: kind as NewEventRequest['kind'] };
}

/** The new event's MDX: online by default, announced `today`, with placeholders for what only the author knows. */
export function renderEventDraft(request: NewEventRequest, fields: readonly FieldDefinition[], today: string): string {
	return renderDraft({
		fields,
		values: {
			title: request.title,
			published: today,
			kind: request.kind,
			summary: eventPlaceholders.fields.summary,
			start: request.start,
			end: request.end,
			timeZone: request.timeZone,
			online: true,
			audience: [],
			host: eventPlaceholders.fields.host,
			register: eventPlaceholders.fields.register,
			status: 'confirmed',
			sequence: 0,
		},
		commented: {
			place: { name: 'Venue name', address: 'Street address, city' },
			recording: 'https://example.com/recording',
		},
		sections: eventPlaceholders.sections,
	});
}

export const newProfileUsage = 'Usage: npm run new:profile -- --partner ID';

/** Parses the command line: the partner whose profile to start. */
export function parseNewProfileArgs(argv: readonly string[]): { partner: string } {
	const values = parse(argv, { partner: { type: 'string' } }, newProfileUsage);
	const partner = values.partner?.trim() ?? '';
	if (!partner) throw new UserError('Missing --partner', newProfileUsage);
	return { partner };
}

/** The first configured id of a list, so the new profile parses; the author picks the real ones. */
const firstOf = (field: FieldDefinition | undefined) => (field?.options?.[0] ? [field.options[0].value] : []);

/** The new profile's MDX: unlisted (a draft) until the author fills it in and ticks `listed`. */
export function renderProfileDraft(
	partner: { id: string; name: string },
	fields: readonly FieldDefinition[],
	lang: string,
): string {
	const field = (name: string) => fields.find((candidate) => candidate.name === name);
	return renderDraft({
		fields,
		values: {
			name: partner.name,
			listed: false,
			logo: { src: `./logos/${partner.id}.svg`, alt: partner.name },
			pitch: profilePlaceholders.fields.pitch,
			services: firstOf(field('services')),
			industries: firstOf(field('industries')),
			regions: firstOf(field('regions')),
			languages: [lang],
			website: profilePlaceholders.fields.website,
			contact: profilePlaceholders.fields.contact,
			showTier: false,
		},
		sections: profilePlaceholders.sections,
	});
}

/** A stand-in logo: the partner's initials in a rounded square, until the real one arrives. */
export function monogramLogo(name: string): string {
	const initials =
		name
			.split(/\s+/)
			.map((word) => word.match(/\p{L}|\p{N}/u)?.[0] ?? '')
			.join('')
			.slice(0, 2)
			.toUpperCase() || '?';
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" role="img"><rect width="96" height="96" rx="20" fill="#334155"/><text x="48" y="60" font-family="system-ui, sans-serif" font-size="36" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeHtml(initials)}</text></svg>\n`;
}
