import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { hardenSite } from '../lib/security/harden';
import { emittedInlineScripts } from './inline-scripts';

/**
 * Adds a Content-Security-Policy to every built page and writes the `_headers` file (src/lib/security/harden.ts).
 * The inline scripts it may hash are the ones our `?inline-script` imports produced in this build.
 * It hashes the pages' inline code as it is on disk, so it is the last integration in astro.config.mjs: anything
 * that changed a page after it would break that page's policy.
 */
export function hardening(): AstroIntegration {
	return {
		name: 'partner-hub:hardening',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const { pages } = hardenSite(fileURLToPath(dir), emittedInlineScripts);
				logger.info(`Content-Security-Policy added to ${pages} pages; wrote _headers`);
			},
		},
	};
}
