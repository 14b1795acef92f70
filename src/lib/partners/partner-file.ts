import { existsSync, readFileSync } from 'node:fs';
import { formatProblem } from '../data/csv-read';
import { UserError } from '../core/errors';
import { parsePartners } from './read';
import type { Partner } from './schema';

/**
 * Reads and validates the partner file at `file` (Node only, hence apart from `partners.ts`): undefined when
 * it does not exist, a `UserError` listing every problem when it is invalid.
 */
export function readPartnersFile(file: string): (Partner & { line: number })[] | undefined {
	if (!existsSync(file)) return undefined;
	const { partners, problems } = parsePartners(readFileSync(file, 'utf8'), file);
	if (problems.length) {
		throw new UserError(
			`${file} has ${problems.length} problem(s):\n${problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}`,
			'Fix the rows listed above; the header is id,name,type,model,joined,track.',
		);
	}
	return partners;
}
