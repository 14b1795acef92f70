import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { tagLabel } from '../lib/core/tags';
import {
	activeFilterCount,
	browse,
	defaultView,
	describeCount,
	facetsOf,
	isFiltered,
	optionCounts,
	readView,
	writeView,
	type ArchiveLabels,
	type ArchiveView,
	type FacetKey,
	type SpotlightCard,
} from '../lib/spotlights/filter';
import SpotlightList from './spotlight-list';
import '../styles/forms.css';
import '../styles/spotlights.css';
import FiltersToggle from './filters-toggle';

interface Props {
	cards: SpotlightCard[];
	/** Labels of partner types and models by id. */
	labels: ArchiveLabels;
	/** Language of `portal.config.ts`, for dates and counts. */
	lang: string;
}

/** Wide enough for the filters to sit beside the results without pushing them off the first screen. */
const wideScreen = '(min-width: 48rem)';

/**
 * Enhances the archive: the server renders every spotlight plus the filter bar (hidden by CSS without
 * JavaScript, when it could not work); once running, the filters narrow the list and their state lives in the
 * URL query, so a view can be shared and survives reload.
 */
export default function SpotlightBrowser({ cards, labels, lang }: Props) {
	const facets = useMemo(() => facetsOf(cards), [cards]);
	// null until hydrated, so the first client render matches the server's full list.
	const [view, setView] = useState<ArchiveView | null>(null);
	// null until hydrated: CSS then shows the filters on wide screens only, as the first state will.
	const [open, setOpen] = useState<boolean | null>(null);
	const resultsHeading = useRef<HTMLHeadingElement>(null);
	const id = useId();

	useEffect(() => {
		setView(readView(new URLSearchParams(window.location.search), facets));
		setOpen(window.matchMedia(wideScreen).matches);
	}, [facets]);

	const current = view ?? defaultView;
	const counts = optionCounts(cards, current);
	const active = activeFilterCount(current);
	const result = browse(cards, current);

	const update = (change: Partial<ArchiveView>, focusResults = false) => {
		// Any filter change starts again at page 1; only the pager keeps the page.
		const next = { ...current, page: 1, ...change };
		setView(next);
		const query = writeView(next).toString();
		window.history.replaceState(window.history.state, '', query ? `?${query}` : window.location.pathname);
		if (focusResults) requestAnimationFrame(() => resultsHeading.current?.focus());
	};
	const labelFor: Record<FacetKey, (value: string) => string> = {
		year: (value) => value,
		type: (value) => labels.types[value] ?? value,
		model: (value) => labels.models[value] ?? value,
		tag: tagLabel,
	};
	const select = (name: FacetKey, label: string, any: string, options: string[]) => (
		<label>
			{label}
			<select value={current[name]} onChange={(event) => update({ [name]: event.target.value })}>
				<option value="">{`${any} (${counts[name].get('') ?? 0})`}</option>
				{options.map((option) => {
					const count = counts[name].get(option) ?? 0;
					// An option that would show nothing is disabled (and read as such), unless it is the one chosen.
					return (
						<option key={option} value={option} disabled={count === 0 && current[name] !== option}>
							{`${labelFor[name](option)} (${count})`}
						</option>
					);
				})}
			</select>
		</label>
	);

	return (
		<div className="spotlight-browser">
			<form
				className="archive-filters"
				role="search"
				aria-label="Filter spotlights"
				onSubmit={(event) => event.preventDefault()}
			>
				<div className="archive-search">
					<label>
						Search titles and summaries
						<input type="search" value={current.q} onChange={(event) => update({ q: event.target.value })} />
					</label>
					<FiltersToggle controls={`${id}-filters`} open={open} active={active} onToggle={() => setOpen(!open)} />
				</div>
				<div
					id={`${id}-filters`}
					className="archive-filter-panel"
					data-open={open === null ? 'auto' : undefined}
					hidden={open === false}
				>
					{select('year', 'Year', 'Any year', facets.years)}
					{select('type', 'Partner type', 'Any partner type', facets.types)}
					{select('model', 'Partnership model', 'Any model', facets.models)}
					{select('tag', 'Tag', 'Any tag', facets.tags)}
					<label>
						Sort
						<select
							value={current.sort}
							onChange={(event) => update({ sort: event.target.value as ArchiveView['sort'] })}
						>
							<option value="newest">Newest first</option>
							<option value="oldest">Oldest first</option>
							<option value="title">Title A–Z</option>
						</select>
					</label>
					{isFiltered(current) && (
						<button type="button" className="button quiet" onClick={() => update(defaultView)}>
							Clear filters
						</button>
					)}
				</div>
			</form>
			<h2 id={`${id}-results`} ref={resultsHeading} tabIndex={-1} className="sr-only">
				Results
			</h2>
			<p role="status" className="meta archive-count">
				{/* Before hydration every story is listed on one page, so the count says so. */}
				{describeCount(view ? result : { ...result, page: 1, pageCount: 1 }, lang)}
			</p>
			{!view ? (
				<SpotlightList cards={cards} labels={labels} lang={lang} level={3} eager={1} />
			) : result.total === 0 ? (
				<div className="no-results">
					<p>Try another year or tag, or a shorter search.</p>
					<button type="button" className="button" onClick={() => update(defaultView, true)}>
						Clear filters and show all spotlights
					</button>
				</div>
			) : (
				<SpotlightList cards={result.cards} labels={labels} lang={lang} level={3} eager={1} />
			)}
			{view && result.pageCount > 1 && (
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
