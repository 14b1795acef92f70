import { lazy, Suspense, useEffect, useId, useMemo, useReducer, useRef, useState, type RefObject } from 'react';
import {
	clearDraft,
	fieldOf,
	loadDraft,
	OTHER_PARTNER,
	partnerName,
	postRecord,
	prefillFromQuery,
	recordJson,
	saveDraft,
	toRecordInput,
	validateForm,
	type FieldError,
} from '../lib/ratings/form';
import {
	initialRatingFormModel,
	ratingFormReducer,
	shownError,
	summaryErrors,
	type ReadyRecord,
} from '../lib/ratings/form-reducer';
import { browserStore } from '../lib/core/browser-storage';
import { downloadFile } from '../lib/core/download';
import { RATING_MAX, RATING_MIN } from '../lib/ratings/limits';
import { quarterChoices } from '../lib/ratings/quarters';
import type { RatingRecord } from '../lib/ratings/schema';
import ScaleField from './scale-field';
import { useUndo } from './use-saved';
import '../styles/ratings.css';

interface Choice {
	id: string;
	label: string;
	description: string;
}

interface Props {
	/** Value dimensions from portal.config.ts. */
	dimensions: Choice[];
	/** Partners from partners.csv, read at build time. */
	partners: { id: string; name: string }[];
	/** portal.ratingEndpoint, set at build time; without it records are downloaded or copied. */
	endpoint?: string | undefined;
	/** portal.lang, for the month names of the quarters offered. */
	lang: string;
}

// The record check (plain TypeScript, no zod) loads only when needed, keeping the first load within budget.
const loadChecks = () => import('../lib/ratings/record-check');
// So do the result tables: they show only after a good submit, which loads them beside the check.
const loadResult = () => import('./rating-compare');
const RatingCompare = lazy(loadResult);
const BalanceTable = lazy(() => loadResult().then((module) => ({ default: module.BalanceTable })));

