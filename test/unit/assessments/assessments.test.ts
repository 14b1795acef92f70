import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cleanRatings, formatScore, isRating, mean } from '../../../src/lib/assessments/answers';
import { describeAssessment, sortAssessments } from '../../../src/lib/assessments/list';
import {
	cleanCandidates,
	csvFileName,
	matrixCsv,
	matrixSummary,
	nextCandidateId,
	rankCandidates,
	rankLabel,
	weightProblem,
	type Candidate,
} from '../../../src/lib/assessments/matrix';
import { pitfallSummary, reviewPitfalls, riskLevel, unratedNote } from '../../../src/lib/assessments/pitfalls';
import {
	areaScoreText,
	levelOf,
	readinessLevelLabels,
	readinessSummary,
	scoreReadiness,
	unansweredNote,
} from '../../../src/lib/assessments/readiness';
import {
	cleanChoices,
	recommendModel,
	recommendationSummary,
	scoreText,
	unansweredQuestions,
} from '../../../src/lib/assessments/recommender';
import { articleLinks, checkContentGraph } from '../../../src/lib/content/checks';
import { csvCell, toCsv } from '../../../src/lib/data/csv-write';
import {
	assessmentSchema,
	type Assessment,
	type MatrixAssessment,
	type PitfallReview,
	type ReadinessAssessment,
	type RecommenderAssessment,
} from '../../../src/lib/assessments/schema';
import { programIds } from '../../../src/lib/core/config';

/** The real example content, parsed with the real schema. */
const dir = 'content/assessments';
const raw = Object.fromEntries(
	readdirSync(dir)
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => [file.replace(/\.yaml$/, ''), parse(readFileSync(`${dir}/${file}`, 'utf8'))]),
) as Record<string, Record<string, unknown>>;
const content = Object.fromEntries(
	Object.entries(raw).map(([id, data]) => [id, assessmentSchema(programIds).parse(data)]),
) as Record<string, Assessment>;
const readiness = content['readiness-check'] as ReadinessAssessment;
const matrix = content['evaluation-matrix'] as MatrixAssessment;
const pitfalls = content['pitfall-review'] as PitfallReview;
const recommender = content['model-recommender'] as RecommenderAssessment;

const issues = (input: unknown) => {
	const result = assessmentSchema(programIds).safeParse(input);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};
const every = (ids: readonly string[], value: number) => Object.fromEntries(ids.map((id) => [id, value]));

describe('example content', () => {
	it('has one file of every kind', () => {
		expect(
			Object.values(content)
				.map((a) => a.kind)
				.sort(),
		).toEqual(['matrix', 'pitfalls', 'readiness', 'recommender']);
	});
	it('uses the default evaluation weights', () => {
		expect(matrix.factors.map((f) => [f.id, f.weight])).toEqual([
			['audience-overlap', 20],
			['values-alignment', 25],
			['resource-commitment', 15],
			['innovation-mindset', 20],
			['collaboration-track-record', 20],
		]);
	});
	it('reviews the seven common pitfalls', () => {
		expect(pitfalls.pitfalls).toHaveLength(7);
	});
	it('sorts by order for the index', () => {
		const entries = Object.entries(content).map(([id, data]) => ({ id, data }));
		expect(sortAssessments(entries).map((e) => e.id)).toEqual([
			'readiness-check',
			'evaluation-matrix',
			'pitfall-review',
			'model-recommender',
		]);
	});
	it('describes each tool from its content', () => {
		expect(describeAssessment(readiness)).toContain('Rate 9 statements from 1 to 10 across 3 areas');
		expect(describeAssessment(matrix)).toContain('values alignment (25%)');
		expect(describeAssessment(pitfalls)).toContain('each of 7 common pitfalls');
		expect(describeAssessment(recommender)).toContain('Answer 4 questions');
	});
});

