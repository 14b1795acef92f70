import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/content/content-dir';
import { readPartnersFile } from '../lib/partners/read';
import { portal } from '../lib/core/config';
import { sealedSections } from '../lib/core/urls';
import { sealSite } from '../lib/private/seal-site';
import { buildSecret } from '../lib/private/secret';
import { bundleInlineScript } from './inline-scripts';

/**
 * Seals the staff sections and each partner's page after Astro wrote them (src/lib/private/seal-site.ts), before
 * the search index and the hardening step see them: no staff figure leaves the build in readable form.
 */
export function privatePages(): AstroIntegration {
	return {
		name: 'partner-hub:private-pages',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const secret = buildSecret();
				if (!secret) return;
				const { code } = await bundleInlineScript(fileURLToPath(new URL('../client/unlock.ts', import.meta.url)));
				const partners = readPartnersFile(join(contentDir, 'data', 'partners.csv')) ?? [];
				const partnerSalts = new Map(partners.flatMap((partner) => (partner.salt ? [[partner.id, partner.salt]] : [])));
				const { pages, files } = await sealSite({
					dist: fileURLToPath(dir),
					base: portal.base,
					secret: secret.bytes,
					staffSections: sealedSections,
					partnerSalts,
					programName: portal.programName,
					unlockScript: code,
				});
				logger.info(
					`Sealed ${pages} private pages and ${files} downloads (AES-256-GCM, key from the ${secret.source === 'env' ? 'PORTAL_STAFF_SECRET variable' : '.staff-secret file'})`,
				);
			},
		},
	};
}
