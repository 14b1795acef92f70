import { z } from './zod';

/** An absolute http(s) address: `javascript:` and `data:` links never reach a page. */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'Expected a web address starting with https://' });

/** An email address. */
export const emailSchema = z.email({ error: 'Expected an email address such as "partners@example.com"' });

/** Where people reach someone: a web address, or an email address that becomes a `mailto:` link. */
export const contactSchema = z.union([webUrlSchema, emailSchema], {
	error: 'Expected a web address starting with https:// or an email address',
});

/** The `href` of a contact: email addresses become `mailto:` links. */
export function contactHref(contact: string): string {
	return contact.includes('@') && !/^https?:/i.test(contact) ? `mailto:${contact}` : contact;
}

/** YAML reads an unquoted `2026-05-12` as a Date; keep every date as the `YYYY-MM-DD` string authors wrote. */
export function keepDateText<S extends z.ZodType>(schema: S) {
	return z.preprocess(
		(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
		schema,
	);
}
