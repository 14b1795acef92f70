// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { contentCheck } from './src/integrations/content-check';
import { hardening } from './src/integrations/hardening';
import { inlineScripts } from './src/integrations/inline-scripts';
import { privatePages } from './src/integrations/private-pages';
import { scorecards } from './src/integrations/scorecards';
import { searchIndex } from './src/integrations/search-index';
import { staffPages } from './src/integrations/staff-pages';
import { contentDir } from './src/lib/content/content-dir';
import { contentSafety } from './src/lib/security/content-safety-plugin';
import { portal } from './src/lib/core/config';
import { envSchema, readEnv } from './src/lib/core/env';
import { isIndexable } from './src/lib/core/urls';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site: portal.site,
	outDir: readEnv().PORTAL_OUT_DIR,
	base: portal.base,
	trailingSlash: 'always',
	// Another corpus (PORTAL_CONTENT_DIR) keeps its own content cache, so it never mixes with ours.
	...(contentDir !== envSchema.shape.PORTAL_CONTENT_DIR.parse(undefined) && {
		cacheDir: `./node_modules/.astro/content-${createHash('sha1').update(contentDir).digest('hex').slice(0, 8)}`,
	}),
	build: { format: 'directory' },
	// Content never carries script: every Markdown and MDX file is checked as it compiles (src/lib/security).
	markdown: { processor: satteri({ hastPlugins: [contentSafety()] }) },
	// Astro 5's lossless compression: Astro 7's default ('jsx') drops the spaces between inline elements.
	compressHTML: true,
	/*
	 * Our steps around Astro's own, so that `astro build` alone gives the whole product, in the order Astro runs
	 * their hooks: the content rules before anything is synced, scorecards from the data folder before the pages
	 * that render them; after the pages, staff and partner pages sealed, the Pagefind index, then the security
	 * headers. One process instead of several (bench/build-scaling.ts). Hardening hashes each page's inline code as
	 * it is on disk, so it comes last and nothing changes a page after it; the search index only reads the pages.
	 */
	integrations: [
		contentCheck(),
		mdx(),
		react(),
		staffPages(),
		sitemap({ filter: isIndexable }),
		scorecards(),
		privatePages(),
		searchIndex(),
		hardening(),
	],
	// Partner pages must work offline on an intranet: no prefetch, no external fonts.
	prefetch: false,
	devToolbar: { enabled: false },
	vite: {
		plugins: [inlineScripts()],
		build: {
			// Astro inlines small bundled scripts; kept as files, every inline script is one we emit on purpose.
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			rollupOptions: {
				// A known Astro 7 warning (withastro/astro#18087) on every MDX entry; harmless, and it buries real ones.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
