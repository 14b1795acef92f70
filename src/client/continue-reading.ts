/**
 * `<continue-reading>`: on the home page, the track a partner has started but not finished and its next module,
 * from the marks saved in this browser (see continue-reading.astro). Without JavaScript or saved marks it stays
 * hidden.
 */
import { browserStore } from '../lib/core/browser-storage';
import { loadProgress, progressCount, trackToContinue, type TrackForContinue } from '../lib/onboarding/progress';

class ContinueReading extends HTMLElement {
	connectedCallback() {
		const store = browserStore();
		const tracks = JSON.parse(this.dataset.tracks!) as TrackForContinue[];
		const found = trackToContinue(tracks, (track) =>
			loadProgress(
				store,
				track.id,
				track.modules.map((module) => module.id),
			),
		);
		if (!found) return;
		this.querySelector('[data-continue-track]')!.textContent = found.track.title;
		this.querySelector('[data-continue-count]')!.textContent =
			`${progressCount(found.done, found.total, document.documentElement.lang || 'en')}.`;
		const link = this.querySelector<HTMLAnchorElement>('[data-continue-next]')!;
		link.href = found.next.url;
		link.querySelector('span')!.textContent = `Continue: ${found.next.title}`;
		this.hidden = false;
	}
}
customElements.define('continue-reading', ContinueReading);
