/**
 * The README's screenshots: the first screen of the home page, a track, a quiz and a partner scorecard, on a
 * phone (390×844) and a desktop (1366×900), in the light theme with reduced motion, from the example content.
 *   npm run screenshots   (builds the example content first when dist/index.html is missing)
 * Writes docs/screenshots/<page>-<phone|desktop>.png. Run it again after a design change and commit the images.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../test/e2e/support/browser';
import { serveStatic } from '../test/e2e/support/static-server';

const dist = 'dist';
const out = join('docs', 'screenshots');

if (!existsSync(join(dist, 'index.html'))) {
	console.log('dist/index.html is missing: running npm run build');
	execFileSync('npm', ['run', 'build'], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
}

const pages = [
	{ name: 'home', path: '' },
	{ name: 'track', path: 'onboarding/agencies/' },
	{ name: 'quiz', path: 'training/agencies-referral-essentials/' },
	{ name: 'scorecard', path: 'scorecards/alder-and-finch/' },
];
const devices = [
	{ name: 'phone', viewport: { width: 390, height: 844 } },
	{ name: 'desktop', viewport: { width: 1366, height: 900 } },
];

for (const { path } of pages) {
	if (!existsSync(join(dist, path, 'index.html')))
		throw new Error(`${dist}/${path}index.html is missing from the build`);
}
mkdirSync(out, { recursive: true });

const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
	for (const device of devices) {
		const context = await browser.newContext({
			viewport: device.viewport,
			deviceScaleFactor: 1,
			colorScheme: 'light',
			reducedMotion: 'reduce',
		});
		const page = await context.newPage();
		for (const { name, path } of pages) {
			await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			// Islands hydrated and web fonts in: the page as a visitor sees it once it has settled.
			await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 10_000 });
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			const theme = await page.evaluate(() => document.documentElement.dataset.theme);
			if (theme !== 'light') throw new Error(`/${path} opened in the ${theme} theme, not light`);
			const file = join(out, `${name}-${device.name}.png`);
			// The first screen only (not the full page): what the README reader would see on arrival.
			await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
			const kb = Math.round(statSync(file).size / 1024);
			console.log(`${file}  ${device.viewport.width}×${device.viewport.height}  /${path}  ${kb} KB`);
			if (kb > 400) console.log(`    over 400 KB: consider a JPEG (quality 80) for this one`);
		}
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}
