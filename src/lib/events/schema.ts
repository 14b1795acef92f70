import { z } from '../core/zod';
import { oneOf, summarySchema, type ProgramIds } from '../core/schema-helpers';
import { contactSchema, keepDateText, webUrlSchema } from '../core/link-schemas';

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
			/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/,
			'Expected a local time such as "2026-12-03T16:00", or a date "2026-12-03" for an all-day event',
		),
);

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