describe('assessmentSchema', () => {
	it('fills defaults', () => {
		const { readyAt, nearlyAt, order, ...rest } = raw['readiness-check']!;
		void readyAt;
		void nearlyAt;
		void order;
		expect(assessmentSchema(programIds).parse(rest)).toMatchObject({ readyAt: 7, nearlyAt: 4, order: 0 });
	});
	it('rejects weights that do not add up to 100, quoting the sum', () => {
		const factors = (raw['evaluation-matrix']!.factors as { weight: number }[]).map((f, i) =>
			i === 0 ? { ...f, weight: 15 } : f,
		);
		expect(issues({ ...raw['evaluation-matrix'], factors })).toEqual([
			'factors: Expected factor weights to add up to 100, found 15 + 25 + 15 + 20 + 20 = 95',
		]);
	});
	it('rejects weights above 100 in total too', () => {
		const factors = (raw['evaluation-matrix']!.factors as { weight: number }[]).map((f) => ({ ...f, weight: 30 }));
		expect(issues({ ...raw['evaluation-matrix'], factors })[0]).toContain('= 150');
	});
	it('rejects an unknown kind', () => {
		expect(issues({ ...raw['evaluation-matrix'], kind: 'survey' })[0]).toMatch(/^kind: Expected one of: readiness, /);
	});
	it('rejects duplicate ids', () => {
		const pitfallList = raw['pitfall-review']!.pitfalls as { id: string }[];
		const copy = [...pitfallList, { ...pitfallList[0]! }];
		expect(issues({ ...raw['pitfall-review'], pitfalls: copy })).toEqual([
			'pitfalls.7.id: Duplicate id "misaligned-expectations"',
		]);
	});
	it('rejects ratings outside 1-10 and thresholds in the wrong order', () => {
		expect(issues({ ...raw['readiness-check'], readyAt: 11 })[0]).toMatch(/^readyAt: Expected 10 or less/);
		expect(issues({ ...raw['readiness-check'], nearlyAt: 8 })).toEqual([
			'nearlyAt: Expected nearlyAt below readyAt (7), found 8',
		]);
		expect(issues({ ...raw['pitfall-review'], mediumAt: 7 })).toEqual([
			'mediumAt: Expected mediumAt below highAt (7), found 7',
		]);
	});
	it('rejects a model that portal.config.ts does not list, and a missing one', () => {
		const models = raw['model-recommender']!.models as { model: string }[];
		const result = issues({ ...raw['model-recommender'], models: [{ ...models[0], model: 'franchise' }, models[1]] });
		expect(result).toContain(
			'models.0.model: Expected a partnership model id, one of: referral, value-exchange, strategic-alliance',
		);
	});
	it('requires an entry per configured model', () => {
		const models = raw['model-recommender']!.models as { model: string }[];
		expect(issues({ ...raw['model-recommender'], models: models.slice(0, 2) })).toEqual([
			'models: Expected an entry for the partnership model "strategic-alliance" from portal.config.ts',
		]);
	});
	it('rejects points outside 0-3', () => {
		const questions = structuredClone(raw['model-recommender']!.questions) as { options: { points: object }[] }[];
		questions[0]!.options[0]!.points = { referral: 5 };
		expect(issues({ ...raw['model-recommender'], questions })[0]).toMatch(
			/^questions\.0\.options\.0\.points\.referral: /,
		);
	});
});

