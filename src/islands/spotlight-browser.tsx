import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
	browse,
	defaultView,
	describeCount,
	facetsOf,
	isFiltered,
	readView,
	writeView,
	type ArchiveView,
	type SpotlightCard,
} from '../lib/spotlights/filter';
import SpotlightList from './spotlight-list';
import '../styles/forms.css';
import '../styles/spotlights.css';

interface Props {
	cards: SpotlightCard[];
	/** Labels of partner types and models by id. */
	labels: Record<string, string>;
}

/**
 * Enhances the archive: until hydration (and with JavaScript off) it renders every spotlight; once running it
 * adds filters whose state lives in the URL query, so a view can be shared and survives reload.
 */
export default function SpotlightBrowser({ cards, labels }: Props) {
	const facets = useMemo(() => facetsOf(cards), [cards]);
	// null until hydrated, so the first client render matches the server's full list.
	const [view, setView] = useState<ArchiveView | null>(null);
	const resultsHeading = useRef<HTMLHeadingElement>(null);
	const id = useId();

	useEffect(() => setView(readView(new URLSearchParams(window.location.search), facets)), [facets]);

	if (!view) return <SpotlightList cards={cards} labels={labels} />;

	const result = browse(cards, view);
	const update = (change: Partial<ArchiveView>, focusResults = false) => {
		// Any filter change starts again at page 1; only the pager keeps the page.
		const next = { ...view, page: 1, ...change };
		setView(next);
		const query = writeView(next).toString();
		window.history.replaceState(window.history.state, '', query ? `?${query}` : window.location.pathname);
		if (focusResults) requestAnimationFrame(() => resultsHeading.current?.focus());
	};
	const select = (name: 'year' | 'type' | 'model' | 'tag', label: string, any: string, options: string[]) => (
		<label>
			{label}
			<select value={view[name]} onChange={(event) => update({ [name]: event.target.value })}>
				<option value="">{any}</option>
				{options.map((option) => (
					<option key={option} value={option}>
						{labels[option] ?? option}
					</option>
				))}
			</select>
		</label>
	);

	return (
		<div className="spotlight-browser">
			<form
				className="search-form"
				role="search"
				aria-label="Filter spotlights"
				onSubmit={(event) => event.preventDefault()}
			>
				<label>
					Search titles and summaries
					<input type="search" value={view.q} onChange={(event) => update({ q: event.target.value })} />
				</label>
				{select('year', 'Year', 'Any year', facets.years)}
				{select('type', 'Partner type', 'Any partner type', facets.types)}
				{select('model', 'Partnership model', 'Any model', facets.models)}
				{select('tag', 'Tag', 'Any tag', facets.tags)}
				<label>
					Sort
					<select value={view.sort} onChange={(event) => update({ sort: event.target.value as ArchiveView['sort'] })}>
						<option value="newest">Newest first</option>
						<option value="oldest">Oldest first</option>
						<option value="title">Title A–Z</option>
					</select>
				</label>
				{isFiltered(view) && (
					<button type="button" onClick={() => update(defaultView)}>
						Clear filters
					</button>
				)}
			</form>
			<h2 id={`${id}-results`} ref={resultsHeading} tabIndex={-1} className="sr-only">
				Results
			</h2>
			<p role="status" className="meta">
				{describeCount(result)}
			</p>
			{result.total === 0 ? (
				<div className="no-results">
					<p>Try another year or tag, or a shorter search.</p>
					<button type="button" className="button" onClick={() => update(defaultView, true)}>
						Clear filters and show all spotlights
					</button>
				</div>
			) : (
				<SpotlightList cards={result.cards} labels={labels} level={3} />
			)}
			{result.pageCount > 1 && (
				<nav className="archive-pager" aria-label="Result pages">
					<button
						type="button"
						className="button"
						disabled={result.page <= 1}
						onClick={() => update({ page: result.page - 1 }, true)}
					>
						Previous page
					</button>
					<span>
						Page {result.page} of {result.pageCount}
					</span>
					<button
						type="button"
						className="button"
						disabled={result.page >= result.pageCount}
						onClick={() => update({ page: result.page + 1 }, true)}
					>
						Next page
					</button>
				</nav>
			)}
		</div>
	);
}
