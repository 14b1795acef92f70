import { useEffect, useState } from 'react';
import { loadProgress, markModule, resetProgress, saveProgress, summarizeProgress } from '../lib/progress-store';

/** A module as the island needs it: id, title and its page URL (already passed through `href`). */
export interface ProgressModule {
	id: string;
	title: string;
	url: string;
}

interface Props {
	trackId: string;
	/** The track's modules in reading order. */
	modules: ProgressModule[];
	/** On a module page: the module to mark. Without it, the island shows the track overview. */
	current?: string;
}

/**
 * Progress marks for one track: a "completed" checkbox on module pages; a progress bar, the next
 * module and a reset on the overview. Renders nothing until it has read localStorage, so pages
 * without JavaScript show no controls that cannot work.
 */
export default function TrackProgress({ trackId, modules, current }: Props) {
	const ids = modules.map((module) => module.id);
	const [completed, setCompleted] = useState<string[] | undefined>(undefined);
	const [announcement, setAnnouncement] = useState('');

	useEffect(() => setCompleted(loadProgress(localStorage, trackId, ids)), [trackId]);
	// An empty fragment rather than null: Astro's React renderer only claims components that return an element.
	if (!completed) return <></>;

	const summary = summarizeProgress(ids, completed);
	const countText = `${summary.done} of ${summary.total} modules complete`;
	const update = (next: string[]) => {
		setCompleted(next);
		saveProgress(localStorage, trackId, next);
	};

	if (current) {
		const done = completed.includes(current);
		return (
			<div className="progress-mark">
				<label>
					<input
						type="checkbox"
						checked={done}
						onChange={(event) => update(markModule(completed, ids, current, event.currentTarget.checked))}
					/>{' '}
					I have completed this module
				</label>
				<p className="meta" role="status">
					{countText} in this track. Saved in this browser only.
				</p>
			</div>
		);
	}

	const next = modules.find((module) => module.id === summary.next);
	return (
		<section className="track-progress" aria-labelledby="progress-heading">
			<h2 id="progress-heading">Your progress</h2>
			<progress id="track-progress-bar" max={summary.total} value={summary.done} aria-label="Modules complete">
				{summary.percent}%
			</progress>
			<p>
				{countText} ({summary.percent}%).
			</p>
			{next ? (
				<p>
					Next module: <a href={next.url}>{next.title}</a>
				</p>
			) : (
				<p>You have completed every module in this track.</p>
			)}
			<p>
				<button
					type="button"
					disabled={summary.done === 0}
					onClick={() => {
						resetProgress(localStorage, trackId);
						setCompleted([]);
						setAnnouncement('Progress reset.');
					}}
				>
					Reset progress
				</button>{' '}
				<span className="meta">Progress is saved in this browser only.</span>
			</p>
			<p className="sr-only" role="status">
				{announcement}
			</p>
		</section>
	);
}
