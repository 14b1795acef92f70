import { existsSync, readFileSync } from 'node:fs';
import { formatProblem } from './csv';
import { UserError } from './friendly-errors';
import { parsePartners } from './partners';
import type { Partner } from './schemas/partner';

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
