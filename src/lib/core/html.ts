/** Escapes text for HTML: feed readers render an item's `content` as HTML, and content text is untrusted. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
