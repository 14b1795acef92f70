import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
	calendarChoice,
	calendarName,
	fileSlug,
	isIsoDate,
	trackCalendarText,
	type TrackCalendarData,
} from '../../../src/lib/onboarding/calendar/track-calendar';
import { calendarData, calendarPath, calendarStarts, trackCalendar } from '../../../src/lib/onboarding/calendar/events';
import { localDay } from '../../../src/lib/onboarding/calendar/local-day';
import { firstMeetingDate } from '../../../src/lib/onboarding/calendar/ics';
import type { Track } from '../../../src/lib/onboarding/schema';
import { engagementRhythmSchema } from '../../../src/lib/onboarding/rhythm-schema';
import { portal } from '../../../src/lib/core/config';

const data: TrackCalendarData = {
	programName: 'Lumen Partner Network',
	lang: 'en-GB',
	domain: 'partners.example.com',
	trackId: 'agencies',
	trackTitle: 'Onboarding for agencies',
	trackWeeks: 4,
	rhythm: engagementRhythmSchema.parse({ timeZone: 'Europe/London', time: '15:00', weekday: 2 }),
};

/** The agencies track as the build reads it, without rhythm overrides. */
const track: { id: string; data: Track } = {
	id: 'agencies',
	data: {
		title: 'Onboarding for agencies',
		partnerType: 'agency',
		model: 'referral',
		summary: 'A four-week track.',
		weeks: 4,
		order: 0,
		goals: ['Refer a client'],
		rhythm: {},
	},
};

function parseEvents(ics: string) {
	return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('calendar file names', () => {
	it('name the program, the track and the start week', () => {
		expect(calendarName(data, '2026-11-30')).toBe('lumen-partner-network-agencies-2026-11-30');
		expect(fileSlug('  Réseau Partenaires & Co. ')).toBe('reseau-partenaires-co');
	});
});

describe('a track calendar from plain data', () => {
	const ics = trackCalendarText(data, '2026-11-30', new Date('2026-11-26T00:00:00Z'));

	it('is valid for ical.js, and every event title names the program', () => {
		const events = parseEvents(ics);
		expect(events.length).toBeGreaterThan(20);
		for (const event of events) expect(event.summary.startsWith('Lumen Partner Network: ')).toBe(true);
		expect(events[0]!.summary).toBe('Lumen Partner Network: check-in, week 1');
		expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-01T15:00:00.000Z');
		expect(events.filter((event) => event.summary.includes('strategic review'))).toHaveLength(4);
		expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('x-wr-calname')).toBe(
			'Lumen Partner Network: Onboarding for agencies',
		);
	});

	it('is what the build writes for the same track and start week', () => {
		const built = trackCalendar(track, '2026-11-30');
		const fromData = trackCalendarText(calendarData(track), '2026-11-30', new Date());
		const withoutStamps = (text: string) => text.replace(/^DTSTAMP:.*$/gm, '');
		expect(withoutStamps(fromData)).toBe(withoutStamps(built));
	});

	it('offers ready-made files named after the program and track, none starting in the past', () => {
		const starts = calendarStarts(track);
		expect(starts).toHaveLength(portal.engagementRhythm.startChoices);
		expect(starts.length).toBeLessThanOrEqual(4);
		// Without PORTAL_BUILD_DATE the build date is today (UTC); Tuesday is the shipped meeting day.
		const today = process.env.PORTAL_BUILD_DATE ?? new Date().toISOString().slice(0, 10);
		for (const start of starts) expect(firstMeetingDate(start, 2) >= today).toBe(true);
		expect(calendarPath('agencies', starts[0]!)).toBe(
			`onboarding/agencies/calendar/lumen-partner-network-agencies-${starts[0]}.ics`,
		);
	});
});

describe('the date picker', () => {
	it('accepts only real dates', () => {
		expect(isIsoDate('2026-12-02')).toBe(true);
		expect(isIsoDate('2028-02-29')).toBe(true);
		for (const bad of ['', '2026-02-30', '2026-13-01', '2/12/2026', '2026-12-2']) expect(isIsoDate(bad)).toBe(false);
	});

	it("takes today from the partner's own clock", () => {
		expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});

	it('turns any start date into the start week, the file name and the first check-in', () => {
		const choice = calendarChoice(data, '2026-12-02')!;
		expect(choice.start).toBe('2026-12-07');
		expect(choice.firstCheckIn).toBe('2026-12-08');
		expect(choice.fileName).toBe('lumen-partner-network-agencies-2026-12-07.ics');
		// ICU versions differ on the comma after the weekday.
		expect(choice.summary).toMatch(/^First check-in: Tuesday,? 8 December 2026 at 15:00 \(Europe\/London time\)\.$/);
		expect(calendarChoice(data, '')).toBeUndefined();
	});
});

describe('browser code of the calendar', () => {
	const bundle = async (entry: string) => {
		const result = await build({
			entryPoints: [entry],
			bundle: true,
			minify: true,
			format: 'iife',
			platform: 'browser',
			write: false,
			metafile: true,
		});
		return { inputs: Object.keys(result.metafile.inputs), text: result.outputFiles[0]!.text };
	};

	it.each(['src/client/calendar-download.ts', 'src/client/calendar-maker.ts'])(
		'%s carries no zod, no config and no Node built-ins',
		async (entry) => {
			const { inputs, text } = await bundle(entry);
			expect(inputs.filter((input) => /zod|config|node:/.test(input))).toEqual([]);
			expect(text).not.toContain(portal.programName);
			expect(text).not.toContain('ZodError');
		},
	);

	it('keeps the calendar code out of the script every track page loads', async () => {
		const { inputs, text } = await bundle('src/client/calendar-download.ts');
		expect(inputs.some((input) => input.endsWith('/ics.ts'))).toBe(false);
		expect(gzipSync(text).length).toBeLessThan(1_000);
		expect((await bundle('src/client/calendar-maker.ts')).inputs).toContain('src/lib/onboarding/calendar/ics.ts');
	});
});
