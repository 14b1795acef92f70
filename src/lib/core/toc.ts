/** A heading as `render(entry)` returns it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** A table-of-contents entry: an h2 with the h3s under it. */
export interface TocItem {
	slug: string;
	text: string;
	children: { slug: string; text: string }[];
}

/** The h2/h3 outline of a page; h3s before the first h2 are lifted to the top level. */
export function tableOfContents(headings: readonly Heading[]): TocItem[] {
	const items: TocItem[] = [];
	for (const { depth, slug, text } of headings) {
		const last = items.at(-1);
		if (depth === 2 || (depth === 3 && !last)) items.push({ slug, text, children: [] });
		else if (depth === 3 && last) last.children.push({ slug, text });
	}
	return items;
}
