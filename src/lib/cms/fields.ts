import type { Choice, Label } from '../core/config-schema';
import type { ProgramIds } from '../core/schema-helpers';
import { profileSchema } from '../directory/schema';
import { eventSchema } from '../events/schema';
import { announcementSchema } from '../news/schema';
import { practiceSchema } from '../practices/schema';
import { spotlightSchema } from '../spotlights/schema';
import { fieldsFromSchema } from './schema-fields';

/**
 * The fields staff edit in the browser, generated from the collections' zod schemas (schema-fields.ts): the CMS's
 * field lists and the scaffolders' hints come from here, so an editor is offered exactly what the build accepts.
 * Only the words live here, one entry per schema key (a missing or extra key is a type error).
 */

/** A choice in a select field. */
export interface FieldOption {
	label: string;
	value: string;
}

/** One frontmatter field, described once for the CMS, the scaffolder and the docs. */
export interface FieldDefinition {
	/** Frontmatter key, as in the zod schema. */
	name: string;
	/** Label in the CMS editor. */
	label: string;
	/** One line of help: shown under the field in the CMS and as a comment in scaffolded files. */
	hint: string;
	widget:
		| 'string'
		| 'text'
		| 'markdown'
		| 'datetime'
		| 'select'
		| 'list'
		| 'object'
		| 'boolean'
		| 'number'
		| 'image'
		| 'relation';
	/** Whether the schema requires a value (no default). */
	required: boolean;
	/** select: the allowed values. */
	options?: readonly FieldOption[];
	/** select/relation: a list of values rather than one. */
	multiple?: boolean;
	/** object, or a list of objects: the sub-fields. */
	fields?: readonly FieldDefinition[];
	/** The value the schema uses when the field is left out. */
	default?: unknown;
	/** What a new entry starts with, when that differs from the schema default (new stories start as drafts). */
	initial?: unknown;
	/** relation: the collection whose entries are offered. */
	collection?: string;
}

/** Choices the fields offer, from configuration and data; passed in so this module stays pure. */
export interface FieldChoices {
	partnerTypes: readonly FieldOption[];
	models: readonly FieldOption[];
	/** Partners from partners.csv; an empty list makes the partner field free text. */
	partners: readonly FieldOption[];
	/** Directory services, industries and regions from `community` in portal.config.ts. Default: none. */
	services?: readonly FieldOption[];
	industries?: readonly FieldOption[];
	regions?: readonly FieldOption[];
}

/** The choices of a configuration and a partner list, as select options. */
export function fieldChoices(
	config: {
		partnerTypes: readonly Choice[];
		partnershipModels: readonly Choice[];
		community: { services: readonly Label[]; industries: readonly Label[]; regions: readonly Label[] };
	},
	partners: readonly { id: string; name: string }[],
): Required<FieldChoices> {
	const options = (list: readonly { id: string; label: string }[]) =>
		list.map(({ id, label }) => ({ value: id, label }));
	return {
		partnerTypes: options(config.partnerTypes),
		models: options(config.partnershipModels),
		partners: partners.map(({ id, name }) => ({ value: id, label: name })),
		services: options(config.community.services),
		industries: options(config.community.industries),
		regions: options(config.community.regions),
	};
}

/** The ids a schema factory checks, from the choices the fields offer. */
function idsOf(choices: FieldChoices): ProgramIds {
	const values = (list: readonly FieldOption[] = []) => list.map(({ value }) => value);
	return {
		partnerTypeIds: values(choices.partnerTypes),
		modelIds: values(choices.models),
		dimensionIds: [],
		serviceIds: values(choices.services),
		industryIds: values(choices.industries),
		regionIds: values(choices.regions),
	};
}

const oneOfHint = (options: readonly FieldOption[]) => `One of: ${options.map((o) => o.value).join(', ')}.`;
const summaryCopy = (where: string) => ({
	label: 'Summary',
	widget: 'text' as const,
	hint: `One or two sentences (20-300 characters) for ${where}.`,
});
const audienceCopy = (choices: FieldChoices) => ({
	label: 'Audience',
	options: choices.partnerTypes,
	hint: 'The partner types it is for; leave empty for every partner.',
});
const updatedCopy = {
	label: 'Last updated',
	widget: 'datetime' as const,
	hint: 'The day the text last changed in a way readers should notice, as YYYY-MM-DD; shows a "New" badge for a while.',
};

/** Spotlight fields, in the schema's order. */
export function spotlightFields(choices: FieldChoices): FieldDefinition[] {
	return fieldsFromSchema(spotlightSchema(idsOf(choices)), {
		title: { label: 'Title', hint: 'Headline of the story, e.g. "Acme: +220% partner revenue in eight months".' },
		date: {
			label: 'Publish date',
			widget: 'datetime',
			hint: 'Publish date as YYYY-MM-DD; the archive sorts and groups by it.',
		},
		partners: {
			label: 'Partners',
			...(choices.partners.length ? { options: choices.partners } : { widget: 'list' }),
			hint: 'Partners involved, by id from content/data/partners.csv.',
		},
		partnerType: { label: 'Partner type', options: choices.partnerTypes, hint: oneOfHint(choices.partnerTypes) },
		model: { label: 'Partnership model', options: choices.models, hint: oneOfHint(choices.models) },
		tags: { label: 'Tags', hint: 'Topic tags, lowercase words joined by hyphens, e.g. co-marketing.' },
		summary: summaryCopy('cards, the feed and search'),
		results: {
			label: 'Key results',
			hint: 'Up to 6 figures, each a label and a value such as "+220%"; required unless a draft.',
			fields: {
				label: { label: 'Label', hint: 'What was measured, e.g. "Partner-sourced revenue".' },
				value: { label: 'Value', hint: 'The figure, e.g. "+220%" or "6.2 → 8.7".' },
			},
		},
		cover: {
			label: 'Cover image',
			hint: 'Optional image with alt text describing it.',
			fields: {
				src: { label: 'Image', widget: 'image', hint: 'An image file stored next to the story.' },
				alt: { label: 'Alt text', hint: 'What the image shows, for people who cannot see it.' },
			},
		},
		author: { label: 'Author', hint: 'Who wrote the story, e.g. "Priya Raman, partner manager".' },
		draft: { label: 'Draft', initial: true, hint: 'Drafts show in npm run dev only; set to false to publish.' },
		updated: updatedCopy,
	});
}

