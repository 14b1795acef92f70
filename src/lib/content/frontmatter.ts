import { parseDocument } from 'yaml';
import { UserError } from '../core/errors';

/**
 * Splits an MDX file into its YAML frontmatter and body, for scripts that validate content outside Astro.
 * YAML 1.1 timestamps (unquoted 2026-05-12) come back as strings, which our date schema accepts as well.
 */
export function parseFrontmatter(text: string, file: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (!match) throw new UserError(`${file}: Expected frontmatter between --- lines at the top of the file`);
	const document = parseDocument(match[1]!);
	if (document.errors.length) {
		const [first] = document.errors;
		throw new UserError(
			`${file}: frontmatter is not valid YAML: ${first!.message.split('\n')[0]}`,
			'Quote values that contain a colon.',
		);
	}
	return { data: document.toJS() ?? {}, body: text.slice(match[0].length) };
}
