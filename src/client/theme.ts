/**
 * The theme, set before first paint: the visitor's saved choice, else the system's. Runs as an inline
 * render-blocking script in <head> (a module script would run after paint and flash the wrong theme), then
 * wires the header toggle once the page is parsed.
 */
import { browserStore, storageKey } from '../lib/core/browser-storage';

/** The visitor's choice, saved as plain text ("dark" or "light"); absent means "follow the system". */
const key = storageKey('theme');
const root = document.documentElement;
let stored: string | null | undefined;
try {
	stored = browserStore()?.getItem(key);
} catch {
	// Blocked storage: follow the system.
}
const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
root.dataset.theme = stored === 'dark' || stored === 'light' ? stored : system;

addEventListener('DOMContentLoaded', () => {
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
		const sync = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
		sync();
		button.hidden = false;
		button.addEventListener('click', () => {
			root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
			try {
				browserStore()?.setItem(key, root.dataset.theme);
			} catch {
				// The choice then lasts for this page only.
			}
			sync();
		});
	}
});
