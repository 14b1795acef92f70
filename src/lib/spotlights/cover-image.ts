/**
 * Spotlight covers for archive cards, made small at build time through astro:assets so the island only gets
 * plain attributes (src, srcset, width, height). Build code: pages call it, the island never imports it.
 */
import { getImage } from 'astro:assets';
import type { CardCover } from './filter';

/** The shape of every card cover: 40:21, the 1200 × 630 share-image shape authors are asked for. */
export const cardCoverSize = { width: 400, height: 210 } as const;

/** At most 24rem wide in the grid, the width of the screen on a phone; 2× screens take the 800 px one. */
const cardCoverSizes = '(min-width: 40rem) 24rem, 100vw';

export async function cardCover(cover: { src: ImageMetadata } | undefined): Promise<CardCover | undefined> {
	if (!cover) return undefined;
	// An SVG stays a vector (Astro passes it through unchanged); a photo becomes WebP at two widths, cropped to shape.
	const vector = cover.src.format === 'svg';
	const image = await getImage({
		src: cover.src,
		...cardCoverSize,
		fit: 'cover',
		...(!vector && { widths: [cardCoverSize.width, cardCoverSize.width * 2], sizes: cardCoverSizes }),
	});
	const srcset = image.srcSet.attribute;
	return { src: image.src, srcset, sizes: srcset ? cardCoverSizes : '', ...cardCoverSize };
}
