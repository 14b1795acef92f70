import { useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import {
	activeFilterCount,
	defaultView,
	describeCount,
	facetKeys,
	filterCards,
	isFiltered,
	optionCounts,
	readView,
	toggled,
	writeView,
	type DirectoryCard,
	type DirectoryFacets,
	type DirectoryView,
	type FacetKey,
} from '../lib/directory/filter';
import DirectoryList from './directory-list';
import '../styles/forms.css';
import '../styles/directory.css';
import FiltersToggle from './filters-toggle';

interface Props {
	cards: DirectoryCard[];
	/** Every option of every filter, with its facet page. */
	facets: DirectoryFacets;
	/** Each filter's heading. */
	headings: Record<FacetKey, string>;
	/** Language of `portal.config.ts`, for counts. */
	lang: string;
}

/** Wide enough for the filters to sit beside the results without pushing them off the first screen. */
const wideScreen = '(min-width: 48rem)';

/**
 * Enhances the directory: the server renders every partner and each filter option as a link to its own page, so
 * it all works without JavaScript. Once running, the same links combine filters in place, a search box narrows the
 * list, and the view lives in the URL query, so it can be shared and survives reload.
 */
export default function DirectoryBrowser({ cards, facets, headings, lang }: Props) {
	// null until hydrated, so the first client render matches the server's full list and facet-page links.
	const [view, setView] = useState<DirectoryView | null>(null);
	// null until hydrated: CSS then shows the filters on wide screens only, as the first state will.
	const [open, setOpen] = useState<boolean | null>(null);
	const resultsHeading = useRef<HTMLHeadingElement>(null);
	const id = useId();

	useEffect(() => {
		setView(readView(new URLSearchParams(window.location.search), facets));
		// The sidebar has no toggle on a wide screen, so widening the window opens it and narrowing closes it.
		const wide = window.matchMedia(wideScreen);
		const follow = () => setOpen(wide.matches);
		follow();
		wide.addEventListener('change', follow);
		return () => wide.removeEventListener('change', follow);
	}, [facets]);

	const current = view ?? defaultView;
	const counts = useMemo(() => optionCounts(cards, current, facets), [cards, current, facets]);
	const results = useMemo(() => filterCards(cards, current, facets), [cards, current, facets]);
	const active = activeFilterCount(current);

	const addressOf = (next: DirectoryView) => {
		const query = writeView(next).toString();
		return query ? `?${query}` : window.location.pathname;
	};
	const update = (next: DirectoryView, focusResults = false) => {
		setView(next);
		window.history.replaceState(window.history.state, '', addressOf(next));
		if (focusResults) requestAnimationFrame(() => resultsHeading.current?.focus());
	};
	const choose = (event: MouseEvent<HTMLAnchorElement>, key: FacetKey, option: string) => {
		// A modified click (new tab, new window) follows the link's own address, which holds the same view.
		if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
		event.preventDefault();
		update(toggled(current, key, option));
	};

	return (
		<div className="directory-browser">
			<form
				className="directory-search"
				role="search"
				aria-label="Search the directory"
				onSubmit={(event) => event.preventDefault()}
			>
				<label>
					Search partners by name or skill
					<input
						type="search"
						name="q"
						value={current.q}
						onChange={(event) => update({ ...current, q: event.target.value })}
					/>
				</label>
				<FiltersToggle controls={`${id}-filters`} open={open} active={active} onToggle={() => setOpen(!open)} />
			</form>
			<div className="directory-layout">
				<nav
					id={`${id}-filters`}
					className="directory-filters"
					aria-label="Filter partners"
					data-open={open === null ? 'auto' : undefined}
					hidden={open === false}
				>
					{facetKeys.map((key) => (
						<section key={key} className="directory-facet" aria-labelledby={`${id}-${key}`}>
							<h2 id={`${id}-${key}`}>{headings[key]}</h2>
							<ul>
								{facets[key].map((option) => {
									const chosen = current[key] === option.id;
									const count = counts[key].get(option.id) ?? 0;
									const content = (
										<>
											<span className="facet-label">{option.label}</span>
											<span className="facet-count">{count}</span>
										</>
									);
									// Before the island runs, an option links to its own page; then to this page with the option
									// added to (or, when chosen, removed from) the view. An option that would give nothing is no link.
									const target = view ? addressOf(toggled(current, key, option.id)) : option.url;
									return (
										<li key={option.id}>
											{target && (count > 0 || chosen) ? (
												<a
													href={target}
													aria-current={chosen ? 'true' : undefined}
													onClick={view ? (event) => choose(event, key, option.id) : undefined}
												>
													{content}
												</a>
											) : (
												<span className="facet-empty" aria-disabled="true">
													{content}
												</span>
											)}
										</li>
									);
								})}
							</ul>
						</section>
					))}
				</nav>
				<div className="directory-results">
					<h2 id={`${id}-results`} ref={resultsHeading} tabIndex={-1} className="sr-only">
						Partners
					</h2>
					<div className="directory-results-head">
						<p role="status" className="meta directory-count">
							{describeCount(results.length, lang)}
						</p>
						{isFiltered(current) && results.length > 0 && (
							<button type="button" className="button quiet" onClick={() => update(defaultView, true)}>
								Clear filters
							</button>
						)}
					</div>
					{results.length === 0 ? (
						<div className="no-results">
							<p>Try fewer filters or a shorter search.</p>
							<button type="button" className="button" onClick={() => update(defaultView, true)}>
								Clear filters and show all partners
							</button>
						</div>
					) : (
						<DirectoryList cards={results} facets={facets} level={3} eager={2} />
					)}
				</div>
			</div>
		</div>
	);
}
