import { z } from 'zod';

/**
 * A fast path for a zod schema that checks many rows (80,000 metrics rows): the schema's own checks, read
 * from its definition and run without zod's per-value bookkeeping, which cost about 12 µs a row. It only
 * ever accepts: a row it rejects goes through `schema.safeParse`, so every message is still zod's. A kind of
 * schema or check not handled here means no fast path at all (`undefined`), never a weaker check.
 */

/** What a fast parser returns when the input must go through `schema.safeParse` instead. */
export const REJECTED: unique symbol = Symbol('rejected');

export type FastParser<T> = (input: unknown) => T | typeof REJECTED;
type Parse = FastParser<unknown>;

/** A fast parser agreeing with `schema.safeParse` on every input it accepts; undefined when none can be built. */
export function fastParser<S extends z.ZodTypeAny>(schema: S): FastParser<z.output<S>> | undefined {
	return compile(schema) as FastParser<z.output<S>> | undefined;
}

function compile(schema: z.ZodTypeAny): Parse | undefined {
	if (schema instanceof z.ZodString) return stringParser(schema);
	if (schema instanceof z.ZodNumber) return numberParser(schema);
	if (schema instanceof z.ZodOptional) {
		const inner = compile(schema.unwrap());
		return inner && ((input) => (input === undefined ? undefined : inner(input)));
	}
	if (schema instanceof z.ZodObject) return objectParser(schema);
	if (schema instanceof z.ZodEffects) return effectsParser(schema);
	return undefined;
}

const stringChecks = new Set(['min', 'max', 'length', 'regex', 'trim']);

function stringParser(schema: z.ZodString): Parse | undefined {
	const { checks, coerce } = schema._def;
	if (coerce || !checks.every((check) => stringChecks.has(check.kind))) return undefined;
	return (input) => {
		if (typeof input !== 'string') return REJECTED;
		let value = input;
		for (const check of checks) {
			if (check.kind === 'trim') value = value.trim();
			else if (check.kind === 'min' && value.length < check.value) return REJECTED;
			else if (check.kind === 'max' && value.length > check.value) return REJECTED;
			else if (check.kind === 'length' && value.length !== check.value) return REJECTED;
			else if (check.kind === 'regex') {
				check.regex.lastIndex = 0;
				if (!check.regex.test(value)) return REJECTED;
			}
		}
		return value;
	};
}

const numberChecks = new Set(['int', 'min', 'max', 'finite']);

function numberParser(schema: z.ZodNumber): Parse | undefined {
	const { checks, coerce } = schema._def;
	if (coerce || !checks.every((check) => numberChecks.has(check.kind))) return undefined;
	return (input) => {
		if (typeof input !== 'number' || Number.isNaN(input)) return REJECTED;
		for (const check of checks) {
			if (check.kind === 'int' && !Number.isInteger(input)) return REJECTED;
			if (check.kind === 'finite' && !Number.isFinite(input)) return REJECTED;
			if (check.kind === 'min' && (check.inclusive ? input < check.value : input <= check.value)) return REJECTED;
			if (check.kind === 'max' && (check.inclusive ? input > check.value : input >= check.value)) return REJECTED;
		}
		return input;
	};
}

function objectParser(schema: z.AnyZodObject): Parse | undefined {
	// Only the default "strip": unknown keys are dropped, as zod does.
	if (schema._def.unknownKeys !== 'strip' || !(schema._def.catchall instanceof z.ZodNever)) return undefined;
	const keys = Object.keys(schema.shape);
	const parsers = keys.map((key) => compile(schema.shape[key]));
	if (!parsers.every((parse): parse is Parse => parse !== undefined)) return undefined;
	return (input) => {
		if (input === null || typeof input !== 'object' || Object.getPrototypeOf(input) !== Object.prototype) {
			return REJECTED;
		}
		const data = input as Record<string, unknown>;
		const output: Record<string, unknown> = {};
		for (let index = 0; index < keys.length; index++) {
			const key = keys[index]!;
			const value = parsers[index]!(data[key]);
			if (value === REJECTED) return REJECTED;
			// zod keeps a key whose value is undefined only when the input had it.
			if (value !== undefined || key in data) output[key] = value;
		}
		return output;
	};
}

function effectsParser(schema: z.ZodEffects<z.ZodTypeAny>): Parse | undefined {
	const inner = compile(schema.innerType());
	const effect = schema._def.effect;
	if (!inner) return undefined;
	// Refinements and preprocessors report problems through this context; any issue sends the row to zod.
	let failed = false;
	const ctx: z.RefinementCtx = {
		addIssue: () => {
			failed = true;
		},
		path: [],
	};
	if (effect.type === 'preprocess') {
		return (input) => {
			failed = false;
			const value = effect.transform(input, ctx);
			return failed ? REJECTED : inner(value);
		};
	}
	if (effect.type === 'refinement') {
		return (input) => {
			const value = inner(input);
			if (value === REJECTED) return REJECTED;
			failed = false;
			// An async refinement makes zod's synchronous parse throw: let zod do that.
			if (effect.refinement(value, ctx) instanceof Promise) return REJECTED;
			return failed ? REJECTED : value;
		};
	}
	return undefined;
}
