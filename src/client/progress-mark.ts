/**
 * `<progress-mark>`: the "I have completed this module" checkbox of a module page, saved with the track's
 * progress (see progress-mark.astro for the markup it expects).
 */
import { browserStore } from '../lib/core/browser-storage';
import { loadProgress, markModule, progressCount, saveProgress } from '../lib/onboarding/progress';

class ProgressMark extends HTMLElement {
	connectedCallback() {
		const store = browserStore();
		const { track, current } = this.dataset as { track: string; current: string };
		const ids = JSON.parse(this.dataset.modules!) as string[];
		const box = this.querySelector('input')!;
		const lang = document.documentElement.lang || 'en';
		let completed = loadProgress(store, track, ids);
		const render = () => {
			// `completed` holds only this track's current module ids, so its length is the count done.
			box.checked = completed.includes(current);
			this.querySelector('[data-count]')!.textContent = progressCount(completed.length, ids.length, lang);
		};
		box.addEventListener('change', () => {
			completed = markModule(completed, ids, current, box.checked);
			saveProgress(store, track, completed);
			render();
		});
		render();
		this.hidden = false;
	}
}
customElements.define('progress-mark', ProgressMark);
