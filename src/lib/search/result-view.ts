/**
 * How one search result reads (src/client/search.ts renders it): where the page lies, its summary, and an
 * excerpt only when it adds words the summary does not already show. Browser code: no imports.
 */

/** What Pagefind returns for one page, as far as the results list uses it. */
export interface ResultData {
	url: string;
	/** Escaped text with <mark> around the hits. */
	excerpt: string;
	meta: { title?: string; summary?: string; trail?: string };
	filters?: Record<string, string[]>;
}

/** A run of text, marked when it is a hit. */
export interface Segment {
	text: string;
	mark: boolean;
}

/** "Onboarding › Onboarding for agencies": the breadcrumbs, else the section; nothing when it only repeats the title. */
export function resultPath(data: ResultData): string {
	const path = data.meta.trail || data.filters?.section?.[0] || '';
	return path === data.meta.title ? '' : path;
}

/** Lower-case words, for comparing texts whatever their punctuation. */
export function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Whether an excerpt mostly repeats the page's opening (its title and summary, which pages show as their lead):
 * at least half its words lie in runs of three that the opening has too. Then the summary alone is shown.
 */
export function repeatsOpening(excerpt: string, opening: string): boolean {
	const said = words(excerpt);
	const source = ` ${words(opening).join(' ')} `;
	const covered = new Set<number>();
	for (let i = 0; i + 3 <= said.length; i++)
		if (source.includes(` ${said.slice(i, i + 3).join(' ')} `)) for (let j = i; j < i + 3; j++) covered.add(j);
	return said.length > 0 && covered.size * 2 >= said.length;
}

/** Marks in `text` every word that is marked in the excerpt, so hits show in the summary too. */
export function markWords(text: string, marked: ReadonlySet<string>): Segment[] {
	const segments: Segment[] = [];
	for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
		if (!part) continue;
		const mark = marked.has(part.toLowerCase());
		const last = segments.at(-1);
		if (last && last.mark === mark && !mark) last.text += part;
		else segments.push({ text: part, mark });
	}
	return segments;
}
