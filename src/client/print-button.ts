// Shows "Print this template" once it can work, and prints the page with it.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
	button.hidden = false;
	button.addEventListener('click', () => window.print());
}
