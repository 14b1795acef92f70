import type { z } from '../core/zod';
import type { FieldDefinition, FieldOption } from './fields';

/**
 * What a schema cannot say about a field: the words editors read, and the widget where the type alone does not
 * decide it (a date is a string, an image is a path). Everything else comes from the zod schema itself.
 */
export interface FieldCopy {
	/** Label in the CMS editor. */
	label: string;
	/** One line of help under the field, and the comment in scaffolded files. */
	hint: string;
	/** The widget, when the schema's type does not decide it. Default: from the schema. */
	widget?: 'text' | 'datetime' | 'image' | 'relation' | 'list';
	/** The values a string (or each item of a list) may take: configured ids, partners. Default: none. */
	options?: readonly FieldOption[];
	/** relation: the collection whose entries are offered. */
	collection?: string;
	/** What a new entry starts with, when that differs from the schema default. Default: none. */
	initial?: unknown;
	/** Sub-fields of an object, or of each item of a list of objects. */
	fields?: Record<string, FieldCopy>;
}

/** The copy of every key of an object schema: a missing or extra key is a type error. */
export type SchemaCopy<S extends z.ZodObject> = { [K in keyof S['shape']]-?: FieldCopy };

// zod's definitions, read only for the few kinds a frontmatter schema uses.
interface Def {
	type: string;
	innerType?: z.ZodType;
	out?: z.ZodType;
	element?: z.ZodType;
	entries?: Record<string, string>;
	defaultValue?: unknown;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under its wrappers, whether it may be left out, and the value it then takes. */
function unwrap(schema: z.ZodType): { core: z.ZodType; required: boolean; default?: unknown } {
	let core = schema;
	let required = true;
	let fallback: unknown;
	for (;;) {
		const def = defOf(core);
		if (def.type === 'optional' || def.type === 'nullable') required = false;
		else if (def.type === 'default' || def.type === 'prefault') {
			required = false;
			fallback ??= def.defaultValue;
		} else if (def.type !== 'pipe') break;
		core = def.type === 'pipe' ? def.out! : def.innerType!;
	}
	return { core, required, ...(fallback !== undefined && { default: fallback }) };
}

const enumOptions = (def: Def, copy: FieldCopy): FieldOption[] =>
	copy.options ? [...copy.options] : Object.values(def.entries ?? {}).map((value) => ({ label: value, value }));

/** One field: its widget, requirement and default from the schema, its words from `copy`. */
function fieldFromSchema(name: string, schema: z.ZodType, copy: FieldCopy): FieldDefinition {
	const { core, required, default: fallback } = unwrap(schema);
	const def = defOf(core);
	const field: FieldDefinition = { name, label: copy.label, hint: copy.hint, widget: 'string', required };
	if (fallback !== undefined) field.default = fallback;
	if (copy.initial !== undefined) field.initial = copy.initial;
	if (def.type === 'object') {
		field.widget = 'object';
		field.fields = fieldsOf(core as z.ZodObject, copy.fields ?? {});
	} else if (def.type === 'array') {
		const item = unwrap(def.element!).core;
		const itemDef = defOf(item);
		if (copy.widget === 'relation') Object.assign(field, { widget: 'relation', multiple: true });
		else if (itemDef.type === 'object')
			Object.assign(field, { widget: 'list', fields: fieldsOf(item as z.ZodObject, copy.fields ?? {}) });
		else if (itemDef.type === 'enum' || copy.options)
			Object.assign(field, { widget: 'select', multiple: true, options: enumOptions(itemDef, copy) });
		else field.widget = 'list';
	} else if (def.type === 'enum' || copy.options) {
		Object.assign(field, { widget: 'select', options: enumOptions(def, copy) });
	} else if (def.type === 'boolean' || def.type === 'number') field.widget = def.type;
	if (copy.widget && copy.widget !== 'relation' && copy.widget !== 'list') field.widget = copy.widget;
	if (copy.widget === 'list' && !field.options) field.widget = 'list';
	if (copy.collection) field.collection = copy.collection;
	return field;
}

function fieldsOf(schema: z.ZodObject, copy: Record<string, FieldCopy>): FieldDefinition[] {
	return Object.entries(schema.shape).map(([name, inner]) => {
		const words = copy[name];
		if (!words) throw new Error(`The CMS copy has no label for the field "${name}"`);
		return fieldFromSchema(name, inner as z.ZodType, words);
	});
}

/**
 * The CMS fields of an object schema, in its key order: the CMS, the scaffolders and the docs all read these,
 * so an editor is offered exactly what the schema accepts.
 */
export function fieldsFromSchema<S extends z.ZodObject>(schema: S, copy: SchemaCopy<S>): FieldDefinition[] {
	return fieldsOf(schema, copy as Record<string, FieldCopy>);
}
