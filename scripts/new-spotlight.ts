/**
 * `npm run new:spotlight -- --title "…" [--partner ID] [--date YYYY-MM-DD]`: writes a draft spotlight to
 * content/spotlights/<slug>.mdx. parse → validate → compute → write; exit 1 on bad input, 2 if the file exists,
 * 0 after `--help`.
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../src/lib/data/atomic-write';
import { fieldChoices, spotlightFields } from '../src/lib/cms/fields';
import { portal, programIds } from '../src/lib/core/config';
import { contentDir, partnersCsvPath } from '../src/lib/content/content-dir';
import { parseWithFriendlyErrors } from '../src/lib/core/errors';
import { fileNameFor, runScaffolder } from '../src/lib/cms/scaffold';
import { ENTRY_ID_MAX } from '../src/lib/content/ids';
import { findPartner, parseNewSpotlightArgs, renderSpotlightDraft } from '../src/lib/spotlights/scaffold';
import { readPartnersFile } from '../src/lib/partners/read';
import { spotlightSchema } from '../src/lib/spotlights/schema';
import { parseFrontmatter } from '../src/lib/content/frontmatter';

/** What `--help` prints: usage, options and an example, then what to do with the draft. */
const help = `Usage: npm run new:spotlight -- --title "TITLE" [--partner ID] [--date YYYY-MM-DD]

Writes a draft partnership spotlight to content/spotlights/<slug>.mdx (the slug comes from the title), with
every field present and a hint above each one. Nothing is overwritten.

Options:
  --title TEXT        Headline of the story; also makes the file name. Required.
  --partner ID        A partner id from content/data/partners.csv; fills in its partner type and model.
  --date YYYY-MM-DD   Publish date. Default: today.
  -h, --help          Show this help and exit.

Example:
  npm run new:spotlight -- --title "Acme: +220% partner revenue" --partner acme --date 2026-11-24

The draft shows in npm run dev only. Replace the placeholder texts (the summary, the author and the three
sections), add the key results, then set draft: false. npm run check and the build refuse a published story
that still holds a placeholder.`;

function main(argv: readonly string[]): number {
	// Help first: the argument parser is strict and would call --help an unknown option.
	if (argv.includes('--help') || argv.includes('-h')) {
		console.log(help);
		return 0;
	}
	// Parse.
	const today = new Date().toISOString().slice(0, 10);
	const request = parseNewSpotlightArgs(argv, today);
	// Validate against the partner list.
	const partners = readPartnersFile(partnersCsvPath);
	const partner = request.partner === undefined ? undefined : findPartner(request.partner, partners);
	// Compute.
	const fields = spotlightFields(fieldChoices(portal, partners ?? []));
	const text = renderSpotlightDraft({
		title: request.title,
		date: request.date,
		partner,
		fields,
		defaults: { partnerType: portal.partnerTypes[0]!.id, model: portal.partnershipModels[0]!.id },
	});
	const file = join(
		contentDir,
		'spotlights',
		`${fileNameFor(request.title, (name) => console.log(`The title is long; the file name is cut to ${ENTRY_ID_MAX} characters: ${name}.mdx`))}.mdx`,
	);
	// Never write a file our own schema would reject.
	parseWithFriendlyErrors(spotlightSchema(programIds), parseFrontmatter(text, file).data, file);
	// Write.
	if (!writeFileAtomic(file, text, { overwrite: false })) {
		console.error(
			`${file} already exists; nothing was written.\nHint: choose another --title, or edit the existing file.`,
		);
		return 2;
	}
	console.log(`Created ${file} (draft: it shows in npm run dev only; set draft: false to publish).`);
	return 0;
}

runScaffolder('new:spotlight', main);
