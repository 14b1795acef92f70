/**
 * `npm run partner-links [-- --out partner-links.csv]`: each partner's private link, for a mail merge. The keys
 * come from the staff secret (PORTAL_STAFF_SECRET or `.staff-secret`), so the links match the last build made
 * with the same secret; rotating it revokes them all. The file holds keys: it is gitignored, keep it private.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/content-dir';
import { portal } from '../src/lib/core/config';
import { href } from '../src/lib/core/urls';
import { writeFileAtomic } from '../src/lib/data/atomic-write';
import { toCsv } from '../src/lib/data/csv-write';
import { readPartnersFile } from '../src/lib/partners/read';
import { partnerLink, staffLink } from '../src/lib/private/links';
import { buildSecret } from '../src/lib/private/secret';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'partner-links.csv' } } });

const secret = buildSecret();
if (!secret) {
	console.error(
		'No staff secret: set PORTAL_STAFF_SECRET (as for the build), or run npm start once to create .staff-secret.',
	);
	process.exit(1);
}
const file = join(contentDir, 'data', 'partners.csv');
const partners = readPartnersFile(file);
if (!partners?.length) {
	console.error(`No partners in ${file}.`);
	process.exit(1);
}

const site = new URL(href(''), portal.site).href;
const rows = await Promise.all(
	partners.map(async (partner) => [
		partner.id,
		partner.name,
		await partnerLink(site, secret.bytes, partner.id, partner.salt),
	]),
);
writeFileAtomic(values.out!, toCsv([['partner_id', 'name', 'link'], ...rows], { bom: true }), { overwrite: true });
console.log(`Wrote ${rows.length} private links to ${values.out} (keep it private: each link is a key).`);
console.log(`Staff link: ${await staffLink(site, secret.bytes)}`);
