/**
 * The search page (src/pages/search/index.astro): searches as the partner types or changes a filter, keeps the
 * query and filters in the address (so a reload or a shared link shows the same results), and lists results a
 * few at a time. Pagefind's script and index load only once there is a query. Without JavaScript the form
 * still submits as a plain GET.
 */
import { describeResults, readSearchQuery, searchUrl, typingDelayMs, type SearchQuery } from '../lib/search/query';
import { markWords, repeatsOpening, resultPath, type ResultData } from '../lib/search/result-view';

interface PagefindResult {
	data(): Promise<ResultData>;
}
interface Pagefind {
	search(q: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
	options(options: { baseUrl: string; noWorker?: boolean }): Promise<void>;
}

const form = document.querySelector<HTMLFormElement>('[data-search]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const unavailable = 'Search is not available right now. Please try again.';
let pagefind: Promise<Pagefind> | undefined;
/**
 * Results not shown yet. Each shown result fetches its page's text for the excerpt, so they come five at a time,
 * as in Pagefind's own UI; what a query fetches is measured by bench/search-cost.ts (figures in docs/search.md).
 */
let remaining: PagefindResult[] = [];
const pageSize = 5;
/** The address of the search shown (or under way), so typing that changes nothing does not search again. */
let shown: string | undefined;
/** Counts searches: a slow one that finishes after a newer one has started must not overwrite its results. */
let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

const el = (tag: string, className: string, ...children: (Node | string)[]) => {
	const node = document.createElement(tag);
	node.className = className;
	node.append(...children);
	return node;
};

/** Pagefind excerpts are escaped text with <mark> around hits: rebuild them as nodes, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
	const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
	return [...body.childNodes].map((node) =>
		node.nodeName === 'MARK' ? el('mark', '', node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
	);
}

/** Text with the excerpt's hits marked in it too. */
const marked = (text: string, hits: ReadonlySet<string>) =>
	markWords(text, hits).map(({ text: part, mark }) => (mark ? el('mark', '', part) : part));

/** One result: where the page lies, its title and summary with the hits marked, and an excerpt that adds to them. */
function resultItem(page: ResultData): { item: HTMLElement; link: HTMLAnchorElement } {
	const excerpt = excerptNodes(page.excerpt);
	const hits = new Set(
		excerpt.filter((node) => node.nodeName === 'MARK').map((node) => node.textContent!.toLowerCase()),
	);
	const { summary, title = page.url } = page.meta;
	const link = el('a', '', ...marked(title, hits)) as HTMLAnchorElement;
	link.href = page.url;
	const item = el('li', '');
	const path = resultPath(page);
	if (path) item.append(el('p', 'search-path', path));
	item.append(el('h2', 'search-title', link));
	if (summary) item.append(el('p', '', ...marked(summary, hits)));
	if (!summary || !repeatsOpening(page.excerpt, `${title}. ${summary}`))
		item.append(el('p', 'search-excerpt', ...excerpt));
	return { item, link };
}

/** Shows the next page of results; returns the first new link so a "more" click can move focus to it. */
async function showMore(search = latest): Promise<HTMLAnchorElement | undefined> {
	const pages = await Promise.all(remaining.splice(0, pageSize).map((result) => result.data()));
	if (search !== latest) return undefined;
	const items = pages.map(resultItem);
	list.append(...items.map(({ item }) => item));
	more.hidden = remaining.length === 0;
	return items[0]?.link;
}

async function run(query: SearchQuery) {
	const search = ++latest;
	if (!query.q) {
		list.replaceChildren();
		more.hidden = true;
		status.textContent = '';
		return;
	}
	status.textContent = 'Searching…';
	pagefind ??= import(/* @vite-ignore */ form.dataset.pagefindUrl!).then(async (module: Pagefind) => {
		// No worker: it is one more download on the first query (measured by bench/search-cost.ts; figures in
		// docs/search.md), and searching a portal-sized index is quick.
		await module.options({ baseUrl: form.dataset.base!, noWorker: true });
		return module;
	});
	const { results } = await (await pagefind).search(query.q, { filters: query.filters });
	if (search !== latest) return;
	list.replaceChildren();
	remaining = [...results];
	await showMore(search);
	if (search === latest) status.textContent = describeResults(results.length, query);
}

/** Searches what the form says now, unless that is what is shown, and keeps it in the address. */
function update() {
	clearTimeout(timer);
	const query = readSearchQuery(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
	const url = searchUrl(location.pathname, query);
	if (url === shown) return;
	shown = url;
	history.replaceState(null, '', url);
	run(query).catch(() => (status.textContent = unavailable));
}

more.addEventListener('click', () => {
	showMore()
		.then((link) => link?.focus())
		.catch(() => (status.textContent = unavailable));
});

form.addEventListener('submit', (event) => {
	event.preventDefault();
	update();
});
// Typing waits for a pause; a filter choice searches at once.
form.addEventListener('input', (event) => {
	clearTimeout(timer);
	timer = setTimeout(update, event.target instanceof HTMLSelectElement ? 0 : typingDelayMs);
});

const initial = readSearchQuery(new URLSearchParams(location.search));
form.q.value = initial.q;
for (const [name, value] of Object.entries(initial.filters)) {
	const field = form.elements.namedItem(name);
	if (field instanceof HTMLSelectElement) field.value = value;
}
update();
