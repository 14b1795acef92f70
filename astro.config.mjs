// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { buildPipeline } from './src/integrations/build-pipeline';
import { portal } from './src/lib/config';
import { staffPagesEnabled } from './src/lib/scorecard/location';
import { isIndexable } from './src/lib/urls';

/**
 * Staff-only scorecard pages live outside src/pages so that a partner-facing build
 * (PORTAL_STAFF_PAGES=false) does not generate them at all, downloads included.
 */
const staffPages = {
	name: 'partner-hub:staff-pages',
	hooks: {
		/** @param {{ injectRoute: (route: { pattern: string; entrypoint: string; prerender?: boolean }) => void }} options */
		'astro:config:setup': ({ injectRoute }) => {
			if (!staffPagesEnabled()) return;
			const routes = {
				'/scorecards': 'index.astro',
				'/scorecards/method': 'method.astro',
				'/scorecards/[id]': 'partner.astro',
				'/scorecards/scorecards.json': 'scorecards.json.ts',
				'/scorecards/scorecards.csv': 'scorecards.csv.ts',
			};
			for (const [pattern, file] of Object.entries(routes)) {
				injectRoute({ pattern, entrypoint: `./src/staff-pages/scorecards/${file}`, prerender: true });
			}
		},
	},
};

/**
 * `import code from './file.ts?inline-script'` gives the file and its imports bundled and minified into one
 * classic script, as a string for `<script is:inline set:html={code} />`. For the few scripts that must run
 * before first paint or are too small to be worth a request of their own; `src/lib/harden.ts` hashes them
 * into each page's Content-Security-Policy.
 */
const inlineScripts = {
	name: 'partner-hub:inline-scripts',
	/** @param {string} id */
	async load(id) {
		if (!id.endsWith('?inline-script')) return;
		const entry = id.slice(0, -'?inline-script'.length);
		const result = await build({
			entryPoints: [entry],
			bundle: true,
			minify: true,
			format: 'iife',
			target: 'es2022',
			write: false,
			metafile: true,
		});
		// @ts-ignore Vite's plugin context: rebuild in dev when any bundled file changes.
		for (const input of Object.keys(result.metafile.inputs)) this.addWatchFile(input);
		const [output] = result.outputFiles;
		return `export default ${JSON.stringify(output?.text.trim() ?? '')};`;
	},
};

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site: portal.site,
	base: portal.base,
	trailingSlash: 'always',
	// Another corpus (PORTAL_CONTENT_DIR) keeps its own content cache, so it never mixes with ours.
	...(process.env.PORTAL_CONTENT_DIR && {
		cacheDir: `./node_modules/.astro/content-${createHash('sha1').update(process.env.PORTAL_CONTENT_DIR).digest('hex').slice(0, 8)}`,
	}),
	build: { format: 'directory' },
	integrations: [mdx(), react(), staffPages, sitemap({ filter: isIndexable }), buildPipeline()],
	// Partner pages must work offline on an intranet: no prefetch, no external fonts.
	prefetch: false,
	devToolbar: { enabled: false },
	vite: { plugins: [inlineScripts] },
});
