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

/** The example texts `npm run new:profile` writes; a listed profile may not keep them. */
export const profilePlaceholders = {
	fields: {
		pitch: 'One line on what this partner does best for its clients.',
		contact: 'partners@your-company.invalid',
		website: 'https://your-company.invalid/',
	},
	sections: [
		{ heading: 'How we work together', text: 'How this partner works with the program and its clients, in a paragraph.' },
	],
} as const;

/** The example texts `npm run new:event` writes; the build refuses an event that still holds one. */
export const eventPlaceholders = {
	fields: {
		summary: 'One or two sentences on what happens and who should come.',
		host: 'Your name, your role',
		register: 'https://register.invalid/your-event',
	},
	sections: [
		{ heading: 'What happens', text: 'The agenda, in a few lines.' },
		{ heading: 'How to prepare', text: 'What to read or bring beforehand.' },
	],
} as const;

/** One scaffolder's placeholders and what to do about them. */
interface PlaceholderSet {
	/** The command that wrote them, for the message. */
	command: string;
	/** What the text belongs to: "story", "profile", "event". */
	what: string;
	/** What to do instead. */
	hint: string;
	fields: Readonly<Record<string, string>>;
	/** Fields of a nested object, by the object's name (a spotlight's cover). */
	nested?: Readonly<Record<string, Readonly<Record<string, string>>>>;
	sections: readonly { heading: string; text: string }[];
}

/** The placeholder sets of each scaffolder. */
export const placeholderSets = {
	spotlight: {
		command: 'new:spotlight',
		what: 'story',
		hint: 'write your own, or keep draft: true until the story is ready',
		fields: spotlightPlaceholders.fields,
		nested: { cover: spotlightPlaceholders.cover },
		sections: spotlightPlaceholders.sections,
	},
	profile: {
		command: 'new:profile',
		what: 'profile',
		hint: 'write your own, or keep listed: false until the profile is ready',
		...profilePlaceholders,
	},
	event: {
		command: 'new:event',
		what: 'event',
		hint: 'write your own before the event is published',
		...eventPlaceholders,
	},
} as const satisfies Record<string, PlaceholderSet>;

/** Compared without case or surrounding space, so a placeholder with a capital changed is still caught. */
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What a placeholder check looks at: an entry's raw fields and its MDX body. */
export interface PlaceholderInput {
	data: Record<string, unknown>;
	body?: string | undefined;
}

/**
 * Every placeholder of `set` (a spotlight's by default) still in an entry, as `field: message` (the body counts as
 * the field "body"). The caller decides when that is a problem: in a published story, never in a draft.
 */
export function placeholdersIn({ data, body }: PlaceholderInput, set: PlaceholderSet = placeholderSets.spotlight): string[] {
	const found: string[] = [];
	const message = (field: string, value: string) =>
		`${field}: Expected the ${set.what}'s own text, found the ${set.command} placeholder ${quote(value)}; ${set.hint}`;
	for (const [field, placeholder] of Object.entries(set.fields)) {
		const value = data[field];
		if (typeof value === 'string' && same(value, placeholder)) found.push(message(field, value));
	}
	for (const [object, fields] of Object.entries(set.nested ?? {})) {
		const inner = data[object] as Record<string, unknown> | undefined;
		for (const [field, placeholder] of Object.entries(fields)) {
			const value = inner?.[field];
			if (typeof value === 'string' && same(value, placeholder)) found.push(message(`${object}.${field}`, value));
		}
	}
	const lines = (body ?? '').split(/\r?\n/);
	for (const { heading, text } of set.sections) {
		if (lines.some((line) => same(line, text))) {
			found.push(
				`body: Expected the ${set.what}'s own text under "## ${heading}", found the ${set.command} placeholder ${quote(text)}; ${set.hint}`,
			);
		}
	}
	return found;
}