describe('content checks', () => {
	const entry = (id: string, data: Assessment) => ({ id, data, filePath: `content/assessments/${id}.yaml` });
	const practices = [
		'partner-charter',
		'engagement-rhythms',
		'value-exchange-reviews',
		'sustaining-momentum',
		'choosing-partners',
		'measuring-partnership-health',
		'partnership-models',
	].map((id) => ({
		id,
		data: { title: id, summary: '', tags: ['x'], related: [], order: 0, printable: false },
	}));
	it('accepts the example links', () => {
		expect(() =>
			checkContentGraph({
				tracks: [],
				modules: [],
				practices,
				assessments: Object.entries(content).map(([id, d]) => entry(id, d)),
			}),
		).not.toThrow();
	});
	it('lists the article links of each kind', () => {
		expect(articleLinks(recommender)).toEqual([{ field: 'article', slug: 'partnership-models' }]);
		expect(articleLinks(pitfalls)).toHaveLength(7);
		expect(articleLinks(matrix)).toEqual([]);
	});
	it('names the file and field of a link to a missing article', () => {
		const broken = {
			...pitfalls,
			pitfalls: pitfalls.pitfalls.map((p, i) => (i === 2 ? { ...p, article: 'no-such-guide' } : p)),
		};
		expect(() =>
			checkContentGraph({ tracks: [], modules: [], practices, assessments: [entry('pitfall-review', broken)] }),
		).toThrow(
			'content/assessments/pitfall-review.yaml: pitfalls.2.article: Expected the slug of an article in content/practices/, found "no-such-guide"',
		);
	});
});

describe('answers', () => {
	it('accepts whole numbers from 1 to 10 only', () => {
		expect([1, 10, 5].every(isRating)).toBe(true);
		expect([0, 11, 5.5, '5', null, Number.NaN].some(isRating)).toBe(false);
	});
	it('cleans saved ratings', () => {
		expect(cleanRatings({ a: 3, b: 11, c: '4', d: 2 }, ['a', 'b', 'c'])).toEqual({ a: 3 });
		expect(cleanRatings([1, 2], ['0'])).toEqual({});
		expect(cleanRatings(null, ['a'])).toEqual({});
	});
	it('averages and formats', () => {
		expect(mean([])).toBeUndefined();
		expect(mean([1, 2])).toBe(1.5);
		expect(formatScore(7)).toBe('7');
		expect(formatScore(20 / 3)).toBe('6.7');
	});
});

describe('scoreReadiness', () => {
	const ids = readiness.areas.flatMap((a) => a.questions.map((q) => q.id));
	it('all minimum: every area not ready, every statement a next step', () => {
		const result = scoreReadiness(readiness, every(ids, 1));
		expect(result.areas.map((a) => [a.score, a.level, a.nextSteps.length])).toEqual([
			[1, 'not-yet', 3],
			[1, 'not-yet', 3],
			[1, 'not-yet', 3],
		]);
		expect(result.overall).toBe('not-yet');
		// Equal scores: the first area in content order is the focus.
		expect(result.focus?.id).toBe('value-proposition');
	});
	it('all maximum: ready, no next steps, no focus', () => {
		const result = scoreReadiness(readiness, every(ids, 10));
		expect(result.areas.every((a) => a.score === 10 && a.level === 'ready' && !a.nextSteps.length)).toBe(true);
		expect(result.overall).toBe('ready');
		expect(result.focus).toBeUndefined();
		expect(readinessSummary(result)).toBe('Every area is ready: you can start identifying partners.');
	});
	it('scores per area, focuses the weakest and orders next steps weakest first', () => {
		const ratings = { ...every(ids, 8), 'named-owner': 2, 'support-hours': 5, materials: 9, leadership: 6 };
		const result = scoreReadiness(readiness, ratings);
		expect(result.areas.map((a) => [a.id, a.level])).toEqual([
			['value-proposition', 'ready'],
			['resources', 'nearly'],
			['commitment', 'ready'],
		]);
		expect(result.areas[1]!.score).toBeCloseTo(16 / 3);
		expect(result.areas[1]!.nextSteps.map((s) => s.questionId)).toEqual(['named-owner', 'support-hours']);
		expect(result.areas[2]!.nextSteps.map((s) => s.questionId)).toEqual(['leadership']);
		expect(result.focus?.id).toBe('resources');
		expect(result.overall).toBe('nearly');
		expect(readinessSummary(result)).toBe(
			'Value proposition 8 of 10, Resource availability 5.3 of 10, Organisational commitment 7.3 of 10. Start with Resource availability: 2 next steps.',
		);
	});
	it('leaves unanswered statements out and reports them', () => {
		const result = scoreReadiness(readiness, { 'partner-benefit': 9 });
		expect(result.unanswered).toBe(8);
		expect(result.areas.map((a) => a.level)).toEqual(['ready', 'unanswered', 'unanswered']);
		expect(result.overall).toBe('unanswered');
		expect(readinessSummary(scoreReadiness(readiness, {}))).toBe('Rate at least one statement to see your readiness.');
	});
	it('applies the thresholds at their edges', () => {
		expect([7, 6.99, 4, 3.99, undefined].map((s) => levelOf(s, 7, 4))).toEqual([
			'ready',
			'nearly',
			'nearly',
			'not-yet',
			'unanswered',
		]);
	});
});

