import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../data/csv-read';
import { UserError } from '../core/errors';
import { parsePartners } from './read';

/**
 * The partners the rating form offers, read from `<content>/data/partners.csv` at build time. A missing file
 * gives an empty list (ids can still be typed); a broken one stops the build with file:line messages.
 */
export function partnerOptions(
	contentDir = process.env.PORTAL_CONTENT_DIR ?? './content',
): { id: string; name: string }[] {
	const file = join(contentDir, 'data', 'partners.csv');
	if (!existsSync(file)) return [];
	const { partners, problems } = parsePartners(readFileSync(file, 'utf8'), file);
	if (problems.length) {
		throw new UserError(
			`Invalid ${file}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
			'Fix the rows listed above.',
		);
	}
	return partners.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
