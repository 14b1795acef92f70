/**
 * Opens a sealed page in the browser: the key comes from the link's fragment (`#key=…`, never sent to the
 * host), from this tab's session, or from the form. The content appears only when the whole page decrypts
 * and its tag checks; otherwise the reader gets a message and nothing else. Downloads are decrypted on click.
 */
import { SealError, aesKey, fromBase64Url, open } from '../lib/private/envelope';

const data = document.getElementById('sealed-page');
const main = document.querySelector('main');
if (data && main) void start(data, main);

function messageFor(error: unknown): string {
	const reason = error instanceof SealError ? error.reason : 'key-or-tampered';
	if (reason === 'bad-key')
		return 'That is not a whole key. Paste the full private link, with everything after “#key=”.';
	if (reason === 'key-or-tampered')
		return 'This key does not open this page. Check that the link is the one for this page. If it is, the page may have changed since it was sent: ask the program team for a new link.';
	return 'This page’s locked content is incomplete. Reload the page; if that does not help, ask the program team to publish it again.';
}

async function start(data: HTMLElement, main: HTMLElement) {
	const scope = data.dataset.scope ?? '';
	const context = data.dataset.context ?? '';
	const base = data.dataset.base ?? '/';
	const remembered = `portal:key:${scope}`;
	const form = document.querySelector<HTMLFormElement>('[data-unlock-form]');
	const input = form?.querySelector('input');
	const status = document.querySelector<HTMLElement>('[data-unlock-status]');
	const session = (() => {
		try {
			return sessionStorage;
		} catch {
			return undefined;
		}
	})();

	// The key leaves the address bar at once, so it is not shown, shared by screen or kept in history.
	const fromLink = new URLSearchParams(location.hash.slice(1)).get('key');
	if (fromLink) history.replaceState(history.state, '', location.pathname + location.search);

	const tryKey = async (text: string, typed: boolean) => {
		let key: CryptoKey;
		try {
			key = await aesKey(fromBase64Url(text), 'decrypt');
		} catch {
			if (status) status.textContent = messageFor(new SealError('bad-key'));
			return;
		}
		try {
			const sealed = fromBase64Url(JSON.parse(data.textContent ?? '""') as string);
			const page = JSON.parse(new TextDecoder().decode(await open(key, sealed, context))) as {
				title: string;
				html: string;
			};
			try {
				session?.setItem(remembered, text);
			} catch {
				// Without session storage each page needs its link; the content still opens.
			}
			// Our own build's HTML, authenticated by the tag: nothing else can reach this point.
			main.innerHTML = page.html;
			document.title = page.title;
			wireDownloads(main, key, base);
			if (typed) main.querySelector<HTMLElement>('h1')?.focus();
		} catch (error) {
			if (!typed) session?.removeItem(remembered);
			if (status) status.textContent = messageFor(error);
		}
	};

	form?.removeAttribute('hidden');
	form?.addEventListener('submit', (event) => {
		event.preventDefault();
		const value = input?.value.trim() ?? '';
		void tryKey(value.includes('#key=') ? value.slice(value.indexOf('#key=') + 5) : value, true);
	});
	const saved = fromLink ?? session?.getItem(remembered);
	if (saved) await tryKey(saved, false);
}

/** Links to sealed files fetch `<file>.sealed` and save the decrypted bytes under the file's own name. */
function wireDownloads(root: HTMLElement, key: CryptoKey, base: string) {
	for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-sealed-file]')) {
		link.addEventListener('click', async (event) => {
			event.preventDefault();
			const path = new URL(link.href).pathname;
			const response = await fetch(`${path}.sealed`);
			const bytes = await open(key, new Uint8Array(await response.arrayBuffer()), path.slice(base.length));
			const url = URL.createObjectURL(
				new Blob([bytes as Uint8Array<ArrayBuffer>], { type: link.type || 'application/octet-stream' }),
			);
			const save = document.createElement('a');
			save.href = url;
			save.download = link.getAttribute('download') || path.split('/').pop() || 'download';
			save.click();
			setTimeout(() => URL.revokeObjectURL(url), 10_000);
		});
	}
}
