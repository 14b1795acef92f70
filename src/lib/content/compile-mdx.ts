import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { contentSafety } from '../security/content-safety-plugin';

/**
 * Compiles one MDX file with the compiler and plugins the build uses (Sätteri with the content-safety check, as
 * astro.config.mjs sets them), so `npm run check` fails on every file the build would fail on. Returns each
 * problem as a `file:line:column: message` line; empty when the file compiles. `text` is the whole file, so
 * lines count from its top, frontmatter included.
 */
export function mdxCompileProblems(text: string, file: string, absolutePath: string): string[] {
	try {
		mdxToJs(text, { hastPlugins: [contentSafety()], fileURL: pathToFileURL(absolutePath) });
		return [];
	} catch (error) {
		const message = (error as Error).message;
		// The content-safety plugin lists its problems as "  file:line:column: message" with a "    Hint:" line each.
		const safety = [...message.matchAll(/^ {2}(\S.*?:\d+:\d+: .*)\n {4}Hint: (.*)$/gm)];
		if (safety.length) return safety.map(([, where, hint]) => `${where} (${hint})`);
		// A syntax error reads "7:1: Expected a closing tag for `<Callout>` (7:1) (mdx-jsx:…)".
		const syntax = /^(\d+):(\d+): ([\s\S]*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/.exec(message.trim());
		if (syntax) {
			return [
				`${file}:${syntax[1]}:${syntax[2]}: MDX syntax error: ${syntax[3]} (the build cannot compile this file; check the tags and braces around that line)`,
			];
		}
		return [`${file}: MDX does not compile: ${message.split('\n')[0]}`];
	}
}
