import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/content/frontmatter';
import { portal, programIds } from '../../src/lib/core/config';
import { eventSchema, type CommunityEvent } from '../../src/lib/events/schema';
import { launchBrowser, newContext } from './support/browser';
import { base, distDir, siteUrl, withoutBase } from './support/site';

// The source of truth: every file in content/events, checked by the same schema the build uses.
const events = readdirSync('content/events')
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => {
		const path = join('content/events', file);
		const data: CommunityEvent = eventSchema(programIds).parse(parseFrontmatter(readFileSync(path, 'utf8'), path).data);
		return { id: file.replace(/\.mdx$/, ''), ...data };
	});
type Event = (typeof events)[number];

/** The build's "now": the pinned build date, else today (the events lie weeks apart, so a test run minutes later agrees). */
const now = process.env.PORTAL_BUILD_DATE ? new Date(`${process.env.PORTAL_BUILD_DATE}T00:00:00Z`) : new Date();
const host = new URL(portal.site).hostname;
const allDay = (event: Event) => !event.start.includes('T');

/**
 * The local wall-clock time of an instant in a zone, by Intl alone: an independent check of the build's own
 * zone arithmetic (core/icalendar.ts zonedTime).
 */
function wallClock(instant: Date, timeZone: string): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-CA', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
		})
			.formatToParts(instant)
			.map((part) => [part.type, part.value]),
	);
	return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The UTC instant of a local "YYYY-MM-DDTHH:MM" in a zone: the quarter hour (UTC-12..+14) whose wall clock reads it. */
function instantOf(local: string, timeZone: string): Date {
	const guess = Date.parse(`${local}:00Z`);
	for (let minutes = -14 * 60; minutes <= 12 * 60; minutes += 15) {
		const instant = new Date(guess + minutes * 60_000);
		if (wallClock(instant, timeZone) === local) return instant;
	}
	throw new Error(`No instant for ${local} in ${timeZone}`);
}

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const startInstant = (event: Event) => instantOf(allDay(event) ? `${event.start}T00:00` : event.start, event.timeZone);
/** An all-day event ends at the midnight after its last day, in its zone. */
const endInstant = (event: Event) =>
	instantOf(allDay(event) ? `${dayAfter(event.end)}T00:00` : event.end, event.timeZone);

const byStart = (a: Event, b: Event) => startInstant(a).getTime() - startInstant(b).getTime();
const upcoming = events.filter((event) => endInstant(event).getTime() > now.getTime());
const past = events.filter((event) => !upcoming.includes(event));

/** Parses an iCalendar text with ical.js and returns the calendar and its VEVENTs. */
function parseCalendar(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return { calendar, vevents: calendar.getAllSubcomponents('vevent') };
}

