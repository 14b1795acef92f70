import type { APIRoute } from 'astro';
import code from '../../client/calendar-maker.ts?inline-script';

/**
 * The calendar code of the track pages' date picker as a file of its own, which the page loads only once the picker
 * is used (src/client/calendar-download.ts): bundled like the inline scripts, but served from this site.
 */
export const GET: APIRoute = () =>
	new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
