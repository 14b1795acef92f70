import { readEnv } from '../core/env';
import type { FieldDefinition, FieldChoices } from './fields';
import { announcementFields, eventFields, practiceFields, profileFields, spotlightFields } from './fields';

/**
 * The Sveltia CMS configuration (Decap-compatible), generated from the field tables in cms-fields.ts so the
 * editor offers exactly the fields our zod schemas accept.
 */

/** Where the CMS commits: a Git host, the repository and how editors sign in. */
export interface CmsBackend {
	/** Git host: github, gitlab or gitea. */
	name: 'github' | 'gitlab' | 'gitea';
	/** "owner/name" of the repository holding this portal. */
	repo: string;
	/** Branch the CMS commits to. */
	branch: string;
	/** OAuth helper for signing in (e.g. a deployed sveltia-cms-auth worker); omitted uses the host's default. */
	baseUrl?: string | undefined;
}

/** Reads the backend from the environment (`PORTAL_CMS_*`), so each deployment points at its own repository. */
export function cmsBackendFromEnv(source: Record<string, string | undefined>): CmsBackend {
	const env = readEnv(source);
	return {
		name: env.PORTAL_CMS_BACKEND,
		repo: env.PORTAL_CMS_REPO,
		branch: env.PORTAL_CMS_BRANCH,
		baseUrl: env.PORTAL_CMS_AUTH_URL,
	};
}

/** One field in the CMS's format. */
export function cmsField(field: FieldDefinition): Record<string, unknown> {
	const out: Record<string, unknown> = { name: field.name, label: field.label, widget: field.widget, hint: field.hint };
	if (!field.required) out.required = false;
	const initial = field.initial ?? field.default;
	if (initial !== undefined) out.default = initial;
	if (field.options) out.options = field.options.map(({ label, value }) => ({ label, value }));
	if (field.multiple) out.multiple = true;
	if (field.fields) out.fields = field.fields.map(cmsField);
	// Dates stay plain YYYY-MM-DD strings, as authors type them in frontmatter.
	if (field.widget === 'datetime')
		Object.assign(out, { time_format: false, date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD' });
	if (field.widget === 'relation') {
		Object.assign(out, {
			collection: field.collection,
			value_field: '{{slug}}',
			search_fields: ['title'],
			display_fields: ['title'],
		});
	}
	return out;
}

/** The story or article text below the frontmatter. */
const bodyField = {
	name: 'body',
	label: 'Text',
	widget: 'markdown',
	hint: 'Plain Markdown: ## headings, lists, bold, links.',
};

/** The whole configuration: backend, media and every collection staff edit. */
export function buildCmsConfig(options: {
	backend: CmsBackend;
	contentDir: string;
	siteUrl: string;
	/** URL of public/media/ on the site (base included), for images added to article text. */
	mediaUrl: string;
	choices: FieldChoices;
}) {
	const { backend, contentDir, choices } = options;
	const folder = contentDir.replace(/^\.\//, '').replace(/\/$/, '');
	return {
		backend: {
			name: backend.name,
			repo: backend.repo,
			branch: backend.branch,
			...(backend.baseUrl && { base_url: backend.baseUrl }),
			commit_messages: {
				create: 'Add {{collection}} "{{slug}}"',
				update: 'Update {{collection}} "{{slug}}"',
				delete: 'Delete {{collection}} "{{slug}}"',
			},
		},
		site_url: options.siteUrl,
		media_folder: 'public/media',
		public_folder: options.mediaUrl.replace(/\/$/, ''),
		collections: [
			{
				name: 'spotlights',
				label: 'Spotlights',
				label_singular: 'Spotlight',
				description: 'Monthly partnership stories. New stories start as drafts; untick Draft to publish.',
				folder: `${folder}/spotlights`,
				extension: 'mdx',
				format: 'frontmatter',
				create: true,
				slug: '{{slug}}',
				// Covers sit next to the stories, referenced as ./covers/<file> so astro:assets optimises them.
				media_folder: 'covers',
				public_folder: './covers',
				sortable_fields: ['date', 'title'],
				fields: [...spotlightFields(choices).map(cmsField), bodyField],
			},
			{
				name: 'practices',
				label: 'Best practices',
				label_singular: 'Best practice',
				folder: `${folder}/practices`,
				extension: 'mdx',
				format: 'frontmatter',
				create: true,
				slug: '{{slug}}',
				fields: [...practiceFields.map(cmsField), bodyField],
			},
			{
				name: 'profiles',
				label: 'Partner directory',
				label_singular: 'Partner profile',
				description:
					"One profile per partner. The file name must be the partner's id in partners.csv; only listed profiles are published.",
				folder: `${folder}/partners`,
				extension: 'mdx',
				format: 'frontmatter',
				create: true,
				identifier_field: 'name',
				slug: '{{slug}}',
				media_folder: 'logos',
				public_folder: './logos',
				sortable_fields: ['name'],
				fields: [
					...profileFields(choices).map(cmsField),
					{ ...bodyField, hint: 'How the partner works with the program and its clients.' },
				],
			},
			{
				name: 'events',
				label: 'Community events',
				label_singular: 'Event',
				description: 'Community calls, innovation sessions, office hours, webinars and retreats.',
				folder: `${folder}/events`,
				extension: 'mdx',
				format: 'frontmatter',
				create: true,
				slug: '{{slug}}',
				sortable_fields: ['start', 'title'],
				fields: [
					...eventFields(choices).map(cmsField),
					{ ...bodyField, hint: 'What happens and how to prepare; notes afterwards.' },
				],
			},
			{
				name: 'announcements',
				label: 'Announcements',
				label_singular: 'Announcement',
				description: 'Program news. The newest current one shows as the site banner.',
				folder: `${folder}/announcements`,
				extension: 'mdx',
				format: 'frontmatter',
				create: true,
				slug: '{{slug}}',
				sortable_fields: ['date', 'title'],
				fields: [...announcementFields(choices).map(cmsField), bodyField],
			},
		],
	};
}
