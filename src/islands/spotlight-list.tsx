import type { SpotlightCard } from '../lib/spotlights/filter';
import { formatDate } from '../lib/spotlights/spotlights';

interface Props {
	cards: readonly SpotlightCard[];
	/** Labels of partner types and models by id. */
	labels: Readonly<Record<string, string>>;
	/** Heading level of each card title, to keep the page outline intact. */
	level?: 2 | 3;
}

/** Spotlight cards as plain HTML: rendered on the server by the archive pages and by the archive browser. */
export default function SpotlightList({ cards, labels, level = 2 }: Props) {
	const Heading = `h${level}` as const;
	return (
		<ul className="cards spotlight-cards">
			{cards.map((card) => (
				<li className="card" key={card.id}>
					<Heading>
						<a href={card.url}>{card.title}</a>
					</Heading>
					<p className="meta">
						<time dateTime={card.date}>{formatDate(card.date)}</time> · {labels[card.model] ?? card.model}
					</p>
					<p>{card.summary}</p>
					<p className="meta">
						{labels[card.partnerType] ?? card.partnerType}: {card.partners.join(', ')}
					</p>
				</li>
			))}
		</ul>
	);
}
