import { parseArgs } from 'node:util';
import type { FieldDefinition } from '../cms/fields';
import { renderDraft, titleSlug } from '../cms/scaffold';
import { closest } from '../data/csv-read';
import { UserError, quote } from '../core/errors';
import type { Partner } from '../partners/schema';
import { isoDateSchema } from '../core/schema-helpers';
import { spotlightPlaceholders } from '../content/placeholders';

/** What `npm run new:spotlight` was asked for, after parsing but before checking against data. */
export interface NewSpotlightRequest {
	title: string;
	date: string;
	partner?: string | undefined;
}

const usage =
	'Usage: npm run new:spotlight -- --title "Acme: +220% partner revenue" [--partner ID] [--date YYYY-MM-DD]';

/** Parses the command line; `today` (YYYY-MM-DD) is the default date. Throws `UserError` on bad input. */
export function parseNewSpotlightArgs(argv: readonly string[], today: string): NewSpotlightRequest {
	let values: { title?: string | undefined; partner?: string | undefined; date?: string | undefined };
	try {
		({ values } = parseArgs({
			args: [...argv],
			options: { title: { type: 'string' }, partner: { type: 'string' }, date: { type: 'string' } },
			strict: true,
			allowPositionals: false,
		}));
	} catch (error) {
		throw new UserError((error as Error).message, usage);
	}
	const title = values.title?.trim() ?? '';
	if (!title) throw new UserError('Missing --title', usage);
	if (!titleSlug(title)) {
		throw new UserError(`The title ${quote(title)} has no letters or digits to make a file name from`, usage);
	}
	const date = values.date ?? today;
	if (!isoDateSchema.safeParse(date).success) {
		throw new UserError(
			`--date: Expected a real date as YYYY-MM-DD, found ${quote(date)}`,
			'For example --date 2026-11-24.',
		);
	}
	return { title, date, partner: values.partner };
}

/** Finds the requested partner; an unknown id is an error with a "did you mean" hint. */
export function findPartner<P extends Pick<Partner, 'id'>>(id: string, partners: readonly P[] | undefined): P {
	const partner = partners?.find((candidate) => candidate.id === id);
	if (partner) return partner;
	if (!partners)
		throw new UserError(
			`--partner: there is no content/data/partners.csv to look up ${quote(id)}`,
			'Add the partner list first, or leave out --partner.',
		);
	const guess = closest(
		id,
		partners.map((candidate) => candidate.id),
	);
	throw new UserError(
		`--partner: Unknown partner id ${quote(id)} in content/data/partners.csv`,
		guess ? `Did you mean "${guess}"?` : `Known ids: ${partners.map((candidate) => candidate.id).join(', ')}`,
	);
}

/**
 * The draft's MDX: every field present, each under a `# hint` comment taken from the CMS field table, so the
 * file teaches its own format. It parses with `spotlightSchema` as written.
 */
export function renderSpotlightDraft(input: {
	title: string;
	date: string;
	partner?: Pick<Partner, 'id' | 'type' | 'model'> | undefined;
	fields: readonly FieldDefinition[];
	defaults: { partnerType: string; model: string };
}): string {
	const values: Record<string, unknown> = {
		title: input.title,
		date: input.date,
		partners: input.partner ? [input.partner.id] : [],
		partnerType: input.partner?.type ?? input.defaults.partnerType,
		model: input.partner?.model ?? input.defaults.model,
		tags: ['partnership'],
		summary: spotlightPlaceholders.fields.summary,
		results: [],
		author: spotlightPlaceholders.fields.author,
		draft: true,
	};
	// Optional and needs a real file, so the cover is shown commented out.
	return renderDraft({
		fields: input.fields,
		values,
		commented: { cover: spotlightPlaceholders.cover },
		sections: spotlightPlaceholders.sections,
	});
}
