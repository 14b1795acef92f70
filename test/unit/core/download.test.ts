import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '../../../src/lib/core/download';

/** A stand-in for the page: records the link clicked and the object URLs made and revoked. */
function fakePage() {
	const blobs: Blob[] = [];
	const revoked: string[] = [];
	const clicks: { href: string; download: string; attached: boolean }[] = [];
	const body = new Set<object>();
	vi.stubGlobal('document', {
		body: { append: (node: object) => body.add(node) },
		createElement: (tag: string) => {
			expect(tag).toBe('a');
			const link = {
				href: '',
				download: '',
				click: () => clicks.push({ href: link.href, download: link.download, attached: body.has(link) }),
				remove: () => body.delete(link),
			};
			return link;
		},
	});
	vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
		blobs.push(blob as Blob);
		return `blob:test/${blobs.length}`;
	});
	vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
	return { blobs, revoked, clicks, body };
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
	vi.useRealTimers();
});

describe('downloadFile', () => {
	it('clicks an attached link to an object URL named for the file, then cleans up', () => {
		vi.useFakeTimers();
		const page = fakePage();
		downloadFile('record.json', '{}\n', 'application/json');
		expect(page.clicks).toEqual([{ href: 'blob:test/1', download: 'record.json', attached: true }]);
		expect(page.body.size).toBe(0);
		expect(page.revoked).toEqual([]);
		vi.runAllTimers();
		expect(page.revoked).toEqual(['blob:test/1']);
	});

	it('writes the text as UTF-8 of the given type, with a byte-order mark only when asked', async () => {
		const page = fakePage();
		downloadFile('record.json', '{"name":"Zoë"}\n', 'application/json');
		downloadFile('matrix.csv', 'Name,Score\r\nZoë,7\r\n', 'text/csv;charset=utf-8', { bom: true });
		const [json, csv] = page.blobs;
		expect(json!.type).toBe('application/json');
		expect(new Uint8Array(await json!.arrayBuffer())).toEqual(new TextEncoder().encode('{"name":"Zoë"}\n'));
		expect(csv!.type).toBe('text/csv;charset=utf-8');
		const bytes = new Uint8Array(await csv!.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.slice(3)).toEqual(new TextEncoder().encode('Name,Score\r\nZoë,7\r\n'));
	});
});
