import { section, type SectionId } from './sections';
import { href } from './urls';

/** The URL of every kind of page; nothing else builds internal paths by hand. */
export const routes = {
	home: () => href(''),
	section: (id: SectionId) => href(section(id).path),
	/** A track overview or a module: ids are `<track>` and `<track>/<module>`. */
	onboarding: (trackOrModuleId: string) => href(`onboarding/${trackOrModuleId}/`),
	practice: (id: string) => href(`practices/${id}/`),
	practiceTag: (tag: string) => href(`practices/tags/${tag}/`),
	quiz: (id: string) => href(`training/${id}/`),
	assessment: (id: string) => href(`assessments/${id}/`),
	spotlight: (id: string) => href(`spotlights/${id}/`),
	spotlightYear: (year: string | number) => href(`spotlights/${year}/`),
	spotlightMonth: (year: string | number, month: string) => href(`spotlights/${year}/${month}/`),
	spotlightFeed: () => href('spotlights/rss.xml'),
	/** A partner's public directory profile. */
	profile: (id: string) => href(`directory/${id}/`),
	/** The directory filtered by one option, a real page for readers without JavaScript. */
	directoryFacet: (key: 'type' | 'service' | 'industry' | 'region', id: string) => href(`directory/${key}/${id}/`),
	event: (id: string) => href(`events/${id}/`),
	/** One event as an iCalendar file. */
	eventIcs: (id: string) => href(`events/${id}.ics`),
	/** Every upcoming event, one feed to subscribe to. */
	eventsCalendar: () => href('events/calendar.ics'),
	eventsFeed: () => href('events/rss.xml'),
	announcement: (id: string) => href(`news/${id}/`),
	newsFeed: () => href('news/rss.xml'),
	scorecardsMethod: () => href('scorecards/method/'),
	scorecardsFile: (name: 'scorecards.csv' | 'scorecards.json') => href(`scorecards/${name}`),
	sitemap: () => href('sitemap-index.xml'),
};
