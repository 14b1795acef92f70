import type { APIContext } from 'astro';
import { cmsFont, cmsFonts } from '../../../lib/cms/assets';

/** The CMS's fonts, from npm (@fontsource) instead of a CDN. */
export function getStaticPaths() {
	return Object.keys(cmsFonts).map((file) => ({ params: { file } }));
}

export function GET({ params }: APIContext) {
	return new Response(new Uint8Array(cmsFont(params.file!)), { headers: { 'content-type': 'font/woff2' } });
}
