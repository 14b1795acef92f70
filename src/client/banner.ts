/**
 * The theme (./theme.ts) and the announcement banner in one inline, render-blocking script: a second inline
 * script would cost its own gzip header and dictionary (~40 bytes), and the heaviest content pages sit about
 * 200 bytes under their 3 KB budget. Before first paint it marks `<html data-banner="hidden">` when the visitor
 * dismissed this announcement or it has expired since the build, so a dismissed banner never flashes and nothing
 * below it moves; `data-banner="shown"` is what reveals the dismiss button (news.css), so without JavaScript the
 * banner simply stays. On a page without a banner these lines change nothing anyone sees.
 */
import './theme';
import { browserStore, storageKey } from '../lib/core/browser-storage';

const root = document.documentElement;
// The banner's id and last day ride on this script's own tag, so its code, and its CSP hash, never change.
const { bannerId, bannerExpires = '9999' } = (document.currentScript as HTMLScriptElement).dataset;
const today = new Date().toISOString().slice(0, 10);
/** One key per announcement, so the next announcement shows even to those who dismissed this one. */
const key = storageKey('banner', bannerId ?? '');

root.dataset.banner = 'shown';
try {
	if (bannerExpires < today || browserStore()?.getItem(key)) root.dataset.banner = 'hidden';
} catch {
	// Blocked storage: the banner shows.
}
addEventListener('click', (event) => {
	if ((event.target as Element).closest?.('[data-dismiss-banner]')) {
		root.dataset.banner = 'hidden';
		try {
			browserStore()?.setItem(key, '1');
		} catch {
			// Dismissed on this page only.
		}
	}
});
