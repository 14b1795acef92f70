/**
 * Sealed pages: AES-256-GCM through WebCrypto, the same code at build time (Node's `crypto.subtle`) and in the
 * browser. A sealed blob is `version (1 byte) | IV (12 bytes) | ciphertext and tag`, bound to its context (the
 * page's path) as additional data, so a blob moved to another page does not open. Browser-safe: no Node builtins.
 */

const version = 1;
const ivBytes = 12;
const tagBytes = 16;
const encoder = new TextEncoder();

/** Why a sealed blob did not open; each has its own message for the reader. */
export type OpenFailure = 'truncated' | 'version' | 'key-or-tampered' | 'bad-key';

export class SealError extends Error {
	constructor(readonly reason: OpenFailure) {
		super(reason);
		this.name = 'SealError';
	}
}

/** A 256-bit AES-GCM key from its raw bytes; throws `SealError('bad-key')` for anything but 32 bytes. */
export async function aesKey(raw: Uint8Array<ArrayBuffer>, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
	if (raw.length !== 32) throw new SealError('bad-key');
	return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, [usage]);
}

/** Encrypts `plain` for `context` with a fresh random IV. */
export async function seal(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, context: string): Promise<Uint8Array> {
	const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
	const cipher = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
		key,
		plain,
	);
	const out = new Uint8Array(1 + ivBytes + cipher.byteLength);
	out[0] = version;
	out.set(iv, 1);
	out.set(new Uint8Array(cipher), 1 + ivBytes);
	return out;
}

/** Decrypts a sealed blob, or throws `SealError`: never returns part of the content. */
export async function open(key: CryptoKey, sealed: Uint8Array, context: string): Promise<Uint8Array> {
	if (sealed.length < 1 + ivBytes + tagBytes) throw new SealError('truncated');
	if (sealed[0] !== version) throw new SealError('version');
	try {
		const plain = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: sealed.slice(1, 1 + ivBytes), additionalData: encoder.encode(context) },
			key,
			sealed.slice(1 + ivBytes),
		);
		return new Uint8Array(plain);
	} catch {
		// GCM cannot tell a wrong key from a changed byte: both fail the tag check.
		throw new SealError('key-or-tampered');
	}
}

/** Base64url without padding, for keys in links and blobs in pages. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url (or base64) string; throws `SealError('truncated')` when it is not one. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
	const clean = text.trim().replace(/-/g, '+').replace(/_/g, '/');
	try {
		const binary = atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
		const out = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
		return out;
	} catch {
		throw new SealError('truncated');
	}
}
