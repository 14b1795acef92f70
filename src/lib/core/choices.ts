/** A configured choice: a partner type, partnership model or value dimension. No imports, so browser code may use it. */
export interface Choice {
	id: string;
	label: string;
}

/** A choice's label by id; an unknown id falls back to the id itself. */
export function labelOf(list: readonly Choice[], id: string): string {
	return list.find((choice) => choice.id === id)?.label ?? id;
}
