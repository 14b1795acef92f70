/** The events as this site's pages, calendar files and feed show them: config, routes and the build's "now". */
import { audienceLabel } from '../core/choices';
import { portal } from '../core/config';
import type { Entry } from '../core/entry';
import { buildNow } from '../core/build-date';
import type { IconName } from '../core/icons';
import { contactHref } from '../core/link-schemas';
import { routes } from '../core/routes';
import { eventInstants, eventKindInfo, eventLocation, isAllDay, type CalendarSite } from './events';
import { eventWhen, type EventWhen } from './format';
import type { CommunityEvent } from './schema';

/** This site, for the calendar writer. */
export const calendarSite: CalendarSite = {
	programName: portal.programName,
	site: portal.site,
	stamp: buildNow,
	pageOf: routes.event,
};

/** Everything a card, the next-event block or an event page renders. */
export interface EventView {
	id: string;
	title: string;
	summary: string;
	kind: { label: string; icon: IconName };
	cancelled: boolean;
	allDay: boolean;
	when: EventWhen;
	/** UTC instants, ISO: `datetime` attributes and the reader's-time script. */
	startIso: string;
	endIso: string;
	/** The first local day, "YYYY-MM-DD", for the date block's `datetime`. */
	firstDay: string;
	timeZone: string;
	location: string;
	audience: string;
	host: string;
	/** A web page or a `mailto:` link. */
	registerHref: string;
	registerByEmail: boolean;
	recording?: string | undefined;
	pageHref: string;
	icsHref: string;
	/** "lumen-partner-network-<id>.ics": what the download is saved as. */
	icsName: string;
}

/** The view of one event, in the portal's language. */
export function eventView(entry: Entry<CommunityEvent>): EventView {
	const { data } = entry;
	const instants = eventInstants(data);
	const registerHref = contactHref(data.register);
	return {
		id: entry.id,
		title: data.title,
		summary: data.summary,
		kind: eventKindInfo[data.kind],
		cancelled: data.status === 'cancelled',
		allDay: isAllDay(data),
		when: eventWhen(data, instants, portal.lang),
		startIso: instants.start.toISOString(),
		endIso: instants.end.toISOString(),
		firstDay: data.start.slice(0, 10),
		timeZone: data.timeZone,
		location: eventLocation(data),
		audience: audienceLabel(data.audience, portal.partnerTypes),
		host: data.host,
		registerHref,
		registerByEmail: registerHref.startsWith('mailto:'),
		recording: data.recording,
		pageHref: routes.event(entry.id),
		icsHref: routes.eventIcs(entry.id),
		icsName: `${entry.id}.ics`,
	};
}
