/**
 * Compares two builds page by page: the visible text of every HTML page (white space folded to one space, so a
 * space lost between inline elements shows), and which other files differ byte for byte.
 * Usage: npm run compare-builds -- <old dist> <new dist>
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, type Node, TextNode, parse } from 'node-html-parser';
import { listFiles } from '../src/lib/core/site-files';

const blocks = new Set(
	'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol option p pre section summary table tbody td tfoot th thead tr ul'.split(
		' ',
	),
);
const hidden = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text a reader sees: no scripts, styles or templates; a break around every block, since a browser shows one
 * there whatever the source's white space; white space folded. A space lost between inline elements still shows.
 */
export function visibleText(html: string): string {
	const parts: string[] = [];
	const walk = (node: Node) => {
		if (node instanceof TextNode) parts.push(node.rawText.replace(/&nbsp;/g, ' '));
		if (!(node instanceof HTMLElement)) return;
		const tag = node.rawTagName?.toLowerCase() ?? '';
		if (hidden.has(tag)) return;
		const block = blocks.has(tag);
		if (block) parts.push(' ');
		node.childNodes.forEach(walk);
		if (block) parts.push(' ');
	};
	const root = parse(html);
	walk(root.querySelector('body') ?? root);
	return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The first place two strings differ, with some context either side. */
function firstDifference(a: string, b: string): string {
	let at = 0;
	while (at < a.length && a[at] === b[at]) at++;
	const from = Math.max(0, at - 40);
	return `  old: …${a.slice(from, at + 40)}…\n  new: …${b.slice(from, at + 40)}…`;
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const [oldDir, newDir] = process.argv.slice(2);
if (!oldDir || !newDir) {
	console.error('Usage: npm run compare-builds -- <old dist> <new dist>');
	process.exit(2);
}
const before = new Set(listFiles(oldDir));
const after = new Set(listFiles(newDir));
const pages = [...after].filter((file) => file.endsWith('.html') && before.has(file)).sort();
let textChanged = 0;
for (const page of pages) {
	const a = visibleText(readFileSync(join(oldDir, page), 'utf8'));
	const b = visibleText(readFileSync(join(newDir, page), 'utf8'));
	if (a !== b) {
		textChanged++;
		console.log(`text differs: ${page}\n${firstDifference(a, b)}`);
	}
}
const onlyOld = [...before].filter((file) => !after.has(file));
const onlyNew = [...after].filter((file) => !before.has(file));
const bytesChanged = [...after].filter(
	(file) => before.has(file) && hash(join(oldDir, file)) !== hash(join(newDir, file)),
);
for (const file of onlyOld) console.log(`only in old: ${file}`);
for (const file of onlyNew) console.log(`only in new: ${file}`);
console.log(
	`${pages.length} pages compared: ${textChanged} with different visible text; ` +
		`${bytesChanged.length} of ${after.size} files differ in bytes; ${onlyOld.length} only in old, ${onlyNew.length} only in new`,
);
process.exitCode = textChanged ? 1 : 0;
