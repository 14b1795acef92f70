import type { PortalConfig } from './config-schema';

type Palette = PortalConfig['colours']['light'];

function vars(palette: Palette): string {
	return Object.entries(palette)
		.map(([name, value]) => `--${name}:${value};`)
		.join('');
}

/**
 * CSS custom properties for both themes. Without JavaScript the system preference decides;
 * the toggle pins a choice through `data-theme` on `<html>`.
 */
export function themeCss(colours: PortalConfig['colours']): string {
	const light = `color-scheme:light;${vars(colours.light)}`;
	const dark = `color-scheme:dark;${vars(colours.dark)}`;
	return [
		`:root{${light}}`,
		`@media (prefers-color-scheme: dark){:root:not([data-theme="light"]){${dark}}}`,
		`:root[data-theme="dark"]{${dark}}`,
	].join('\n');
}