describe('rankCandidates', () => {
	const factors = matrix.factors;
	const ids = factors.map((f) => f.id);
	const candidate = (id: string, name: string, scores: Record<string, number>): Candidate => ({ id, name, scores });

	it('weights the scores: values alignment counts most', () => {
		const a = candidate('candidate-1', 'Aster', { ...every(ids, 5), 'values-alignment': 9 });
		const b = candidate('candidate-2', 'Birch', { ...every(ids, 5), 'resource-commitment': 9 });
		const ranking = rankCandidates(factors, [b, a]);
		expect(ranking.map((r) => [r.candidate.name, r.total, r.rank, r.tied])).toEqual([
			['Aster', 6, 1, false],
			['Birch', 5.6, 2, false],
		]);
	});
	it('all minimum scores 1, all maximum 10', () => {
		const ranking = rankCandidates(factors, [
			candidate('candidate-1', 'Low', every(ids, 1)),
			candidate('candidate-2', 'High', every(ids, 10)),
		]);
		expect(ranking.map((r) => [r.candidate.name, r.total, r.rank])).toEqual([
			['High', 10, 1],
			['Low', 1, 2],
		]);
	});
	it('shows equal totals as ties, sorted by name, and skips the next rank', () => {
		// 9 on audience overlap (20%) equals 9 on innovation mindset (20%): a real tie.
		const ranking = rankCandidates(factors, [
			candidate('candidate-1', 'zinnia', { ...every(ids, 5), 'audience-overlap': 9 }),
			candidate('candidate-2', 'Acacia', { ...every(ids, 5), 'innovation-mindset': 9 }),
			candidate('candidate-3', 'Cedar', every(ids, 3)),
		]);
		expect(ranking.map((r) => [r.candidate.name, rankLabel(r)])).toEqual([
			['Acacia', '=1'],
			['zinnia', '=1'],
			['Cedar', '3'],
		]);
		expect(
			matrixSummary(
				ranking,
				ranking.map((r) => r.candidate),
			),
		).toBe('Acacia and zinnia tie for first with 5.80 of 10.');
	});
	it('breaks a tie between equal names by the order they were added', () => {
		const ranking = rankCandidates(factors, [
			candidate('candidate-2', 'Same', every(ids, 4)),
			candidate('candidate-1', 'same', every(ids, 4)),
		]);
		expect(ranking.map((r) => r.candidate.id)).toEqual(['candidate-2', 'candidate-1']);
		expect(ranking.every((r) => r.rank === 1 && r.tied)).toBe(true);
	});
	it('lists incomplete candidates last, unranked, with what is missing', () => {
		const ranking = rankCandidates(factors, [
			candidate('candidate-1', 'Half', { 'audience-overlap': 10 }),
			candidate('candidate-2', 'Done', every(ids, 2)),
		]);
		expect(ranking.map((r) => [r.candidate.name, r.rank, rankLabel(r)])).toEqual([
			['Done', 1, '1'],
			['Half', undefined, '–'],
		]);
		expect(ranking[1]!.missing).toEqual([
			'Values alignment',
			'Resource commitment',
			'Innovation mindset',
			'Collaboration track record',
		]);
		expect(matrixSummary(ranking, [ranking[1]!.candidate, ranking[0]!.candidate])).toBe(
			'Done leads with 2.00 of 10 (1 of 2 ranked).',
		);
		expect(matrixSummary([], [])).toBe('Score every factor for a candidate to rank it.');
	});
	it('reports weights that do not add up to 100', () => {
		expect(weightProblem(factors)).toBeUndefined();
		expect(weightProblem([{ weight: 50 }, { weight: 49 }])).toBe(
			'Expected factor weights to add up to 100, found 50 + 49 = 99',
		);
		expect(weightProblem([])).toBe('Expected factor weights to add up to 100, found  = 0');
	});
	it('still gives totals on the 1-10 scale if weights do not add up to 100', () => {
		const skewed = [
			{ ...factors[0]!, weight: 30 },
			{ ...factors[1]!, weight: 30 },
		];
		const ranking = rankCandidates(skewed, [
			candidate('candidate-1', 'X', { 'audience-overlap': 10, 'values-alignment': 4 }),
		]);
		expect(ranking[0]!.total).toBe(7);
	});
});

