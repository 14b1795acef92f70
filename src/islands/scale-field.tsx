import { useId } from 'react';
import { SCALE_MAX as RATING_MAX, SCALE_MIN as RATING_MIN } from '../lib/core/scale';
import '../styles/forms.css';

interface Props {
	/** Radio group name; unique on the page. */
	name: string;
	legend: string;
	hint?: string | undefined;
	/**
	 * Meanings of 1 and 10, read out with those points and shown under the scale. Leave both out when the text
	 * around the scale already says them.
	 */
	low?: string | undefined;
	high?: string | undefined;
	value: number | undefined;
	onChange: (value: number) => void;
	/** Look of the points: boxed labels with a visible radio (the default), or number buttons (the rating form's). */
	appearance?: 'boxed' | 'buttons' | undefined;
	/** DOM id of the first radio, the one an error summary links to; the error message gets `<id>-error`. */
	id?: string | undefined;
	/** A problem to show above the points; the radios are then marked invalid. */
	error?: string | undefined;
	onBlur?: (() => void) | undefined;
}

const scale = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);

/** A 1-10 rating as a native radio group: arrow keys move along it, and each end can say what it means. */
export default function ScaleField(props: Props) {
	const { name, legend, hint, low, high, value, onChange, appearance = 'boxed', id, error, onBlur } = props;
	const hintId = useId();
	const errorId = `${id ?? name}-error`;
	const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
	const ends = low !== undefined && high !== undefined;
	return (
		<fieldset className="scale" aria-describedby={describedBy || undefined}>
			<legend>{legend}</legend>
			{hint && (
				<p className="scale-hint" id={hintId}>
					{hint}
				</p>
			)}
			{error && (
				<p className="field-error" id={errorId}>
					{error}
				</p>
			)}
			<div className={appearance === 'buttons' ? 'scale-options' : 'scale-points'}>
				{scale.map((point) => (
					<label key={point}>
						<input
							type="radio"
							name={name}
							id={point === RATING_MIN ? id : undefined}
							value={point}
							checked={value === point}
							aria-invalid={error ? true : undefined}
							onChange={() => onChange(point)}
							onBlur={onBlur}
						/>
						<span>{point}</span>
						{ends && point === RATING_MIN && <span className="sr-only"> ({low})</span>}
						{ends && point === RATING_MAX && <span className="sr-only"> ({high})</span>}
					</label>
				))}
			</div>
			{ends && (
				<p className="scale-ends" aria-hidden="true">
					<span>
						{`${RATING_MIN}: `}
						{low}
					</span>
					<span>
						{`${RATING_MAX}: `}
						{high}
					</span>
				</p>
			)}
		</fieldset>
	);
}
