import { cmsAsset } from '../../../lib/cms/assets';

/** Loaded by the CMS next to its script (instead of from a CDN) when an editor needs React widgets. */
export function GET() {
	return new Response(new Uint8Array(cmsAsset('chunks/react-dom.js')), {
		headers: { 'content-type': 'text/javascript' },
	});
}
