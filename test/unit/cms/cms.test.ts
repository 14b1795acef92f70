import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { z } from 'astro/zod';
import { buildCmsConfig, cmsBackendFromEnv, cmsField } from '../../../src/lib/cms/config';
import { cmsAsset, localiseCmsScript } from '../../../src/lib/cms/assets';
import { practiceFields, spotlightFields, type FieldDefinition } from '../../../src/lib/cms/fields';
import { parseFrontmatter } from '../../../src/lib/content/frontmatter';
import { practiceSchema } from '../../../src/lib/practices/schema';
import { spotlightResultSchema, spotlightSchema } from '../../../src/lib/spotlights/schema';
import { programIds } from '../../../src/lib/core/config';
import { profileSchema } from '../../../src/lib/directory/schema';
import { eventKinds, eventSchema } from '../../../src/lib/events/schema';
import { announcementSchema } from '../../../src/lib/news/schema';

const choices = {
	services: [{ value: 'integrations', label: 'Integrations' }],
	industries: [{ value: 'retail', label: 'Retail' }],
	regions: [{ value: 'europe', label: 'Europe' }],
	partnerTypes: [
		{ value: 'content-creator', label: 'Content creators' },
		{ value: 'software', label: 'Software' },
		{ value: 'agency', label: 'Agencies' },
	],
	models: [
		{ value: 'referral', label: 'Referral' },
		{ value: 'value-exchange', label: 'Value exchange' },
		{ value: 'strategic-alliance', label: 'Strategic alliance' },
	],
	partners: [{ value: 'ledgerline', label: 'Ledgerline' }],
};
const spotlightShape = spotlightSchema(programIds).shape;
const coverShape = (spotlightShape.cover.unwrap() as z.ZodObject).shape;

/** Field names and whether each is required, as the field table says and as the zod shape says. */
const fromTable = (fields: readonly FieldDefinition[]) => fields.map((field) => [field.name, field.required]);
const fromShape = (shape: z.ZodRawShape) =>
	Object.entries(shape).map(([name, schema]) => [name, !(schema as z.ZodType).safeParse(undefined).success]);

describe('CMS field tables match the zod schemas', () => {
	it('spotlights: same keys, same order, same required fields', () => {
		const fields = spotlightFields(choices);
		expect(fromTable(fields)).toEqual(fromShape(spotlightShape));
		expect(fromTable(fields.find((f) => f.name === 'results')!.fields!)).toEqual(
			fromShape(spotlightResultSchema.shape),
		);
		expect(fromTable(fields.find((f) => f.name === 'cover')!.fields!)).toEqual(fromShape(coverShape));
	});
	it('practices: same keys, same order, same required fields', () => {
		expect(fromTable(practiceFields)).toEqual(fromShape(practiceSchema.shape));
	});
	it('uses the schema defaults', () => {
		// The object alone: the refinements refuse a published spotlight without partners or results.
		const defaults = z.object(spotlightSchema(programIds).shape).parse({
			title: 't',
			date: '2026-01-01',
			partnerType: 'agency',
			model: 'referral',
			tags: ['x'],
			summary: 'A summary that is long enough.',
			author: 'a',
		});
		for (const field of spotlightFields(choices).filter((f) => f.default !== undefined)) {
			expect(defaults[field.name as keyof typeof defaults], field.name).toEqual(field.default);
		}
		expect(practiceSchema.parse({ title: 't', summary: 'A summary that is long enough.', tags: ['x'] })).toMatchObject({
			related: practiceFields.find((f) => f.name === 'related')!.default,
			order: practiceFields.find((f) => f.name === 'order')!.default,
		});
	});
});

/** What the CMS writes for a field of each widget, filled in as an editor would. */
function edited(field: FieldDefinition): unknown {
	switch (field.widget) {
		case 'string':
		case 'text':
			return `${field.label} written in the CMS: long enough for any minimum.`;
		case 'datetime':
			return '2026-11-24';
		case 'select':
			return field.multiple ? [field.options![0]!.value] : field.options![0]!.value;
		case 'list':
			return field.fields ? [Object.fromEntries(field.fields.map((f) => [f.name, edited(f)]))] : ['co-marketing'];
		case 'object':
			return Object.fromEntries(field.fields!.map((f) => [f.name, edited(f)]));
		case 'image':
			return './covers/photo.jpg';
		case 'boolean':
			return false;
		case 'number':
			return 3;
		case 'relation':
			return ['partner-charter'];
		default:
			return 'text';
	}
}

/** An entry saved by the CMS: YAML frontmatter with every field of the generated config, then the body. */
function savedEntry(collection: { fields: Record<string, unknown>[] }, table: readonly FieldDefinition[]) {
	const byName = new Map(table.map((field) => [field.name, field]));
	const data = Object.fromEntries(
		collection.fields.filter((f) => f.name !== 'body').map((f) => [f.name, edited(byName.get(f.name as string)!)]),
	);
	return `---\n${stringify(data)}---\n\nBody text.\n`;
}

