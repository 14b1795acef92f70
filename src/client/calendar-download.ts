/**
 * `<calendar-download>`: a track's calendar for any start date, made in the browser from the data the page renders
 * (see engagement-calendar.astro) with the same code the build uses for its ready-made files, which it hides. The
 * calendar code itself (calendar-maker.ts) loads when the partner first reaches for the picker, not with the page.
 */
import { localDay } from '../lib/onboarding/calendar/local-day';
import type { TrackCalendarData } from '../lib/onboarding/calendar/track-calendar';
import type { CalendarMaker } from './calendar-maker';

let loading: Promise<CalendarMaker> | undefined;

/** Loads the calendar code once; a failed load may be tried again. */
function loadMaker(url: string): Promise<CalendarMaker> {
	loading ??= new Promise<CalendarMaker>((resolve, reject) => {
		const script = document.createElement('script');
		script.src = url;
		script.onload = () => (window.partnerHubCalendar ? resolve(window.partnerHubCalendar) : reject(new Error(url)));
		script.onerror = () => reject(new Error(url));
		document.head.append(script);
	}).catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}

class CalendarDownload extends HTMLElement {
	connectedCallback() {
		const data = JSON.parse(this.dataset.calendar!) as TrackCalendarData;
		const load = () => loadMaker(this.dataset.maker!);
		const form = this.querySelector('form')!;
		const input = form.querySelector('input')!;
		const hint = this.querySelector<HTMLElement>('[data-calendar-hint]')!;
		const choose = async () => {
			try {
				const maker = await load();
				const choice = maker.calendarChoice(data, input.value);
				if (choice) input.removeAttribute('aria-invalid');
				else input.setAttribute('aria-invalid', 'true');
				hint.textContent = choice?.summary ?? 'Choose the date your partnership starts.';
				return choice && { maker, ...choice };
			} catch {
				hint.textContent = 'The calendar could not be made just now. Please check your connection and try again.';
				return undefined;
			}
		};
		input.value = localDay(new Date());
		form.addEventListener('focusin', load, { once: true });
		form.addEventListener('pointerenter', load, { once: true });
		input.addEventListener('change', choose);
		form.addEventListener('submit', async (event) => {
			event.preventDefault();
			const choice = await choose();
			if (!choice) return input.focus();
			const text = choice.maker.trackCalendarText(data, choice.start, new Date());
			choice.maker.downloadFile(choice.fileName, text, 'text/calendar');
		});
		this.hidden = false;
		this.parentElement!.querySelector<HTMLElement>('[data-calendar-fallback]')!.hidden = true;
	}
}
customElements.define('calendar-download', CalendarDownload);
