import { toBase64Url } from './envelope';
import { deriveBytes } from './keys';

/**
 * A partner's private page sits at an unguessable path (`p/<12 characters>/`), derived like the keys, so the
 * site's file list names no partner; the key for it travels in the link's fragment.
 */
export async function partnerPagePath(secret: Uint8Array<ArrayBuffer>, id: string, salt?: string): Promise<string> {
	return `p/${toBase64Url(await deriveBytes(secret, { kind: 'partner-path', id, salt }, 9))}/`;
}

/** The private link of a partner's page: its path, and the partner's key in the fragment. */
export async function partnerLink(siteUrl: string, secret: Uint8Array<ArrayBuffer>, id: string, salt?: string) {
	const path = await partnerPagePath(secret, id, salt);
	const key = toBase64Url(await deriveBytes(secret, { kind: 'partner', id, salt }));
	return `${new URL(path, siteUrl).href}#key=${key}`;
}

/** The staff link: the scorecards with the staff key in the fragment. */
export async function staffLink(siteUrl: string, secret: Uint8Array<ArrayBuffer>, section = 'scorecards/') {
	return `${new URL(section, siteUrl).href}#key=${toBase64Url(await deriveBytes(secret, { kind: 'staff' }))}`;
}
