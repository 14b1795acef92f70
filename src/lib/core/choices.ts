/** A configured choice: a partner type, partnership model or value dimension. No imports, so browser code may use it. */
export interface Choice {
	id: string;
	label: string;
}

/** A choice's label by id; an unknown id falls back to the id itself. */
export function labelOf(list: readonly Choice[], id: string): string {
	return list.find((choice) => choice.id === id)?.label ?? id;
}

/**
 * Who something is for, in words: "All partners" for none or every type, else the types' labels in the
 * configured order ("Content creators, Agencies"). Events and announcements both say it this way.
 */
export function audienceLabel(audience: readonly string[], partnerTypes: readonly Choice[]): string {
	if (audience.length === 0 || partnerTypes.every((type) => audience.includes(type.id))) return 'All partners';
	return partnerTypes
		.filter((type) => audience.includes(type.id))
		.map((type) => type.label)
		.join(', ');
}
