/**
 * State, validation, drafts and sending for the rating form island (src/islands/rating-form.tsx).
 * Deliberately zod-free: the island ships React within the 80 KB budget and loads the record schema
 * (src/lib/ratings/record-check.ts) only when a record is finished or another side's file is loaded.
 */
import { idMessage, idPattern, quarterMessage, quarterPattern } from '../core/patterns';
import { COMMENT_MAX, NAME_MAX, RATING_MAX, RATING_MIN } from './limits';
import type { Rater } from './schema';
import { clearSaved, readSaved, writeSaved, type KeyValueStore, storageKey } from '../core/browser-storage';

/** The select value meaning "a partner not in the list: type its id". */
export const OTHER_PARTNER = '__other__';

/** localStorage key of the draft; bump the version when the state shape changes (old drafts are then dropped). */
export const DRAFT_KEY = storageKey('rating-form');

export interface DimensionAnswer {
	received: number | null;
	provided: number | null;
	comment: string;
}

/** Everything the user has entered, as typed (not yet a record). */
export interface RatingFormState {
	rater: Rater | '';
	/** A partner id from the list, `OTHER_PARTNER`, or '' when nothing is chosen. */
	partner: string;
	/** The typed id when `partner` is `OTHER_PARTNER`. */
	otherPartner: string;
	period: string;
	raterName: string;
	answers: Record<string, DimensionAnswer>;
}

/** A problem with one field; `field` is also the suffix of the control's DOM id. */
export interface FieldError {
	field: string;
	message: string;
}

export interface FormContext {
	/** Configured value dimensions, in form order. */
	dimensions: readonly { id: string; label: string }[];
}

export function emptyForm(dimensionIds: readonly string[]): RatingFormState {
	return {
		rater: '',
		partner: '',
		otherPartner: '',
		period: '',
		raterName: '',
		answers: Object.fromEntries(dimensionIds.map((id) => [id, { received: null, provided: null, comment: '' }])),
	};
}

/** Field names for a dimension's controls. */
export const fieldOf = (dimension: string, part: 'received' | 'provided' | 'comment') => `${dimension}-${part}`;

/** What people call a partner: its name from partners.csv, or the id itself for one typed in. */
export function partnerName(partners: readonly { id: string; name: string }[], id: string): string {
	return partners.find((partner) => partner.id === id)?.name ?? id;
}

/** The partner id the form will record: the chosen one, or the typed one (trimmed). */
export function partnerIdOf(state: RatingFormState): string {
	return state.partner === OTHER_PARTNER ? state.otherPartner.trim() : state.partner;
}

const isRating = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= RATING_MIN && value <= RATING_MAX;

/** Every problem in the form, in the order the fields appear. An empty list means the form can become a record. */
export function validateForm(state: RatingFormState, context: FormContext): FieldError[] {
	const errors: FieldError[] = [];
	if (state.rater !== 'partner' && state.rater !== 'program') {
		errors.push({ field: 'rater', message: 'Choose who is rating.' });
	}
	if (!state.partner) {
		errors.push({ field: 'partner', message: 'Choose the partner this record is about.' });
	} else if (state.partner === OTHER_PARTNER) {
		const typed = state.otherPartner.trim();
		if (!typed) errors.push({ field: 'other-partner', message: 'Type the partner id, e.g. "northbeam-media".' });
		else if (!idPattern.test(typed))
			errors.push({ field: 'other-partner', message: `${idMessage}; found ${JSON.stringify(typed)}.` });
	}
	const period = state.period.trim();
	if (!period) errors.push({ field: 'period', message: 'Choose the quarter you are rating.' });
	else if (!quarterPattern.test(period))
		errors.push({ field: 'period', message: `${quarterMessage}; found ${JSON.stringify(period)}.` });
	if (state.raterName.length > NAME_MAX) {
		errors.push({ field: 'rater-name', message: `Keep the name to ${NAME_MAX} characters.` });
	}
	for (const { id, label } of context.dimensions) {
		const answer = state.answers[id];
		for (const part of ['received', 'provided'] as const) {
			if (!isRating(answer?.[part])) {
				errors.push({
					field: fieldOf(id, part),
					message: `${label}: choose the value ${part} from ${RATING_MIN} to ${RATING_MAX}.`,
				});
			}
		}
		if ((answer?.comment.length ?? 0) > COMMENT_MAX) {
			errors.push({
				field: fieldOf(id, 'comment'),
				message: `${label}: keep the comment to ${COMMENT_MAX} characters (it has ${answer!.comment.length}).`,
			});
		}
	}
	return errors;
}

/**
 * The record the form describes, in the exact shape of `ratingRecordSchema` (checked by the caller with that
 * schema before it leaves the browser). Call only when `validateForm` found nothing.
 */
