import { z } from '../core/zod';
import { idSchema, quarterSchema } from '../core/schema-helpers';

/** Turns a CSV cell into a number when it looks like one, and a blank cell into `undefined`. */
function cellToNumber(value: string): unknown {
	const text = value.trim();
	if (text === '') return undefined;
	return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : value;
}

function numberSchema(
	expected: string,
	{ min, max, whole, maxMessage }: { min: number; max?: number; whole?: boolean; maxMessage?: string },
) {
	const message = `Expected ${expected}`;
	let schema = z.number({ error: message }).min(min, message);
	// A figure over the maximum gets that one message, not also "whole number" (zod's int() also stops at 2^53).
	if (max !== undefined) schema = schema.max(max, { message: maxMessage ?? message, abort: true });
	if (whole) schema = schema.int(message);
	return schema;
}

/**
 * The largest count or amount taken: beyond it whole numbers lose precision, and a 400-digit cell would reach
 * Infinity once summed. No real partner figure comes near it.
 */
export const NUMBER_MAX = Number.MAX_SAFE_INTEGER;
const maxMessage = `Expected at most ${NUMBER_MAX.toLocaleString('en-US')}; a larger figure cannot be counted exactly`;

const count = () => numberSchema('a whole number, 0 or more', { min: 0, max: NUMBER_MAX, whole: true, maxMessage });
const amount = () => numberSchema('an amount, 0 or more', { min: 0, max: NUMBER_MAX, maxMessage });
const percent = () => numberSchema('a percentage from 0 to 100', { min: 0, max: 100 });
const rating = () => numberSchema('a rating from 1 to 10', { min: 1, max: 10 });

/** The checks on one metrics row once its number cells are numbers. */
const metricsFieldsSchema = z
	.object({
		/** The partner (an id from partners.csv). */
		partner_id: idSchema,
		/** The quarter the figures cover, e.g. "2026-Q3". */
		quarter: quarterSchema,
		/** Customers referred by the partner in the quarter. */
		referrals: count(),
		/** Referrals that met the qualification criteria. */
		qualified_leads: count(),
		/** Qualified leads that became paying customers (at most `qualified_leads`). */
		conversions: count(),
		/** Revenue from referred customers in the quarter, in the configured currency. */
		revenue: amount(),
		/** Expected lifetime value of the customers referred this quarter. Default: blank (not yet known). */
		referred_ltv: amount().optional(),
		/** Share of previously referred customers still active, 0–100. */
		retention_rate: percent(),
		/** Check-ins, calls and meetings held with the partner in the quarter. */
		touchpoints: count(),
		/** Partner satisfaction from the quarterly survey, 1–10 (decimals allowed). */
		satisfaction: rating(),
		/** Average days to resolve a partner's issue. Default: blank (no issues raised). */
		resolution_days: amount().optional(),
		/** How closely both sides' goals agree, 1–10 (decimals allowed). */
		goal_convergence: rating(),
		/** Share of committed resources actually delivered, 0–100. */
		commitment: percent(),
		/** Joint projects planned for the quarter. */
		projects_planned: count(),
		/** Joint projects completed in the quarter. */
		projects_completed: count(),
		/** Ideas the partnership generated. */
		ideas: count(),
		/** Ideas implemented as improvements. */
		improvements: count(),
		/** New business opportunities identified through the partnership. */
		opportunities: count(),
	})
	.superRefine((row, ctx) => {
		if (row.conversions > row.qualified_leads) {
			ctx.addIssue({
				code: 'custom',
				path: ['conversions'],
				message: `Expected at most qualified_leads (${row.qualified_leads})`,
			});
		}
	});

/**
 * One row of `content/data/metrics.csv`: one partner's figures for one quarter. CSV cells arrive as strings;
 * number-like cells become numbers and blank ones `undefined` in one pass over the row (per-cell transforms
 * made 80,000 rows several times slower).
 */
export const metricsSchema = z.preprocess((input) => {
	if (!input || typeof input !== 'object') return input;
	const cells: Record<string, unknown> = { ...input };
	for (const key of numberColumns) {
		const value = cells[key];
		if (typeof value === 'string') cells[key] = cellToNumber(value);
	}
	return cells;
}, metricsFieldsSchema);

export type MetricsRow = z.output<typeof metricsSchema>;

/** The CSV header, in order. */
export const metricsColumns = [
	'partner_id',
	'quarter',
	'referrals',
	'qualified_leads',
	'conversions',
	'revenue',
	'referred_ltv',
	'retention_rate',
	'touchpoints',
	'satisfaction',
	'resolution_days',
	'goal_convergence',
	'commitment',
	'projects_planned',
	'projects_completed',
	'ideas',
	'improvements',
	'opportunities',
] as const;

/** Columns holding numbers; the rest are ids. */
const numberColumns = metricsColumns.slice(2);
