import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { byLine, closest, readCsv, validateRows, type DataProblem } from '../data/csv-read';
import { toCsv } from '../data/csv-write';
import { UserError, quote, valueAt } from '../core/errors';
import { parseYamlSource, type YamlSource } from '../data/yaml-source';
import { buildDay } from '../core/build-date';
import { LockedError, acquireLock, recoverSwap, swapIn, swapPaths } from '../core/folder-swap';
import { readUtf8File } from '../data/utf8';
import { quarterOf } from './quarters';
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
	/** Every id partners.csv names, valid row or not; undefined when it could not be read. */
	partnerIds: ReadonlySet<string> | undefined;
	metrics: MetricsRow[];
	ratings: RatingRecord[];
	problems: DataProblem[];
}

function readText(file: string, problems: DataProblem[]): string | undefined {
	if (!existsSync(file)) {
		problems.push({ file, message: 'File not found; expected it in the data folder (see README "Scorecard data")' });
		return undefined;
	}
	const read = readUtf8File(file);
	if ('problem' in read) {
		problems.push({ file, line: read.problem.line, message: read.problem.message });
		return undefined;
	}
	return read.text;
}

/** What the data is checked against besides the configured ids. */
export interface ScorecardDataOptions {
	/** Onboarding track ids in the content folder, for partners' `track` (unchecked when undefined). */
	trackIds?: readonly string[] | undefined;
	/** The build date, `YYYY-MM-DD`: no quarter after the one holding it is taken. Default: the build day (core/build-date.ts). */
	today?: string | undefined;
}

/**
 * The problem with a quarter after the build date's, if any: figures from the future would become every
 * partner's "latest quarter".
 */
function futureQuarter(quarter: string, latest: string, today: string): string | undefined {
	if (quarter <= latest) return undefined;
	return `Expected a quarter up to ${latest} (the build date ${today} falls in it), found ${quote(quarter)}; fix the year or quarter, or set PORTAL_BUILD_DATE when building for a later date`;
}

/**
 * Reads `partners.csv`, `metrics.csv` and `ratings/*.json` from `dir`, checking every row and cross-reference.
 * Nothing stops at the first problem: a row with a bad cell is still checked for its partner id and quarter, a
 * file with a bad header still has its rows checked, so a single run lists every problem in every file. The
 * one reader for `npm run check` and the build.
 */
