/**
 * Saves text as a file through a temporary link: no server involved. Browser only (it uses `document`), and safe
 * to import from islands: it imports nothing.
 */
export function downloadFile(fileName: string, text: string, type: string, { bom = false } = {}): void {
	// A byte-order mark makes Excel read a CSV file as UTF-8.
	const url = URL.createObjectURL(new Blob(bom ? ['\uFEFF', text] : [text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked a moment later: some browsers still read the URL after `click()` has returned.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
