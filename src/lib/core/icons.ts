import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The icons the portal uses, from Lucide (lucide-static): inlined into the HTML at build time, so pages ship no
 * icon font and no script. One list, so a typo is a type error and the set stays small and consistent.
 */
export const iconNames = [
	'alert-triangle',
	'arrow-right',
	'award',
	'bar-chart-3',
	'bell',
	'book-open',
	'building',
	'calendar-days',
	'check',
	'check-circle-2',
	'chevron-down',
	'clipboard-check',
	'clock',
	'compass',
	'external-link',
	'globe',
	'graduation-cap',
	'handshake',
	'info',
	'lightbulb',
	'list-checks',
	'mail',
	'map-pin',
	'megaphone',
	'menu',
	'moon',
	'newspaper',
	'octagon-alert',
	'rocket',
	'rss',
	'scale',
	'search',
	'sparkles',
	'star',
	'sun',
	'users',
	'video',
	'x',
	'x-circle',
] as const;

export type IconName = (typeof iconNames)[number];

const require = createRequire(import.meta.url);
const cache = new Map<IconName, string>();

/** An icon's SVG markup: decorative (hidden from assistive technology), sized by CSS, coloured by `currentColor`. */
export function iconSvg(name: IconName): string {
	let svg = cache.get(name);
	if (svg === undefined) {
		const source = readFileSync(require.resolve(`lucide-static/icons/${name}.svg`), 'utf8');
		svg = source
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/\s*class="[^"]*"/, '')
			.replace(/\s*width="24"\s*height="24"/, '')
			.replace('<svg', '<svg class="icon" aria-hidden="true" focusable="false"')
			.replace(/\s+/g, ' ')
			.replace(/> </g, '><')
			.trim();
		cache.set(name, svg);
	}
	return svg;
}
