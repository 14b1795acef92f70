import island from 'astro/runtime/server/astro-island.prebuilt.js';
import idle from 'astro/runtime/client/idle.prebuilt.js';
import load from 'astro/runtime/client/load.prebuilt.js';
import media from 'astro/runtime/client/media.prebuilt.js';
import only from 'astro/runtime/client/only.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';

/**
 * The inline scripts Astro itself writes into pages with islands: the `<astro-island>` element and the loader
 * of each `client:` directive, taken from Astro's own package so an upgrade never needs a list updated here.
 */
export const astroRuntimeScripts: readonly string[] = [island, idle, load, media, only, visible];

/** An inline script in a built page that none of the portal's code wrote. */
export interface UntrustedScript {
	page: string;
	code: string;
}

/** Describes the untrusted scripts for the build log: which page, and how each begins. */
export function formatUntrustedScripts(found: readonly UntrustedScript[]): string {
	const lines = found.slice(0, 10).map(({ page, code }) => {
		const start = code.trim().replace(/\s+/g, ' ');
		return `  ${page}: <script>${start.length > 70 ? `${start.slice(0, 67)}...` : start}</script>`;
	});
	const more = found.length > 10 ? `\n  ...and ${found.length - 10} more` : '';
	return (
		`${found.length === 1 ? 'A page carries an inline script' : `${found.length} inline scripts`} that the portal's code did not write:\n` +
		`${lines.join('\n')}${more}\n` +
		"  Hint: only scripts from src/client/ (imported with ?inline-script) and Astro's island loader may run inline. " +
		'Content cannot carry scripts; a component that needs one imports it from src/client/.'
	);
}
