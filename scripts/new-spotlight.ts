/**
 * `npm run new:spotlight -- --title "…" [--partner ID] [--date YYYY-MM-DD]`: writes a draft spotlight to
 * content/spotlights/<slug>.mdx. parse → validate → compute → write; exit 1 on bad input, 2 if the file exists.
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../src/lib/data/atomic-write';
import { spotlightFields } from '../src/lib/cms/fields';
import { portal, programIds } from '../src/lib/core/config';
import { contentDir, partnersCsvPath } from '../src/lib/content/content-dir';
import { UserError, parseWithFriendlyErrors } from '../src/lib/core/errors';
import {
	findPartner,
	parseNewSpotlightArgs,
	renderSpotlightDraft,
	spotlightSlug,
} from '../src/lib/spotlights/scaffold';
import { readPartnersFile } from '../src/lib/partners/read';
import { spotlightSchema } from '../src/lib/spotlights/schema';
import { parseFrontmatter } from '../src/lib/content/frontmatter';

function main(): number {
	// Parse.
	const today = new Date().toISOString().slice(0, 10);
	const request = parseNewSpotlightArgs(process.argv.slice(2), today);
	// Validate against the partner list.
	const partners = readPartnersFile(partnersCsvPath);
	const partner = request.partner === undefined ? undefined : findPartner(request.partner, partners);
	// Compute.
	const options = (list: readonly { id: string; label: string }[]) =>
		list.map(({ id, label }) => ({ value: id, label }));
	const fields = spotlightFields({
		partnerTypes: options(portal.partnerTypes),
		models: options(portal.partnershipModels),
		partners: (partners ?? []).map(({ id, name }) => ({ value: id, label: name })),
	});
	const text = renderSpotlightDraft({
		title: request.title,
		date: request.date,
		partner,
		fields,
		defaults: { partnerType: portal.partnerTypes[0]!.id, model: portal.partnershipModels[0]!.id },
	});
	const file = join(contentDir, 'spotlights', `${spotlightSlug(request.title)}.mdx`);
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

try {
	process.exitCode = main();
} catch (error) {
	if (!(error instanceof UserError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
