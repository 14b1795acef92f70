/**
 * Quizzes and self-assessments that belong to a module, shown on the module page under
 * "Check your understanding". A quiz or assessment names its module by id, e.g.
 * "agencies/week-1-welcome-and-referral-workflow"; `checksForModule` picks those for one page.
 */

/** A link to a quiz or assessment from a module page. */
export interface ModuleCheck {
	/** Module id the check belongs to: "<track>/<module>". */
	module: string;
	/** Link text, usually the quiz title. */
	title: string;
	/** Site-relative path for `href()`, e.g. "training/quizzes/referral-basics/". */
	path: string;
	kind: 'quiz' | 'assessment';
}

/** The checks of one module, quizzes first, then by title. */
export function checksForModule(moduleId: string, checks: readonly ModuleCheck[]): ModuleCheck[] {
	return checks
		.filter((check) => check.module === moduleId)
		.sort((a, b) => (a.kind === b.kind ? a.title.localeCompare(b.title) : a.kind === 'quiz' ? -1 : 1));
}
