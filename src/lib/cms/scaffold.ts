import { slug } from 'github-slugger';
import { stringify } from 'yaml';
import { UserError, quote } from '../core/errors';
import { ENTRY_ID_MAX, spotlightIdProblem } from '../content/ids';
import type { FieldDefinition } from './fields';

/**
 * What every scaffolder (`npm run new:spotlight`, `new:event`, `new:profile`) shares: the file name made from a
 * title, and a frontmatter that lists every field of the CMS table with its hint, so a new file teaches its format.
 */

/** A GitHub-style slug of a title, so file names match heading anchors people know. */
export function titleSlug(title: string): string {
	return slug(title).replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The file name (without `.mdx`) for a title, checked with the id rule `npm run check` applies, so nothing is
 * written that the check refuses. A long title is cut at a word; `onCut` hears the new name.
 */
export function fileNameFor(title: string, onCut: (name: string) => void = () => {}): string {
	let name = titleSlug(title);
	if (!name)
		throw new UserError(
			`--title: ${quote(title)} has no letters or digits to make a file name from`,
			'Use a title with words in plain letters, for example "Quarterly community call: Q1 2027".',
		);
	if (name.length > ENTRY_ID_MAX) {
		const cut = name.slice(0, ENTRY_ID_MAX + 1);
		name = cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : ENTRY_ID_MAX).replace(/-+$/, '');
		onCut(name);
	}
	const problem = spotlightIdProblem(name);
	if (problem)
		throw new UserError(
			`--title: the file name ${quote(name)} made from the title ${quote(title)} ${problem}`,
			'Use a title with words in plain letters, for example "Quarterly community call: Q1 2027".',
		);
	return name;
}

/**
 * An MDX file: every field of `fields` under a `# hint` comment, with its value from `values`; fields in
 * `commented` (optional ones that need a real file or value) are shown commented out, and fields with neither
 * are listed as a commented key. Then each body section with its placeholder paragraph.
 */
export function renderDraft(input: {
	fields: readonly FieldDefinition[];
	values: Record<string, unknown>;
	commented?: Record<string, unknown>;
	sections: readonly { heading: string; text: string }[];
}): string {
	const yaml = (name: string, value: unknown) => stringify({ [name]: value }, { lineWidth: 0 }).trimEnd();
	const lines: string[] = ['---'];
	for (const field of input.fields) {
		const sub = field.fields?.map((child) => `${child.name}: ${child.hint}`).join(' ');
		lines.push(`# ${field.hint}${sub ? ` (${sub})` : ''}`);
		if (input.commented && field.name in input.commented) {
			lines.push(
				...yaml(field.name, input.commented[field.name])
					.split('\n')
					.map((line) => `# ${line}`),
			);
		} else if (input.values[field.name] !== undefined) {
			// yaml quotes what needs quoting (colons, leading symbols), so any title stays valid frontmatter.
			lines.push(yaml(field.name, input.values[field.name]));
		} else lines.push(`# ${field.name}:`);
	}
	lines.push('---', '');
	for (const { heading, text } of input.sections) lines.push(`## ${heading}`, '', text, '');
	return lines.join('\n');
}

/**
 * Runs a scaffolder's `main` on the command line's arguments and sets the exit code: a `UserError` prints its
 * message and where to find every option (exit 1); anything else is a bug and throws.
 */
export function runScaffolder(command: string, main: (argv: readonly string[]) => number): void {
	try {
		process.exitCode = main(process.argv.slice(2));
	} catch (error) {
		if (!(error instanceof UserError)) throw error;
		console.error(`${error.message}\nAll options: npm run ${command} -- --help`);
		process.exitCode = 1;
	}
}
