import { describe, expect, it } from 'vitest';
import { pageTypeOf } from '../../../bench/lib/page-types';

// The page-weight report groups pages by these types; a wrong rule would silently mix budgets.
describe('pageTypeOf', () => {
	it.each([
		['index.html', 'home'],
		['onboarding/agencies/week-1-welcome/index.html', 'module'],
		['practices/partner-charter/index.html', 'article'],
		['spotlights/index.html', 'archive'],
		['spotlights/northbeam-media-2026-03/index.html', 'spotlight'],
		['training/agencies-referral-essentials/index.html', 'quiz'],
		['training/index.html', 'index'],
		['assessments/evaluation-matrix/index.html', 'assessment'],
		['ratings/index.html', 'rating form'],
		['scorecards/method/index.html', 'index'],
		['admin/index.html', 'cms'],
		['training/quizzes/referral-basics/index.html', 'quiz'],
		['quizzes/referral-basics/index.html', 'quiz'],
		['training/assessments/partnership-health/index.html', 'assessment'],
		['rate/index.html', 'rating form'],
		['scorecards/index.html', 'dashboard'],
		['scorecards/northbeam-media/index.html', 'partner scorecard'],
		['onboarding/index.html', 'index'],
		['onboarding/agencies/index.html', 'index'],
		['search/index.html', 'index'],
		['404.html', 'index'],
		['a/b/c/d/index.html', 'other'],
	])('%s is a %s page', (page, type) => {
		expect(pageTypeOf(page)).toBe(type);
	});
});
