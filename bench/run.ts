/**
 * Runs every benchmark in one go and exits 1 if any script fails or a page-weight budget is exceeded.
 *   npm run bench         corpus sizes 100, 1,000 and 5,000, Starlight side by side, and the scorecards script
 *                         and a build with 1,000 partners' scorecards (slow: tens of minutes)
 *   npm run bench:smoke   N = 100 only: proves the scripts still run and the byte budgets hold (CI)
 * Order: build scaling (keeps its builds) → page weight of the mid-size corpus → (full run only) scorecards
 * script and build with 1,000 partners → page weight of the example content → search cost on the mid-size
 * corpus → Lighthouse on the example content.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildPortal, machineLoad, workDir } from './lib/build';

const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false } } });
const sizes = values.smoke ? [100] : [100, 1000, 5000];
const searchSize = values.smoke ? 100 : 1000;
const work = workDir(values.smoke ? 'smoke' : 'full');
const started = performance.now();
const failures: string[] = [];

function step(title: string, script: string, args: string[]) {
	console.log(`\n=== ${title} (${machineLoad()}) ===`);
	const { status } = spawnSync('npx', ['tsx', `bench/${script}`, ...args], { stdio: 'inherit' });
	if (status !== 0) failures.push(`${title} (exit ${status})`);
}

step('Build scaling and Starlight', 'build-scaling.ts', ['--sizes', sizes.join(','), '--work', work]);
step(`Page weight, ${searchSize}-page corpus`, 'page-weight.ts', ['--dist', join(work, `ours-${searchSize}`)]);
if (!values.smoke) {
	step('Scorecards script, 1,000 and 10,000 partners', 'scorecards.ts', []);
	step('Build with 1,000 partner scorecards', 'scorecards-build.ts', ['--work', join(work, 'scorecards-build')]);
}

console.log(`\n=== Building the example content (${machineLoad()}) ===`);
const example = join(work, 'example');
const cost = await buildPortal('content', example);
console.log(`example content: ${cost.seconds.toFixed(1)} s, peak ${cost.peakMb.toFixed(0)} MB`);
step('Page weight, example content', 'page-weight.ts', ['--dist', example]);
step(`Search cost, ${searchSize}-page corpus`, 'search-cost.ts', ['--dist', join(work, `ours-${searchSize}`)]);
step('Lighthouse, example content', 'lighthouse.ts', ['--dist', example]);

const minutes = (performance.now() - started) / 60_000;
console.log(`\nbench${values.smoke ? ':smoke' : ''} finished in ${minutes.toFixed(1)} min; ${machineLoad()}`);
if (failures.length) {
	console.error(`Failed: ${failures.join('; ')}`);
	process.exit(1);
}
