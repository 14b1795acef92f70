/** View models for the staff scorecard pages: status tiles, each partner's main reason, one row per partner. */
import type { IconName } from '../core/icons';
import { countOf } from '../core/plural';
import { statusOrder, trendOf } from './build';
import { scorecardPath, statusLabels } from './pages';
import type { Health, HealthStatus, PartnerScorecard } from './schema';

/** The tone of a status: the `.status-good/-warn/-bad` classes and the `--good/--warn/--bad` tokens. */
export type StatusTone = 'good' | 'warn' | 'bad';

export interface StatusDisplay {
	/** The words, e.g. "At risk": status is never shown by colour alone. */
	label: string;
	/** The icon shown with the words. */
	icon: IconName;
	/** The colour that repeats it. */
	tone: StatusTone;
}

/** How each health status is shown: an icon and words, with a colour. */
export const statusDisplay: Record<HealthStatus, StatusDisplay> = {
	'at-risk': { label: statusLabels['at-risk'], icon: 'octagon-alert', tone: 'bad' },
	watch: { label: statusLabels.watch, icon: 'alert-triangle', tone: 'warn' },
	healthy: { label: statusLabels.healthy, icon: 'check-circle-2', tone: 'good' },
};

/** The statuses in dashboard order: at risk first. */
export const statusesInOrder = (Object.keys(statusOrder) as HealthStatus[]).sort(
	(a, b) => statusOrder[a] - statusOrder[b],
);

/** The status of a label as written on the method page ("At risk", "Watch", "Healthy"). */
export function statusOfLabel(label: string): HealthStatus {
	const status = statusesInOrder.find((entry) => statusLabels[entry] === label);
	if (!status) throw new Error(`No health status is called "${label}".`);
	return status;
}

export interface StatusTile extends StatusDisplay {
	status: HealthStatus;
	/** Partners with this status in their latest quarter. */
	count: number;
	/** All partners, for "3 of 24". */
	total: number;
}

/** One tile per status, at risk first, with how many partners have it now. */
export function statusTiles(cards: readonly PartnerScorecard[]): StatusTile[] {
	return statusesInOrder.map((status) => ({
		status,
		...statusDisplay[status],
		count: cards.filter((card) => card.latest.health.status === status).length,
		total: cards.length,
	}));
}

export interface MainReason {
	/** The first reason, shortened to its headline. */
	text: string;
	/** How many other reasons the partner's page lists. */
	more: number;
}

/**
 * A partner's main health reason in a few words, for the dashboard list: the first reason up to its explanation
 * ("Satisfaction is 6.8 in 2026-Q3, below 7"); for a healthy partner, its satisfaction and "no warning signs".
 */
export function mainReason(health: Health): MainReason {
	const [first, ...rest] = health.reasons;
	if (!first) return { text: statusLabels[health.status], more: 0 };
	let text = first.text.trim();
	if (first.rule === 'healthy') {
		const satisfaction = /^Satisfaction is ([\d.]+)/.exec(text)?.[1];
		text = satisfaction ? `No warning signs; satisfaction ${satisfaction}` : 'No warning signs';
	} else {
		const colon = text.indexOf(': ');
		if (colon > 0) text = text.slice(0, colon);
		text = text.replace(/\.$/, '');
	}
	return { text, more: rest.length };
}

/** The words for `more` other reasons, e.g. "+ 2 more reasons", or '' for none. */
export const moreReasons = (more: number, lang = 'en') =>
	more > 0 ? `+ ${countOf(more, { one: 'more reason', other: 'more reasons' }, lang)}` : '';

export interface PartnerRow {
	id: string;
	name: string;
	/** Site path of the partner's scorecard page (without the base). */
	path: string;
	status: HealthStatus;
	display: StatusDisplay;
	reason: MainReason;
	scores: PartnerScorecard['latest']['scores'];
	trend: ReturnType<typeof trendOf>;
	type: string;
	model: string;
	/** The partner's latest quarter when it is older than the dashboard's, else undefined. */
	staleQuarter: string | undefined;
}

/** One row (or, on a phone, one card) per partner, in the order given (at risk first). */
export function partnerRows(cards: readonly PartnerScorecard[], latestQuarter: string): PartnerRow[] {
	return cards.map((card) => ({
		id: card.id,
		name: card.name,
		path: scorecardPath(card.id),
		status: card.latest.health.status,
		display: statusDisplay[card.latest.health.status],
		reason: mainReason(card.latest.health),
		scores: card.latest.scores,
		trend: trendOf(card),
		type: card.type,
		model: card.model,
		staleQuarter: card.latest.quarter !== latestQuarter ? card.latest.quarter : undefined,
	}));
}
