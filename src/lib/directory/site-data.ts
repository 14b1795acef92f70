/**
 * The directory's cards for the built site: logos made ready through astro:assets, labels and the public tier.
 * Build code: pages call it with what they loaded (content, partners.csv, tiers), the island never imports it.
 */
import { getImage } from 'astro:assets';
import { toCard } from './directory';
import type { ProfileData } from './directory';
import type { CardLogo, DirectoryCard } from './filter';

/** The square tile a card's logo fills, in CSS pixels. */
export const cardLogoSize = 56;

/** A logo for a square tile of `size` CSS pixels; an SVG stays a vector (Astro passes it through unchanged). */
export async function logoImage(logo: { src: ImageMetadata; alt: string }, size: number): Promise<CardLogo> {
	const vector = logo.src.format === 'svg';
	// A raster logo is made twice the tile's size, so it stays sharp on a 2× screen and is still a few KB.
	const scale = vector ? 1 : 2;
	const image = await getImage({
		src: logo.src,
		width: size * scale,
		height: size * scale,
		fit: 'contain',
		...(!vector && { format: 'webp' }),
	});
	return { src: image.src, width: size, height: size, alt: logo.alt };
}

/** What the page knows about each partner: its type (partners.csv) and its tier (the scorecards). */
export interface PartnerFacts {
	typeOf: (partnerId: string) => string;
	/** The partner's tier name; asked only for a profile that shows it. */
	tierOf: (partnerId: string) => string | undefined;
	profileUrl: (partnerId: string) => string;
	lang: string;
}

/** Cards for the listed profiles, in the order given. */
export function directoryCards(
	profiles: readonly { id: string; data: ProfileData & { logo: { src: ImageMetadata; alt: string } } }[],
	facts: PartnerFacts,
): Promise<DirectoryCard[]> {
	return Promise.all(
		profiles.map(async (entry) =>
			toCard(entry, {
				type: facts.typeOf(entry.id),
				url: facts.profileUrl(entry.id),
				logo: await logoImage(entry.data.logo, cardLogoSize),
				// Only a profile that opted in asks for its tier at all, so no other tier reaches the page data.
				tier: entry.data.showTier ? facts.tierOf(entry.id) : undefined,
				lang: facts.lang,
			}),
		),
	);
}
