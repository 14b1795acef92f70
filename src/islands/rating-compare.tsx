import { useId, useState, type ReactNode } from 'react';
import { noGapsText, ownBalance, sideBySide } from '../lib/ratings/gaps';
import type { RecordCheck } from '../lib/ratings/record-check';
import type { RatingRecord } from '../lib/ratings/schema';
import ScrollRegion from './rating-scroll-region';

interface Props {
	/** The record the user has just finished. */
	own: RatingRecord;
	labelOf: (id: string) => string;
	dimensionIds: readonly string[];
}

// The record check loads only when a record is loaded or pasted, like the form's own.
const loadChecks = () => import('../lib/ratings/record-check');

/**
 * Loads the other side's record (a file or a paste) and shows both perspectives side by side, with the gaps. The
 * rating form loads this module only once a record is finished, with its own balance table below.
 */
export default function RatingCompare({ own, labelOf, dimensionIds }: Props) {
	const id = useId().replace(/[^\w-]/g, '');
	const [text, setText] = useState('');
	const [fileName, setFileName] = useState('');
	const [result, setResult] = useState<RecordCheck>({ ok: false, problems: [] });
	const problems = result.ok ? [] : result.problems;

	const check = async (input: string, source: string) => {
		// The last comparison goes at once; its problems stay until the new ones are known.
		setResult({ ok: false, problems });
		const { readOtherRecord } = await loadChecks();
		setResult(readOtherRecord(own, input, source, dimensionIds));
	};
	const onFile = async (file: File | undefined) => {
		if (!file) return;
		setFileName(file.name);
		await check(await file.text(), `The file ${file.name}`);
	};

	return (
		<section aria-labelledby={`${id}-title`}>
			<h3 id={`${id}-title`}>Compare with the other side</h3>
			<p className="prose">
				Load the {own.rater === 'partner' ? "program's" : "partner's"} record for the same quarter to see both
				perspectives side by side. Nothing leaves your browser.
			</p>
			{/* The native picker cannot be styled: it stays focusable but unseen, and its label is the visible button. */}
			<div className="field file-field">
				<span className="field-label" id={`${id}-file-label`}>
					Their record (JSON file)
				</span>
				<input
					id={`${id}-file`}
					className="file-input"
					type="file"
					accept=".json,application/json"
					aria-labelledby={`${id}-file-label ${id}-file-button`}
					aria-describedby={`${id}-file-name`}
					onChange={(e) => onFile(e.target.files?.[0])}
				/>
				<label htmlFor={`${id}-file`} className="button" id={`${id}-file-button`}>
					Choose a file
				</label>
				<span className="file-name" id={`${id}-file-name`}>
					{fileName || 'No file chosen'}
				</span>
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
			{result.ok && <SideBySide a={own} b={result.record} labelOf={labelOf} />}
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
				<p>{noGapsText}</p>
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

/** The finished record's own balance: what the rater's side receives against what it provides. */
export function BalanceTable({ record, labelOf }: { record: RatingRecord; labelOf: (id: string) => string }) {
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
