/**
 * The certificate a partner prints after passing: its ID and its day. Browser-safe (WebCrypto, no node builtins),
 * so the quiz island and the unit tests use the same code.
 */

/** The name as printed: trimmed, inner runs of spaces collapsed, composed (NFC) so the same name hashes the same. */
export function certificateName(name: string): string {
	return name.trim().replace(/\s+/g, ' ').normalize('NFC');
}

/**
 * A short ID for one certificate, "7F3A-91C2-B04D": the first 6 bytes of the SHA-256 of the quiz id, the moment the
 * attempt finished and the printed name. The same pass and name always give the same ID, so a reprint matches.
 * `undefined` where WebCrypto is unavailable (pages served over plain http on another host): the ID is left off.
 */
export async function certificateId(quizId: string, finishedAt: string, name: string): Promise<string | undefined> {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) return undefined;
	const text = [quizId, finishedAt, certificateName(name)].join('\n');
	const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
	const hex = [...digest.slice(0, 6)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
	return hex.toUpperCase().match(/.{4}/g)!.join('-');
}

/**
 * The calendar day ("YYYY-MM-DD") on which an ISO timestamp fell where the partner is, for `formatDate`: a quiz
 * passed at 00:30 in Berlin is dated that day, not the UTC day before.
 */
export function localDay(iso: string): string {
	const date = new Date(iso);
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
