import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** Built HTML pages under `dir`, leaving out Pagefind's own files (the pages the build hardens and the tests visit). */
export function listPages(dir: string): string[] {
	return listFiles(dir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
}
