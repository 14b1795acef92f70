import { portal } from './config';

/** What every page tells browsers, search engines and link previews. */
export interface PageMeta {
	/** The page's own title; the program name is appended. */
	title: string;
	/** One or two sentences for `<meta name="description">` and Open Graph. */
	description: string;
	/** Open Graph type. Default: "website". */
	type?: 'website' | 'article';
	/** Keep the page out of search engines. Default: false. */
	noindex?: boolean;
	/** Share image for link previews (png, jpeg or webp), site-relative with the base. Default: none. */
	image?: { src: string; alt: string } | undefined;
}

/** `<title>` text: "Page · Program", or the program name alone on the home page. */
export function documentTitle(title: string): string {
	return title === portal.programName ? title : `${title} · ${portal.programName}`;
}
