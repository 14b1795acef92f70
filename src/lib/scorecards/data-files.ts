import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { closest, readCsv, validateRows, type DataProblem } from '../data/csv-read';
import { toCsv } from '../data/csv-write';
import { quote, valueAt } from '../core/errors';
import { parsePartners } from '../partners/read';
import { metricsColumns, metricsSchema, type MetricsRow } from './metrics-schema';
import type { Partner } from '../partners/schema';
import { programIds } from '../core/config';
import { ratingRecordSchema, type RatingRecord } from '../ratings/schema';
import type { Scorecards } from './schema';

/** Partner ids that would clash with a staff page under /scorecards/. */
export const reservedIds = ['method'];

/** Everything read from a data folder, and every problem found in it. */
export interface ScorecardData {
	partners: Partner[];
	metrics: MetricsRow[];
	ratings: RatingRecord[];
	problems: DataProblem[];
}

function readText(file: string, problems: DataProblem[]): string | undefined {
	if (!existsSync(file)) {
		problems.push({ file, message: 'File not found; expected it in the data folder (see README "Scorecard data")' });
		return undefined;
	}
	return readFileSync(file, 'utf8');
}

/** Reads `partners.csv`, `metrics.csv` and `ratings/*.json` from `dir`, checking every row and cross-reference. */
export function readScorecardData(dir: string): ScorecardData {
	const problems: DataProblem[] = [];
	const partnersFile = join(dir, 'partners.csv');
	const metricsFile = join(dir, 'metrics.csv');

	const partnersText = readText(partnersFile, problems);
	const noPartners = { partners: [], ids: new Set<string>(), problems: [] };
	const parsed = partnersText ? parsePartners(partnersText, partnersFile) : noPartners;
	const { partners, problems: partnerProblems } = parsed;
	problems.push(...partnerProblems);
	for (const partner of partners) {
		if (reservedIds.includes(partner.id)) {
			problems.push({
				file: partnersFile,
				line: partner.line,
				column: 'id',
				message: `Expected an id other than ${reservedIds.map((id) => `"${id}"`).join(', ')} (reserved for the page /scorecards/${partner.id}/), found ${quote(partner.id)}`,
			});
		}
	}
	// Unknown partner ids can only be told apart from bad partner rows when partners.csv itself was readable;
	// a row with a bad cell still names its partner, so it does not make that partner's metrics "unknown".
	const partnersKnown = partnersText !== undefined && !partnerProblems.some((problem) => problem.line === 1);
	const partnerIds = partnersKnown ? parsed.ids : new Set<string>();
	const idList = [...partnerIds].filter((id): id is string => Boolean(id));

	const metrics: MetricsRow[] = [];
	const metricsText = readText(metricsFile, problems);
	if (metricsText !== undefined) {
		const { rows, problems: headerProblems } = readCsv(metricsText, metricsFile, metricsColumns);
		problems.push(...headerProblems);
		const { valid, problems: rowProblems } = validateRows(rows, metricsFile, metricsSchema);
		problems.push(...rowProblems);
		const firstLine = new Map<string, number>();
		for (const { line, data } of valid) {
			if (partnersKnown && !partnerIds.has(data.partner_id)) {
				const guess = closest(data.partner_id, idList);
				problems.push({
					file: metricsFile,
					line,
					column: 'partner_id',
					message: `Expected a partner id from partners.csv, found ${quote(data.partner_id)}${guess ? `; did you mean "${guess}"?` : ''}`,
				});
				continue;
			}
			const key = `${data.partner_id} ${data.quarter}`;
			const seen = firstLine.get(key);
			if (seen !== undefined) {
				problems.push({
					file: metricsFile,
					line,
					column: 'quarter',
					message: `Expected one row per partner and quarter, found a second row for "${data.partner_id}" in ${data.quarter} (first on line ${seen})`,
				});
				continue;
			}
			firstLine.set(key, line);
			metrics.push(data);
		}
	}

	const ratings: RatingRecord[] = [];
	const ratingsDir = join(dir, 'ratings');
	const files = existsSync(ratingsDir)
		? readdirSync(ratingsDir)
				.filter((name) => name.endsWith('.json'))
				.sort()
		: [];
	const recordSchema = ratingRecordSchema(programIds);
	for (const name of files) {
		const file = join(ratingsDir, name);
		let input: unknown;
		try {
			input = JSON.parse(readFileSync(file, 'utf8'));
		} catch (error) {
			problems.push({
				file,
				message: `Expected a JSON value-exchange record, found invalid JSON (${(error as Error).message})`,
			});
			continue;
		}
		const result = recordSchema.safeParse(input);
		if (!result.success) {
			for (const issue of result.error.issues) {
				problems.push({
					file,
					column: issue.path.map(String).join('.') || '(record)',
					message: `${issue.message}, found ${quote(valueAt(input, issue.path))}`,
				});
			}
			continue;
		}
		if (partnersKnown && !partnerIds.has(result.data.partnerId)) {
			problems.push({
				file,
				column: 'partnerId',
				message: `Expected a partner id from partners.csv, found ${quote(result.data.partnerId)}`,
			});
			continue;
		}
		ratings.push(result.data);
	}
	return { partners, metrics, ratings, problems };
}

/** `scorecards.csv`: one row per partner and quarter, for spreadsheets. */
export function scorecardsCsv(scorecards: Scorecards): string {
	const rows = scorecards.partners.flatMap((card) =>
		card.history.map((entry) => [
			card.id,
			card.name,
			card.type,
			card.model,
			entry.quarter,
			entry.quarter === card.latest.quarter ? 'yes' : 'no',
			entry.scores.outcomes,
			entry.scores.relationship,
			entry.scores.alignment,
			entry.scores.innovation,
			entry.scores.overall,
			entry.health.status,
			entry.health.reasons.map((reason) => reason.text).join(' | '),
		]),
	);
	return toCsv(
		[
			[
				'partner_id',
				'name',
				'type',
				'model',
				'quarter',
				'latest',
				'outcomes',
				'relationship',
				'alignment',
				'innovation',
				'overall',
				'status',
				'reasons',
			],
			...rows,
		],
		{ bom: true, eol: '\n' },
	);
}

/** Files this script owns; an output folder holding anything else is not replaced. */
export const outputFiles = ['scorecards.json', 'scorecards.csv'] as const;

/**
 * Writes the files into a temporary sibling folder, then swaps it in for `out`: a reader never sees a
 * half-written folder, and a failure leaves the previous output untouched.
 */
export function writeOutputAtomically(out: string, files: Record<(typeof outputFiles)[number], string>): void {
	const target = resolve(out);
	if (existsSync(target)) {
		const foreign = readdirSync(target).filter((name) => !(outputFiles as readonly string[]).includes(name));
		if (foreign.length) {
			throw new Error(
				`Refusing to replace ${out}: it holds other files (${foreign.slice(0, 3).join(', ')}). Choose an empty or dedicated --out folder.`,
			);
		}
	}
	mkdirSync(dirname(target), { recursive: true });
	const temp = mkdtempSync(join(dirname(target), `.${basename(target)}-new-`));
	try {
		for (const [name, text] of Object.entries(files)) writeFileSync(join(temp, name), text);
		if (existsSync(target)) {
			const old = `${temp}-old`;
			renameSync(target, old);
			renameSync(temp, target);
			rmSync(old, { recursive: true, force: true });
		} else {
			renameSync(temp, target);
		}
	} finally {
		rmSync(temp, { recursive: true, force: true });
	}
}