describe('matrix CSV', () => {
	const factors = matrix.factors;
	const ids = factors.map((f) => f.id);
	it('quotes cells with commas, quotes and line breaks, and defuses formulas', () => {
		expect(csvCell('Plain')).toBe('Plain');
		expect(csvCell('Smith, Jones & Co')).toBe('"Smith, Jones & Co"');
		expect(csvCell('The "Best" Agency')).toBe('"The ""Best"" Agency"');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell(' padded')).toBe('" padded"');
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell(7.5)).toBe('7.5');
		expect(
			toCsv([
				['a', 'b'],
				[1, ''],
			]),
		).toBe('a,b\r\n1,\r\n');
	});
	it('exports the ranked table with factor columns and totals', () => {
		const csv = matrixCsv(factors, [
			{ id: 'candidate-1', name: 'Birch, Ltd', scores: every(ids, 6) },
			{ id: 'candidate-2', name: '', scores: { 'audience-overlap': 3 } },
			{ id: 'candidate-3', name: 'Aster "A"', scores: { ...every(ids, 6), 'values-alignment': 10 } },
		]);
		expect(csv.split('\r\n')).toEqual([
			'Rank,Tied,Candidate,Audience overlap (20%),Values alignment (25%),Resource commitment (15%),Innovation mindset (20%),Collaboration track record (20%),Weighted total',
			'1,,"Aster ""A""",6,10,6,6,6,7.00',
			'2,,"Birch, Ltd",6,6,6,6,6,6.00',
			',,Candidate 2,3,,,,,',
			'',
		]);
	});
	it('marks ties in the export', () => {
		const csv = matrixCsv(factors, [
			{ id: 'candidate-1', name: 'A', scores: every(ids, 5) },
			{ id: 'candidate-2', name: 'B', scores: every(ids, 5) },
		]);
		expect(csv).toContain('\r\n1,yes,A,');
		expect(csv).toContain('\r\n1,yes,B,');
	});
	it('names the file by date', () => {
		expect(csvFileName('evaluation-matrix', new Date('2026-11-24T23:00:00Z'))).toBe('evaluation-matrix-2026-11-24.csv');
	});
});

describe('candidates in storage', () => {
	const ids = ['audience-overlap'];
	it('keeps valid candidates and drops scores for unknown factors', () => {
		expect(
			cleanCandidates([{ id: 'candidate-1', name: 'A', scores: { 'audience-overlap': 4, gone: 5 } }], ids),
		).toEqual([{ id: 'candidate-1', name: 'A', scores: { 'audience-overlap': 4 } }]);
	});
	it.each([
		['not a list', { candidates: [] }],
		['a null entry', [null]],
		['a missing name', [{ id: 'candidate-1', scores: {} }]],
		[
			'duplicate ids',
			[
				{ id: 'c', name: '', scores: {} },
				{ id: 'c', name: '', scores: {} },
			],
		],
	])('discards %s', (_label, value) => {
		expect(cleanCandidates(value, ids)).toBeUndefined();
	});
	it('picks the next free id', () => {
		expect(nextCandidateId([])).toBe('candidate-1');
		expect(
			nextCandidateId([
				{ id: 'candidate-7', name: '', scores: {} },
				{ id: 'x', name: '', scores: {} },
			]),
		).toBe('candidate-8');
	});
});

