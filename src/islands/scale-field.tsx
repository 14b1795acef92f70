import { useId } from 'react';

interface Props {
	/** Radio group name; unique on the page. */
	name: string;
	legend: string;
	hint?: string | undefined;
	/** Meanings of 1 and 10. */
	low: string;
	high: string;
	value: number | undefined;
	onChange: (value: number) => void;
}

const points = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** A 1-10 rating as a native radio group: arrow keys move along it, and each end says what it means. */
export default function ScaleField({ name, legend, hint, low, high, value, onChange }: Props) {
	const hintId = useId();
	return (
		<fieldset className="scale" aria-describedby={hint ? hintId : undefined}>
			<legend>{legend}</legend>
			{hint && (
				<p className="scale-hint" id={hintId}>
					{hint}
				</p>
			)}
			<div className="scale-points">
				{points.map((point) => (
					<label key={point}>
						<input type="radio" name={name} value={point} checked={value === point} onChange={() => onChange(point)} />
						<span>{point}</span>
						{point === 1 && <span className="sr-only"> ({low})</span>}
						{point === 10 && <span className="sr-only"> ({high})</span>}
					</label>
				))}
			</div>
			<p className="scale-ends" aria-hidden="true">
				<span>1: {low}</span>
				<span>10: {high}</span>
			</p>
		</fieldset>
	);
}
