import { countOf } from '../core/plural';
import type { MetricsRow } from '../scorecards/metrics-schema';
import type { QuarterCard, Scores } from '../scorecards/schema';
import type { Certification } from './certification-schema';
import {
	tierMetrics,
	tierScores,
	type MetricCriterion,
	type QuizCriterion,
	type ScoreCriterion,
	type Tier,
	type TierCriterion,
} from './schema';

/**
 * Share of a minimum that counts as "near" it: an unmet criterion is nearly met within this share below the
 * minimum, and a met one is held thinly within this share above it (docs/tiers.md explains both).
 */
export const NEAR_SHARE = 0.1;
/** Figures such as 7.7 against 7 × 1.1 are compared with this slack, so "exactly 10% above" is not "less than". */
const EPSILON = 1e-9;

/** One quarter's scores, as a scorecard's `history` holds them. */
export type QuarterScores = Pick<QuarterCard, 'quarter'> & { scores: Scores };

/** What a partner's tier is computed from. */
export interface PartnerTierData {
	/** The partner's rows of metrics.csv, any order. */
	rows: readonly MetricsRow[];
	/** The partner's scores per quarter, any order: a scorecard's `history`. */
	scores: readonly QuarterScores[];
	/** The partner's rows of certifications.csv. */
	certifications: readonly Pick<Certification, 'quiz' | 'passed_on'>[];
}

/** How criteria are put into words. */
export interface TierWords {
	/** ISO 4217 code of revenue and lifetime-value amounts (`portal.currency`). */
	currency: string;
	/** Language for numbers and plurals (`portal.lang`). Default: "en". */
	lang?: string | undefined;
	/** Quiz titles by id; an id without one is shown as it is. */
	quizTitles?: Readonly<Record<string, string>> | undefined;
}

export interface TierOptions extends TierWords {
	/**
	 * The quarter criteria are measured up to. Default: the partner's latest quarter with figures. Pass the
	 * program's latest quarter so that a partner who stopped reporting does not keep a tier on old figures.
	 */
	asOf?: string | undefined;
}

/** One criterion for one partner. */
export interface CriterionStatus {
	criterion: TierCriterion;
	/** What it asks, in words: "satisfaction 8 or more for 2 quarters in a row". */
	target: string;
	met: boolean;
	/** The figure in the `asOf` quarter; null when there is none, and for quizzes. */
	value: number | null;
	/** The partner's figure in words: "4 qualified leads in 2026-Q3", "passed on 2026-05-12", "not passed yet". */
	current: string;
	/** Quarters in a row, up to `asOf`, that meet the minimum; 0 for quizzes. */
	streak: number;
	/** What is missing, in words: "2 more qualified leads per quarter"; undefined when met. */
	gap: string | undefined;
	/**
	 * Unmet, but a small step: a quiz not yet passed (one sitting), or a threshold that one more quarter at the
	 * minimum would meet, with the latest figure no more than NEAR_SHARE below the minimum.
	 */
	nearlyMet: boolean;
	/** Met, but the latest figure is less than NEAR_SHARE above the minimum: a small dip would lose it. */
	thin: boolean;
	/** Why a thin criterion is at risk, in words; undefined when it is not thin. */
	risk: string | undefined;
}

/** A partner's place in the tiers. */
export interface TierStanding {
	/** The highest tier whose every criterion holds; the first tier when no other does. */
	tier: Tier;
	/** Its position in the configured tiers, 0 for the entry tier. */
	index: number;
	/** The quarter figures were read up to; undefined when the partner has none. */
	asOf: string | undefined;
	/** The current tier's criteria (none for the entry tier). */
	held: CriterionStatus[];
	/** The tier above, with each of its criteria; undefined in the top tier. */
	next: { tier: Tier; criteria: CriterionStatus[]; missing: number } | undefined;
	/** Close to moving up: every criterion of the next tier is met or nearly met (a small step). */
	closeToNext: boolean;
	/** Criteria of the current tier held thinly; any makes the partner at risk of moving down. */
	atRisk: CriterionStatus[];
}