export function readScorecardData(
	dir: string,
	{ trackIds, today = buildDay }: ScorecardDataOptions = {},
): ScorecardData {
	const problems: DataProblem[] = [];
	const partnersFile = join(dir, 'partners.csv');
	const metricsFile = join(dir, 'metrics.csv');
	const latest = quarterOf(new Date(`${today}T00:00:00Z`));

	const partnersText = readText(partnersFile, problems);
	const noPartners = { partners: [], ids: undefined, problems: [] };
	const parsed = partnersText !== undefined ? parsePartners(partnersText, partnersFile, { trackIds }) : noPartners;
	const { partners } = parsed;
	const partnerProblems = [...parsed.problems];
	for (const [id, line] of parsed.ids ?? []) {
		if (!reservedIds.includes(id)) continue;
		partnerProblems.push({
			file: partnersFile,
			line,
			column: 'id',
			message: `Expected an id other than ${reservedIds.map((reserved) => `"${reserved}"`).join(', ')} (reserved for the page /scorecards/${id}/), found ${quote(id)}`,
		});
	}
	problems.push(...byLine(partnerProblems));
	// Unknown partner ids can only be told apart when partners.csv was read with its id column; every row's id
	// cell counts, valid or not, so a partner row with a bad cell does not make that partner's metrics "unknown".
	const partnersKnown = parsed.ids !== undefined;
	const partnerIds = parsed.ids ?? new Map<string, number>();
	const idList = [...partnerIds.keys()];
	const unknownPartner = (id: string) => {
		const guess = closest(id, idList);
		return `Expected a partner id from partners.csv, found ${quote(id)}${guess ? `; did you mean "${guess}"?` : ''}`;
	};

	const metrics: MetricsRow[] = [];
	const metricsText = readText(metricsFile, problems);
	if (metricsText !== undefined) {
		const fileProblems: DataProblem[] = [];
		const table = readCsv(metricsText, metricsFile, metricsColumns);
		const { rows, problems: headerProblems, missing } = table;
		fileProblems.push(...headerProblems);
		const { valid, problems: rowProblems } = validateRows(rows, metricsFile, metricsSchema, table);
		fileProblems.push(...rowProblems);
		// Cells the schema already refused are not checked again against partners.csv or for repeats.
		const refused = new Set(rowProblems.map((problem) => `${problem.line} ${problem.column}`));
		const usable = (line: number, column: string) => !missing.includes(column) && !refused.has(`${line} ${column}`);
		const firstLine = new Map<string, number>();
		const rejected = new Set<number>();
		const shifted = new Set(table.overfull);
		for (const { line, values } of rows) {
			if (shifted.has(line)) continue;
			const partnerId = values.partner_id ?? '';
			const partnerUsable = usable(line, 'partner_id') && partnerId !== '';
			const quarter = values.quarter ?? '';
			const future = usable(line, 'quarter') ? futureQuarter(quarter, latest, today) : undefined;
			if (future) {
				fileProblems.push({ file: metricsFile, line, column: 'quarter', message: future });
				rejected.add(line);
			}
			if (partnersKnown && partnerUsable && !partnerIds.has(partnerId)) {
				fileProblems.push({ file: metricsFile, line, column: 'partner_id', message: unknownPartner(partnerId) });
				rejected.add(line);
				continue;
			}
			if (!partnerUsable || !usable(line, 'quarter') || future) continue;
			const key = `${partnerId} ${quarter}`;
			const seen = firstLine.get(key);
			if (seen !== undefined) {
				fileProblems.push({
					file: metricsFile,
					line,
					column: 'quarter',
					message: `Expected one row per partner and quarter, found a second row for "${partnerId}" in ${quarter} (first on line ${seen})`,
				});
				rejected.add(line);
				continue;
			}
			firstLine.set(key, line);
		}
		for (const { line, data } of valid) if (!rejected.has(line)) metrics.push(data);
		problems.push(...byLine(fileProblems));
	}

	const ratings: RatingRecord[] = [];
	const ratingsDir = join(dir, 'ratings');
	const files = existsSync(ratingsDir)
		? readdirSync(ratingsDir)
				.filter((name) => name.endsWith('.json'))
				.sort()
		: [];
	const recordSchema = ratingRecordSchema(programIds);
	// One record per partner, quarter and side: a second one would be ignored or win depending on file names.
	const recordFiles = new Map<string, string>();
	for (const name of files) {
		const file = join(ratingsDir, name);
		const text = readText(file, problems);
		if (text === undefined) continue;
		let input: unknown;
		try {
			input = JSON.parse(text);
		} catch (error) {
			problems.push({
				file,
				message: `Expected a JSON value-exchange record, found invalid JSON (${(error as Error).message})`,
			});
			continue;
		}
		// JSON is YAML too: read again for the line of each field, and to refuse a key given twice, which
		// JSON.parse would settle silently by letting the last copy win.
		let source: YamlSource;
		try {
			source = parseYamlSource(text, file, 1, 'Not a valid record');
		} catch (error) {
			if (!(error instanceof UserError)) throw error;
			const [, line, message] = /^.*?:(\d+): (.*)$/m.exec(error.message) ?? [];
			problems.push({ file, line: Number(line) || undefined, message: message ?? error.message });
			continue;
		}
		const result = recordSchema.safeParse(input);
		const issues = result.success ? [] : result.error.issues;
		for (const issue of issues) {
			problems.push({
				file,
				line: source.lineOf(issue.path),
				column: issue.path.map(String).join('.') || '(record)',
				message: `${issue.message}, found ${quote(valueAt(input, issue.path))}`,
			});
		}
		const refused = (field: string) => issues.some((issue) => issue.path[0] === field || issue.path.length === 0);
		// A record with other problems may also name an unknown partner: report that now, not in the next run.
		const partnerId = valueAt(input, ['partnerId']);
		if (partnersKnown && typeof partnerId === 'string' && !refused('partnerId') && !partnerIds.has(partnerId)) {
			problems.push({
				file,
				line: source.lineOf(['partnerId']),
				column: 'partnerId',
				message: unknownPartner(partnerId),
			});
			continue;
		}
		const period = valueAt(input, ['period']);
		const future = typeof period === 'string' && !refused('period') ? futureQuarter(period, latest, today) : undefined;
		if (future) problems.push({ file, line: source.lineOf(['period']), column: 'period', message: future });
		if (!result.success || future) continue;
		const { rater } = result.data;
		const key = `${result.data.partnerId} ${result.data.period} ${rater}`;
		const first = recordFiles.get(key);
		if (first !== undefined) {
			problems.push({
				file,
				line: source.lineOf(['rater']),
				column: 'rater',
				message: `Expected one ${rater} record for "${result.data.partnerId}" in ${result.data.period}, found a second one; ${first} has it too. Keep one of the two files`,
			});
			continue;
		}
		recordFiles.set(key, file);
		ratings.push(result.data);
	}
	return { partners, partnerIds: parsed.ids && new Set(parsed.ids.keys()), metrics, ratings, problems };
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

/** Leftovers of the swap this replaced (`.<name>-new-XXXXXX`, and its `-old` twin), cleaned up by the next run. */
const oldLeftover = (target: string) => (name: string) =>
	name.startsWith(`.${basename(target)}-new-`) && /^[\w.-]+$/.test(name);

/**
 * Takes the lock beside `target`, waiting while another run holds it: a run writes for a second or two, and
 * two builds of different sites share one scorecards folder, so the second waits rather than fails.
 */
function waitForLock(target: string, timeoutMs = 120_000): () => void {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			return acquireLock(target, 'Another scorecards run');
		} catch (error) {
			if (!(error instanceof LockedError) || Date.now() > deadline) throw error;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
		}
	}
}

