/**
 * Times `npm run scorecards` (its command as a child process, start-up included) on synthetic data for 1,000
 * and 10,000 partners × 8 quarters, with value-exchange records for one partner in ten, and prints wall and
 * CPU seconds and the 10k/1k ratios. Target: 10,000 partners in at most 3 s, growing linearly (ratio near 10).
 * Run: npm run bench:scorecards (BENCH_KEEP=DIR [BENCH_PARTNERS=N] only writes the data, for profiling).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { partnerTypeIds, partnershipModelIds, valueDimensionIds } from '../src/lib/core/config';
import { metricsColumns } from '../src/lib/scorecards/metrics-schema';
import { addQuarters } from '../src/lib/scorecards/quarters';
import { machineLoad, runTimed, type RunCost } from './lib/build';

const budgetSeconds = 3;
const quarters = Array.from({ length: 8 }, (_, i) => addQuarters('2024-Q4', i));

/** A deterministic pseudo-random generator, so runs compare like with like. */
function random(seed: number) {
	return () => {
		seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
		return seed / 2_147_483_648;
	};
}

function writeData(dir: string, partners: number) {
	const rand = random(partners);
	const int = (max: number) => Math.floor(rand() * (max + 1));
	const partnerRows = ['id,name,type,model,joined,track'];
	const metricRows = [metricsColumns.join(',')];
	mkdirSync(join(dir, 'ratings'), { recursive: true });
	for (let p = 0; p < partners; p++) {
		const id = `partner-${p}`;
		partnerRows.push(
			`${id},"Partner ${p}, Ltd.",${partnerTypeIds[p % partnerTypeIds.length]},${partnershipModelIds[p % partnershipModelIds.length]},2024-0${1 + (p % 9)}-15,`,
		);
		for (const quarter of quarters) {
			const leads = int(15);
			metricRows.push(
				[id, quarter, leads + int(20), leads, int(leads), int(80_000), rand() < 0.2 ? '' : int(200_000)]
					.concat([
						(70 + rand() * 30).toFixed(1),
						int(14),
						(5 + rand() * 5).toFixed(1),
						rand() < 0.1 ? '' : (rand() * 9).toFixed(1),
					])
					.concat([(5 + rand() * 5).toFixed(1), int(100), 4, int(4), int(8), int(3), int(4)])
					.join(','),
			);
		}
		if (p % 10 === 0) {
			for (const rater of ['partner', 'program']) {
				const ratings = valueDimensionIds.map((dimension) => ({
					dimension,
					received: 1 + int(9),
					provided: 1 + int(9),
				}));
				const record = {
					version: 1,
					partnerId: id,
					period: quarters[7],
					rater,
					submittedAt: '2026-10-01T10:00:00Z',
					ratings,
				};
				writeFileSync(join(dir, 'ratings', `${id}-${quarters[7]}-${rater}.json`), JSON.stringify(record));
			}
		}
	}
	writeFileSync(join(dir, 'partners.csv'), `${partnerRows.join('\n')}\n`);
	writeFileSync(join(dir, 'metrics.csv'), `${metricRows.join('\n')}\n`);
}

/** The command `npm run scorecards` runs (from package.json), so the bench times exactly that, start-up included. */
function scorecardsCommand(): string[] {
	const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
	return scripts.scorecards!.split(' ');
}

/** Best of `runs` child-process runs: wall seconds, CPU seconds (user + system) and peak memory. */
async function time(partners: number, runs: number): Promise<RunCost> {
	const root = mkdtempSync(join(tmpdir(), 'bench-scorecards-'));
	try {
		writeData(join(root, 'data'), partners);
		const [command, ...args] = scorecardsCommand();
		const costs: RunCost[] = [];
		for (let run = 0; run < runs; run++) {
			costs.push(await runTimed(command!, [...args, '--data', join(root, 'data'), '--out', join(root, 'out')]));
		}
		// The least disturbed run: on a shared machine the others mostly measure the neighbours.
		return costs.reduce((best, cost) => (cost.seconds < best.seconds ? cost : best));
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

if (process.env.BENCH_KEEP) {
	writeData(process.env.BENCH_KEEP, Number(process.env.BENCH_PARTNERS ?? 10_000));
	process.exit(0);
}
const runs = 3;
console.log(`Timing \`${scorecardsCommand().join(' ')}\`, best of ${runs} runs; ${machineLoad()}`);
const small = await time(1_000, runs);
const large = await time(10_000, runs);
const cpu = (cost: RunCost) => (cost.cpuSeconds === undefined ? '' : `, ${cost.cpuSeconds.toFixed(2)} s CPU`);
const ratio = (a?: number, b?: number) => (a !== undefined && b ? (a / b).toFixed(1) : 'n/a');
console.log(
	`scorecards, 1,000 partners × 8 quarters: ${small.seconds.toFixed(2)} s wall${cpu(small)}, peak ${small.peakMb.toFixed(0)} MB`,
);
console.log(
	`scorecards, 10,000 partners × 8 quarters: ${large.seconds.toFixed(2)} s wall${cpu(large)}, peak ${large.peakMb.toFixed(0)} MB; ` +
		`budget ${budgetSeconds} s, ratio ${(large.seconds / budgetSeconds).toFixed(2)}`,
);
console.log(
	`10k/1k ratio: ${ratio(large.seconds, small.seconds)} wall, ${ratio(large.cpuSeconds, small.cpuSeconds)} CPU ` +
		`(both include the same start-up, so below 10)`,
);
console.log(`${machineLoad()} (wall times on a busy machine overstate; CPU time is steadier)`);