/** Checks one VEVENT against its source event: UID, SEQUENCE, STATUS and times. */
function expectMatches(vevent: ICAL.Component, event: Event) {
	expect(vevent.getFirstPropertyValue('uid')).toBe(`event-${event.id}@${host}`);
	expect(vevent.getFirstPropertyValue('sequence')).toBe(event.sequence);
	expect(vevent.getFirstPropertyValue('status')).toBe(event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
	const parsed = new ICAL.Event(vevent);
	if (allDay(event)) {
		expect(parsed.startDate.isDate).toBe(true);
		expect(parsed.startDate.toString()).toBe(event.start);
		// DTEND is exclusive: the day after the last day.
		expect(parsed.endDate.toString()).toBe(dayAfter(event.end));
	} else {
		expect(parsed.startDate.zone?.tzid).toBe('UTC');
		expect(parsed.startDate.toJSDate().toISOString()).toBe(startInstant(event).toISOString());
		expect(parsed.endDate.toJSDate().toISOString()).toBe(endInstant(event).toISOString());
	}
	expect(vevent.getFirstPropertyValue('url')).toBe(new URL(`${base}events/${event.id}/`, portal.site).href);
}

let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

/** A page in a fresh context whose clock is in `timeZone` (Chromium's own emulation, as a reader abroad sees it). */
async function pageIn(timeZone: string | undefined, javaScriptEnabled = true): Promise<Page> {
	await context?.close();
	context = await newContext(browser, { javaScriptEnabled });
	const page = await context.newPage();
	if (timeZone)
		await (await context.newCDPSession(page)).send('Emulation.setTimezoneOverride', { timezoneId: timeZone });
	return page;
}

describe('event content', () => {
	it('has past and upcoming events across several zones, an all-day retreat, a cancelled event and one crossing midnight UTC', () => {
		expect(events.length).toBeGreaterThanOrEqual(6);
		expect(new Set(events.map((event) => event.timeZone)).size).toBeGreaterThanOrEqual(3);
		const fixed = new Date('2026-11-26T00:00:00Z');
		const comingAfterFixed = events.filter((event) => endInstant(event) > fixed && event.status === 'confirmed');
		expect(comingAfterFixed.length).toBeGreaterThanOrEqual(3);
		expect(comingAfterFixed.some((event) => event.start.startsWith('2027'))).toBe(true);
		expect(events.some((event) => endInstant(event) <= fixed)).toBe(true);
		expect(events.some((event) => event.status === 'cancelled')).toBe(true);
		expect(events.some((event) => allDay(event) && event.end > event.start && event.place)).toBe(true);
		// A webinar that starts on one UTC day and ends on the next.
		const crossesUtcMidnight = (event: Event) =>
			!allDay(event) &&
			startInstant(event).toISOString().slice(0, 10) !==
				new Date(endInstant(event).getTime() - 1).toISOString().slice(0, 10);
		expect(events.some(crossesUtcMidnight)).toBe(true);
	});
});

describe('events page', () => {
	it('lists upcoming events first, soonest first, then past events by year, newest first', async () => {
		const page = await pageIn(undefined);
		await page.goto(siteUrl('events/'));
		const headings = await page.locator('main h2').allTextContents();
		expect(headings.indexOf('Upcoming events')).toBeLessThan(headings.indexOf('Past events'));
		const cards = await page
			.locator('.event-list > li')
			.evaluateAll((items) => items.map((item) => item.getAttribute('data-event')));
		expect(cards).toEqual([...upcoming].sort(byStart).map((event) => event.id));

		const years = [
			...new Set(
				[...past]
					.sort(byStart)
					.reverse()
					.map((event) => event.start.slice(0, 4)),
			),
		];
		expect(await page.locator('.event-year h3').allTextContents()).toEqual(years);
		for (const year of years) {
			const ids = await page
				.locator('.event-year', { has: page.getByRole('heading', { name: year, exact: true }) })
				.locator('li')
				.evaluateAll((items) => items.map((item) => item.getAttribute('data-event')));
			expect(ids).toEqual(
				past
					.filter((event) => event.start.startsWith(year))
					.sort(byStart)
					.reverse()
					.map((event) => event.id),
			);
		}
		for (const event of past.filter((candidate) => candidate.recording)) {
			await expect(page.locator(`[data-event="${event.id}"] a[href="${event.recording}"]`).count()).resolves.toBe(1);
		}
	});

	it('marks a cancelled event with an icon and words, and offers it no registration', async () => {
		const page = await pageIn(undefined);
		await page.goto(siteUrl('events/'));
		for (const event of upcoming) {
			const card = page.locator(`[data-event="${event.id}"]`);
			const cancelled = event.status === 'cancelled';
			expect(await card.locator('.status-bad', { hasText: 'Cancelled' }).locator('svg').count()).toBe(
				cancelled ? 1 : 0,
			);
			expect(await card.getByRole('link', { name: /^Register/ }).count()).toBe(cancelled ? 0 : 1);
			expect(await card.getByRole('link', { name: /^Add to calendar/ }).getAttribute('href')).toMatch(
				new RegExp(`/events/${event.id}\\.ics$`),
			);
		}
	});

	it('adds the reader’s own time when it differs, and not in the event’s own zone', async () => {
		const event = upcoming.find((candidate) => !allDay(candidate) && candidate.timeZone !== 'Asia/Tokyo')!;
		const tokyo = await pageIn('Asia/Tokyo');
		await tokyo.goto(siteUrl('events/'));
		const line = tokyo.locator(`[data-event="${event.id}"] [data-reader-time]`);
		await line.waitFor({ state: 'visible' });
		const text = (await line.textContent())!.replace(/\s+/g, ' ');
		expect(text).toContain('Your time:');
		expect(text).toContain('GMT+9');
		// The reader's day, by Intl in Node on its own: from the event's start instant as the calendar file has it.
		const instant = new ICAL.Event(
			parseCalendar(readFileSync(join(distDir, 'events', `${event.id}.ics`), 'utf8')).vevents[0]!,
		).startDate.toJSDate();
		expect(text).toContain(
			new Intl.DateTimeFormat('en', { timeZone: 'Asia/Tokyo', month: 'short', day: 'numeric' }).format(instant),
		);

		const own = await pageIn(event.timeZone);
		await own.goto(siteUrl(`events/${event.id}/`));
		// The script has run once the page has loaded; in the event's own zone it leaves the line hidden.
		await own.waitForLoadState('load');
		expect(await own.locator('[data-reader-time]').isHidden()).toBe(true);
		expect(await own.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(event.timeZone);
	});

	it('shows every time in the event’s own zone without JavaScript', async () => {
		const page = await pageIn('Asia/Tokyo', false);
		await page.goto(siteUrl('events/'));
		for (const event of upcoming) {
			const when = (await page.locator(`[data-event="${event.id}"] .event-when`).textContent())!.replace(/\s+/g, ' ');
			const city = event.timeZone.split('/').at(-1)!.replace(/_/g, ' ');
			expect(when).toContain(allDay(event) ? `All day, ${city} time` : `${city} time`);
			expect(await page.locator(`[data-event="${event.id}"] [data-reader-time]`).isVisible()).toBe(false);
		}
	});

	it('has a page for every event, with its notes, and downloads its .ics from the button', async () => {
		const page = await pageIn(undefined);
		for (const event of events) {
			const response = await page.goto(siteUrl(`events/${event.id}/`));
			expect(response?.status()).toBe(200);
			expect(await page.locator('h1').textContent()).toBe(event.title);
		}
		const event = upcoming.find((candidate) => candidate.status === 'confirmed')!;
		await page.goto(siteUrl(`events/${event.id}/`));
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Add to calendar (.ics)' }).click(),
		]);
		expect(download.suggestedFilename()).toBe(`${event.id}.ics`);
		const { vevents } = parseCalendar(readFileSync((await download.path())!, 'utf8'));
		expect(vevents).toHaveLength(1);
		expectMatches(vevents[0]!, event);
	});
});

