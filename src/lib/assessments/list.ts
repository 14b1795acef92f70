import type { Assessment } from './schema';

/** Index order: `order`, then title. */
export function sortAssessments<T extends { data: Pick<Assessment, 'order' | 'title'> }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en'));
}

/** A best-practice article as an island needs it: title and ready-made URL. */
export interface ArticleLink {
	title: string;
	href: string;
}

/** What a tool does, in a sentence built from its content: the static intro shown with or without JavaScript. */
export function describeAssessment(assessment: Assessment): string {
	switch (assessment.kind) {
		case 'readiness': {
			const count = assessment.areas.reduce((sum, area) => sum + area.questions.length, 0);
			return `Rate ${count} statements from 1 to 10 across ${assessment.areas.length} areas (${assessment.areas.map((a) => a.label.toLowerCase()).join(', ')}). Each area gets an average score, counts as ready from ${assessment.readyAt} and comes with next steps for every statement below that.`;
		}
		case 'matrix':
			return `Score each candidate from 1 to 10 on ${assessment.factors.map((f) => `${f.label.toLowerCase()} (${f.weight}%)`).join(', ')}. The weighted total, out of 10, ranks the candidates; equal totals are shown as ties. Your scores stay in this browser and export as CSV.`;
		case 'pitfalls':
			return `Rate your exposure to each of ${assessment.pitfalls.length} common pitfalls from 1 (${assessment.scale.low.toLowerCase()}) to 10 (${assessment.scale.high.toLowerCase()}). The pitfalls come back highest risk first, each with a first step and the guide that addresses it.`;
		case 'recommender':
			return `Answer ${assessment.questions.length} questions. Each answer adds points to the partnership models it suits; the model with the most points is recommended with the reasons behind it and its trade-offs.`;
	}
}