export function toRecordInput(state: RatingFormState, context: FormContext, submittedAt: Date) {
	const raterName = state.raterName.trim();
	return {
		version: 1 as const,
		partnerId: partnerIdOf(state),
		period: state.period.trim(),
		rater: state.rater,
		...(raterName && { raterName }),
		submittedAt: submittedAt.toISOString(),
		ratings: context.dimensions.map(({ id }) => {
			const answer = state.answers[id]!;
			const comment = answer.comment.trim();
			return {
				dimension: id,
				received: answer.received,
				provided: answer.provided,
				...(comment && { comment }),
			};
		}),
	};
}

/** Whether the user has entered anything worth keeping as a draft. */
export function hasContent(state: RatingFormState): boolean {
	return Boolean(
		state.rater ||
		state.partner ||
		state.otherPartner.trim() ||
		state.period.trim() ||
		state.raterName.trim() ||
		Object.values(state.answers).some((a) => a.received !== null || a.provided !== null || a.comment.trim()),
	);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isRatingOrNull = (value: unknown) => value === null || isRating(value);

/**
 * Saved draft data back as form state for the configured dimensions. Anything unexpected (wrong shape,
 * out-of-range ratings) makes the whole draft invalid: undefined, never a half-restored form.
 */
export function cleanDraft(data: unknown, dimensionIds: readonly string[]): RatingFormState | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const d = data as Record<string, unknown>;
	if (!['', 'partner', 'program'].includes(d.rater as string)) return undefined;
	if (![d.partner, d.otherPartner, d.period, d.raterName].every(isString)) return undefined;
	if (typeof d.answers !== 'object' || d.answers === null) return undefined;
	const state = emptyForm(dimensionIds);
	for (const id of dimensionIds) {
		const answer = (d.answers as Record<string, unknown>)[id];
		// A dimension added to the config since the draft was saved simply starts empty.
		if (answer === undefined) continue;
		if (typeof answer !== 'object' || answer === null) return undefined;
		const { received, provided, comment } = answer as Record<string, unknown>;
		if (!isRatingOrNull(received) || !isRatingOrNull(provided) || !isString(comment)) return undefined;
		state.answers[id] = { received: received as number | null, provided: provided as number | null, comment };
	}
	return {
		...state,
		rater: d.rater as RatingFormState['rater'],
		partner: d.partner as string,
		otherPartner: d.otherPartner as string,
		period: d.period as string,
		raterName: d.raterName as string,
	};
}

/** The saved draft, or undefined; a corrupt or outdated one is removed so it never comes back. */
export function loadDraft(
	storage: KeyValueStore | undefined,
	dimensionIds: readonly string[],
): RatingFormState | undefined {
	return readSaved(storage, DRAFT_KEY, (data) => cleanDraft(data, dimensionIds));
}

/** Saves the form as the draft; an empty form removes it. False when a draft could not be kept. */
export function saveDraft(storage: KeyValueStore | undefined, state: RatingFormState): boolean {
	if (hasContent(state)) return writeSaved(storage, DRAFT_KEY, state);
	clearSaved(storage, DRAFT_KEY);
	return true;
}

export function clearDraft(storage: KeyValueStore | undefined): void {
	clearSaved(storage, DRAFT_KEY);
}

/** The record as the file the scorecard build reads: pretty JSON with a final newline. */
export function recordJson(record: unknown): string {
	return `${JSON.stringify(record, null, 2)}\n`;
}

/** Where a POST stands. */
export type SendState =
	{ status: 'idle' } | { status: 'sending' } | { status: 'sent' } | { status: 'failed'; message: string };

/** POSTs the record as JSON; resolves to `sent` or `failed` with a reason a person can act on (never throws). */
export async function postRecord(
	fetcher: typeof fetch,
	endpoint: string,
	record: unknown,
): Promise<Extract<SendState, { status: 'sent' | 'failed' }>> {
	try {
		const response = await fetcher(endpoint, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(record),
		});
		if (response.ok) return { status: 'sent' };
		const reason = `${response.status} ${response.statusText}`.trim();
		return { status: 'failed', message: `The server answered ${reason}.` };
	} catch {
		return { status: 'failed', message: 'The server could not be reached (offline, or it refused the request).' };
	}
}

/**
 * Form fields from the address (`?partner=<id>&quarter=2026-Q3&rater=partner`), as a partner's private page links
 * to the form: only values the form offers are taken, anything else is ignored.
 */
export function prefillFromQuery(
	search: string,
	partnerIds: readonly string[],
): Partial<Pick<RatingFormState, 'rater' | 'partner' | 'period'>> | undefined {
	const params = new URLSearchParams(search);
	const prefill: Partial<Pick<RatingFormState, 'rater' | 'partner' | 'period'>> = {};
	const partner = params.get('partner');
	if (partner && partnerIds.includes(partner)) prefill.partner = partner;
	const quarter = params.get('quarter');
	if (quarter && quarterPattern.test(quarter)) prefill.period = quarter;
	const rater = params.get('rater');
	if (rater === 'partner' || rater === 'program') prefill.rater = rater;
	return Object.keys(prefill).length ? prefill : undefined;
}
