import type { DirectoryCard, DirectoryFacets } from '../lib/directory/filter';

interface Props {
	cards: readonly DirectoryCard[];
	/** Labels of every option, by filter. */
	facets: DirectoryFacets;
	/** Heading level of each card title, to keep the page outline intact. */
	level?: 2 | 3;
	/** How many logos to load at once (the first row may be in view); the rest wait until scrolled near. */
	eager?: number;
}

const labelIn = (facets: DirectoryFacets, key: keyof DirectoryFacets, id: string) =>
	facets[key].find((option) => option.id === id)?.label ?? id;

/** Partner cards as plain HTML: rendered on the server by the directory pages and by the directory browser. */
export default function DirectoryList({ cards, facets, level = 3, eager = 0 }: Props) {
	const Heading = `h${level}` as const;
	return (
		<ul className="cards directory-cards">
			{cards.map((card, index) => (
				<li className="card directory-card" key={card.id} data-partner={card.id}>
					<div className="directory-card-head">
						{/* Decoration: the partner's name is the card's title right beside it. */}
						<img
							className="directory-logo"
							src={card.logo.src}
							width={card.logo.width}
							height={card.logo.height}
							alt=""
							{...(index < eager ? { loading: 'eager' } : { loading: 'lazy', decoding: 'async' })}
						/>
						<div>
							<Heading>
								<a href={card.url}>{card.name}</a>
							</Heading>
							<p className="meta">{labelIn(facets, 'type', card.type)}</p>
						</div>
					</div>
					<p className="directory-pitch">{card.pitch}</p>
					{card.tier && <p className="directory-tier">{`${card.tier} tier`}</p>}
					<ul className="tags" aria-label="Services">
						{card.services.map((id) => (
							<li key={id}>{labelIn(facets, 'service', id)}</li>
						))}
					</ul>
					<p className="meta directory-where">
						{card.regions.map((id) => labelIn(facets, 'region', id)).join(', ')}
						<span aria-hidden="true"> · </span>
						<span className="sr-only">. Languages: </span>
						{card.languages.join(', ')}
					</p>
				</li>
			))}
		</ul>
	);
}
