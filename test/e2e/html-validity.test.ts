import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir, isStaffPath, listPages, readBuiltPage } from './support/site';

interface NuMessage {
	type: string;
	subType?: string;
	url: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

// Sealed staff pages are checked as their readers see them: decrypted into a folder of their own.
const opened = mkdtempSync(join(tmpdir(), 'opened-pages-'));
afterAll(() => rmSync(opened, { recursive: true, force: true }));

async function openSealedPages(): Promise<number> {
	const sealed = listPages(distDir).filter((file) => isStaffPath(file));
	for (const file of sealed) {
		mkdirSync(dirname(join(opened, file)), { recursive: true });
		writeFileSync(join(opened, file), await readBuiltPage(file));
	}
	return sealed.length;
}

/** The W3C Nu HTML checker (the `vnu-jar` package, on Java) over every page of the build, in one process. */
function checkAll(): Promise<NuMessage[]> {
	const jar = String(createRequire(import.meta.url)('vnu-jar'));
	return new Promise((done, fail) => {
		execFile(
			'java',
			['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', resolve(distDir), opened],
			{ maxBuffer: 64 * 1024 * 1024 },
			// The checker exits 1 when it finds errors; its report is on stderr either way.
			(error, _stdout, stderr) => {
				try {
					done((JSON.parse(stderr) as { messages: NuMessage[] }).messages);
				} catch {
					fail(error ?? new Error(`The Nu checker printed no report: ${stderr.slice(0, 500)}`));
				}
			},
		);
	});
}

describe('W3C Nu HTML checker', () => {
	it('finds no errors in any built page, the sealed staff pages opened', { timeout: 300_000 }, async () => {
		expect(await openSealedPages()).toBeGreaterThan(20);
		const messages = await checkAll();
		const errors = messages
			.filter((m) => m.type === 'error' || m.subType === 'fatal')
			.map(
				(m) =>
					`${new URL(m.url).pathname.replace(resolve(distDir), '').replace(opened, '(opened)')}:${m.lastLine ?? 0}: ${m.message}`,
			);
		expect(errors).toEqual([]);
	});
});
