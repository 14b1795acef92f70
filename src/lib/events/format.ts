/**
 * The one formatter of event times, for the pages (in the event's zone) and the reader's-time script (in theirs).
 * Browser-safe: no config, no zod, no Node; it takes the language and zones as arguments.
 */
import { formatLongDate } from '../core/dates';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat`: creating one costs far more than using it. */
function formatter(lang: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${lang}|${timeZone}|${JSON.stringify(options)}`;
	let found = formatters.get(key);
	if (!found) {
		found = new Intl.DateTimeFormat(lang, { ...options, timeZone });
		formatters.set(key, found);
	}
	return found;
}

const clock: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const dayAndClock: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', ...clock };
const longDay: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** The zone's short name at an instant, e.g. "GMT", "BST", "EST" or "GMT+8". */
export function zoneAbbreviation(instant: Date, lang: string, timeZone: string): string {
	const parts = formatter(lang, timeZone, { ...clock, timeZoneName: 'short' }).formatToParts(instant);
	return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** "New York" for "America/New_York": the place a zone is named after, as people say "New York time". */
export function zoneCity(timeZone: string): string {
	return (timeZone.split('/').at(-1) ?? timeZone).replace(/_/g, ' ');
}

/** "4:00 PM – 5:30 PM GMT"; the zone named at each end when the clocks change during the event. */
function clockRange(start: Date, end: Date, lang: string, timeZone: string): string {
	const time = formatter(lang, timeZone, clock);
	const [from, to] = [zoneAbbreviation(start, lang, timeZone), zoneAbbreviation(end, lang, timeZone)];
	return from === to
		? `${time.format(start)} – ${time.format(end)} ${to}`
		: `${time.format(start)} ${from} – ${time.format(end)} ${to}`;
}

/** An event's date and time as its page shows them, in the event's own zone. */
export interface EventWhen {
	/** "Thursday, December 3, 2026", or a range "Monday, September 13 – Wednesday, September 15, 2027". */
	date: string;
	/** "4:00 PM – 5:30 PM GMT"; none for an all-day event. */
	time?: string | undefined;
	/** "London time": whose clock the times are on. */
	zone: string;
	/** The date block of a card: "Dec" and "3". */
	month: string;
	day: string;
}

/** The displayed "when" of an event from its local dates and UTC instants. */
export function eventWhen(
	event: { start: string; end: string; timeZone: string },
	instants: { start: Date; end: Date },
	lang: string,
): EventWhen {
	const [firstDay, lastDay] = [event.start.slice(0, 10), event.end.slice(0, 10)];
	// Local days are calendar days: formatted in UTC so no other zone shifts them.
	const [first, last] = [new Date(`${firstDay}T00:00:00Z`), new Date(`${lastDay}T00:00:00Z`)];
	const allDay = !event.start.includes('T');
	return {
		date:
			firstDay === lastDay ? formatLongDate(firstDay, lang) : formatter(lang, 'UTC', longDay).formatRange(first, last),
		time: allDay ? undefined : clockRange(instants.start, instants.end, lang, event.timeZone),
		zone: `${zoneCity(event.timeZone)} time`,
		month: formatter(lang, 'UTC', { month: 'short' }).format(first),
		day: formatter(lang, 'UTC', { day: 'numeric' }).format(first),
	};
}

/**
 * The event's times on the reader's clock, "Fri, Dec 4, 1:00 AM – 2:30 AM GMT+9", or nothing when their clock
 * reads the same as the event's (same zone, or another with the same offset then).
 */
export function readerTimeText(
	start: Date,
	end: Date,
	eventZone: string,
	readerZone: string,
	lang: string,
): string | undefined {
	const [there, here] = [formatter(lang, eventZone, dayAndClock), formatter(lang, readerZone, dayAndClock)];
	if (there.format(start) === here.format(start) && there.format(end) === here.format(end)) return undefined;
	const endsSameDay =
		formatter(lang, readerZone, longDay).format(start) === formatter(lang, readerZone, longDay).format(end);
	const finish = endsSameDay ? formatter(lang, readerZone, clock).format(end) : here.format(end);
	return `${here.format(start)} – ${finish} ${zoneAbbreviation(end, lang, readerZone)}`;
}