describe('generated CMS config', () => {
	const config = buildCmsConfig({
		backend: cmsBackendFromEnv({
			PORTAL_CMS_REPO: 'lumen/partner-hub',
			PORTAL_CMS_AUTH_URL: 'https://auth.example.com',
		}),
		contentDir: './content',
		siteUrl: 'https://partners.example.com/',
		mediaUrl: '/media/',
		choices,
	});
	const [spotlights, practices] = config.collections;

	it('points at the repository and our content folders', () => {
		expect(config.backend).toMatchObject({
			name: 'github',
			repo: 'lumen/partner-hub',
			branch: 'main',
			base_url: 'https://auth.example.com',
		});
		expect(config.public_folder).toBe('/media');
		expect(spotlights).toMatchObject({ folder: 'content/spotlights', extension: 'mdx', format: 'frontmatter' });
		expect(practices).toMatchObject({ folder: 'content/practices', extension: 'mdx' });
		expect(spotlights!.fields.map((f) => f.name)).toEqual([...Object.keys(spotlightShape), 'body']);
		expect(practices!.fields.map((f) => f.name)).toEqual([...Object.keys(practiceSchema.shape), 'body']);
	});
	it('edits the directory, events and announcements with fields generated from their schemas', () => {
		const byName = new Map(config.collections.map((collection) => [collection.name, collection]));
		const community = {
			profiles: ['content/partners', profileSchema(programIds)],
			events: ['content/events', eventSchema(programIds)],
			announcements: ['content/announcements', announcementSchema(programIds)],
		} as const;
		for (const [name, [folder, schema]] of Object.entries(community)) {
			const collection = byName.get(name)!;
			expect(collection, name).toMatchObject({ folder, extension: 'mdx', format: 'frontmatter' });
			expect(collection.fields.map((f) => f.name)).toEqual([...Object.keys(schema.shape), 'body']);
			// Required in the editor exactly when the schema has no default and is not optional.
			const shape = schema.shape as unknown as Record<string, z.ZodType>;
			for (const field of collection.fields.filter((f) => f.name !== 'body') as Record<string, unknown>[])
				expect(field.required === false, `${name}.${String(field.name)}`).toBe(
					shape[field.name as string]!.safeParse(undefined).success,
				);
		}
		const profiles = byName.get('profiles')!;
		expect(profiles.fields.find((f) => f.name === 'services')).toMatchObject({
			widget: 'select',
			multiple: true,
			options: choices.services,
		});
		expect(profiles.fields.find((f) => f.name === 'listed')).toMatchObject({ widget: 'boolean', default: false });
		expect(byName.get('events')!.fields.find((f) => f.name === 'kind')).toMatchObject({
			widget: 'select',
			options: eventKinds.map((kind) => ({ label: kind, value: kind })),
		});
		expect(byName.get('announcements')!.fields.find((f) => f.name === 'expires')).toMatchObject({
			widget: 'datetime',
			required: false,
			format: 'YYYY-MM-DD',
		});
	});
	it('starts new spotlights as drafts and stores dates as YYYY-MM-DD', () => {
		expect(spotlights!.fields.find((f) => f.name === 'draft')).toMatchObject({ widget: 'boolean', default: true });
		expect(spotlights!.fields.find((f) => f.name === 'date')).toMatchObject({
			time_format: false,
			format: 'YYYY-MM-DD',
		});
	});
	it('saves spotlight records that pass our schema', () => {
		const text = savedEntry(spotlights!, spotlightFields(choices));
		const data = spotlightSchema(programIds).parse(parseFrontmatter(text, 'cms.mdx').data);
		expect(data).toMatchObject({ date: '2026-11-24', partners: ['ledgerline'], cover: { src: './covers/photo.jpg' } });
	});
	it('saves practice records that pass our schema', () => {
		const text = savedEntry(practices!, practiceFields);
		expect(practiceSchema.parse(parseFrontmatter(text, 'cms.mdx').data)).toMatchObject({
			related: ['partner-charter'],
			order: 3,
		});
	});
	it('makes required fields required in the editor', () => {
		expect(cmsField({ name: 'a', label: 'A', hint: 'h', widget: 'string', required: true })).not.toHaveProperty(
			'required',
		);
		expect(cmsField({ name: 'a', label: 'A', hint: 'h', widget: 'string', required: false })).toHaveProperty(
			'required',
			false,
		);
	});
	it('rejects an unknown backend', () => {
		expect(() => cmsBackendFromEnv({ PORTAL_CMS_BACKEND: 'svn' })).toThrow(
			'PORTAL_CMS_BACKEND: Expected one of: github, gitlab, gitea (found "svn")',
		);
	});
});

describe('CMS script served from our host', () => {
	it('has no CDN font, unpkg or status addresses left', () => {
		const code = localiseCmsScript(cmsAsset('sveltia-cms.js').toString('utf8'));
		expect(code).not.toContain('cdn.jsdelivr.net/fontsource');
		expect(code).not.toContain('https://unpkg.com/@sveltia/cms`');
		expect(code).not.toContain('https://www.githubstatus.com/api');
		expect(code).toContain('fonts/source-sans-3-latin-wght-normal.woff2');
	});
	it('lets editors zoom: the viewport it sets keeps its other settings but not maximum-scale', () => {
		const original = cmsAsset('sveltia-cms.js').toString('utf8');
		expect(original).toContain('`initial-scale=1`,`maximum-scale=1`,`interactive-widget=resizes-content`');
		const code = localiseCmsScript(original);
		expect(code).toContain('`initial-scale=1`,`interactive-widget=resizes-content`');
		expect(code).not.toContain('maximum-scale');
	});
	it('fails loudly when a CMS upgrade moves the addresses', () => {
		expect(() => localiseCmsScript('console.log(1)')).toThrow('no longer contains the CDN addresses');
	});
});
