import { quote } from '../core/errors';

/**
 * The example texts `npm run new:spotlight` writes into a draft, in one place: the scaffolder writes them and the
 * content check refuses them in a published story, so a draft can never be published with them by mistake.
 */
export const spotlightPlaceholders = {
	/** Frontmatter fields, by name. */
	fields: {
		summary: 'One or two sentences on what the partnership achieved and how.',
		author: 'Your name, your role',
	},
	/** The commented-out cover lines (a draft has no image yet). */
	cover: { src: './covers/your-image.jpg', alt: 'What the image shows' },
	/** The body: each section heading with the paragraph that stands in for it. */
	sections: [
		{ heading: 'Where we started', text: 'What the partners wanted to change, in a paragraph.' },
		{ heading: 'What we did together', text: 'The steps both sides took.' },
		{ heading: 'The result', text: 'What changed, with the figures from the key results.' },
	],
} as const;

/** Compared without case or surrounding space, so a placeholder with a capital changed is still caught. */
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What a placeholder check looks at: a spotlight's raw fields and its MDX body. */
export interface PlaceholderInput {
	data: { summary?: unknown; author?: unknown; cover?: unknown };
	body?: string | undefined;
}

/**
 * Every placeholder still in a spotlight, as `field: message` (the body counts as the field "body"). The caller
 * decides when that is a problem: in a published story, never in a draft.
 */
export function placeholdersIn({ data, body }: PlaceholderInput): string[] {
	const found: string[] = [];
	const hint = 'write your own, or keep draft: true until the story is ready';
	for (const [field, placeholder] of Object.entries(spotlightPlaceholders.fields)) {
		const value = data[field as keyof typeof spotlightPlaceholders.fields];
		if (typeof value === 'string' && same(value, placeholder)) {
			found.push(`${field}: Expected the story's own text, found the new:spotlight placeholder ${quote(value)}; ${hint}`);
		}
	}
	const cover = data.cover as { src?: unknown; alt?: unknown } | undefined;
	for (const key of ['src', 'alt'] as const) {
		const value = cover?.[key];
		if (typeof value === 'string' && same(value, spotlightPlaceholders.cover[key])) {
			found.push(`cover.${key}: Expected the story's own cover, found the new:spotlight placeholder ${quote(value)}; ${hint}`);
		}
	}
	const lines = (body ?? '').split(/\r?\n/);
	for (const { heading, text } of spotlightPlaceholders.sections) {
		if (lines.some((line) => same(line, text))) {
			found.push(
				`body: Expected the story's own text under "## ${heading}", found the new:spotlight placeholder ${quote(text)}; ${hint}`,
			);
		}
	}
	return found;
}
