/**
 * Field definitions for content that staff edit in the browser: one table per collection that produces the
 * CMS's field list and the scaffolder's hints, and is tested against the zod schema's keys so they cannot drift.
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

/** Choices the field table needs from configuration and data; passed in so this module stays pure. */
export interface FieldChoices {
	partnerTypes: readonly FieldOption[];
	models: readonly FieldOption[];
	/** Partners from partners.csv; an empty list makes the partner field free text. */
	partners: readonly FieldOption[];
}

/** Spotlight fields, in the order editors see them; must match `spotlightSchemaWith` key for key. */
export function spotlightFields(choices: FieldChoices): FieldDefinition[] {
	return [
		{
			name: 'title',
			label: 'Title',
			widget: 'string',
			required: true,
			hint: 'Headline of the story, e.g. "Acme: +220% partner revenue in eight months".',
		},
		{
			name: 'date',
			label: 'Publish date',
			widget: 'datetime',
			required: true,
			hint: 'Publish date as YYYY-MM-DD; the archive sorts and groups by it.',
		},
		choices.partners.length
			? {
					name: 'partners',
					label: 'Partners',
					widget: 'select',
					multiple: true,
					options: choices.partners,
					required: false,
					default: [],
					hint: 'Partners involved, by id from content/data/partners.csv.',
				}
			: {
					name: 'partners',
					label: 'Partners',
					widget: 'list',
					required: false,
					default: [],
					hint: 'Partners involved, by id from content/data/partners.csv.',
				},
		{
			name: 'partnerType',
			label: 'Partner type',
			widget: 'select',
			options: choices.partnerTypes,
			required: true,
			hint: `One of: ${choices.partnerTypes.map((o) => o.value).join(', ')}.`,
		},
		{
			name: 'model',
			label: 'Partnership model',
			widget: 'select',
			options: choices.models,
			required: true,
			hint: `One of: ${choices.models.map((o) => o.value).join(', ')}.`,
		},
		{
			name: 'tags',
			label: 'Tags',
			widget: 'list',
			required: true,
			hint: 'Topic tags, lowercase words joined by hyphens, e.g. co-marketing.',
		},
		{
			name: 'summary',
			label: 'Summary',
			widget: 'text',
			required: true,
			hint: 'One or two sentences (20-300 characters) for cards, the feed and search.',
		},
		{
			name: 'results',
			label: 'Key results',
			widget: 'list',
			required: false,
			default: [],
			hint: 'Up to 6 figures, each a label and a value such as "+220%"; required unless a draft.',
			fields: [
				{
					name: 'label',
					label: 'Label',
					widget: 'string',
					required: true,
					hint: 'What was measured, e.g. "Partner-sourced revenue".',
				},
				{
					name: 'value',
					label: 'Value',
					widget: 'string',
					required: true,
					hint: 'The figure, e.g. "+220%" or "6.2 → 8.7".',
				},
			],
		},
		{
			name: 'cover',
			label: 'Cover image',
			widget: 'object',
			required: false,
			hint: 'Optional image with alt text describing it.',
			fields: [
				{
					name: 'src',
					label: 'Image',
					widget: 'image',
					required: true,
					hint: 'An image file stored next to the story.',
				},
				{
					name: 'alt',
					label: 'Alt text',
					widget: 'string',
					required: true,
					hint: 'What the image shows, for people who cannot see it.',
				},
			],
		},
		{
			name: 'author',
			label: 'Author',
			widget: 'string',
			required: true,
			hint: 'Who wrote the story, e.g. "Priya Raman, partner manager".',
		},
		{
			name: 'draft',
			label: 'Draft',
			widget: 'boolean',
			required: false,
			default: false,
			initial: true,
			hint: 'Drafts show in npm run dev only; set to false to publish.',
		},
	];
}

/** Best-practice article fields; must match `practiceSchema` key for key. */
export const practiceFields: readonly FieldDefinition[] = [
	{ name: 'title', label: 'Title', widget: 'string', required: true, hint: 'Article title.' },
	{
		name: 'summary',
		label: 'Summary',
		widget: 'text',
		required: true,
		hint: 'One or two sentences (20-300 characters) for cards and search.',
	},
	{
		name: 'tags',
		label: 'Tags',
		widget: 'list',
		required: true,
		hint: 'Topic tags, lowercase words joined by hyphens.',
	},
	{
		name: 'related',
		label: 'Related articles',
		widget: 'relation',
		collection: 'practices',
		multiple: true,
		required: false,
		default: [],
		hint: 'Articles to suggest at the end, before those sharing tags.',
	},
	{
		name: 'order',
		label: 'Order',
		widget: 'number',
		required: false,
		default: 0,
		hint: 'Position on the index; lower comes first.',
	},
	{
		name: 'printable',
		label: 'Printable template',
		widget: 'boolean',
		required: false,
		default: false,
		hint: 'Adds a "Print this template" button, for fill-in templates such as the partner charter.',
	},
];
