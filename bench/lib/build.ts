/**
 * Timed builds for the benchmarks: wall time and peak memory of a child process, our portal built from any
 * content folder, and the vanilla Starlight site in bench/starlight/ built from the same MDX pages.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CorpusPage } from './corpus';

/** What a timed run cost: wall seconds, CPU seconds and the peak resident memory of its largest process, in MB. */
export interface RunCost {
	seconds: number;
	/** User + system CPU seconds of the whole process tree (GNU time only, else undefined): less noisy than wall time on a busy machine. */
	cpuSeconds?: number | undefined;
	peakMb: number;
}

const gnuTime = '/usr/bin/time';

/**
 * Runs a command, failing with its output tail when it fails. Peak memory comes from GNU time's
 * "Maximum resident set size" (the largest process in the tree) when /usr/bin/time exists, else from
 * the child's own resource usage.
 */
export async function runTimed(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunCost> {
	const useTime = existsSync(gnuTime);
	const [file, argv] = useTime ? [gnuTime, ['-v', command, ...args]] : [command, args];
	const started = performance.now();
	const child = spawn(file, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
	child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
	const code = await new Promise<number>((done) => child.on('close', (status) => done(status ?? 1)));
	const seconds = (performance.now() - started) / 1000;
	if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`);
	const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
	// resourceUsage of this process after the child exits includes it (ru_maxrss of waited-for children).
	const peakKb = maxRss ? Number(maxRss) : process.resourceUsage().maxRSS;
	const cpu = ['User', 'System'].map((kind) => new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1]);
	const cpuSeconds = cpu.every(Boolean) ? Number(cpu[0]) + Number(cpu[1]) : undefined;
	return { seconds, cpuSeconds, peakMb: peakKb / 1024 };
}

/** "load 3.41 2.98 2.10 on 2 cores": printed beside every measurement, since a shared machine skews them. */
export function machineLoad(): string {
	const cores = (globalThis.navigator?.hardwareConcurrency as number | undefined) ?? 0;
	return `load average ${loadavg()
		.map((n) => n.toFixed(2))
		.join(' ')}${cores ? ` on ${cores} cores` : ''}`;
}

/** A scratch folder for one benchmark run, under the system temp dir. */
export function workDir(name: string): string {
	const dir = join(tmpdir(), 'partner-hub-bench', name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	return dir;
}

/**
 * `npm run build` of our portal from `contentDir` into `outDir` (PORTAL_OUT_DIR), so dist/ is never touched; the
 * scorecards go to a scratch folder rather than over .scorecards/. `env` adds settings.
 */
export async function buildPortal(contentDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<RunCost> {
	const scorecards = mkdtempSync(join(tmpdir(), 'bench-scorecards-'));
	try {
		return await runTimed('npm', ['run', 'build', '--silent'], {
			PORTAL_CONTENT_DIR: resolve(contentDir),
			PORTAL_SCORECARDS_DIR: join(scorecards, 'out'),
			PORTAL_OUT_DIR: resolve(outDir),
			...env,
		});
	} finally {
		rmSync(scorecards, { recursive: true, force: true });
	}
}

/** Moves a folder, replacing `to`; copies when it crosses file systems (the temp dir often does). */
function move(from: string, to: string) {
	rmSync(to, { recursive: true, force: true });
	mkdirSync(dirname(to), { recursive: true });
	try {
		renameSync(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		cpSync(from, to, { recursive: true });
		rmSync(from, { recursive: true, force: true });
	}
}

export const starlightRoot = 'bench/starlight';

/**
 * Copies `pages` into the Starlight site's docs folder (same files, same relative paths, plus a home page)
 * and builds it with Astro into `outDir`; Starlight runs Pagefind itself.
 */
export async function buildStarlight(
	contentDir: string,
	pages: readonly CorpusPage[],
	outDir: string,
): Promise<RunCost> {
	const docs = join(starlightRoot, 'src/content/docs');
	rmSync(docs, { recursive: true, force: true });
	mkdirSync(docs, { recursive: true });
	for (const page of pages) {
		// A track overview is `<track>/index.mdx`; keep it, Starlight serves it at the folder URL like we do.
		mkdirSync(join(docs, page.file, '..'), { recursive: true });
		cpSync(join(contentDir, page.file), join(docs, page.file));
	}
	writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Benchmark corpus\n---\n\nThe same MDX pages as the portal.\n');
	// Built in place, then moved: Astro imports its prerender chunks from the output folder, and a folder outside
	// the project cannot resolve their packages.
	const built = join(starlightRoot, 'dist');
	try {
		const cost = await runTimed('npx', ['astro', 'build', '--root', starlightRoot, '--silent']);
		move(built, outDir);
		return cost;
	} finally {
		rmSync(docs, { recursive: true, force: true });
		rmSync(built, { recursive: true, force: true });
	}
}
