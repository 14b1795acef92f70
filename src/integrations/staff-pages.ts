import type { AstroIntegration } from 'astro';
import { staffPagesEnabled } from '../lib/core/env';

/** Staff routes by URL pattern, each a file in src/staff-pages/scorecards/. */
const routes: Readonly<Record<string, string>> = {
	'/scorecards': 'index.astro',
	'/scorecards/method': 'method.astro',
	'/scorecards/[id]': 'partner.astro',
	'/scorecards/scorecards.json': 'scorecards.json.ts',
	'/scorecards/scorecards.csv': 'scorecards.csv.ts',
};

/**
 * Staff-only scorecard pages live outside src/pages so that a partner-facing build
 * (PORTAL_STAFF_PAGES=false) does not generate them at all, downloads included.
 */
export function staffPages(): AstroIntegration {
	return {
		name: 'partner-hub:staff-pages',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				if (!staffPagesEnabled()) return;
				for (const [pattern, file] of Object.entries(routes)) {
					injectRoute({ pattern, entrypoint: `./src/staff-pages/scorecards/${file}`, prerender: true });
				}
			},
		},
	};
}
