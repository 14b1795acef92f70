/**
 * `npm run build`: the Astro build, staged. Astro writes into `.dist.staging/` beside the output folder
 * (`PORTAL_OUT_DIR`, default `dist/`), and only a build whose every step succeeded (pages, scorecards, search
 * index, hardening) is swapped in. A failed or interrupted build leaves the last good site byte for byte; a
 * lock keeps two builds from writing the same folder.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { readEnv } from '../src/lib/core/env';
import { LockedError, acquireLock, recoverSwap, swapIn, swapPaths } from '../src/lib/core/folder-swap';

const target = resolve(readEnv().PORTAL_OUT_DIR);
const { staging } = swapPaths(target);

let release: () => void;
try {
	release = acquireLock(target, 'A build');
} catch (error) {
	if (!(error instanceof LockedError)) throw error;
	console.error(`[build] ${error.message}`);
	process.exit(1);
}

const cleanUp = () => {
	rmSync(staging, { recursive: true, force: true });
	release();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		cleanUp();
		process.exit(130);
	});
}

for (const line of recoverSwap(target)) console.log(`[build] ${line}`);

const astro = resolve('node_modules/astro/bin/astro.mjs');
const child = spawn(
	process.execPath,
	['--max-semi-space-size=64', astro, 'build', '--outDir', staging, ...process.argv.slice(2)],
	{ stdio: 'inherit' },
);
child.on('close', (code, signal) => {
	if (code === 0) {
		swapIn(staging, target);
		release();
		return;
	}
	cleanUp();
	console.error(
		`[build] The build failed${signal ? ` (${signal})` : ''}; ${target} is unchanged, still the last good build.`,
	);
	process.exit(code ?? 1);
});
