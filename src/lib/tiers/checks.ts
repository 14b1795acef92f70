import { ProblemsError, formatIssues } from '../core/errors';
import { scorecardTierIds, tiersSchema, type Tier } from './schema';

/**
 * Quiz ids the tiers name that are not quizzes, as `tiers.<i>.criteria.<j>.quiz: message (found …)` lines.
 * portal.config.ts is read before content, so its schema checks only the form of quiz ids; this runs the same
 * schema again once the quiz ids are known.
 */
export function tierQuizProblems(tiers: readonly Tier[], quizIds: readonly string[]): string[] {
	const result = tiersSchema({ ...scorecardTierIds, quizIds }).safeParse(tiers);
	return result.success ? [] : formatIssues(result.error, tiers).map((line) => `tiers.${line}`);
}

/** Throws a `UserError` naming every tier criterion whose quiz does not exist. */
export function checkTierQuizzes(tiers: readonly Tier[], quizIds: readonly string[]): void {
	const problems = tierQuizProblems(tiers, quizIds);
	if (problems.length) {
		throw new ProblemsError(
			'Invalid portal.config.ts:',
			problems,
			'A quiz id is its file name in content/quizzes/ without ".yaml"; fix the fields listed above.',
		);
	}
}
