import type { APIRoute } from 'astro';
import { href, robotsTxt } from '../lib/core/urls';

// Served from the site root on the usual hosts; under a sub-path, copy it to the host's root.
export const GET: APIRoute = ({ site }) =>
	new Response(robotsTxt(href(''), new URL(href('sitemap-index.xml'), site).href), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
