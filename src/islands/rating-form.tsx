import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import {
	clearDraft,
	emptyForm,
	fieldOf,
	loadDraft,
	OTHER_PARTNER,
	postRecord,
	recordJson,
	saveDraft,
	toRecordInput,
	validateForm,
	RATING_MAX,
	RATING_MIN,
	type FieldError,
	type RatingFormState,
	type SendState,
} from '../lib/ratings/form';
import { browserStore } from '../lib/core/browser-storage';
import type { RatingRecord } from '../lib/ratings/schema';
import { ownBalance, pairProblem, sideBySide } from '../lib/ratings/gaps';

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
}

/** A finished record, checked against the schema, and the file name it is saved under. */
interface Ready {
	record: RatingRecord;
	fileName: string;
}

// The record check (plain TypeScript, no zod) loads only when needed, keeping the first load within budget.
const loadChecks = () => import('../lib/ratings/record-check');
const scale = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);

export default function RatingForm({ dimensions, partners, endpoint }: Props) {
	const context = { dimensions };
	const ids = dimensions.map((d) => d.id);
	const labelOf = (id: string) => dimensions.find((d) => d.id === id)?.label ?? id;
	const prefix = useId().replace(/[^\w-]/g, '');
	const domId = (field: string) => `${prefix}-${field}`;

	const [state, setState] = useState<RatingFormState>(() => emptyForm(ids));
	const [restored, setRestored] = useState(false);
	const [touched, setTouched] = useState<Set<string>>(new Set());
	const [submitted, setSubmitted] = useState(false);
	const [ready, setReady] = useState<Ready>();
	const [notice, setNotice] = useState('');
	const [send, setSend] = useState<SendState>({ status: 'idle' });
	const summaryRef = useRef<HTMLDivElement>(null);
	const readyRef = useRef<HTMLHeadingElement>(null);
	const loaded = useRef(false);
	// Where focus goes after the next render: the error summary after a failed submit, the result after a good one.
	const [focusNext, setFocusNext] = useState<{ target: 'summary' | 'ready' }>();
	useEffect(() => {
		if (focusNext) (focusNext.target === 'summary' ? summaryRef : readyRef).current?.focus();
	}, [focusNext]);

	useEffect(() => {
		const draft = loadDraft(browserStore(), ids);
		if (draft) {
			setState(draft);
			setRestored(true);
		}
		loaded.current = true;
	}, []);

	const errors = validateForm(state, context);
	const errorOf = (field: string) =>
		submitted || touched.has(field) ? errors.find((e) => e.field === field)?.message : undefined;

	const update = (change: (s: RatingFormState) => RatingFormState) => {
		const next = change(state);
		setState(next);
		setReady(undefined);
		setSend({ status: 'idle' });
		setNotice('');
		if (loaded.current) saveDraft(browserStore(), next);
	};
	const touch = (field: string) => setTouched((t) => new Set(t).add(field));
	const setAnswer = (dimension: string, part: 'received' | 'provided' | 'comment', value: number | string) =>
		update((s) => ({ ...s, answers: { ...s.answers, [dimension]: { ...s.answers[dimension]!, [part]: value } } }));

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
		setSubmitted(true);
		if (errors.length) {
			setReady(undefined);
			setFocusNext({ target: 'summary' });
			return;
		}
		try {
			const { checkRecord, ratingFileName } = await loadChecks();
			const check = checkRecord(toRecordInput(state, context, new Date()), ids);
			if (!check.ok) {
				setNotice(`This record does not match the format: ${check.problems.join('; ')}`);
				return;
			}
			setReady({ record: check.record, fileName: ratingFileName(check.record) });
			setFocusNext({ target: 'ready' });
		} catch {
			setNotice('The form could not load its checks. Check your connection and try again.');
		}
	};

	const done = (message: string) => {
		clearDraft(browserStore());
		setNotice(message);
	};
	const download = ({ record, fileName }: Ready) => {
		const url = URL.createObjectURL(new Blob([recordJson(record)], { type: 'application/json' }));
		Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		done(`Downloaded ${fileName}. Email it to the program team, who add it to content/data/ratings/.`);
	};
	const copy = async ({ record, fileName }: Ready) => {
		try {
			await navigator.clipboard.writeText(recordJson(record));
			done(`Copied the record. Paste it into an email, or save it as ${fileName}.`);
		} catch {
			setNotice('Copying was not allowed by the browser. Download the file instead.');
		}
	};
	const post = async (r: RatingRecord) => {
		setSend({ status: 'sending' });
		const result = await postRecord(fetch, endpoint!, r);
		setSend(result);
		if (result.status === 'sent') clearDraft(browserStore());
	};
	const startOver = () => {
		clearDraft(browserStore());
		setState(emptyForm(ids));
		setRestored(false);
		setTouched(new Set());
		setSubmitted(false);
		setReady(undefined);
		setSend({ status: 'idle' });
		setNotice('');
	};

	const shownErrors = submitted ? errors : [];

	return (
		<div className="rating-form">
			{restored && (
				<div className="callout" role="status">
					<p>
						Your unfinished ratings from this browser are restored.{' '}
						<button type="button" className="button" onClick={startOver}>
							Start over
						</button>
					</p>
				</div>
			)}
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
								checked={state.rater === value}
								aria-invalid={errorOf('rater') ? true : undefined}
								onChange={() => update((s) => ({ ...s, rater: value }))}
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
						value={state.partner}
						onChange={(e) => update((s) => ({ ...s, partner: e.target.value }))}
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

				{state.partner === OTHER_PARTNER && (
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
							value={state.otherPartner}
							onChange={(e) => update((s) => ({ ...s, otherPartner: e.target.value }))}
						/>
					</div>
				)}

				<div className="field">
					<label htmlFor={domId('period')}>Quarter</label>
					<p className="hint" id={domId('period-hint')}>
						Year and quarter, e.g. 2026-Q3.
					</p>
					{errorText('period')}
					<input
						type="text"
						autoComplete="off"
						spellCheck={false}
						size={10}
						{...fieldProps('period', 'hint')}
						value={state.period}
						onChange={(e) => update((s) => ({ ...s, period: e.target.value }))}
					/>
				</div>

				<div className="field">
					<label htmlFor={domId('rater-name')}>Your name (optional)</label>
					{errorText('rater-name')}
					<input
						type="text"
						autoComplete="name"
						{...fieldProps('rater-name')}
						value={state.raterName}
						onChange={(e) => update((s) => ({ ...s, raterName: e.target.value }))}
					/>
				</div>

				<p className="prose">
					Rate each kind of value from {RATING_MIN} (none) to {RATING_MAX} (exceptional): what your side receives from
					the partnership, and what it provides to the other side.
				</p>

				{dimensions.map((dimension) => {
					const answer = state.answers[dimension.id]!;
					return (
						<fieldset key={dimension.id} className="dimension" aria-describedby={domId(`${dimension.id}-about`)}>
							<legend>{dimension.label}</legend>
							<p className="hint" id={domId(`${dimension.id}-about`)}>
								{dimension.description}
							</p>
							{(['received', 'provided'] as const).map((part) => {
								const field = fieldOf(dimension.id, part);
								const error = errorOf(field);
								return (
									<fieldset key={part} className="scale" aria-describedby={error ? domId(`${field}-error`) : undefined}>
										<legend>{part === 'received' ? 'Value your side receives' : 'Value your side provides'}</legend>
										{errorText(field)}
										<div className="scale-options">
											{scale.map((n) => (
												<label key={n}>
													<input
														type="radio"
														name={domId(field)}
														id={n === RATING_MIN ? domId(field) : undefined}
														value={n}
														checked={answer[part] === n}
														aria-invalid={error ? true : undefined}
														onChange={() => setAnswer(dimension.id, part, n)}
														onBlur={() => touch(field)}
													/>
													<span>{n}</span>
												</label>
											))}
										</div>
									</fieldset>
								);
							})}
							<div className="field">
								<label htmlFor={domId(fieldOf(dimension.id, 'comment'))}>Comment on {dimension.label} (optional)</label>
								{errorText(fieldOf(dimension.id, 'comment'))}
								<textarea
									rows={2}
									{...fieldProps(fieldOf(dimension.id, 'comment'))}
									value={answer.comment}
									onChange={(e) => setAnswer(dimension.id, 'comment', e.target.value)}
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
						Your ratings for {ready.record.partnerId}, {ready.record.period}
					</h2>
					<BalanceTable record={ready.record} labelOf={labelOf} />

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

					<Compare own={ready.record} labelOf={labelOf} dimensionIds={ids} />
				</section>
			)}
		</div>
	);
}

function ErrorSummary(props: {
	errors: FieldError[];
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

function BalanceTable({ record, labelOf }: { record: RatingRecord; labelOf: (id: string) => string }) {
	const rows = ownBalance(record);
	const id = useId().replace(/[^\w-]/g, '');
	return (
		<ScrollRegion labelledBy={`${id}-caption`}>
			<table className="gap-table">
				<caption id={`${id}-caption`}>What your side receives and provides</caption>
				<thead>
					<tr>
						<th scope="col">Dimension</th>
						<th scope="col">Received</th>
						<th scope="col">Provided</th>
						<th scope="col">Balance</th>
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => (
						<tr key={row.dimension} className={row.imbalanced ? 'flagged' : undefined}>
							<th scope="row">{labelOf(row.dimension)}</th>
							<td className="num">{row.received}</td>
							<td className="num">{row.provided}</td>
							<td>
								{row.difference === 0
									? 'Even'
									: row.difference > 0
										? `Receives ${row.difference} more`
										: `Provides ${-row.difference} more`}
								{row.imbalanced && <strong> (imbalance)</strong>}
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</ScrollRegion>
	);
}

function Compare({
	own,
	labelOf,
	dimensionIds,
}: {
	own: RatingRecord;
	labelOf: (id: string) => string;
	dimensionIds: readonly string[];
}) {
	const id = useId().replace(/[^\w-]/g, '');
	const [text, setText] = useState('');
	const [problems, setProblems] = useState<string[]>([]);
	const [other, setOther] = useState<RatingRecord>();

	const check = async (input: string, source: string) => {
		setOther(undefined);
		const { readRecordText } = await loadChecks();
		const result = readRecordText(input, dimensionIds);
		if (!result.ok) return setProblems([`${source} is not a valid rating record:`, ...result.problems]);
		const mismatch = pairProblem(own, result.record);
		if (mismatch) return setProblems([`${source} cannot be compared with yours. ${mismatch}`]);
		setProblems([]);
		setOther(result.record);
	};
	const onFile = async (file: File | undefined) => {
		if (file) await check(await file.text(), `The file ${file.name}`);
	};

	return (
		<section aria-labelledby={`${id}-title`}>
			<h3 id={`${id}-title`}>Compare with the other side</h3>
			<p className="prose">
				Load the {own.rater === 'partner' ? "program's" : "partner's"} record for the same quarter to see both
				perspectives side by side. Nothing leaves your browser.
			</p>
			<div className="field">
				<label htmlFor={`${id}-file`}>Their record (JSON file)</label>
				<input
					id={`${id}-file`}
					type="file"
					accept=".json,application/json"
					onChange={(e) => onFile(e.target.files?.[0])}
				/>
			</div>
			<div className="field">
				<label htmlFor={`${id}-paste`}>Or paste it</label>
				<textarea id={`${id}-paste`} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
				<p>
					<button type="button" className="button" onClick={() => check(text, 'The pasted text')}>
						Compare
					</button>
				</p>
			</div>
			<div role="alert">
				{problems.length > 0 && (
					<div className="field-error">
						<p>{problems[0]}</p>
						{problems.length > 1 && (
							<ul>
								{problems.slice(1).map((p, i) => (
									<li key={i}>{p}</li>
								))}
							</ul>
						)}
					</div>
				)}
			</div>
			{other && <SideBySide a={own} b={other} labelOf={labelOf} />}
		</section>
	);
}

function SideBySide({ a, b, labelOf }: { a: RatingRecord; b: RatingRecord; labelOf: (id: string) => string }) {
	const rows = sideBySide(a, b);
	const flagged = rows.filter((row) => row.gap);
	const comment = (text: string | undefined): ReactNode => (text ? <p className="comment">{text}</p> : null);
	const id = useId().replace(/[^\w-]/g, '');
	return (
		<>
			<ScrollRegion labelledBy={`${id}-caption`}>
				<table className="gap-table">
					<caption id={`${id}-caption`}>Both perspectives</caption>
					<thead>
						<tr>
							<th scope="col">Dimension</th>
							<th scope="col">Partner receives</th>
							<th scope="col">Program provides</th>
							<th scope="col">Program receives</th>
							<th scope="col">Partner provides</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((row) => (
							<tr key={row.dimension} className={row.gap ? 'flagged' : undefined}>
								<th scope="row">
									{labelOf(row.dimension)}
									{row.gap && <strong> (talking point)</strong>}
								</th>
								<td className="num">{row.partner?.received}</td>
								<td className="num">{row.program?.provided}</td>
								<td className="num">{row.program?.received}</td>
								<td className="num">{row.partner?.provided}</td>
							</tr>
						))}
					</tbody>
				</table>
			</ScrollRegion>
			<h4>Talking points for the review</h4>
			{flagged.length === 0 ? (
				<p>No dimension is 3 or more points apart: the two sides see the exchange alike.</p>
			) : (
				<ul className="talking-points">
					{flagged.map((row) => (
						<li key={row.dimension}>
							<strong>{labelOf(row.dimension)}</strong>
							<ul>
								{row.gap!.reasons.map((reason, i) => (
									<li key={i}>{reason.message}</li>
								))}
							</ul>
							{comment(row.partner?.comment && `Partner's comment: ${row.partner.comment}`)}
							{comment(row.program?.comment && `Program's comment: ${row.program.comment}`)}
						</li>
					))}
				</ul>
			)}
		</>
	);
}

/** A wide table's frame: it scrolls sideways on a phone, and takes focus so the keyboard can scroll it too. */
function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
	return (
		<div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
			{children}
		</div>
	);
}
