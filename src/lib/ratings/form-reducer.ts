/**
 * The rating form's state machine, as a pure reducer: what the user has typed and where the form stands (a
 * restored draft, the fields left, submitted, the finished record, sending, the notice, where focus goes next).
 * The island (src/islands/rating-form.tsx) holds it with `useReducer` and performs the side effects itself:
 * the draft in browser storage, focus, the record check, sending, downloading and copying.
 */
import { emptyForm, type FieldError, type RatingFormState, type SendState } from './form';
import type { RatingRecord } from './schema';

/** A finished record, checked against the schema, and the file name it is saved under. */
export interface ReadyRecord {
	record: RatingRecord;
	fileName: string;
}

/** The form's fields apart from the per-dimension answers. */
type Details = Omit<RatingFormState, 'answers'>;

export interface RatingFormModel {
	/** Everything the user has entered. */
	values: RatingFormState;
	/** Whether the saved draft has been read (after hydration); until then, changes are not saved as the draft. */
	draftLoaded: boolean;
	/** Whether `values` came back from a saved draft (the form then offers to start over). */
	restored: boolean;
	/** The browser's today, known once the form runs there: the quarters offered count back from it. */
	today?: Date | undefined;
	/** Fields the user has left: their problems show before the first submit. */
	touched: readonly string[];
	submitted: boolean;
	/** The record made by the last good submit; any change to the form drops it. */
	ready?: ReadyRecord | undefined;
	/** The last message for the user (a failed check, a download, a copy). */
	notice: string;
	send: SendState;
	/** Where focus goes after the next render; a new object each time, so a second failed submit moves it again. */
	focus?: { target: 'summary' | 'ready' } | undefined;
}

export type RatingFormAction =
	/** The saved draft, read after hydration; undefined when there is none (or it was unusable). */
	| {
			type: 'draft-loaded';
			draft: RatingFormState | undefined;
			today?: Date | undefined;
			/** Fields given by the link that opened the form (a partner's private page), over the draft's. */
			prefill?: Partial<Pick<RatingFormState, 'rater' | 'partner' | 'period'>> | undefined;
	  }
	| { type: 'edit'; change: Partial<Details> }
	| { type: 'answer'; dimension: string; part: 'received' | 'provided'; value: number }
	| { type: 'answer'; dimension: string; part: 'comment'; value: string }
	| { type: 'touch'; field: string }
	/** "Review my ratings": `valid` when `validateForm` found nothing (the record check follows). */
	| { type: 'submit'; valid: boolean }
	| { type: 'checked'; ready: ReadyRecord }
	| { type: 'check-failed'; problems: readonly string[] }
	| { type: 'checks-unavailable' }
	| { type: 'downloaded'; fileName: string }
	| { type: 'copied'; fileName: string }
	| { type: 'copy-failed' }
	| { type: 'sending' }
	| { type: 'send-result'; result: Extract<SendState, { status: 'sent' | 'failed' }> }
	| { type: 'start-over'; dimensionIds: readonly string[] }
	/** Undo of a start over: the form exactly as it was before, `previous` being the model of that moment. */
	| { type: 'undo-start-over'; previous: RatingFormModel };

/** An empty form for the configured dimensions, before the draft is read. */
export function initialRatingFormModel(dimensionIds: readonly string[]): RatingFormModel {
	return {
		values: emptyForm(dimensionIds),
		draftLoaded: false,
		restored: false,
		touched: [],
		submitted: false,
		notice: '',
		send: { status: 'idle' },
	};
}

/** Any change to what the user entered makes the finished record, the send status and the notice out of date. */
function edited(model: RatingFormModel, values: RatingFormState): RatingFormModel {
	return { ...model, values, ready: undefined, send: { status: 'idle' }, notice: '' };
}

export function ratingFormReducer(model: RatingFormModel, action: RatingFormAction): RatingFormModel {
	switch (action.type) {
		case 'draft-loaded': {
			const loaded = { ...model, draftLoaded: true, today: action.today };
			const withDraft = action.draft ? { ...loaded, values: action.draft, restored: true } : loaded;
			return action.prefill ? { ...withDraft, values: { ...withDraft.values, ...action.prefill } } : withDraft;
		}
		case 'edit':
			return edited(model, { ...model.values, ...action.change });
		case 'answer': {
			const { answers } = model.values;
			const answer = { ...answers[action.dimension]!, [action.part]: action.value };
			return edited(model, { ...model.values, answers: { ...answers, [action.dimension]: answer } });
		}
		case 'touch':
			return model.touched.includes(action.field) ? model : { ...model, touched: [...model.touched, action.field] };
		case 'submit':
			return action.valid
				? { ...model, submitted: true }
				: { ...model, submitted: true, ready: undefined, focus: { target: 'summary' } };
		case 'checked':
			return { ...model, ready: action.ready, focus: { target: 'ready' } };
		case 'check-failed':
			return { ...model, notice: `This record does not match the format: ${action.problems.join('; ')}` };
		case 'checks-unavailable':
			return { ...model, notice: 'The form could not load its checks. Check your connection and try again.' };
		case 'downloaded':
			return {
				...model,
				notice: `Downloaded ${action.fileName}. Email it to the program team, who add it to content/data/ratings/.`,
			};
		case 'copied':
			return { ...model, notice: `Copied the record. Paste it into an email, or save it as ${action.fileName}.` };
		case 'copy-failed':
			return { ...model, notice: 'Copying was not allowed by the browser. Download the file instead.' };
		case 'sending':
			return { ...model, send: { status: 'sending' } };
		case 'send-result':
			return { ...model, send: action.result };
		case 'start-over':
			// The draft has been read already: from here on, changes are saved again.
			return { ...initialRatingFormModel(action.dimensionIds), draftLoaded: model.draftLoaded, today: model.today };
		case 'undo-start-over':
			// Focus stays where the user is; the old focus request must not fire again.
			return { ...action.previous, focus: undefined };
	}
}

/** The problem to show at a field: once the form has been submitted or the field left, else none. */
export function shownError(model: RatingFormModel, errors: readonly FieldError[], field: string): string | undefined {
	return model.submitted || model.touched.includes(field)
		? errors.find((error) => error.field === field)?.message
		: undefined;
}

/** The problems the error summary lists: every one, once the form has been submitted. */
export function summaryErrors(model: RatingFormModel, errors: readonly FieldError[]): readonly FieldError[] {
	return model.submitted ? errors : [];
}
