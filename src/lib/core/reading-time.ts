/** Average silent reading speed for non-fiction on screen, in words per minute. */
export const wordsPerMinute = 200;

/** Words of an MDX/Markdown body, ignoring markup: code, tags, link targets, table rules and symbols. */
export function countWords(markdown: string): number {
	const text = markdown
		.replace(/^---[\s\S]*?\n---/, ' ') // frontmatter
		.replace(/```[\s\S]*?```/g, ' ') // fenced code
		.replace(/<[^>]+>/g, ' ') // JSX and HTML tags
		.replace(/\]\([^)]*\)/g, ' ') // link targets
		.replace(/[#*_>|`~\-[\]]/g, ' ');
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read a body, at least 1. */
export function readingMinutes(markdown: string, speed = wordsPerMinute): number {
	return Math.max(1, Math.round(countWords(markdown) / speed));
}
