/**
 * The calendar code behind the track page's date picker: loaded by calendar-download.ts only once the picker is
 * used, from a file of its own (src/pages/onboarding/calendar-maker.js.ts), so track pages stay as light as any
 * content page. It hands its functions over on `window`: a classic script has no exports.
 */
import { downloadFile } from '../lib/core/download';
import { calendarChoice, trackCalendarText } from '../lib/onboarding/calendar/track-calendar';

const maker = { calendarChoice, trackCalendarText, downloadFile };

/** What the file provides to the picker. */
export type CalendarMaker = typeof maker;

declare global {
	interface Window {
		partnerHubCalendar?: CalendarMaker;
	}
}

window.partnerHubCalendar = maker;
