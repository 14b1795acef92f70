import { portal } from '../core/config';
import { countOf } from '../core/plural';
import type { Partner } from '../partners/schema';
import type { MetricsRow } from './metrics-schema';
import type { RatingRecord } from '../ratings/schema';
import type { HealthStatus, PartnerScorecard, QuarterCard, Scorecards } from './schema';
import { SATISFACTION_FALL_QUARTERS, TREND_POINTS, dimensionIds } from './formulas';
import { evaluateHealth } from './health';
import { dimensionInputs, expectedTouchpoints, scoreQuarter, type QuarterInputs } from './scoring';

const byName = new Intl.Collator('en');
const points = { one: 'point', other: 'points' };

/** Order of statuses on the dashboard: at-risk first. */
export const statusOrder: Record<HealthStatus, number> = { 'at-risk': 0, watch: 1, healthy: 2 };

/** Average "value received" over every rating in the records; null without records. */
export function valuePerception(records: readonly RatingRecord[]): number | null {
	if (!records.length) return null; // most quarters have no records: skip the flatMap
	const received = records.flatMap((record) => record.ratings.map((rating) => rating.received));
	return received.length ? received.reduce((sum, value) => sum + value, 0) / received.length : null;
}

/** One partner's scorecard from its metrics rows (any order) and value-exchange records. */
export function scorePartner(
	partner: Partner,
	rows: readonly MetricsRow[],
	records: readonly RatingRecord[],
): PartnerScorecard | undefined {
	const sorted = [...rows].sort((a, b) => (a.quarter < b.quarter ? -1 : 1));
	if (!sorted.length) return undefined;
	let lastInputs: QuarterInputs | undefined;
	const history: QuarterCard[] = sorted.map((row, index) => {
		const quarterRecords = records.length ? records.filter((record) => record.period === row.quarter) : records;
		const inputs: QuarterInputs = {
			row,
			expectedTouchpoints: expectedTouchpoints(partner.joined, row.quarter),
			valuePerception: valuePerception(quarterRecords),
		};
		lastInputs = inputs;
		const earlier = sorted.slice(Math.max(0, index - SATISFACTION_FALL_QUARTERS), index).reverse();
		return {
			quarter: row.quarter,
			scores: scoreQuarter(inputs),
			health: evaluateHealth({
				quarter: row.quarter,
				row,
				earlier,
				expectedTouchpoints: inputs.expectedTouchpoints,
				records: quarterRecords,
			}),
		};
	});
	const latest = history[history.length - 1]!;
	const inputs = Object.fromEntries(dimensionIds.map((id) => [id, dimensionInputs(id, lastInputs!)]));
	return {
		id: partner.id,
		name: partner.name,
		type: partner.type,
		model: partner.model,
		joined: partner.joined,
		latest: { ...latest, inputs: inputs as PartnerScorecard['latest']['inputs'] },
		history,
	};
}

/** Every partner's scorecard, at-risk first, then watch, then healthy, each by name. */
export function buildScorecards(
	partners: readonly Partner[],
	metrics: readonly MetricsRow[],
	records: readonly RatingRecord[],
	generated: Date,
): Scorecards {
	const rowsByPartner = Map.groupBy(metrics, (row) => row.partner_id);
	const recordsByPartner = Map.groupBy(records, (record) => record.partnerId);
	const cards = partners
		.map((partner) =>
			scorePartner(partner, rowsByPartner.get(partner.id) ?? [], recordsByPartner.get(partner.id) ?? []),
		)
		.filter((card): card is PartnerScorecard => card !== undefined)
		.sort(
			(a, b) =>
				statusOrder[a.latest.health.status] - statusOrder[b.latest.health.status] ||
				byName.compare(a.name, b.name) ||
				a.id.localeCompare(b.id),
		);
	return {
		generated: generated.toISOString(),
		currency: portal.currency,
		quarters: [...new Set(metrics.map((row) => row.quarter))].sort(),
		partners: cards,
	};
}

/** Trend of the overall score against the previous quarter, in words for screen readers and an arrow for the eye. */
export function trendOf(card: PartnerScorecard): {
	direction: 'up' | 'down' | 'steady' | 'new';
	arrow: string;
	text: string;
} {
	const previous = card.history[card.history.length - 2];
	if (!previous) return { direction: 'new', arrow: '•', text: 'First quarter' };
	const change = card.latest.scores.overall - previous.scores.overall;
	const since = `since ${previous.quarter}`;
	if (change >= TREND_POINTS)
		return { direction: 'up', arrow: '↑', text: `Up ${countOf(change, points, portal.lang)} ${since}` };
	if (change <= -TREND_POINTS)
		return { direction: 'down', arrow: '↓', text: `Down ${countOf(-change, points, portal.lang)} ${since}` };
	return { direction: 'steady', arrow: '→', text: `Steady (${change >= 0 ? '+' : ''}${change}) ${since}` };
}

/** Program totals for one group (a partner type or model): partners per status and average scores. */
export interface GroupTotals {
	id: string;
	partners: number;
	status: Record<HealthStatus, number>;
	averages: Record<(typeof dimensionIds)[number] | 'overall', number>;
}

/** Totals per partner type or per model, in the order of `ids`. */
export function totalsBy(
	cards: readonly PartnerScorecard[],
	ids: readonly string[],
	key: 'type' | 'model',
): GroupTotals[] {
	return ids.map((id) => {
		const group = cards.filter((card) => card[key] === id);
		const status = { 'at-risk': 0, watch: 0, healthy: 0 };
		for (const card of group) status[card.latest.health.status]++;
		const average = (pick: (card: PartnerScorecard) => number) =>
			group.length ? Math.round(group.reduce((sum, card) => sum + pick(card), 0) / group.length) : 0;
		const averages = Object.fromEntries(
			[...dimensionIds, 'overall' as const].map((dim) => [dim, average((card) => card.latest.scores[dim])]),
		) as GroupTotals['averages'];
		return { id, partners: group.length, status, averages };
	});
}
