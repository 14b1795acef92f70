/**
 * `<track-progress>`: a track's progress bar, next module and reset on its overview page (see
 * track-progress.astro for the markup it expects).
 */
import { browserStore } from '../lib/core/browser-storage';
import { loadProgress, resetProgress, summarizeProgress } from '../lib/onboarding/progress';
import type { ProgressModule } from '../lib/onboarding/tracks';

class TrackProgress extends HTMLElement {
	connectedCallback() {
		const store = browserStore();
		const trackId = this.dataset.track!;
		const modules = JSON.parse(this.dataset.modules!) as ProgressModule[];
		const ids = modules.map((module) => module.id);
		let completed = loadProgress(store, trackId, ids);
		const find = <T extends HTMLElement = HTMLElement>(name: string) =>
			this.querySelector<T>(`[data-progress-${name}]`);

		const render = () => {
			const summary = summarizeProgress(ids, completed);
			find<HTMLProgressElement>('bar')!.value = summary.done;
			find('count')!.textContent = `${summary.done} of ${summary.total} modules complete (${summary.percent}%).`;
			const next = modules.find((module) => module.id === summary.next);
			const link = find('next')!.querySelector('a')!;
			link.textContent = next?.title ?? '';
			link.href = next?.url ?? '';
			find('next')!.hidden = !next;
			find('finished')!.hidden = Boolean(next);
			find<HTMLButtonElement>('reset')!.disabled = summary.done === 0;
		};

		find('reset')!.addEventListener('click', () => {
			resetProgress(store, trackId);
			completed = [];
			render();
			find('announce')!.textContent = 'Progress reset.';
		});
		render();
		this.hidden = false;
	}
}
customElements.define('track-progress', TrackProgress);
