/**
 * Counted nouns with real plurals ("1 point", "3 points", "0 high risks") through `Intl.PluralRules`, so no
 * message says "point(s)". Browser-safe: the language is an argument.
 */

const rules = new Map<string, Intl.PluralRules>();

/** The forms of one noun; `other` is required, the rest fall back to it. */
export type NounForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** "3 points" for `(3, { one: 'point', other: 'points' }, 'en')`. */
export function countOf(count: number, forms: NounForms, lang = 'en'): string {
	let rule = rules.get(lang);
	if (!rule) {
		rule = new Intl.PluralRules(lang);
		rules.set(lang, rule);
	}
	const noun = forms[rule.select(count)] ?? forms.other;
	return `${new Intl.NumberFormat(lang).format(count)} ${noun}`;
}
