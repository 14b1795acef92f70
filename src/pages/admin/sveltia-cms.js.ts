import { cmsAsset, localiseCmsScript } from '../../lib/cms/assets';

/** The CMS application, copied from node_modules into the build with its CDN addresses made local. */
export function GET() {
	return new Response(localiseCmsScript(cmsAsset('sveltia-cms.js').toString('utf8')), {
		headers: { 'content-type': 'text/javascript' },
	});
}
