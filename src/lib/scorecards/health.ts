import { portal } from '../core/config';
import { labelOf } from '../core/choices';
import { countOf } from '../core/plural';
import type { MetricsRow } from './metrics-schema';
import type { RatingRecord } from '../ratings/schema';
import { findValueGaps } from '../ratings/gaps';
import type { Health, HealthReason, HealthRule } from './schema';
import {
	AT_RISK_SATISFACTION,
	RULE_ARTICLES,
	SATISFACTION_FALL,
	SATISFACTION_FALL_QUARTERS,
	VALUE_GAP,
} from './formulas';

/** What the health rules look at for one quarter. */
export interface HealthInputs {
	quarter: string;
	/** This quarter's metrics row. */
	row: MetricsRow;
	/** Up to SATISFACTION_FALL_QUARTERS earlier rows, most recent first. */
	earlier: readonly MetricsRow[];
	expectedTouchpoints: number;
	/** This quarter's value-exchange records. */
	records: readonly RatingRecord[];
}

// Partners share most reason texts: keeping one copy of each spares memory and the garbage collector's copying
// on large data (bench/scorecards.ts).
const texts = new Map<string, string>();
function intern(text: string): string {
	const known = texts.get(text);
	if (known !== undefined) return known;
	texts.set(text, text);
	return text;
}
const reason = (rule: HealthRule, text: string, forPartner: string): HealthReason => ({
	rule,
	text: intern(text),
	forPartner: intern(forPartner),
	article: RULE_ARTICLES[rule],
});
const points = { one: 'point', other: 'points' };
const pointsApart = (difference: number) => `${countOf(difference, points, portal.lang)} apart`;

/** Rounds to one decimal so 8.4 − 6.9 counts as exactly 1.5. */
const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * Health: at-risk when satisfaction is below AT_RISK_SATISFACTION; otherwise watch on a value gap, a
 * satisfaction fall or touchpoints below the rhythm; otherwise healthy. Every rule that fires is a reason.
 */
export function evaluateHealth({ quarter, row, earlier, expectedTouchpoints, records }: HealthInputs): Health {
	const reasons: HealthReason[] = [];
	const lowSatisfaction = row.satisfaction < AT_RISK_SATISFACTION;
	if (lowSatisfaction) {
		reasons.push(
			reason(
				'low-satisfaction',
				`Satisfaction is ${row.satisfaction} in ${quarter}, below ${AT_RISK_SATISFACTION}: relationships under ${AT_RISK_SATISFACTION} tend to deteriorate within months without intervention.`,
				`Your satisfaction was ${row.satisfaction} in ${quarter}, below ${AT_RISK_SATISFACTION}. We want to hear what is not working and fix it with you at your next check-in.`,
			),
		);
	}
	const previous = earlier.slice(0, SATISFACTION_FALL_QUARTERS);
	const peak = previous.reduce<MetricsRow | undefined>(
		(best, candidate) => (!best || candidate.satisfaction > best.satisfaction ? candidate : best),
		undefined,
	);
	if (peak && tenth(peak.satisfaction - row.satisfaction) >= SATISFACTION_FALL) {
		reasons.push(
			reason(
				'satisfaction-fall',
				`Satisfaction fell ${countOf(tenth(peak.satisfaction - row.satisfaction), points, portal.lang)}, from ${peak.satisfaction} in ${peak.quarter} to ${row.satisfaction} in ${quarter}.`,
				`Your satisfaction fell ${countOf(tenth(peak.satisfaction - row.satisfaction), points, portal.lang)}, from ${peak.satisfaction} in ${peak.quarter} to ${row.satisfaction} in ${quarter}. Tell us what changed: we would rather hear it now than at the quarterly review.`,
			),
		);
	}
	// The same gap rules as the rating form's review view (src/lib/ratings/gaps.ts), so staff and partners agree.
	const [first, second] = records;
	for (const gap of first ? findValueGaps(first, second, VALUE_GAP) : []) {
		for (const why of gap.reasons) {
			const label = labelOf(portal.valueDimensions, gap.dimension);
			reasons.push(
				reason(
					'value-gap',
					`Value gap of ${why.difference} in ${label} (${quarter} review): ${why.message}`,
					`${label}: the ${quarter} ratings are ${pointsApart(why.difference)}. Your partner manager will go through it with you, so both sides get what they expect.`,
				),
			);
		}
	}
	if (row.touchpoints < expectedTouchpoints) {
		reasons.push(
			reason(
				'touchpoints',
				`${countOf(row.touchpoints, { one: 'touchpoint', other: 'touchpoints' }, portal.lang)} in ${quarter}, below the ${expectedTouchpoints} the engagement rhythm expects for a partnership of this age.`,
				`We met ${countOf(row.touchpoints, { one: 'time', other: 'times' }, portal.lang)} in ${quarter}, fewer than the ${expectedTouchpoints} check-ins planned for a partnership of your age. Book the next one with your partner manager.`,
			),
		);
	}
	if (lowSatisfaction) return { status: 'at-risk', reasons };
	if (reasons.length) return { status: 'watch', reasons };
	return {
		status: 'healthy',
		reasons: [
			reason(
				'healthy',
				`Satisfaction is ${row.satisfaction} (${AT_RISK_SATISFACTION} or above, no fall of ${SATISFACTION_FALL} or more), touchpoints (${row.touchpoints}) keep the expected rhythm (${expectedTouchpoints}), and no value gap of ${VALUE_GAP} or more was reported.`,
				`Things look good: your satisfaction is ${row.satisfaction}, we met as often as planned, and neither side reported a value gap of ${VALUE_GAP} or more.`,
			),
		],
	};
}
