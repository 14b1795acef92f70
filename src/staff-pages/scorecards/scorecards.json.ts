import type { APIRoute } from 'astro';
import { scorecardsFile } from '../../lib/scorecards/site-data';

/** The download link on /scorecards/: the file `npm run scorecards` wrote, served under the staff-only path. */
export const GET: APIRoute = () =>
	new Response(scorecardsFile('scorecards.json'), { headers: { 'Content-Type': 'application/json' } });
