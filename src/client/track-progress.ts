/**
 * `<track-progress>`: a track's "Start here" or "Continue", progress bar, reset with Undo, and the "Done" marks
 * in the week-by-week list, on its overview page (see track-progress.astro for the markup it expects).
 */
import { browserStore } from '../lib/core/browser-storage';
import {
	loadProgress,
	progressCount,
	resetProgress,
	startHere,
	trackStatus,
	undoReset,
	undoResetMs,
} from '../lib/onboarding/progress';
import type { ProgressModule } from '../lib/onboarding/tracks';

class TrackProgress extends HTMLElement {
	connectedCallback() {
		const store = browserStore();
		const lang = document.documentElement.lang || 'en';
		const trackId = this.dataset.track!;
		const modules = JSON.parse(this.dataset.modules!) as ProgressModule[];
		const ids = modules.map((module) => module.id);
		let completed = loadProgress(store, trackId, ids);
		// What the last reset erased, while Undo is on offer.
		let erased: string[] | undefined;
		let undoTimer: ReturnType<typeof setTimeout> | undefined;
		const find = <T extends HTMLElement = HTMLElement>(name: string) => this.querySelector<T>(`[data-${name}]`)!;
		const reset = find<HTMLButtonElement>('progress-reset');
		const undo = find<HTMLButtonElement>('progress-undo');
		const status = find('progress-status');

		const render = () => {
			const summary = trackStatus(modules, completed);
			find<HTMLProgressElement>('progress-bar').value = summary.done;
			find('progress-count').textContent = summary.finished
				? `${progressCount(summary.done, summary.total, lang)}: you have finished this track.`
				: `${progressCount(summary.done, summary.total, lang)}.`;
			find('progress-finished').hidden = !summary.finished;
			reset.disabled = summary.done === 0;

			const start = this.querySelector<HTMLElement>('[data-start]');
			const call = startHere(summary);
			if (start) {
				start.hidden = !call;
				if (call) {
					find('start-lead').textContent = call.lead;
					find('start-text').textContent = call.text;
					const link = find<HTMLAnchorElement>('start-link');
					link.href = call.url;
					link.querySelector('span')!.textContent = call.link;
				}
			}
			markWeeks();
		};
		// The week-by-week list is the page's, below this element: not parsed yet when this script first runs.
		const markWeeks = () => {
			for (const item of document.querySelectorAll<HTMLElement>('[data-progress-module]')) {
				item.querySelector<HTMLElement>('[data-done-mark]')!.hidden = !completed.includes(item.dataset.progressModule!);
			}
		};
		if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', markWeeks);

		const endUndo = () => {
			clearTimeout(undoTimer);
			erased = undefined;
			undo.hidden = true;
		};
		// The offer waits while the partner is on it, so no one loses it while reaching for it.
		const startUndoTimer = () => {
			clearTimeout(undoTimer);
			if (!erased) return;
			undoTimer = setTimeout(() => {
				if (undo.matches(':focus, :hover')) return;
				endUndo();
				status.textContent = '';
			}, undoResetMs);
		};
		undo.addEventListener('focus', () => clearTimeout(undoTimer));
		undo.addEventListener('mouseenter', () => clearTimeout(undoTimer));
		undo.addEventListener('blur', startUndoTimer);
		undo.addEventListener('mouseleave', startUndoTimer);

		reset.addEventListener('click', () => {
			erased = completed;
			resetProgress(store, trackId);
			completed = [];
			render();
			status.textContent = 'Progress reset.';
			undo.hidden = false;
			// The reset button is now disabled, so focus moves to where the next step is.
			undo.focus();
			startUndoTimer();
		});
		undo.addEventListener('click', () => {
			completed = undoReset(store, trackId, ids, erased ?? []);
			endUndo();
			render();
			status.textContent = `Progress restored: ${progressCount(completed.length, ids.length, lang)}.`;
			reset.focus();
		});

		render();
		find('progress-panel').hidden = false;
	}
}
customElements.define('track-progress', TrackProgress);