/**
 * Finishes or undoes whatever an interrupted run left beside `out` (see `writeOutputAtomically`), under the lock.
 * Run first thing, so a crash between the two renames is repaired even when this run's data turns out bad.
 */
export function recoverOutput(out: string): string[] {
	const target = resolve(out);
	if (!existsSync(dirname(target))) return [];
	const release = waitForLock(target);
	try {
		return recoverSwap(target, oldLeftover(target));
	} finally {
		release();
	}
}

/**
 * Writes the files into a staging folder beside `out`, then swaps it in (src/lib/core/folder-swap.ts, as the
 * build swaps dist/): a reader never sees a half-written folder, a failure leaves the previous output untouched,
 * and whatever an interrupted run left (a staging folder, the previous copy between the two renames) is
 * recovered or removed first. A lock keeps two runs from writing the same folder. Returns what recovery did.
 */
export function writeOutputAtomically(out: string, files: Record<(typeof outputFiles)[number], string>): string[] {
	const target = resolve(out);
	mkdirSync(dirname(target), { recursive: true });
	const release = waitForLock(target);
	const { staging } = swapPaths(target);
	try {
		const recovered = recoverSwap(target, oldLeftover(target));
		if (existsSync(target)) {
			const foreign = readdirSync(target).filter((name) => !(outputFiles as readonly string[]).includes(name));
			if (foreign.length) {
				throw new Error(
					`Refusing to replace ${out}: it holds other files (${foreign.slice(0, 3).join(', ')}). Choose an empty or dedicated --out folder.`,
				);
			}
		}
		mkdirSync(staging);
		for (const [name, text] of Object.entries(files)) writeFileSync(join(staging, name), text);
		swapIn(staging, target);
		return recovered;
	} finally {
		rmSync(staging, { recursive: true, force: true });
		release();
	}
}
