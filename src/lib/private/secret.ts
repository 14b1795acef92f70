import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readEnv } from '../core/env';
import { writeFileAtomic } from '../data/atomic-write';
import { fromBase64Url, toBase64Url } from './envelope';

/** The gitignored file that holds a local staff secret when `PORTAL_STAFF_SECRET` is not set. */
export const secretFile = '.staff-secret';

/** Where the secret came from, for the one line the build prints. */
export type SecretSource = 'env' | 'file';

/**
 * The staff secret: `PORTAL_STAFF_SECRET` (base64url, at least 32 bytes), else the key file, else none. A value
 * that is too short or not base64url stops the build with the variable or file named.
 */
export function readSecret(
	env: string | undefined,
	file = secretFile,
): { bytes: Uint8Array<ArrayBuffer>; source: SecretSource } | undefined {
	const [text, source, where] = env?.trim()
		? [env.trim(), 'env' as const, 'PORTAL_STAFF_SECRET']
		: existsSync(file)
			? [readFileSync(file, 'utf8').trim(), 'file' as const, file]
			: [undefined, undefined, ''];
	if (text === undefined || source === undefined) return undefined;
	const bytes = /^[A-Za-z0-9_-]+$/.test(text) ? fromBase64Url(text) : new Uint8Array();
	if (bytes.length < 32) {
		throw new Error(
			`${where}: expected a random secret of at least 32 bytes in base64url (43 or more of A–Z, a–z, 0–9, - and _), found ${JSON.stringify(text.length > 12 ? `${text.slice(0, 6)}…` : text)} (${text.length} characters).\n  Hint: make one with \`node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"\`, or delete ${secretFile} to let \`npm start\` create it.`,
		);
	}
	return { bytes, source };
}

/** A fresh 256-bit secret in `file`, written atomically and never over an existing one. Returns it. */
export function createSecretFile(file = secretFile): string {
	const text = toBase64Url(randomBytes(32));
	if (!writeFileAtomic(file, `${text}\n`, { overwrite: false })) return readFileSync(file, 'utf8').trim();
	return text;
}

/** The staff secret of this build (PORTAL_STAFF_SECRET, else `.staff-secret`), or undefined: nothing private is built. */
export function buildSecret() {
	return readSecret(readEnv().PORTAL_STAFF_SECRET);
}
