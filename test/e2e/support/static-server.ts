import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/** Serves a built site like a plain static host: files under `base`, `404.html` for anything missing. */
export async function serveStatic(dir: string, base = '/'): Promise<{ url: string; close(): Promise<void> }> {
	const files = sirv(dir, { dev: false, etag: true });
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (!url.startsWith(base)) {
			res.writeHead(404).end('Not under the site base');
			return;
		}
		req.url = `/${url.slice(base.length)}`;
		files(req, res, () => {
			const notFound = join(dir, '404.html');
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
