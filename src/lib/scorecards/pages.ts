/** Small view helpers shared by the staff scorecard pages. */
import { UserError } from '../core/errors';
import type { HealthStatus } from './schema';

export const statusLabels: Record<HealthStatus, string> = { 'at-risk': 'At risk', watch: 'Watch', healthy: 'Healthy' };

/** Title of the best-practice article a reason links to; fails the build when the slug is not an article. */
export function articleTitle(slug: string, practices: readonly { id: string; data: { title: string } }[]): string {
	const practice = practices.find((entry) => entry.id === slug);
	if (!practice) {
		throw new UserError(
			`Scorecard health rules link to a best-practice article "${slug}" that does not exist.`,
			'Fix RULE_ARTICLES in src/lib/scorecards/formulas.ts or add content/practices/' + slug + '.mdx.',
		);
	}
	return practice.data.title;
}

/** Path of a partner's scorecard page. */
export const scorecardPath = (id: string) => `scorecards/${id}/`;