export default function RatingForm({ dimensions, partners, endpoint, lang }: Props) {
	const context = { dimensions };
	const ids = useMemo(() => dimensions.map((d) => d.id), [dimensions]);
	const labelOf = (id: string) => dimensions.find((d) => d.id === id)?.label ?? id;
	const prefix = useId().replace(/[^\w-]/g, '');
	const domId = (field: string) => `${prefix}-${field}`;

	const [model, dispatch] = useReducer(ratingFormReducer, ids, initialRatingFormModel);
	const { values, ready, send, notice, focus } = model;
	const summaryRef = useRef<HTMLDivElement>(null);
	const readyRef = useRef<HTMLHeadingElement>(null);
	const undo = useUndo();

	// Focus moves to the error summary after a failed submit, to the result after a good one.
	useEffect(() => {
		if (focus) (focus.target === 'summary' ? summaryRef : readyRef).current?.focus();
	}, [focus]);
	// The draft is read after hydration (the server render has no storage), and saved on every change after that.
	useEffect(() => {
		const prefill = prefillFromQuery(
			location.search,
			partners.map((partner) => partner.id),
		);
		dispatch({ type: 'draft-loaded', draft: loadDraft(browserStore(), ids), today: new Date(), prefill });
	}, [ids, partners]);
	// Said once when this browser keeps no draft (site data blocked or full): the form still works.
	const [unsaved, setUnsaved] = useState(false);
	useEffect(() => {
		if (model.draftLoaded && !saveDraft(browserStore(), values)) setUnsaved(true);
	}, [model.draftLoaded, values]);

	const errors = validateForm(values, context);
	const errorOf = (field: string) => shownError(model, errors, field);
	const touch = (field: string) => dispatch({ type: 'touch', field });

	const fieldProps = (field: string, hint?: string) => {
		const error = errorOf(field);
		const describedBy = [hint && domId(`${field}-hint`), error && domId(`${field}-error`)].filter(Boolean).join(' ');
		return {
			id: domId(field),
			'aria-invalid': error ? true : undefined,
			'aria-describedby': describedBy || undefined,
			onBlur: () => touch(field),
		};
	};
	const errorText = (field: string) => {
		const error = errorOf(field);
		return error ? (
			<p className="field-error" id={domId(`${field}-error`)}>
				{error}
			</p>
		) : null;
	};

	const onSubmit = async (event: { preventDefault(): void }) => {
		event.preventDefault();
		dispatch({ type: 'submit', valid: errors.length === 0 });
		if (errors.length) return;
		try {
			const [{ checkRecord, ratingFileName }] = await Promise.all([loadChecks(), loadResult()]);
			const check = checkRecord(toRecordInput(values, context, new Date()), ids);
			if (!check.ok) return dispatch({ type: 'check-failed', problems: check.problems });
			dispatch({ type: 'checked', ready: { record: check.record, fileName: ratingFileName(check.record) } });
		} catch {
			dispatch({ type: 'checks-unavailable' });
		}
	};

	const download = ({ record, fileName }: ReadyRecord) => {
		downloadFile(fileName, recordJson(record), 'application/json');
		clearDraft(browserStore());
		dispatch({ type: 'downloaded', fileName });
	};
	const copy = async ({ record, fileName }: ReadyRecord) => {
		try {
			await navigator.clipboard.writeText(recordJson(record));
			clearDraft(browserStore());
			dispatch({ type: 'copied', fileName });
		} catch {
			dispatch({ type: 'copy-failed' });
		}
	};
	const post = async (record: RatingRecord) => {
		dispatch({ type: 'sending' });
		const result = await postRecord(fetch, endpoint!, record);
		dispatch({ type: 'send-result', result });
		if (result.status === 'sent') clearDraft(browserStore());
	};
	const startOver = () => {
		const previous = model;
		clearDraft(browserStore());
		dispatch({ type: 'start-over', dimensionIds: ids });
		undo.offerUndo('Your ratings are cleared.', () => dispatch({ type: 'undo-start-over', previous }));
	};

	const shownErrors = summaryErrors(model, errors);

	return (
		<div className="rating-form">
			{/* One slot for both offers, so the button that was pressed stays the focused one: Start over becomes Undo. */}
			<div
				role="status"
				onFocus={() => undo.hold(true)}
				onBlur={() => undo.hold(false)}
				onPointerEnter={() => undo.hold(true)}
				onPointerLeave={() => undo.hold(false)}
			>
				{undo.offer ? (
					<p className="callout">
						{undo.offer.message}{' '}
						<button type="button" className="button" onClick={undo.undo}>
							Undo
						</button>
					</p>
				) : model.restored ? (
					<p className="callout">
						Your unfinished ratings from this browser are restored.{' '}
						<button type="button" className="button" onClick={startOver}>
							Start over
						</button>
					</p>
				) : unsaved ? (
					<p className="callout">
						This browser is not keeping a draft (its site data is blocked or full): finish and download your ratings
						before you leave this page.
					</p>
				) : null}
			</div>
			{shownErrors.length > 0 && <ErrorSummary errors={shownErrors} domId={domId} summaryRef={summaryRef} />}
			<form noValidate onSubmit={onSubmit}>
				<fieldset className="field" aria-describedby={errorOf('rater') ? domId('rater-error') : undefined}>
					<legend>Who is rating?</legend>
					{errorText('rater')}
					{(
						[
							['partner', 'A partner, rating the program'],
							['program', 'Program staff, rating a partner'],
						] as const
					).map(([value, label], index) => (
						<label key={value} className="choice">
							<input
								type="radio"
								name={domId('rater')}
								id={index === 0 ? domId('rater') : undefined}
								value={value}
								checked={values.rater === value}
								aria-invalid={errorOf('rater') ? true : undefined}
								onChange={() => dispatch({ type: 'edit', change: { rater: value } })}
							/>
							{label}
						</label>
					))}
				</fieldset>

				<div className="field">
					<label htmlFor={domId('partner')}>Partner</label>
					<p className="hint" id={domId('partner-hint')}>
						The partnership this record is about.
					</p>
					{errorText('partner')}
					<select
						{...fieldProps('partner', 'hint')}
						value={values.partner}
						onChange={(e) => dispatch({ type: 'edit', change: { partner: e.target.value } })}
					>
						<option value="">Choose a partner</option>
						{partners.map((p) => (
							<option key={p.id} value={p.id}>
								{p.name} ({p.id})
							</option>
						))}
						<option value={OTHER_PARTNER}>Another partner: type its id</option>
					</select>
				</div>

				{values.partner === OTHER_PARTNER && (
					<div className="field">
						<label htmlFor={domId('other-partner')}>Partner id</label>
						<p className="hint" id={domId('other-partner-hint')}>
							Lowercase letters, digits and hyphens, as in partners.csv, e.g. northbeam-media.
						</p>
						{errorText('other-partner')}
						<input
							type="text"
							autoComplete="off"
							spellCheck={false}
							{...fieldProps('other-partner', 'hint')}
							value={values.otherPartner}
							onChange={(e) => dispatch({ type: 'edit', change: { otherPartner: e.target.value } })}
						/>
					</div>
				)}

				<div className="field">
					<label htmlFor={domId('period')}>Quarter</label>
					<p className="hint" id={domId('period-hint')}>
						The quarter your ratings cover: usually the one that has just ended.
					</p>
					{errorText('period')}
					<select
						{...fieldProps('period', 'hint')}
						value={values.period}
						onChange={(e) => dispatch({ type: 'edit', change: { period: e.target.value } })}
					>
						<option value="">Choose a quarter</option>
						{quarterChoices(model.today, values.period, lang).map((quarter) => (
							<option key={quarter.value} value={quarter.value}>
								{quarter.label}
							</option>
						))}
					</select>
				</div>

				<div className="field">
					<label htmlFor={domId('rater-name')}>Your name (optional)</label>
					{errorText('rater-name')}
					<input
						type="text"
						autoComplete="name"
						{...fieldProps('rater-name')}
						value={values.raterName}
						onChange={(e) => dispatch({ type: 'edit', change: { raterName: e.target.value } })}
					/>
				</div>

				<p className="prose">
					Rate each kind of value from {RATING_MIN} (none) to {RATING_MAX} (exceptional): what your side receives from
					the partnership, and what it provides to the other side.
				</p>

				{dimensions.map((dimension) => {
					const answer = values.answers[dimension.id]!;
					const comment = fieldOf(dimension.id, 'comment');
					return (
						<fieldset key={dimension.id} className="dimension" aria-describedby={domId(`${dimension.id}-about`)}>
							<legend>{dimension.label}</legend>
							<p className="hint" id={domId(`${dimension.id}-about`)}>
								{dimension.description}
							</p>
							{(['received', 'provided'] as const).map((part) => {
								const field = fieldOf(dimension.id, part);
								return (
									<ScaleField
										key={part}
										appearance="buttons"
										name={domId(field)}
										id={domId(field)}
										legend={part === 'received' ? 'Value your side receives' : 'Value your side provides'}
										error={errorOf(field)}
										value={answer[part] ?? undefined}
										onChange={(value) => dispatch({ type: 'answer', dimension: dimension.id, part, value })}
										onBlur={() => touch(field)}
									/>
								);
							})}
							<div className="field">
								<label htmlFor={domId(comment)}>Comment on {dimension.label} (optional)</label>
								{errorText(comment)}
								<textarea
									rows={2}
									{...fieldProps(comment)}
									value={answer.comment}
									onChange={(e) =>
										dispatch({ type: 'answer', dimension: dimension.id, part: 'comment', value: e.target.value })
									}
								/>
							</div>
						</fieldset>
					);
				})}

				<p>
					<button type="submit" className="button primary">
						Review my ratings
					</button>
				</p>
			</form>

			{notice && !ready && (
				<p className="callout" role="status">
					{notice}
				</p>
			)}

			{ready && (
				<section className="rating-result" aria-labelledby={domId('ready')}>
					<h2 id={domId('ready')} ref={readyRef} tabIndex={-1}>
						Your ratings for {partnerName(partners, ready.record.partnerId)}, {ready.record.period}
					</h2>
					<Suspense>
						<BalanceTable record={ready.record} labelOf={labelOf} />
					</Suspense>

					<h3>Send your record</h3>
					<p className="prose">
						The file is named <code>{ready.fileName}</code>. Program staff add it to <code>content/data/ratings/</code>{' '}
						for the scorecards.
					</p>
					<div className="actions">
						{endpoint && (
							<button
								type="button"
								className="button primary"
								disabled={send.status === 'sending'}
								onClick={() => post(ready.record)}
							>
								Send to the program team
							</button>
						)}
						<button type="button" className="button" onClick={() => download(ready)}>
							Download JSON
						</button>
						<button type="button" className="button" onClick={() => copy(ready)}>
							Copy JSON
						</button>
					</div>
					<div role="status" className="send-status">
						{send.status === 'sending' && <p>Sending…</p>}
						{send.status === 'sent' && <p className="success">Sent. The program team has your ratings.</p>}
						{send.status === 'failed' && (
							<p className="failure">
								Not sent. {send.message} Your draft is kept in this browser: try again later, or download the JSON and
								email it to the program team.
							</p>
						)}
						{notice && <p>{notice}</p>}
					</div>

					<Suspense>
						<RatingCompare own={ready.record} labelOf={labelOf} dimensionIds={ids} />
					</Suspense>
				</section>
			)}
		</div>
	);
}

function ErrorSummary(props: {
	errors: readonly FieldError[];
	domId: (field: string) => string;
	summaryRef: RefObject<HTMLDivElement | null>;
}) {
	const { errors, domId, summaryRef } = props;
	return (
		<div className="error-summary" ref={summaryRef} tabIndex={-1} aria-labelledby={domId('summary-title')}>
			<h2 id={domId('summary-title')}>
				{errors.length === 1 ? 'There is 1 problem' : `There are ${errors.length} problems`} with your ratings
			</h2>
			<ul>
				{errors.map((error) => (
					<li key={error.field}>
						<a
							href={`#${domId(error.field)}`}
							onClick={(event) => {
								event.preventDefault();
								document.getElementById(domId(error.field))?.focus();
							}}
						>
							{error.message}
						</a>
					</li>
				))}
			</ul>
		</div>
	);
}
