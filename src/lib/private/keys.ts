/**
 * Every key comes from one staff secret through HKDF-SHA-256 (WebCrypto), each with its own label: the staff
 * key opens the staff pages, and each partner's key opens only that partner's page. Rotating the secret
 * changes every key, which revokes every link at once; a partner's `salt` (in partners.csv) rotates only theirs.
 */

const encoder = new TextEncoder();

/** What a derived key is for; the label keeps keys for different purposes unrelated. */
export type KeyPurpose =
	| { kind: 'staff' }
	| { kind: 'partner'; id: string; salt?: string | undefined }
	| { kind: 'partner-path'; id: string; salt?: string | undefined };

function label(purpose: KeyPurpose): string {
	if (purpose.kind === 'staff') return 'partner-hub/staff/v1';
	return `partner-hub/${purpose.kind}/v1/${purpose.id}/${purpose.salt ?? ''}`;
}

/** 32 bytes for `purpose`, derived from the secret's bytes. */
export async function deriveBytes(
	secret: Uint8Array<ArrayBuffer>,
	purpose: KeyPurpose,
	length = 32,
): Promise<Uint8Array<ArrayBuffer>> {
	const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveBits']);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: encoder.encode(label(purpose)) },
		base,
		length * 8,
	);
	return new Uint8Array(bits);
}
