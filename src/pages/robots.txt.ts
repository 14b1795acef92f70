import { routes } from '../lib/core/routes';
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/core/urls';

// Served from the site root on the usual hosts; under a sub-path, copy it to the host's root.
export const GET: APIRoute = ({ site }) =>
	new Response(robotsTxt(routes.home(), new URL(routes.sitemap(), site).href), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
