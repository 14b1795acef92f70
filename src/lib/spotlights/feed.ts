import { escapeHtml } from '../core/html';
import { partnerNames, type SpotlightData } from './spotlights';
import type { Entry } from '../core/entry';

/** One RSS item: the full summary, partners and key results as HTML, linked to the story's page. */
export function feedItem(entry: Entry<SpotlightData>, names: ReadonlyMap<string, string>, link: string) {
	const { title, date, summary, results, partners, tags } = entry.data;
	const figures = results.map(
		(result) => `<li><strong>${escapeHtml(result.value)}</strong> ${escapeHtml(result.label)}</li>`,
	);
	return {
		title,
		link,
		pubDate: new Date(`${date}T00:00:00Z`),
		description: summary,
		categories: tags,
		content: [
			`<p>${escapeHtml(summary)}</p>`,
			`<p>Partners: ${escapeHtml(partnerNames(partners, names).join(', '))}</p>`,
			figures.length ? `<h2>Key results</h2><ul>${figures.join('')}</ul>` : '',
		].join(''),
	};
}
