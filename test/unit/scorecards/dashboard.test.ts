import { describe, expect, it } from 'vitest';
import { trendChart } from '../../../src/lib/scorecards/chart';
import {
	mainReason,
	moreReasons,
	partnerRows,
	statusDisplay,
	statusOfLabel,
	statusTiles,
	statusesInOrder,
} from '../../../src/lib/scorecards/dashboard';
import type { Health, HealthStatus, PartnerScorecard } from '../../../src/lib/scorecards/schema';

const scores = (overall: number) => ({ outcomes: 70, relationship: 80, alignment: 60, innovation: 50, overall });

const healthy: Health = {
	status: 'healthy',
	reasons: [
		{
			rule: 'healthy',
			text: 'Satisfaction is 8.9 (7 or above, no fall of 1.5 or more), touchpoints (8) keep the expected rhythm (6), and no value gap of 3 or more was reported.',
			forPartner: "In the partner's words.",
			article: 'measuring-partnership-health',
		},
	],
};

function card(id: string, status: HealthStatus, quarters: [string, number][]): PartnerScorecard {
	const health: Health =
		status === 'healthy'
			? healthy
			: {
					status,
					reasons: [
						{
							rule: 'low-satisfaction',
							text: 'Satisfaction is 6.8 in 2026-Q3, below 7: relationships under 7 tend to deteriorate.',
							forPartner: "In the partner's words.",
							article: 'pitfalls',
						},
					],
				};
	const history = quarters.map(([quarter, overall]) => ({ quarter, scores: scores(overall), health }));
	const latest = history.at(-1)!;
	return {
		id,
		name: id.toUpperCase(),
		type: 'agency',
		model: 'referral',
		joined: '2024-01-01',
		latest: { ...latest, inputs: { outcomes: [], relationship: [], alignment: [], innovation: [] } },
		history,
	};
}

const cards = [
	card('a', 'at-risk', [
		['2026-Q2', 70],
		['2026-Q3', 80],
	]),
	card('b', 'healthy', [['2026-Q2', 75]]),
	card('c', 'healthy', [
		['2026-Q2', 75],
		['2026-Q3', 76],
	]),
];

describe('status display', () => {
	it('shows every status with an icon, words and a tone, at risk first', () => {
		expect(statusesInOrder).toEqual(['at-risk', 'watch', 'healthy']);
		expect(statusDisplay['at-risk']).toEqual({ label: 'At risk', icon: 'octagon-alert', tone: 'bad' });
		expect(statusDisplay.watch).toEqual({ label: 'Watch', icon: 'alert-triangle', tone: 'warn' });
		expect(statusDisplay.healthy).toEqual({ label: 'Healthy', icon: 'check-circle-2', tone: 'good' });
	});

	it('finds a status by its label', () => {
		expect(statusOfLabel('Watch')).toBe('watch');
		expect(() => statusOfLabel('Fine')).toThrow(/Fine/);
	});

	it('counts partners per status for the tiles, including statuses nobody has', () => {
		expect(statusTiles(cards).map(({ status, count, total }) => [status, count, total])).toEqual([
			['at-risk', 1, 3],
			['watch', 0, 3],
			['healthy', 2, 3],
		]);
	});
});

describe('mainReason', () => {
	it('keeps the headline of a reason, before its explanation', () => {
		expect(mainReason(cards[0]!.latest.health)).toEqual({ text: 'Satisfaction is 6.8 in 2026-Q3, below 7', more: 0 });
	});

	it('says a healthy partner has no warning signs, with its satisfaction', () => {
		expect(mainReason(healthy)).toEqual({ text: 'No warning signs; satisfaction 8.9', more: 0 });
	});

	it('keeps a reason without an explanation whole and counts the others', () => {
		const health: Health = {
			status: 'watch',
			reasons: [
				{
					rule: 'touchpoints',
					text: '2 touchpoints in 2026-Q3, below the 6 expected.',
					forPartner: "In the partner's words.",
					article: 'rhythm',
				},
				{
					rule: 'value-gap',
					text: 'Value gap of 4 in Co-marketing (2026-Q3 review): apart.',
					forPartner: "In the partner's words.",
					article: 'gaps',
				},
				{
					rule: 'value-gap',
					text: 'Value gap of 3 in Co-marketing (2026-Q3 review): apart.',
					forPartner: "In the partner's words.",
					article: 'gaps',
				},
			],
		};
		expect(mainReason(health)).toEqual({ text: '2 touchpoints in 2026-Q3, below the 6 expected', more: 2 });
		expect(moreReasons(2)).toBe('+ 2 more reasons');
		expect(moreReasons(1)).toBe('+ 1 more reason');
		expect(moreReasons(0)).toBe('');
	});
});

describe('partnerRows', () => {
	it('gives each partner its path, status, reason, scores and trend, and flags an older latest quarter', () => {
		const rows = partnerRows(cards, '2026-Q3');
		expect(rows.map((row) => row.id)).toEqual(['a', 'b', 'c']);
		expect(rows[0]).toMatchObject({
			path: 'scorecards/a/',
			status: 'at-risk',
			display: { tone: 'bad' },
			reason: { text: 'Satisfaction is 6.8 in 2026-Q3, below 7' },
			scores: { overall: 80 },
			trend: { direction: 'up' },
			staleQuarter: undefined,
		});
		expect(rows[1]!.staleQuarter).toBe('2026-Q2');
		expect(rows[1]!.trend.direction).toBe('new');
	});
});

describe('trendChart', () => {
	it('places points by percent across and by pixels down, and marks the middle labels as minor', () => {
		const chart = trendChart(
			[
				{ label: 'Q1', value: 0 },
				{ label: 'Q2', value: 100 },
				{ label: 'Q3', value: 50 },
			],
			216,
		);
		expect(chart.dots.map((dot) => [dot.x, dot.y, dot.minor])).toEqual([
			[0, 180, false],
			[50, 16, true],
			[100, 98, false],
		]);
		expect(chart.path).toBe('M 0 180 L 50 16 L 100 98');
		expect(chart.grid.map((line) => line.label)).toEqual(['0', '25', '50', '75', '100']);
	});

	it('centres a single point', () => {
		expect(trendChart([{ label: 'Q1', value: 50 }], 216).path).toBe('M 50 98');
	});
});
