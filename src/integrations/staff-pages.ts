import type { AstroIntegration } from 'astro';
import { staffPagesEnabled } from '../lib/core/env';
import { buildSecret } from '../lib/private/secret';

/** Staff routes by URL pattern, each a file in src/staff-pages/scorecards/. */
const routes: Readonly<Record<string, string>> = {
	'/scorecards': 'index.astro',
	'/scorecards/method': 'method.astro',
	'/scorecards/[id]': 'partner.astro',
	'/scorecards/scorecards.json': 'scorecards.json.ts',
	'/scorecards/scorecards.csv': 'scorecards.csv.ts',
};

/**
 * Staff-only scorecard pages live outside src/pages so that a partner-facing build (PORTAL_STAFF_PAGES=false),
 * or a build with no staff secret, does not generate them at all, downloads included. When they are built, the
 * private-pages step seals them.
 */
export function staffPages(): AstroIntegration {
	return {
		name: 'partner-hub:staff-pages',
		hooks: {
			'astro:config:setup': ({ injectRoute, logger }) => {
				if (!staffPagesEnabled()) return;
				// Staff data leaves the build only sealed; without a secret to seal it with, the pages are not built.
				if (!buildSecret()) {
					logger.info(
						'Staff pages not built: no staff secret (set PORTAL_STAFF_SECRET, or run npm start once to create .staff-secret).',
					);
					return;
				}
				for (const [pattern, file] of Object.entries(routes)) {
					injectRoute({ pattern, entrypoint: `./src/staff-pages/scorecards/${file}`, prerender: true });
				}
				// Each partner's own page, at an unguessable path (src/lib/private/links.ts), sealed with their key.
				injectRoute({ pattern: '/p/[slug]', entrypoint: './src/staff-pages/partner-page.astro', prerender: true });
			},
		},
	};
}
