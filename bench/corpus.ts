/**
 * Writes a synthetic content folder (bench/lib/corpus.ts): N MDX pages (half onboarding modules in 50-module
 * tracks, a quarter best-practice articles, a quarter spotlights) and partners.csv / metrics.csv for N partners.
 *   npm run bench:corpus -- --pages 1000 --out /tmp/corpus
 *   PORTAL_CONTENT_DIR=/tmp/corpus npm run build
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './lib/corpus';
import { UserError } from '../src/lib/core/errors';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, out: { type: 'string' } } });
const pages = Number(values.pages);
if (!Number.isInteger(pages) || pages < 1) {
	throw new UserError(
		`--pages: Expected a whole number of pages, found "${values.pages}"`,
		'For example --pages 1000.',
	);
}
if (!values.out)
	throw new UserError('--out: Expected a folder to write the corpus into', 'For example --out /tmp/corpus.');
const out = resolve(values.out);
if (existsSync(out) && readdirSync(out).length) {
	throw new UserError(`--out: "${values.out}" is not empty`, 'Pick a new folder; the corpus never overwrites files.');
}

// Written to a sibling temp folder, then renamed: an interrupted run leaves nothing half-written at --out.
const temp = `${out}.tmp-${process.pid}`;
try {
	const written = writeCorpus(temp, pages);
	rmSync(out, { recursive: true, force: true });
	renameSync(temp, out);
	console.log(`${written.length} MDX pages and data for ${pages} partners in ${out}`);
	console.log(`Build it: PORTAL_CONTENT_DIR=${out} npm run build`);
} finally {
	rmSync(temp, { recursive: true, force: true });
}
