/**
 * `<track-card-progress>`: on the onboarding index, each track card's progress and a "Continue" link to its next
 * module, from the marks saved in this browser (see track-card.astro). Tracks not started stay as they were.
 */
import { browserStore } from '../lib/core/browser-storage';
import { loadProgress, progressCount, trackStatus } from '../lib/onboarding/progress';
import type { ProgressModule } from '../lib/onboarding/tracks';

class TrackCardProgress extends HTMLElement {
	connectedCallback() {
		const modules = JSON.parse(this.dataset.modules!) as ProgressModule[];
		const completed = loadProgress(
			browserStore(),
			this.dataset.track!,
			modules.map((module) => module.id),
		);
		const status = trackStatus(modules, completed);
		if (status.done === 0) return;
		const lang = document.documentElement.lang || 'en';
		this.querySelector('progress')!.value = status.done;
		this.querySelector('[data-card-count]')!.textContent = status.finished
			? `${progressCount(status.done, status.total, lang)}: track finished`
			: progressCount(status.done, status.total, lang);
		this.querySelector<HTMLElement>('[data-card-finished]')!.hidden = !status.finished;
		const next = this.querySelector<HTMLElement>('[data-card-continue]')!;
		next.hidden = !status.next;
		if (status.next) {
			const link = next.querySelector('a')!;
			link.href = status.next.url;
			link.querySelector('span')!.textContent = `Continue: ${status.next.title}`;
		}
		this.hidden = false;
	}
}
customElements.define('track-card-progress', TrackCardProgress);
