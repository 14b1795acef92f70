/**
 * Times `npm run scorecards` (as a child process, start-up included) on synthetic data for 1,000 and
 * 10,000 partners × 8 quarters, with value-exchange records for one partner in ten, and prints seconds and
 * the 10k/1k ratio. Target: 10,000 partners in at most 3 s, growing linearly (ratio near 10).
 * Run: npm run bench:scorecards
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { main } from '../scripts/scorecards';
import { partnerTypeIds, partnershipModelIds, valueDimensionIds } from '../src/lib/config';
import { metricsColumns } from '../src/lib/schemas/metrics';
import { addQuarters } from '../src/lib/scorecard/quarters';

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

/** Wall seconds of the script as a child process, and CPU seconds of one more run in this process. */
function time(partners: number): { wall: number; cpu: number } {
	const root = mkdtempSync(join(tmpdir(), 'bench-scorecards-'));
	try {
		writeData(join(root, 'data'), partners);
		const cpuStart = process.cpuUsage();
		const code = main(['--data', join(root, 'data'), '--out', join(root, 'out-in-process')], {
			log: () => {},
			error: console.error,
			now: () => new Date(),
		});
		if (code !== 0) throw new Error('scorecards failed');
		const used = process.cpuUsage(cpuStart);
		const started = performance.now();
		execFileSync(
			'node_modules/.bin/tsx',
			['scripts/scorecards.ts', '--data', join(root, 'data'), '--out', join(root, 'out')],
			{
				stdio: ['ignore', 'ignore', 'inherit'],
			},
		);
		return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

if (process.env.BENCH_KEEP) {
	writeData(process.env.BENCH_KEEP, 10_000);
	process.exit(0);
}
const small = time(1_000);
const large = time(10_000);
const load = loadavg()[0]!.toFixed(1);
console.log(
	`scorecards, 1,000 partners × 8 quarters: ${small.wall.toFixed(2)} s wall (child process), ${small.cpu.toFixed(2)} s CPU (in process)`,
);
console.log(
	`scorecards, 10,000 partners × 8 quarters: ${large.wall.toFixed(2)} s wall, ${large.cpu.toFixed(2)} s CPU; budget ${budgetSeconds} s, ratio ${(large.wall / budgetSeconds).toFixed(2)}`,
);
console.log(
	`10k/1k ratio: ${(large.wall / small.wall).toFixed(1)} wall (start-up is the same in both), ${(large.cpu / small.cpu).toFixed(1)} CPU`,
);
console.log(
	`load average while measuring: ${load} on ${availableParallelism()} cores (wall times on a busy machine overstate CPU time)`,
);