describe('calendar files', () => {
	it('are valid iCalendar for every event, with a stable UID, SEQUENCE, STATUS and the right UTC instants', () => {
		for (const event of events) {
			const ics = readFileSync(join(distDir, 'events', `${event.id}.ics`), 'utf8');
			expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
			const { vevents } = parseCalendar(ics);
			expect(vevents).toHaveLength(1);
			expectMatches(vevents[0]!, event);
		}
	});

	it('subscribe to one feed of every upcoming event, cancelled ones as CANCELLED, sharing the per-event UIDs', async () => {
		const page = await pageIn(undefined);
		const response = await page.request.get(siteUrl('events/calendar.ics'));
		expect(response.status()).toBe(200);
		const { calendar, vevents } = parseCalendar(await response.text());
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`${portal.programName}: community events`);
		expect(vevents).toHaveLength(upcoming.length);
		const uids = vevents.map((vevent) => vevent.getFirstPropertyValue('uid'));
		expect(new Set(uids).size).toBe(uids.length);
		for (const event of upcoming) {
			const vevent = vevents.find(
				(candidate) => candidate.getFirstPropertyValue('uid') === `event-${event.id}@${host}`,
			);
			expect(vevent, event.id).toBeDefined();
			expectMatches(vevent!, event);
		}
		expect(vevents.some((vevent) => vevent.getFirstPropertyValue('status') === 'CANCELLED')).toBe(
			upcoming.some((event) => event.status === 'cancelled'),
		);
		for (const event of past) expect(uids).not.toContain(`event-${event.id}@${host}`);
	});
});

describe('events feed', () => {
	it('is valid RSS with an item per event, newest announcement first, each linking to a built page', async () => {
		const xml = readFileSync(join(distDir, 'events', 'rss.xml'), 'utf8');
		const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
		expect(feed.rss['@_version']).toBe('2.0');
		const items: { title: string; link: string; pubDate: string; description: string }[] = [
			feed.rss.channel.item,
		].flat();
		expect(items).toHaveLength(events.length);
		const dates = items.map((item) => new Date(item.pubDate).toISOString().slice(0, 10));
		expect(dates).toEqual([...dates].sort().reverse());
		for (const event of events) {
			const item = items.find((candidate) => candidate.description === event.summary)!;
			expect(item.title).toBe(event.status === 'cancelled' ? `Cancelled: ${event.title}` : event.title);
			const path = withoutBase(new URL(item.link).pathname);
			expect(path).toBe(`events/${event.id}/`);
			expect(existsSync(join(distDir, path, 'index.html'))).toBe(true);
			expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(event.published);
		}
	});

	it('is announced in the head of the events pages', async () => {
		const page = await pageIn(undefined);
		for (const path of ['events/', `events/${events[0]!.id}/`]) {
			await page.goto(siteUrl(path));
			const feedHref = await page.locator('link[rel="alternate"][title$="community events"]').getAttribute('href');
			const response = await page.request.get(new URL(feedHref!, page.url()).href);
			expect(response.status()).toBe(200);
			expect(await response.text()).toContain('<rss');
		}
	});
});
