import { UserError } from '../core/errors';
import { parseYamlSource, type YamlSource } from '../data/yaml-source';

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * An MDX file's frontmatter with the line of every field (see `parseYamlSource`), and its body with the line it
 * starts on. For the checks that validate content outside Astro.
 */
export function readFrontmatter(text: string, file: string): YamlSource & { body: string; bodyLine: number } {
	const match = frontmatterPattern.exec(text);
	if (!match) throw new UserError(`${file}: Expected frontmatter between --- lines at the top of the file`);
	// The frontmatter's first line is line 2 of the file, after the opening ---.
	const source = parseYamlSource(match[1]!, file, 2, 'frontmatter is not valid YAML');
	const bodyLine = match[0].split('\n').length;
	return Object.assign(source, { body: text.slice(match[0].length), bodyLine });
}

/**
 * Splits an MDX file into its YAML frontmatter and body, for scripts that validate content outside Astro.
 * Unquoted dates (2026-05-12) come back as the strings written, which our date schema checks as dates.
 */
export function parseFrontmatter(text: string, file: string): { data: unknown; body: string } {
	const { data, body } = readFrontmatter(text, file);
	return { data, body };
}
