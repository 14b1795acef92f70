/**
 * The search page (src/pages/search/index.astro): runs the query in the address bar, then each one submitted,
 * with Pagefind, which it loads only once there is a query, and lists the results a few at a time.
 */
import { describeResults, readSearchQuery, writeSearchQuery, type SearchQuery } from '../lib/search/query';

interface PagefindResult {
	data(): Promise<{ url: string; excerpt: string; meta: { title?: string; summary?: string } }>;
}
interface Pagefind {
	search(q: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
	options(options: { baseUrl: string; noWorker?: boolean }): Promise<void>;
}

const form = document.querySelector<HTMLFormElement>('[data-search]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
let pagefind: Promise<Pagefind> | undefined;
/**
 * Results not shown yet. Each shown result fetches its page's text for the excerpt, so they come five at a time,
 * as in Pagefind's own UI; what a query fetches is measured by bench/search-cost.ts (figures in docs/benchmarks.md).
 */
let remaining: PagefindResult[] = [];
const pageSize = 5;

/** Pagefind excerpts are escaped text with <mark> around hits: rebuild them as nodes, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
	const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
	return [...body.childNodes].map((node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}

function fillForm(query: SearchQuery) {
	form.q.value = query.q;
	for (const [name, value] of Object.entries(query.filters)) {
		const field = form.elements.namedItem(name);
		if (field instanceof HTMLSelectElement) field.value = value;
	}
}

/** Shows the next page of results; returns the first new link so a "more" click can move focus to it. */
async function showMore(): Promise<HTMLAnchorElement | undefined> {
	const pages = await Promise.all(remaining.splice(0, pageSize).map((result) => result.data()));
	const links = pages.map((page) => {
		const item = document.createElement('li');
		const link = document.createElement('a');
		link.href = page.url;
		link.textContent = page.meta.title ?? page.url;
		const excerpt = document.createElement('p');
		excerpt.append(...excerptNodes(page.excerpt));
		item.append(link);
		if (page.meta.summary) {
			const summary = document.createElement('p');
			summary.className = 'meta';
			summary.textContent = page.meta.summary;
			item.append(summary);
		}
		item.append(excerpt);
		list.append(item);
		return link;
	});
	more.hidden = remaining.length === 0;
	return links[0];
}

async function run(query: SearchQuery) {
	list.replaceChildren();
	more.hidden = true;
	remaining = [];
	if (!query.q) {
		status.textContent = '';
		return;
	}
	status.textContent = 'Searching…';
	pagefind ??= import(/* @vite-ignore */ form.dataset.pagefindUrl!).then(async (module: Pagefind) => {
		// No worker: it is one more download on the first query (measured by bench/search-cost.ts; figures in
		// docs/benchmarks.md), and searching a portal-sized index is quick.
		await module.options({ baseUrl: form.dataset.base!, noWorker: true });
		return module;
	});
	const { results } = await (await pagefind).search(query.q, { filters: query.filters });
	remaining = [...results];
	await showMore();
	status.textContent = describeResults(results.length, query);
}

more.addEventListener('click', () => {
	showMore()
		.then((link) => link?.focus())
		.catch(() => (status.textContent = 'Search is not available right now. Please try again.'));
});

form.addEventListener('submit', (event) => {
	event.preventDefault();
	const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
	const query = readSearchQuery(params);
	history.replaceState(null, '', `?${writeSearchQuery(query)}`);
	run(query).catch(() => (status.textContent = 'Search is not available right now. Please try again.'));
});

const initial = readSearchQuery(new URLSearchParams(location.search));
fillForm(initial);
run(initial).catch(() => (status.textContent = 'Search is not available right now. Please try again.'));
