import { cmsVersion } from '../../../lib/cms/assets';

/** Answers the CMS's update check with the installed version, so it never asks unpkg. */
export function GET() {
	return new Response(JSON.stringify({ name: '@sveltia/cms', version: cmsVersion() }), {
		headers: { 'content-type': 'application/json' },
	});
}
