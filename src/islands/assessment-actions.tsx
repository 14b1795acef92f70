import type { ReactNode } from 'react';
import { notKeptMessage, type Undo } from './use-saved';

/** The buttons and live status line under every self-assessment form. */
export default function AssessmentActions(props: {
	submitLabel: string;
	status: string;
	onStartOver: () => void;
	undo: Undo;
	/** A change could not be kept in this browser. */
	unsaved?: boolean;
}) {
	const { submitLabel, status, onStartOver, undo, unsaved } = props;
	return (
		<>
			<div className="assessment-actions">
				<button type="submit" className="button primary">
					{submitLabel}
				</button>
				<button type="button" className="button" onClick={onStartOver}>
					Start over
				</button>
			</div>
			<UndoNotice undo={undo}>{unsaved ? `${status} ${notKeptMessage}`.trim() : status}</UndoNotice>
		</>
	);
}

/**
 * A live status line that, after a start over, says what was cleared with an Undo button; otherwise it shows
 * `children`. It is always in the page, so screen readers announce the change.
 */
export function UndoNotice({ undo, children }: { undo: Undo; children?: ReactNode }) {
	const { offer, hold } = undo;
	return (
		<p
			role="status"
			className="assessment-status undo-notice"
			onFocus={() => hold(true)}
			onBlur={() => hold(false)}
			onPointerEnter={() => hold(true)}
			onPointerLeave={() => hold(false)}
		>
			{offer ? (
				<>
					{offer.message}{' '}
					<button type="button" className="button" onClick={undo.undo}>
						Undo
					</button>
				</>
			) : (
				children
			)}
		</p>
	);
}
