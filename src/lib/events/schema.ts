import { z } from '../core/zod';
import { isoDateSchema, oneOf, summarySchema, type ProgramIds } from '../core/schema-helpers';
import { contactSchema, keepDateText, webUrlSchema } from '../core/link-schemas';
import { wallTime, zonedTime } from '../core/icalendar';

/** The kinds of community event, in the order the events page explains them. */
export const eventKinds = ['community-call', 'innovation-session', 'office-hours', 'webinar', 'retreat'] as const;

/** An IANA time zone name that this runtime knows, such as "Europe/London". */
export const timeZoneSchema = z.string().refine(
	(zone) => {
		try {
			new Intl.DateTimeFormat('en', { timeZone: zone });
			return zone.includes('/') || zone === 'UTC';
		} catch {
			return false;
		}
	},
	{ message: 'Expected an IANA time zone such as "Europe/London" or "America/New_York"' },
);

/** "2026-12-03T16:00" (local to the event's zone), or "2026-12-03" for an all-day event. */
export const eventTimeSchema = keepDateText(
	z
		.string()
		.regex(
			/^\d{4}-\d{2}-\d{2}(?:T(?:[01]\d|2[0-3]):[0-5]\d)?$/,
			'Expected a local time such as "2026-12-03T16:00", or a date "2026-12-03" for an all-day event',
		)
		// The day must exist too: "2026-02-30T10:00" is refused like "2026-02-30".
		.refine((value) => isoDateSchema.safeParse(value.slice(0, 10)).success, 'Expected a day that exists'),
);

/** A local "YYYY-MM-DDTHH:MM" that the clocks skip in `timeZone` (the hour they go forward): it never happens. */
function skippedByClocks(local: string, timeZone: string): boolean {
	const [date, time] = local.split('T') as [string, string];
	if (!isoDateSchema.safeParse(date).success) return false; // A day that does not exist: its own field says so.
	try {
		return wallTime(zonedTime(date, time, timeZone), timeZone) !== local;
	} catch {
		return false; // An unknown zone: its own field says so.
	}
}

/** A community event: `content/events/<slug>.mdx`; the body describes it, and after it the notes. */
export function eventSchema({ partnerTypeIds }: Pick<ProgramIds, 'partnerTypeIds'>) {
	return z
		.object({
			/** Title as it appears in listings and calendars. */
			title: z.string().trim().min(1, 'Expected a title'),
			/** What kind of event it is. */
			kind: z.enum(eventKinds),
			/** One or two sentences for cards, the feed and search results. */
			summary: summarySchema,
			/** Start, local to `timeZone`: "2026-12-03T16:00", or "2026-12-03" for an all-day event. */
			start: eventTimeSchema,
			/** End, local to `timeZone`; for an all-day event, its last day. */
			end: eventTimeSchema,
			/** The IANA time zone the times are in, e.g. "America/New_York". */
			timeZone: timeZoneSchema,
			/** Held online: the join link comes with registration. Default: false. */
			online: z.boolean().default(false),
			/** Where it happens in person. Default: none (online only). */
			place: z
				.object({
					/** The venue, e.g. "Harbourside Conference Centre". */
					name: z.string().trim().min(1, 'Expected the venue name'),
					/** Street address and city, as a partner would type it into a map. */
					address: z.string().trim().min(1, 'Expected an address'),
				})
				.optional(),
			/** Partner types it is for: ids from portal.config.ts. Default: every partner. */
			audience: z.array(oneOf(partnerTypeIds, 'partner type')).default([]),
			/** Who runs it, e.g. "Priya Raman, partner programs". */
			host: z.string().trim().min(1, 'Expected who hosts the event'),
			/** How to register: a web address or an email address. */
			register: contactSchema,
			/** A recording to watch afterwards. Default: none. */
			recording: webUrlSchema.optional(),
			/** Cancelled events stay listed and go out to calendars as CANCELLED. Default: "confirmed". */
			status: z.enum(['confirmed', 'cancelled']).default('confirmed'),
			/** Raise by one whenever the time, place or status changes, so calendars update. Default: 0. */
			sequence: z.number().int().min(0).default(0),
			/** The day the event was announced, "YYYY-MM-DD": its date in the events feed. */
			published: keepDateText(isoDateSchema),
		})
		.superRefine((event, context) => {
			const allDay = !event.start.includes('T');
			if (allDay !== !event.end.includes('T'))
				context.addIssue({
					code: 'custom',
					path: ['end'],
					message: `Expected ${allDay ? 'a date' : 'a date and time'} like start, found "${event.end}"`,
				});
			else if (event.end < event.start || (!allDay && event.end === event.start))
				context.addIssue({
					code: 'custom',
					path: ['end'],
					message: `Expected an end after the start (${event.start}), found "${event.end}"`,
				});
			for (const field of ['start', 'end'] as const) {
				if (event[field].includes('T') && skippedByClocks(event[field], event.timeZone))
					context.addIssue({
						code: 'custom',
						path: [field],
						message: `Expected a time that exists in ${event.timeZone}, found "${event[field]}": the clocks go forward then; pick a time an hour later`,
					});
			}
			if (event.status === 'cancelled' && event.sequence === 0)
				context.addIssue({
					code: 'custom',
					path: ['sequence'],
					message:
						'Expected sequence: 1 or more for a cancelled event, found 0: raise it by one so calendars that already have the event drop it',
				});
			if (event.published > event.start.slice(0, 10))
				context.addIssue({
					code: 'custom',
					path: ['published'],
					message: `Expected a publish date on or before the start (${event.start.slice(0, 10)}), found "${event.published}"`,
				});
			if (!event.online && !event.place)
				context.addIssue({
					code: 'custom',
					path: ['place'],
					message: 'Expected a place, or online: true for an event held online',
				});
		});
}

export type CommunityEvent = z.output<ReturnType<typeof eventSchema>>;
export type EventKind = (typeof eventKinds)[number];