/** Best-practice article fields, in the schema's order. */
export const practiceFields: readonly FieldDefinition[] = fieldsFromSchema(practiceSchema, {
	title: { label: 'Title', hint: 'Article title.' },
	summary: summaryCopy('cards and search'),
	tags: { label: 'Tags', hint: 'Topic tags, lowercase words joined by hyphens.' },
	related: {
		label: 'Related articles',
		widget: 'relation',
		collection: 'practices',
		hint: 'Articles to suggest at the end, before those sharing tags.',
	},
	order: { label: 'Order', hint: 'Position on the index; lower comes first.' },
	printable: {
		label: 'Printable template',
		hint: 'Adds a "Print this template" button, for fill-in templates such as the partner charter.',
	},
	updated: updatedCopy,
});

/** Directory profile fields, in the schema's order. */
export function profileFields(choices: FieldChoices): FieldDefinition[] {
	return fieldsFromSchema(profileSchema(idsOf(choices)), {
		name: { label: 'Display name', hint: 'The name the directory shows, usually the name in partners.csv.' },
		listed: {
			label: 'Listed',
			initial: false,
			hint: 'Show this profile in the directory; only tick it once the partner has agreed to be listed.',
		},
		logo: {
			label: 'Logo',
			hint: 'An svg, png or webp logo next to the profile, within the size limit in portal.config.ts.',
			fields: {
				src: { label: 'Image', widget: 'image', hint: 'The logo file, stored in content/partners/logos/.' },
				alt: { label: 'Alt text', hint: 'What the logo says, usually the partner name.' },
			},
		},
		pitch: { label: 'Pitch', hint: 'One line (10-160 characters) on what the partner does best.' },
		services: { label: 'Services', options: choices.services ?? [], hint: 'What the partner offers.' },
		industries: { label: 'Industries', options: choices.industries ?? [], hint: 'Industries the partner knows.' },
		regions: { label: 'Regions', options: choices.regions ?? [], hint: 'Regions the partner serves.' },
		languages: { label: 'Languages', hint: 'Language codes such as en, es or pt-BR.' },
		website: { label: 'Website', hint: "The partner's website, starting with https://." },
		contact: { label: 'Contact', hint: 'An email address, or a contact page starting with https://.' },
		showTier: {
			label: 'Show tier',
			hint: "Show the partner's program tier on the profile; only with the partner's agreement.",
		},
	});
}

/** Community event fields, in the schema's order. */
export function eventFields(choices: FieldChoices): FieldDefinition[] {
	return fieldsFromSchema(eventSchema(idsOf(choices)), {
		title: { label: 'Title', hint: 'The event title, as calendars show it.' },
		published: {
			label: 'Announced',
			widget: 'datetime',
			hint: 'The day the event was announced (YYYY-MM-DD): its date in the events feed.',
		},
		kind: { label: 'Kind', hint: 'What kind of event it is.' },
		summary: summaryCopy('the events page, the feed and search'),
		start: {
			label: 'Start',
			hint: 'Local time in the time zone below, as 2026-12-03T16:00; a date alone (2026-12-03) for an all-day event.',
		},
		end: { label: 'End', hint: 'Local end time as 2026-12-03T17:00; for an all-day event, its last day.' },
		timeZone: { label: 'Time zone', hint: 'An IANA time zone such as Europe/London or America/New_York.' },
		online: { label: 'Online', hint: 'Held online; the join link comes with registration.' },
		place: {
			label: 'Place',
			hint: 'Where it happens in person; leave empty for an online event.',
			fields: {
				name: { label: 'Venue', hint: 'The venue, e.g. "Harbourside Conference Centre".' },
				address: { label: 'Address', hint: 'Street address and city.' },
			},
		},
		audience: audienceCopy(choices),
		host: { label: 'Host', hint: 'Who runs it, e.g. "Priya Raman, partner programs".' },
		register: { label: 'Register', hint: 'A registration page (https://…) or an email address.' },
		recording: { label: 'Recording', hint: 'After the event: a link to the recording.' },
		status: { label: 'Status', hint: 'Cancelled events stay listed and are cancelled in subscribed calendars.' },
		sequence: {
			label: 'Revision',
			hint: 'Raise by one whenever the time, place or status changes, so calendars update.',
		},
	});
}

/** Announcement fields, in the schema's order. */
export function announcementFields(choices: FieldChoices): FieldDefinition[] {
	return fieldsFromSchema(announcementSchema(idsOf(choices)), {
		title: { label: 'Title', hint: 'The headline; the site banner shows it.' },
		date: { label: 'Date', widget: 'datetime', hint: 'Publish date as YYYY-MM-DD.' },
		summary: summaryCopy('the news page, the feed and search'),
		expires: {
			label: 'Expires',
			widget: 'datetime',
			hint: 'Last day it is current (YYYY-MM-DD); after it, it leaves the banner but stays in the news.',
		},
		audience: audienceCopy(choices),
		banner: { label: 'Show as banner', hint: 'Offer it as the site banner while it is the newest current one.' },
	});
}
