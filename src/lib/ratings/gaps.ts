import { countOf } from '../core/plural';
import type { Rater, RatingRecord } from './schema';

/** Ratings this far apart (or further) on the 1–10 scale are a talking point for the review. */
export const GAP_THRESHOLD = 3;
/** What the side-by-side view says when no dimension is flagged: "No dimension is 3 or more points apart: …". */
export const noGapsText = `No dimension is ${GAP_THRESHOLD} or more points apart: the two sides see the exchange alike.`;

/** One side's ratings of one dimension, with the balance between what it receives and what it provides. */
export interface BalanceRow {
	dimension: string;
	received: number;
	provided: number;
	/** received − provided: positive when the rater's side gets more than it gives. */
	difference: number;
	/** Whether |difference| reaches the threshold. */
	imbalanced: boolean;
}

/** Why a dimension is flagged. */
export type GapReason =
	| {
			/** One side rates what it receives and what it provides far apart. */
			kind: 'imbalance';
			rater: Rater;
			received: number;
			provided: number;
			difference: number;
			message: string;
	  }
	| {
			/** The two sides rate the same flow of value far apart. */
			kind: 'perception';
			/** Which way the value flows: to the partner (partner's received vs program's provided) or to the program. */
			flow: 'to-partner' | 'to-program';
			partnerRating: number;
			programRating: number;
			difference: number;
			message: string;
	  };

/** A dimension with at least one gap of `GAP_THRESHOLD` or more, and every reason for it. */
export interface DimensionGap {
	dimension: string;
	reasons: GapReason[];
}

const side = (rater: Rater) => (rater === 'partner' ? 'the partner' : 'the program');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const points = (n: number) => `${countOf(n, { one: 'point', other: 'points' })} apart`;

/** The rater's own received-vs-provided balance per dimension, in record order. */
export function ownBalance(record: RatingRecord, threshold = GAP_THRESHOLD): BalanceRow[] {
	return record.ratings.map(({ dimension, received, provided }) => ({
		dimension,
		received,
		provided,
		difference: received - provided,
		imbalanced: Math.abs(received - provided) >= threshold,
	}));
}

/** Why two records cannot be compared (different partner, quarter, or the same side twice); undefined when they can. */
export function pairProblem(a: RatingRecord, b: RatingRecord): string | undefined {
	if (a.partnerId !== b.partnerId)
		return `The records are about different partners: "${a.partnerId}" and "${b.partnerId}".`;
	if (a.period !== b.period) return `The records cover different quarters: ${a.period} and ${b.period}.`;
	if (a.rater === b.rater) return `Both records were filled in by ${side(a.rater)}; compare one from each side.`;
	return undefined;
}

/** The two records of a pair as partner's and program's, so callers need not care which came first. */
export function orderPair(a: RatingRecord, b: RatingRecord): { partner: RatingRecord; program: RatingRecord } {
	return a.rater === 'partner' ? { partner: a, program: b } : { partner: b, program: a };
}

function imbalanceReason(record: RatingRecord, row: BalanceRow): GapReason {
	const who = side(record.rater);
	return {
		kind: 'imbalance',
		rater: record.rater,
		received: row.received,
		provided: row.provided,
		difference: Math.abs(row.difference),
		message: `${capitalised(who)} rates what it receives at ${row.received} and what it provides at ${row.provided}: ${points(Math.abs(row.difference))}.`,
	};
}

function perceptionReason(flow: 'to-partner' | 'to-program', partnerRating: number, programRating: number): GapReason {
	const difference = Math.abs(partnerRating - programRating);
	const message =
		flow === 'to-partner'
			? `Value reaching the partner: the partner rates what it receives at ${partnerRating}, the program rates what it provides at ${programRating}: ${points(difference)}.`
			: `Value reaching the program: the program rates what it receives at ${programRating}, the partner rates what it provides at ${partnerRating}: ${points(difference)}.`;
	return { kind: 'perception', flow, partnerRating, programRating, difference, message };
}

/**
 * The dimensions to talk about in a value-exchange review, and why. With one record: where its side rates
 * received and provided `threshold` or more apart. With a partner's and a program's record of the same partner
 * and quarter: also where the two sides rate the same flow of value that far apart (what the partner receives
 * against what the program provides, and the other way round). Throws when the two records are not a pair.
 */
export function findValueGaps(first: RatingRecord, second?: RatingRecord, threshold = GAP_THRESHOLD): DimensionGap[] {
	if (second) {
		const problem = pairProblem(first, second);
		if (problem) throw new Error(problem);
	}
	// Partner first, so the answer does not depend on the order the records were given in.
	const pair = second ? orderPair(first, second) : undefined;
	const records = pair ? [pair.partner, pair.program] : [first];
	const gaps: DimensionGap[] = [];
	for (const { dimension } of records[0]!.ratings) {
		const reasons: GapReason[] = [];
		if (pair) {
			const p = pair.partner.ratings.find((r) => r.dimension === dimension);
			const q = pair.program.ratings.find((r) => r.dimension === dimension);
			if (p && q) {
				if (Math.abs(p.received - q.provided) >= threshold)
					reasons.push(perceptionReason('to-partner', p.received, q.provided));
				if (Math.abs(p.provided - q.received) >= threshold)
					reasons.push(perceptionReason('to-program', p.provided, q.received));
			}
		}
		for (const record of records) {
			const row = ownBalance(record, threshold).find((r) => r.dimension === dimension);
			if (row?.imbalanced) reasons.push(imbalanceReason(record, row));
		}
		if (reasons.length) gaps.push({ dimension, reasons });
	}
	return gaps;
}

/** One row of the side-by-side view: both sides' ratings of a dimension and its gap, if any. */
export interface SideBySideRow {
	dimension: string;
	partner?: { received: number; provided: number; comment?: string | undefined } | undefined;
	program?: { received: number; provided: number; comment?: string | undefined } | undefined;
	gap?: DimensionGap | undefined;
}

/** Both perspectives of a pair, dimension by dimension, with the flagged gaps attached. */
export function sideBySide(a: RatingRecord, b: RatingRecord, threshold = GAP_THRESHOLD): SideBySideRow[] {
	const { partner, program } = orderPair(a, b);
	const gaps = findValueGaps(partner, program, threshold);
	return partner.ratings.map(({ dimension }) => ({
		dimension,
		partner: partner.ratings.find((r) => r.dimension === dimension),
		program: program.ratings.find((r) => r.dimension === dimension),
		gap: gaps.find((g) => g.dimension === dimension),
	}));
}
