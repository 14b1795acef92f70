import { readFileSync } from 'node:fs';

/** Where a file stops being valid UTF-8: 1-based line and 0-based byte offset of the first bad byte. */
export interface Utf8Problem {
	line: number;
	byte: number;
	message: string;
}

const fatal = new TextDecoder('utf-8', { fatal: true });

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence (WHATWG rules). */
function firstBadByte(bytes: Uint8Array): number {
	// Decoding ever longer prefixes would be quadratic; walk the sequences instead, as the decoder does.
	let index = 0;
	while (index < bytes.length) {
		const lead = bytes[index]!;
		const [length, low, high] =
			lead < 0x80
				? [1, 0x80, 0xbf]
				: lead >= 0xc2 && lead <= 0xdf
					? [2, 0x80, 0xbf]
					: lead === 0xe0
						? [3, 0xa0, 0xbf]
						: lead === 0xed
							? [3, 0x80, 0x9f]
							: lead >= 0xe1 && lead <= 0xef
								? [3, 0x80, 0xbf]
								: lead === 0xf0
									? [4, 0x90, 0xbf]
									: lead === 0xf4
										? [4, 0x80, 0x8f]
										: lead >= 0xf1 && lead <= 0xf3
											? [4, 0x80, 0xbf]
											: [0, 0, 0];
		if (length === 0) return index;
		for (let next = 1; next < length; next++) {
			const byte = bytes[index + next];
			const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
			if (byte === undefined || byte < min || byte > max) return index;
		}
		index += length;
	}
	return bytes.length;
}

/**
 * Decodes UTF-8 strictly. Node's default decoding turns a bad byte into U+FFFD, which would then be published
 * as if the author had typed it; here a file that is not UTF-8 is refused, naming the line and byte.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: Utf8Problem } {
	try {
		return { text: fatal.decode(bytes) };
	} catch {
		const byte = firstBadByte(bytes);
		let line = 1;
		for (let index = 0; index < byte; index++) if (bytes[index] === 0x0a) line++;
		const found = byte < bytes.length ? `0x${bytes[byte]!.toString(16).padStart(2, '0')}` : 'the end of the file';
		return {
			problem: {
				line,
				byte,
				message: `Expected text encoded as UTF-8, found ${found} at byte ${byte} inside a character; save the file as UTF-8 in your editor (Excel: "CSV UTF-8")`,
			},
		};
	}
}

/** Reads a file as strict UTF-8 (see `decodeUtf8`). */
export function readUtf8File(file: string): { text: string } | { problem: Utf8Problem } {
	return decodeUtf8(readFileSync(file));
}
