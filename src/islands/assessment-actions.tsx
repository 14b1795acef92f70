/** The buttons and live status line under every self-assessment form. */
export default function AssessmentActions({ submitLabel, status }: { submitLabel: string; status: string }) {
	return (
		<>
			<div className="assessment-actions">
				<button type="submit" className="button primary">
					{submitLabel}
				</button>
				<button type="reset" className="button">
					Start over
				</button>
			</div>
			<p role="status" className="assessment-status">
				{status}
			</p>
		</>
	);
}
