import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { testStaffSecret } from './staff-secret';
import { serveStatic } from './static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the built portal is served, ending in the site base, e.g. "http://127.0.0.1:4567/". */
		siteUrl: string;
	}
}

/**
 * Builds the portal once (the real `npm run build`: Astro then Pagefind) and serves it (`PORTAL_OUT_DIR`, default `dist/`) on a free
 * loopback port for every end-to-end file. `PORTAL_E2E_REUSE_BUILD=1` skips the build when that folder holds one.
 */
export default async function setup(project: TestProject) {
	const distDir = process.env.PORTAL_OUT_DIR ?? 'dist';
	if (!(process.env.PORTAL_E2E_REUSE_BUILD && existsSync(`${distDir}/index.html`))) {
		// Vitest sets NODE_ENV=test, which would make Vite bundle React's development build into the islands.
		const env = { ...process.env, NODE_ENV: 'production', PORTAL_STAFF_SECRET: testStaffSecret };
		execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env });
	}
	// Served under the same base it was built for (PORTAL_BASE, e.g. /partners/), like a sub-path host.
	const server = await serveStatic(distDir, process.env.PORTAL_BASE ?? '/');
	project.provide('siteUrl', server.url);
	return () => server.close();
}