const quarterIndex = (quarter: string) => Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1;
const quarterAt = (index: number) => `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
const quartersNoun = { one: 'quarter', other: 'quarters' };

// Formatters are made once per language and currency: building one per figure dominated large programs.
const formats = new Map<string, { number: Intl.NumberFormat; money: Intl.NumberFormat; list: Intl.ListFormat }>();
function formatsFor({ currency, lang = 'en' }: TierWords) {
	const key = `${lang} ${currency}`;
	let found = formats.get(key);
	if (!found) {
		found = {
			number: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }),
			money: new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }),
			list: new Intl.ListFormat(lang, { type: 'disjunction' }),
		};
		formats.set(key, found);
	}
	return found;
}

type Threshold = MetricCriterion | ScoreCriterion;

/** A figure as the criterion reads it: "6 qualified leads", "satisfaction 8", "retention rate 85%". */
function figure(criterion: Threshold, value: number, words: TierWords): string {
	const lang = words.lang ?? 'en';
	const { number, money } = formatsFor(words);
	if ('score' in criterion) return `${tierScores[criterion.score]} ${number.format(value)}`;
	const metric = tierMetrics[criterion.metric];
	switch (metric.kind) {
		case 'count':
			return countOf(value, metric.noun!.count, lang);
		case 'amount':
			return `${metric.label} ${money.format(value)}`;
		case 'percent':
			return `${metric.label} ${number.format(value)}%`;
		default:
			return `${metric.label} ${number.format(value)}`;
	}
}

/** "6 qualified leads or more per quarter" (over a run of quarters), "satisfaction 8 or more". */
function atLeast(criterion: Threshold, words: TierWords): string {
	const perQuarter =
		criterion.quarters > 1 && 'metric' in criterion && ['count', 'amount'].includes(tierMetrics[criterion.metric].kind);
	return `${figure(criterion, criterion.min, words)} or more${perQuarter ? ' per quarter' : ''}`;
}

const inARow = (quarters: number, lang: string | undefined) => `for ${countOf(quarters, quartersNoun, lang)} in a row`;

/** The quiz titles, or the ids where no title is known. */
const quizIdsOf = (criterion: QuizCriterion) =>
	typeof criterion.quiz === 'string' ? [criterion.quiz] : criterion.quiz;
const titleOf = (id: string, words: TierWords) => words.quizTitles?.[id] ?? id;

/** What a criterion asks, in words without a partner's figures: for the public tiers page and the gaps. */
export function criterionText(criterion: TierCriterion, words: TierWords): string {
	if ('quiz' in criterion) {
		const titles = quizIdsOf(criterion).map((id) => titleOf(id, words));
		return titles.length === 1
			? `pass the ${titles[0]} quiz`
			: `pass one of these quizzes: ${formatsFor(words).list.format(titles)}`;
	}
	const span = criterion.quarters > 1 ? inARow(criterion.quarters, words.lang) : 'in the latest quarter';
	return `${atLeast(criterion, words)} ${span}`;
}

/** Looks up a partner's figures by quarter. */
function figuresOf(data: PartnerTierData) {
	const rows = new Map(data.rows.map((row) => [row.quarter, row]));
	const scores = new Map(data.scores.map((entry) => [entry.quarter, entry.scores]));
	return (criterion: Threshold, quarter: string): number | undefined =>
		'metric' in criterion ? rows.get(quarter)?.[criterion.metric] : scores.get(quarter)?.[criterion.score];
}

/** The partner's latest quarter with figures. */
function latestQuarter(data: PartnerTierData): string | undefined {
	let latest: string | undefined;
	for (const { quarter } of [...data.rows, ...data.scores]) if (!latest || quarter > latest) latest = quarter;
	return latest;
}

function evaluate(
	criterion: TierCriterion,
	data: PartnerTierData,
	valueAt: ReturnType<typeof figuresOf>,
	asOf: string | undefined,
	words: TierWords,
): CriterionStatus {
	const target = criterionText(criterion, words);
	if ('quiz' in criterion) {
		const ids = quizIdsOf(criterion);
		const pass = data.certifications
			.filter((row) => ids.includes(row.quiz))
			.sort((a, b) => a.passed_on.localeCompare(b.passed_on))[0];
		return {
			criterion,
			target,
			met: pass !== undefined,
			value: null,
			current: pass
				? `passed ${ids.length > 1 ? `${titleOf(pass.quiz, words)} ` : ''}on ${pass.passed_on}`
				: 'not passed yet',
			streak: 0,
			gap: pass ? undefined : target,
			nearlyMet: pass === undefined,
			thin: false,
			risk: undefined,
		};
	}
	const { min, quarters } = criterion;
	const value = asOf === undefined ? undefined : valueAt(criterion, asOf);
	let streak = 0;
	if (asOf !== undefined) {
		// A quarter with no figure, or a gap in the sequence, ends the run.
		for (let index = quarterIndex(asOf); ; index--) {
			const earlier = valueAt(criterion, quarterAt(index));
			if (earlier === undefined || earlier < min) break;
			streak++;
		}
	}
	const met = streak >= quarters;
	const where = asOf ? `for ${asOf}` : 'yet';
	const current = value === undefined ? `no figures ${where}` : `${figure(criterion, value, words)} in ${asOf}`;
	const thin = met && value !== undefined && value < min * (1 + NEAR_SHARE) - EPSILON;
	return {
		criterion,
		target,
		met,
		value: value ?? null,
		current,
		streak,
		gap: met ? undefined : gapOf(criterion, value, streak, target, where, words),
		nearlyMet: !met && value !== undefined && value >= min * (1 - NEAR_SHARE) - EPSILON && streak >= quarters - 1,
		thin,
		risk: thin
			? `${current}, less than ${NEAR_SHARE * 100}% above the minimum (${atLeast(criterion, words)})`
			: undefined,
	};
}

/** What an unmet threshold still needs, in words. */
function gapOf(
	criterion: Threshold,
	value: number | undefined,
	streak: number,
	target: string,
	where: string,
	words: TierWords,
): string {
	const { min, quarters } = criterion;
	const lang = words.lang ?? 'en';
	const span = quarters > 1 ? ` ${inARow(quarters, lang)}` : '';
	if (value === undefined) return `${target} (no figures ${where})`;
	if (value >= min) return `${atLeast(criterion, words)}${span} (${streak} so far)`;
	const metric = 'metric' in criterion ? tierMetrics[criterion.metric] : undefined;
	if (metric?.kind === 'count') return `${countOf(min - value, metric.noun!.more, lang)} per quarter${span}`;
	if (metric?.kind === 'amount') {
		// Rounded up: "$0 more" would read as met.
		return `${formatsFor(words).money.format(Math.ceil(min - value))} more ${metric.label} per quarter${span}`;
	}
	const now = formatsFor(words).number.format(value);
	return `${atLeast(criterion, words)}${span} (now ${metric?.kind === 'percent' ? `${now}%` : now})`;
}

/**
 * A partner's tier: the highest whose every criterion holds, what the next one still needs, and whether the
 * partner is close to moving up or at risk of moving down. `tiers` go from entry to top (`portal.tiers`).
 */
export function tierStanding(tiers: readonly Tier[], data: PartnerTierData, options: TierOptions): TierStanding {
	const asOf = options.asOf ?? latestQuarter(data);
	const valueAt = figuresOf(data);
	const statuses = tiers.map((tier) =>
		tier.criteria.map((criterion) => evaluate(criterion, data, valueAt, asOf, options)),
	);
	let index = 0;
	for (let candidate = tiers.length - 1; candidate > 0; candidate--) {
		if (statuses[candidate]!.every((status) => status.met)) {
			index = candidate;
			break;
		}
	}
	const nextTier = tiers[index + 1];
	const nextCriteria = statuses[index + 1] ?? [];
	const unmet = nextCriteria.filter((status) => !status.met);
	return {
		tier: tiers[index]!,
		index,
		asOf,
		held: statuses[index]!,
		next: nextTier && { tier: nextTier, criteria: nextCriteria, missing: unmet.length },
		closeToNext: nextTier !== undefined && unmet.every((status) => status.nearlyMet),
		atRisk: statuses[index]!.filter((status) => status.thin),
	};
}

/** What the scorecards have, for `programTiers`. */
export interface ProgramTierData {
	/** Scorecards (`Scorecards['partners']`): each partner's id and scores per quarter. */
	partners: readonly { id: string; history: readonly QuarterScores[] }[];
	/** Every row of metrics.csv. */
	metrics: readonly MetricsRow[];
	/** Every row of certifications.csv (`readCertificationsFile`). */
	certifications: readonly Pick<Certification, 'partner_id' | 'quiz' | 'passed_on'>[];
}

/** Every partner's standing, and the program's totals for a dashboard. */
export interface ProgramTiers {
	/** The quarter figures were read up to: the latest in metrics.csv unless `asOf` was given. */
	asOf: string | undefined;
	/** Each partner's standing, by partner id. */
	byPartner: Map<string, TierStanding>;
	/** Partners in each tier, entry tier first. */
	counts: { tier: Tier; partners: number }[];
	/** Ids of partners close to moving up, in the order given. */
	closeToNext: string[];
	/** Ids of partners at risk of moving down, in the order given. */
	atRisk: string[];
}

/**
 * Every partner's tier in one call, from what the scorecard build has: its cards, the metrics rows and the
 * certifications. Figures are read up to the program's latest quarter, so a partner without figures for it
 * holds only the entry tier.
 */
export function programTiers(tiers: readonly Tier[], data: ProgramTierData, options: TierOptions): ProgramTiers {
	let asOf = options.asOf;
	if (asOf === undefined) for (const row of data.metrics) if (!asOf || row.quarter > asOf) asOf = row.quarter;
	const rowsBy = Map.groupBy(data.metrics, (row) => row.partner_id);
	const certificationsBy = Map.groupBy(data.certifications, (row) => row.partner_id);
	const byPartner = new Map<string, TierStanding>();
	for (const partner of data.partners) {
		const standing = tierStanding(
			tiers,
			{
				rows: rowsBy.get(partner.id) ?? [],
				scores: partner.history,
				certifications: certificationsBy.get(partner.id) ?? [],
			},
			{ ...options, asOf },
		);
		byPartner.set(partner.id, standing);
	}
	const standings = [...byPartner];
	return {
		asOf,
		byPartner,
		counts: tiers.map((tier, index) => ({
			tier,
			partners: standings.filter(([, standing]) => standing.index === index).length,
		})),
		closeToNext: standings.filter(([, standing]) => standing.closeToNext).map(([id]) => id),
		atRisk: standings.filter(([, standing]) => standing.atRisk.length > 0).map(([id]) => id),
	};
}
