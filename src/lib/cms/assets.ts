import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Sveltia CMS's prebuilt browser files, read from node_modules so the build serves them from our own host.
 * The script as published fetches its fonts from a CDN and checks unpkg for updates; `localiseCmsScript`
 * points both at files we serve, so the admin works where only our host is reachable.
 */
const require = createRequire(join(process.cwd(), 'package.json'));

// The package exports only its bundler entry (npm/index.js); the browser build sits beside it in dist/.
const cmsDist = join(dirname(require.resolve('@sveltia/cms')), '..', 'dist');

/** A file of the CMS's browser build, e.g. "chunks/react-dom.js". */
export function cmsAsset(path: string): Buffer {
	return readFileSync(join(cmsDist, path));
}

/** The installed CMS version, answered locally to its update check. */
export function cmsVersion(): string {
	return (JSON.parse(readFileSync(join(cmsDist, '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Fonts the CMS loads, by the file name we serve them under, and the npm file that provides each. */
export const cmsFonts: Readonly<Record<string, string>> = {
	'source-sans-3-latin-wght-normal.woff2':
		'@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
	'noto-mono-latin-400-normal.woff2': '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
	'material-symbols-outlined-latin-wght-normal.woff2':
		'@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
};

export function cmsFont(file: string): Buffer {
	const source = cmsFonts[file];
	if (!source) throw new Error(`Unknown CMS font ${file}`);
	return readFileSync(require.resolve(source));
}

/**
 * Rewrites the CMS script's CDN addresses to our own: fontsource fonts become `fonts/<name>-<file>` (relative
 * to /admin/, where the CMS injects its styles), the unpkg package root becomes `sveltia` (update check,
 * chunk fallback) and the GitHub status check reads a local file that answers "unknown". Throws if an expected address is missing, so a CMS upgrade that moves them fails the build.
 * It also drops `maximum-scale=1` from the viewport the CMS sets, which blocks pinch zoom (WCAG 1.4.4).
 */
export function localiseCmsScript(code: string): string {
	const fontPattern =
		/https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+\.woff2)/g;
	const packageRoot = 'https://unpkg.com/@sveltia/cms`';
	const githubStatus = 'https://www.githubstatus.com/api/v2/status.json';
	if (!fontPattern.test(code) || !code.includes(packageRoot) || !code.includes(githubStatus)) {
		throw new Error('Sveltia CMS no longer contains the CDN addresses we rewrite; review src/lib/cms/assets.ts');
	}
	return code
		.replace(fontPattern, (_url, name: string, file: string) => `fonts/${name}-${file}`)
		.replaceAll(packageRoot, 'sveltia`')
		.replaceAll(githubStatus, 'sveltia/github-status.json')
		.replaceAll('`maximum-scale=1`,', '');
}
