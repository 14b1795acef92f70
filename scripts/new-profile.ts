/**
 * `npm run new:profile -- --partner ID`: starts a partner's directory profile at content/partners/<id>.mdx, unlisted,
 * with a stand-in logo. parse → look up → check against our own schema → write; exit 1 on bad input, 2 if it exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runScaffolder } from '../src/lib/cms/scaffold';
import { writeFileAtomic } from '../src/lib/data/atomic-write';
import { fieldChoices, profileFields } from '../src/lib/cms/fields';
import {
	monogramLogo,
	newProfileUsage,
	parseNewProfileArgs,
	renderProfileDraft,
} from '../src/lib/cms/scaffold-community';
import { portal, programIds } from '../src/lib/core/config';
import { contentDir, partnersCsvPath } from '../src/lib/content/content-dir';
import { parseWithFriendlyErrors } from '../src/lib/core/errors';
import { profileSchema } from '../src/lib/directory/schema';
import { parseFrontmatter } from '../src/lib/content/frontmatter';
import { readPartnersFile } from '../src/lib/partners/read';
import { findPartner } from '../src/lib/spotlights/scaffold';

const help = `${newProfileUsage}

Starts a directory profile for a partner in content/data/partners.csv: content/partners/<id>.mdx, with every field
present and a hint above each one, and a stand-in logo at content/partners/logos/<id>.svg. Nothing is overwritten.

Options:
  --partner ID   A partner id from content/data/partners.csv. Required.
  -h, --help     Show this help and exit.

Example:
  npm run new:profile -- --partner ledgerline

The profile starts unlisted (listed: false), so it is not published. Write the pitch and the text, pick the
services, industries, regions and languages, add the real logo and the links, then set listed: true once the
partner has agreed. npm run check refuses a listed profile that still holds a placeholder.`;

function main(argv: readonly string[]): number {
	if (argv.includes('--help') || argv.includes('-h')) {
		console.log(help);
		return 0;
	}
	const request = parseNewProfileArgs(argv);
	const partners = readPartnersFile(partnersCsvPath);
	const partner = findPartner(request.partner, partners);
	const fields = profileFields(fieldChoices(portal, partners ?? []));
	const text = renderProfileDraft(partner, fields, portal.lang);
	const file = join(contentDir, 'partners', `${partner.id}.mdx`);
	parseWithFriendlyErrors(profileSchema(programIds), parseFrontmatter(text, file).data, file);
	if (!writeFileAtomic(file, text, { overwrite: false })) {
		console.error(`${file} already exists; nothing was written.\nHint: edit the existing profile instead.`);
		return 2;
	}
	const logo = join(contentDir, 'partners', 'logos', `${partner.id}.svg`);
	if (!existsSync(logo)) writeFileAtomic(logo, monogramLogo(partner.name), { overwrite: false });
	console.log(`Created ${file} (unlisted) and a stand-in logo at ${logo}.`);
	return 0;
}

runScaffolder('new:profile', main);
