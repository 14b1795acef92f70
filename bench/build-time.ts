/**
 * Times the full production build (`npm run build`: Astro, then Pagefind) of whatever content
 * PORTAL_CONTENT_DIR points at (default: the example content), and prints seconds, pages and the
 * ratio to the 60 s budget. Run: npm run bench:build
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { listPages } from '../src/lib/core/site-files';

const budgetSeconds = 60;
const started = performance.now();
execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
const seconds = (performance.now() - started) / 1000;
const pages = listPages('dist').length;

console.log(`build: ${seconds.toFixed(1)} s for ${pages} pages (${((seconds / pages) * 1000).toFixed(0)} ms per page)`);
console.log(`budget: ${budgetSeconds} s; ratio ${(seconds / budgetSeconds).toFixed(2)}`);
