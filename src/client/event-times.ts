// Adds "Your time: …" under an event's time when the reader's clock reads differently from the event's zone.
// The page already shows the time in the event's zone; this only adds a line, so nothing is lost without it.
import { readerTimeText } from '../lib/events/format';

const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
for (const line of document.querySelectorAll<HTMLElement>('[data-reader-time]')) {
	const { start, end, zone } = line.dataset;
	if (!start || !end || !zone) continue;
	const text = readerTimeText(new Date(start), new Date(end), zone, readerZone, document.documentElement.lang);
	if (!text) continue;
	line.querySelector('[data-reader-text]')!.textContent = text;
	line.hidden = false;
}
