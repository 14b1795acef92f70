import {
	pitfallSummary,
	reviewPitfalls,
	riskLevelLabels,
	unratedNote,
	type RiskLevel,
} from '../lib/assessments/pitfalls';
import type { PitfallReview as Review } from '../lib/assessments/schema';
import type { ArticleLink } from '../lib/assessments/list';
import ScaleField from './scale-field';
import { useResultReveal, useSavedRatings } from './use-saved';
import AssessmentActions from './assessment-actions';
import StatusIcon, { type StatusIconName } from './status-icon';
import '../styles/assessments.css';

/** Each risk level as a status: an icon and its words, the colour repeating them. */
const riskLook: Record<RiskLevel, { tone: string; icon: StatusIconName }> = {
	high: { tone: 'status-bad', icon: 'octagon-alert' },
	medium: { tone: 'status-warn', icon: 'alert-triangle' },
	low: { tone: 'status-good', icon: 'check-circle-2' },
};

interface Props {
	id: string;
	assessment: Review;
	/** Title and URL of every linked article, by slug (built on the server with `href`). */
	articles: Record<string, ArticleLink>;
}

/** Pitfall review: exposure to each pitfall rated 1-10, ranked by `reviewPitfalls`. */
export default function PitfallReview({ id, assessment, articles }: Props) {
	const ids = assessment.pitfalls.map((pitfall) => pitfall.id);
	const [ratings, setRatings, reset, unsaved] = useSavedRatings(id, ids);
	const result = reviewPitfalls(assessment, ratings);

	const { shown, status, startOver, submit, undo } = useResultReveal(reset, () =>
		pitfallSummary(result, assessment.pitfalls.length),
	);

	return (
		<form className="assessment" onSubmit={submit}>
			{assessment.pitfalls.map((pitfall) => (
				<ScaleField
					key={pitfall.id}
					name={pitfall.id}
					legend={pitfall.label}
					hint={pitfall.signs}
					low={assessment.scale.low}
					high={assessment.scale.high}
					value={ratings[pitfall.id]}
					onChange={(value) => setRatings({ ...ratings, [pitfall.id]: value })}
				/>
			))}
			<AssessmentActions
				submitLabel="Rank my risks"
				status={status}
				onStartOver={startOver}
				undo={undo}
				unsaved={unsaved}
			/>
			{shown && (
				<section className="assessment-results" aria-labelledby={`${id}-results`}>
					<h2 id={`${id}-results`}>Your top risks</h2>
					{result.unrated.length > 0 && <p>{unratedNote(result.unrated.length)}</p>}
					<ol className="result-list">
						{result.risks.map((risk) => {
							const article = articles[risk.article];
							return (
								<li key={risk.id} className={`result level-${risk.level}`}>
									<h3>
										{risk.tied ? `=${risk.rank}` : risk.rank}. {risk.label}
									</h3>
									<p className="result-score">
										<strong className={`status ${riskLook[risk.level].tone}`}>
											<StatusIcon name={riskLook[risk.level].icon} />
											<span>{riskLevelLabels[risk.level]}</span>
										</strong>{' '}
										<span>
											Exposure: {risk.rating} out of 10{risk.tied && ' (tied)'}
										</span>
									</p>
									<p>{risk.action}</p>
									{article && (
										<p>
											Read: <a href={article.href}>{article.title}</a>
										</p>
									)}
								</li>
							);
						})}
					</ol>
				</section>
			)}
		</form>
	);
}
