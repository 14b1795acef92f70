import { z } from '../core/zod';

/** Whether `name` is an IANA time zone the runtime knows, such as "Europe/Berlin" or "UTC". */
function isTimeZone(name: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: name });
		return true;
	} catch {
		return false;
	}
}

/**
 * The check-in rhythm every track's calendar (`.ics`) follows: weekly while the partnership is new,
 * then every few weeks, plus a strategic review each quarter. Weeks count from the partner's start Monday.
 */
export const engagementRhythmSchema = z.object({
	/** IANA time zone the meeting time is given in; stated on every track page. Default: "UTC". */
	timeZone: z
		.string()
		.refine(isTimeZone, { message: 'Expected an IANA time zone such as "Europe/Berlin" or "UTC"' })
		.default('UTC'),
	/** Local start time of check-ins and reviews, 24-hour "HH:MM". Default: "15:00". */
	time: z
		.string()
		.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Expected a 24-hour time such as "15:00"')
		.default('15:00'),
	/** Weekday of the meetings within each week, 1 = Monday … 5 = Friday. Default: 2 (Tuesday). */
	weekday: z.number().int().min(1).max(7).default(2),
	/** Length of a check-in in minutes. Default: 30. */
	checkInMinutes: z.number().int().min(5).max(240).default(30),
	/** Weeks of weekly check-ins from the start; without it, the track's own length in weeks. Default: track length. */
	weeklyWeeks: z.number().int().min(1).max(52).optional(),
	/** Weeks between check-ins once the partnership is established (2 = biweekly). Default: 2. */
	establishedEveryWeeks: z.number().int().min(1).max(12).default(2),
	/** Weeks between strategic reviews; 13 weeks is one quarter. Default: 13. */
	reviewEveryWeeks: z.number().int().min(4).max(26).default(13),
	/** Length of a strategic review in minutes. Default: 60. */
	reviewMinutes: z.number().int().min(15).max(480).default(60),
	/** Weeks the calendar covers from the start; 53 reaches the fourth quarterly review. Default: 53. */
	horizonWeeks: z.number().int().min(4).max(104).default(53),
	/**
	 * How many ready-made start weeks the build writes a calendar for, from the first whose check-in is not before the
	 * build date: the choice for readers without JavaScript (with it, the page makes the file for any date). Default: 4.
	 */
	startChoices: z.number().int().min(1).max(26).default(4),
});

/**
 * A track's overrides of the rhythm: the same fields, each optional and without its default, so a track states
 * only what differs (zod 4's `.partial()` would keep the defaults and override every field).
 */
const rhythm = engagementRhythmSchema.shape;
export const rhythmOverridesSchema = z.strictObject({
	timeZone: rhythm.timeZone.unwrap().optional(),
	time: rhythm.time.unwrap().optional(),
	weekday: rhythm.weekday.unwrap().optional(),
	checkInMinutes: rhythm.checkInMinutes.unwrap().optional(),
	weeklyWeeks: rhythm.weeklyWeeks,
	establishedEveryWeeks: rhythm.establishedEveryWeeks.unwrap().optional(),
	reviewEveryWeeks: rhythm.reviewEveryWeeks.unwrap().optional(),
	reviewMinutes: rhythm.reviewMinutes.unwrap().optional(),
	horizonWeeks: rhythm.horizonWeeks.unwrap().optional(),
	startChoices: rhythm.startChoices.unwrap().optional(),
});

export type EngagementRhythm = z.output<typeof engagementRhythmSchema>;