describe('reviewPitfalls', () => {
	const ids = pitfalls.pitfalls.map((p) => p.id);
	it('all maximum: every pitfall high, ordered by how common it is', () => {
		const result = reviewPitfalls(pitfalls, every(ids, 10));
		expect(result.risks.map((r) => [r.id, r.rank, r.level, r.tied])).toEqual(
			ids.map((id, index) => [id, index + 1, 'high', false]),
		);
	});
	it('all minimum: every pitfall low', () => {
		const result = reviewPitfalls(pitfalls, every(ids, 1));
		expect(result.risks.every((r) => r.level === 'low')).toBe(true);
		expect(result.unrated).toEqual([]);
	});
	it('puts the highest exposure first, whatever its frequency', () => {
		const result = reviewPitfalls(pitfalls, { ...every(ids, 3), 'measurement-myopia': 9, 'cultural-fit': 6 });
		expect(result.risks.slice(0, 3).map((r) => [r.id, r.level])).toEqual([
			['measurement-myopia', 'high'],
			['cultural-fit', 'medium'],
			['misaligned-expectations', 'low'],
		]);
		expect(result.risks[0]!.article).toBe('measuring-partnership-health');
		expect(pitfallSummary(result, 7)).toBe(
			'7 of 7 pitfalls rated; 1 high risk. Top risk: Measurement myopia, 9 out of 10.',
		);
		expect(pitfallSummary(reviewPitfalls(pitfalls, every(ids, 8)), 7)).toMatch(
			/^7 of 7 pitfalls rated; 7 high risks\./,
		);
		expect(pitfallSummary(reviewPitfalls(pitfalls, every(ids, 2)), 7)).toMatch(/; 0 high risks\./);
		expect(pitfallSummary(reviewPitfalls(pitfalls, { 'measurement-myopia': 2 }), 1)).toMatch(/^1 of 1 pitfall rated;/);
	});
	it('shares a rank when rating and frequency are equal', () => {
		const review = {
			...pitfalls,
			pitfalls: pitfalls.pitfalls.slice(0, 3).map((p, i) => ({ ...p, frequency: i < 2 ? 50 : 10 })),
		};
		const result = reviewPitfalls(review, every(ids, 8));
		expect(result.risks.map((r) => [r.id, r.rank, r.tied])).toEqual([
			['misaligned-expectations', 1, true],
			['communication-rhythms', 1, true],
			['unbalanced-value', 3, false],
		]);
	});
	it('lists unrated pitfalls separately', () => {
		const result = reviewPitfalls(pitfalls, { governance: 5 });
		expect(result.risks.map((r) => r.id)).toEqual(['governance']);
		expect(result.unrated).toHaveLength(6);
		expect(pitfallSummary(reviewPitfalls(pitfalls, {}), 7)).toBe('Rate at least one pitfall to see your risks.');
	});
	it('applies the thresholds at their edges', () => {
		expect([10, 7, 6, 4, 3, 1].map((r) => riskLevel(r, 7, 4))).toEqual([
			'high',
			'high',
			'medium',
			'medium',
			'low',
			'low',
		]);
	});
});

