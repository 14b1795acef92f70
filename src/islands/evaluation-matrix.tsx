import { useRef, useState } from 'react';
import {
	cleanCandidates,
	csvFileName,
	displayName,
	formatTotal,
	matrixCsv,
	matrixSummary,
	maxNameLength,
	nextCandidateId,
	rankCandidates,
	rankLabel,
	type Candidate,
} from '../lib/assessments/matrix';
import type { MatrixAssessment } from '../lib/assessments/schema';
import { downloadFile } from '../lib/core/download';
import { notKeptMessage, useSaved, useUndo } from './use-saved';
import { UndoNotice } from './assessment-actions';
import ScaleField from './scale-field';
import StatusIcon from './status-icon';
import '../styles/assessments.css';

interface Props {
	id: string;
	assessment: MatrixAssessment;
}

const starting: Candidate[] = [
	{ id: 'candidate-1', name: '', scores: {} },
	{ id: 'candidate-2', name: '', scores: {} },
];

/** Partner evaluation matrix: candidates scored per factor, ranked by `rankCandidates`. */
export default function EvaluationMatrix({ id, assessment }: Props) {
	const { factors } = assessment;
	const factorIds = factors.map((factor) => factor.id);
	const [candidates, setCandidates, reset, unsaved] = useSaved(id, starting, (raw) => cleanCandidates(raw, factorIds));
	const [notice, setNotice] = useState('');
	const undo = useUndo();
	const focusNext = useRef<string | undefined>(undefined);
	const ranking = rankCandidates(factors, candidates);

	const update = (candidateId: string, change: (candidate: Candidate) => Candidate) =>
		setCandidates(candidates.map((candidate) => (candidate.id === candidateId ? change(candidate) : candidate)));
	const add = () => {
		const candidate = { id: nextCandidateId(candidates), name: '', scores: {} };
		focusNext.current = candidate.id;
		setCandidates([...candidates, candidate]);
		setNotice(`Candidate ${candidates.length + 1} added.`);
	};
	const remove = (candidate: Candidate, index: number) => {
		setCandidates(candidates.filter((other) => other.id !== candidate.id));
		setNotice(`${displayName(candidate, index)} removed.`);
	};
	const startOver = () => {
		const restore = reset();
		setNotice('');
		undo.offerUndo('Matrix cleared.', restore);
	};
	const exportCsv = () => {
		const fileName = csvFileName(id, new Date());
		// The byte-order mark makes Excel read the file as UTF-8.
		downloadFile(fileName, matrixCsv(factors, candidates), 'text/csv;charset=utf-8', { bom: true });
		setNotice(`Downloaded ${fileName}.`);
	};

	return (
		<div className="assessment">
			<h2>Factors</h2>
			<dl className="factor-list">
				{factors.map((factor) => (
					<div key={factor.id}>
						<dt>
							{factor.label} ({factor.weight}%)
						</dt>
						<dd>{factor.help}</dd>
					</div>
				))}
			</dl>
			<h2>Candidates</h2>
			{candidates.map((candidate, index) => (
				<fieldset key={candidate.id} className="candidate">
					<legend>{displayName(candidate, index)}</legend>
					<label className="field">
						<span>Name</span>
						<input
							type="text"
							value={candidate.name}
							maxLength={maxNameLength}
							autoComplete="off"
							ref={(input) => {
								if (input && focusNext.current === candidate.id) {
									focusNext.current = undefined;
									input.focus();
								}
							}}
							onChange={(event) => update(candidate.id, (c) => ({ ...c, name: event.target.value }))}
						/>
					</label>
					<div className="factor-fields">
						{factors.map((factor) => (
							<ScaleField
								key={factor.id}
								name={`${id}-${candidate.id}-${factor.id}`}
								legend={`${factor.label} (${factor.weight}%)`}
								value={candidate.scores[factor.id]}
								onChange={(value) =>
									update(candidate.id, (c) => ({ ...c, scores: { ...c.scores, [factor.id]: value } }))
								}
							/>
						))}
					</div>
					<button type="button" className="button quiet candidate-remove" onClick={() => remove(candidate, index)}>
						Remove {displayName(candidate, index)}
					</button>
				</fieldset>
			))}
			<div className="assessment-actions">
				<button type="button" className="button" onClick={add}>
					Add a candidate
				</button>
				<button type="button" className="button" onClick={startOver}>
					Start over
				</button>
			</div>
			<UndoNotice undo={undo}>{unsaved ? notKeptMessage : undefined}</UndoNotice>
			<section className="assessment-results" aria-labelledby={`${id}-ranking`}>
				<h2 id={`${id}-ranking`}>Ranking</h2>
				<p role="status" className="assessment-status">
					{notice} {matrixSummary(ranking, candidates)}
				</p>
				<div className="table-scroll" role="region" aria-labelledby={`${id}-ranking`} tabIndex={0}>
					<table>
						<thead>
							<tr>
								<th scope="col">Rank</th>
								<th scope="col">Candidate</th>
								<th scope="col" className="num">
									Weighted total (of 10)
								</th>
							</tr>
						</thead>
						<tbody>
							{ranking.map((row) => {
								const rank = row.rank === undefined ? '–' : row.tied ? `${rankLabel(row)} (tie)` : rankLabel(row);
								// The leader (or leaders, on a tie) and the unscored get a status; the rank and words carry it.
								return (
									<tr key={row.candidate.id} className={row.rank === 1 ? 'is-leader' : undefined}>
										<td>
											{row.rank === 1 ? (
												<span className="status status-good">
													<StatusIcon name="award" />
													{rank}
												</span>
											) : (
												rank
											)}
										</td>
										<th scope="row">{displayName(row.candidate, candidates.indexOf(row.candidate))}</th>
										<td className={row.total === undefined ? undefined : 'num'}>
											{row.total === undefined ? (
												<>
													<span className="status status-warn">
														<StatusIcon name="alert-triangle" />
														Not scored<span className="sr-only">:</span>
													</span>{' '}
													<span className="matrix-missing">{row.missing.join(', ')}</span>
												</>
											) : (
												formatTotal(row.total)
											)}
										</td>
									</tr>
								);
							})}
						</tbody>
					</table>
				</div>
				<button type="button" className="button" onClick={exportCsv} disabled={!candidates.length}>
					Export CSV
				</button>
			</section>
		</div>
	);
}
