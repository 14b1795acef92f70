import { formatDate } from '../lib/core/dates';
import { tagLabel } from '../lib/core/tags';
import type { ArchiveLabels, SpotlightCard } from '../lib/spotlights/filter';
import StatusIcon from './status-icon';

interface Props {
	cards: readonly SpotlightCard[];
	/** Labels of partner types and models by id. */
	labels: ArchiveLabels;
	/** Language of `portal.config.ts`, for dates. */
	lang: string;
	/** Heading level of each card title, to keep the page outline intact. */
	level?: 2 | 3;
	/** How many covers to load at once (the first may be in view); the rest wait until scrolled near. */
	eager?: number;
}

/** Spotlight cards as plain HTML: rendered on the server by the archive pages and by the archive browser. */
export default function SpotlightList({ cards, labels, lang, level = 2, eager = 0 }: Props) {
	const Heading = `h${level}` as const;
	return (
		<ul className="cards spotlight-cards">
			{cards.map((card, index) => (
				<li className="card spotlight-card" key={card.id}>
					{card.cover ? (
						<img
							className="card-cover"
							src={card.cover.src}
							{...(card.cover.srcset && { srcSet: card.cover.srcset, sizes: card.cover.sizes })}
							width={card.cover.width}
							height={card.cover.height}
							alt=""
							{...(index < eager
								? // The first cover is often the largest thing on a phone's first screen: fetch and paint it first.
									{ loading: 'eager', fetchPriority: 'high', decoding: 'sync' }
								: { loading: 'lazy', decoding: 'async' })}
						/>
					) : (
						// A plain tile of the same size, so every card starts at the same height and keeps its rhythm.
						<span className="card-cover card-cover-plain" data-model={card.model} aria-hidden="true" />
					)}
					<Heading>
						<a href={card.url}>{card.title}</a>
					</Heading>
					{card.badge && (
						<p className="new-badge-line">
							<span className="new-badge" title={card.badge.title} data-new-until={card.badge.until}>
								<StatusIcon name="sparkles" />
								{card.badge.word}
								<span className="sr-only">{card.badge.spoken}</span>
							</span>
						</p>
					)}
					<p className="meta">
						<time dateTime={card.date}>{formatDate(card.date, lang)}</time> · {labels.models[card.model] ?? card.model}
					</p>
					<p>{card.summary}</p>
					<p className="meta">
						{labels.types[card.partnerType] ?? card.partnerType}: {card.partners.join(', ')}
					</p>
					<ul className="tags" aria-label="Tags">
						{card.tags.map((tag) => (
							<li key={tag}>{tagLabel(tag)}</li>
						))}
					</ul>
				</li>
			))}
		</ul>
	);
}
