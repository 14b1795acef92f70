import type { APIRoute } from 'astro';
import { scorecardsFile } from '../../lib/scorecards/site-data';

/** The spreadsheet download on /scorecards/, served under the staff-only path. */
export const GET: APIRoute = () =>
	new Response(scorecardsFile('scorecards.csv'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