describe('recommendModel', () => {
	const answers = (ids: string[]) => Object.fromEntries(recommender.questions.map((q, i) => [q.id, ids[i]!]));
	it.each([
		['referral', ['simple', 'transactional', 'few-hours', 'none']],
		['value-exchange', ['moderate', 'collaborative', 'regular', 'some']],
		['strategic-alliance', ['complex', 'integrated', 'substantial', 'deep']],
	])('recommends %s for matching answers, with every answer as a reason', (model, ids) => {
		const result = recommendModel(recommender, answers(ids))!;
		expect(result.model).toBe(model);
		expect(result.tie).toBe(false);
		expect(result.reasons).toHaveLength(4);
		expect(result.tradeOffs).toEqual(recommender.models.find((m) => m.model === model)!.tradeOffs);
		expect(result.scores[0]).toEqual({ model, points: 12 });
	});
	it('gives only the reasons that favour the winner', () => {
		const result = recommendModel(recommender, answers(['simple', 'collaborative', 'regular', 'some']))!;
		expect(result.model).toBe('value-exchange');
		expect(result.reasons).toEqual(
			['collaborative', 'regular', 'some'].map(
				(id) => recommender.questions.flatMap((q) => q.options).find((o) => o.id === id)!.reason,
			),
		);
	});
	it('on a tie, recommends the model listed first (the lighter commitment)', () => {
		const tied = recommendModel(recommender, answers(['moderate', 'integrated', 'regular', 'deep']))!;
		expect(tied.scores).toEqual([
			{ model: 'value-exchange', points: 7 },
			{ model: 'strategic-alliance', points: 7 },
			{ model: 'referral', points: 2 },
		]);
		expect([tied.model, tied.tie]).toEqual(['value-exchange', true]);
		// Only answers whose strongest pull is the winner count as its reasons.
		expect(tied.reasons).toHaveLength(2);
		const even = recommendModel(
			{
				...recommender,
				questions: recommender.questions.slice(0, 1).map((q) => ({
					...q,
					options: q.options.map((o) => ({ ...o, points: { 'strategic-alliance': 2, referral: 2 } })),
				})),
			},
			{ 'product-complexity': 'simple' },
		)!;
		expect(even.model).toBe('referral');
		expect(even.tie).toBe(true);
		expect(recommendationSummary(even, 0, (m) => m.toUpperCase())).toBe('Recommended model: REFERRAL (a close call).');
	});
	it('waits until every question is answered', () => {
		const choices = { 'product-complexity': 'simple', relationship: 'nonsense' };
		expect(recommendModel(recommender, choices)).toBeUndefined();
		expect(unansweredQuestions(recommender, choices)).toEqual(['relationship', 'time', 'integration']);
		expect(recommendationSummary(undefined, 3, String)).toBe(
			'Answer the remaining 3 questions to get a recommendation.',
		);
		expect(recommendationSummary(undefined, 1, String)).toBe(
			'Answer the remaining 1 question to get a recommendation.',
		);
	});
	it('cleans saved choices', () => {
		expect(cleanChoices({ 'product-complexity': 'simple', time: 'forever', other: 'x' }, recommender)).toEqual({
			'product-complexity': 'simple',
		});
		expect(cleanChoices('bad', recommender)).toEqual({});
	});
});

describe('counted messages', () => {
	it('use real plurals, never "(s)"', () => {
		expect([0, 1, 2].map(unansweredNote)).toEqual([
			'0 statements not rated yet; they are left out of the scores.',
			'1 statement not rated yet; it is left out of the scores.',
			'2 statements not rated yet; they are left out of the scores.',
		]);
		expect([1, 3].map(unratedNote)).toEqual(['1 pitfall not rated yet.', '3 pitfalls not rated yet.']);
		expect([0, 1, 7].map((n) => scoreText('Value exchange', n))).toEqual([
			'Value exchange: 0 points',
			'Value exchange: 1 point',
			'Value exchange: 7 points',
		]);
	});
	it('say an unrated area is unrated once, and how to score it', () => {
		expect(readinessLevelLabels.unanswered).toBe('Not rated');
		expect(areaScoreText({ score: undefined })).toBe('Rate its statements to score this area.');
		expect(areaScoreText({ score: 16 / 3 })).toBe('Score: 5.3 out of 10');
	});
});
