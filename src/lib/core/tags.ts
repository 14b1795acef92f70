/**
 * The one label of a topic tag, wherever a tag is shown (practice pages, the spotlight archive and its filters,
 * search): tags are lowercase hyphenated ids, people read words. No imports, so browser code may use it.
 */

/** "Engagement rhythm" for "engagement-rhythm", "Co-created content" for "co-created-content". */
export function tagLabel(tag: string): string {
	// A hyphen after "co" belongs to the word ("co-created"), not between words.
	const words = tag.replace(/-/g, ' ').replace(/\bco (?=\S)/g, 'co-');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Tags in the order of their labels, so a list reads alphabetically as shown. */
export function sortTags(tags: Iterable<string>): string[] {
	return [...tags].sort((a, b) => tagLabel(a).localeCompare(tagLabel(b)));
}
