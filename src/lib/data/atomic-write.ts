import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` to `file` through a temporary file in the same folder, so a crash never leaves half a file.
 * With `overwrite: false` the final step is a hard link, which fails if `file` exists, even if another
 * process created it a moment ago. Returns false (and writes nothing) when refusing to overwrite.
 */
export function writeFileAtomic(file: string, text: string, options: { overwrite: boolean }): boolean {
	mkdirSync(dirname(file), { recursive: true });
	const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
	writeFileSync(temp, text, 'utf8');
	try {
		if (options.overwrite) {
			renameSync(temp, file);
			return true;
		}
		linkSync(temp, file);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	} finally {
		rmSync(temp, { force: true });
	}
}
