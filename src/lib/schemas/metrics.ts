import { z } from 'zod';
import { idSchema, quarterSchema } from './shared';

/** Turns a CSV cell into a number when it looks like one, and a blank cell into `undefined`. */
function cellToNumber(value: string): unknown {
	const text = value.trim();
	if (text === '') return undefined;
	return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : value;
}

function numberSchema(expected: string, { min, max, whole }: { min: number; max?: number; whole?: boolean }) {
	const message = `Expected ${expected}`;
	let schema = z.number({ invalid_type_error: message, required_error: message }).min(min, message);
	if (max !== undefined) schema = schema.max(max, message);
	if (whole) schema = schema.int(message);
	return schema;
}

// CSV cells are always strings; a blank one only becomes `undefined` after the transform.
const numberCell = (...args: Parameters<typeof numberSchema>) =>
	z
		.string()
		.transform(cellToNumber)
		.pipe(numberSchema(...args));
const blankOrNumberCell = (...args: Parameters<typeof numberSchema>) =>
	z
		.string()
		.transform(cellToNumber)
		.pipe(numberSchema(...args).optional());

const count = () => numberCell('a whole number, 0 or more', { min: 0, whole: true });
const amount = () => numberCell('an amount, 0 or more', { min: 0 });
const amountOrBlank = () => blankOrNumberCell('an amount, 0 or more', { min: 0 });
const percent = () => numberCell('a percentage from 0 to 100', { min: 0, max: 100 });
const rating = () => numberCell('a rating from 1 to 10', { min: 1, max: 10 });

/** One row of `content/data/metrics.csv`: one partner's figures for one quarter. */
export const metricsSchema = z
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
		referred_ltv: amountOrBlank(),
		/** Share of previously referred customers still active, 0–100. */
		retention_rate: percent(),
		/** Check-ins, calls and meetings held with the partner in the quarter. */
		touchpoints: count(),
		/** Partner satisfaction from the quarterly survey, 1–10 (decimals allowed). */
		satisfaction: rating(),
		/** Average days to resolve a partner's issue. Default: blank (no issues raised). */
		resolution_days: amountOrBlank(),
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
