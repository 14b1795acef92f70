import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentSafety } from '../../../src/lib/security/content-safety-plugin';

/** Compiles `source` with the real MDX compiler and our check; returns the error message, or '' if it passes. */
function check(source: string): string {
	try {
		mdxToJs(source, { hastPlugins: [contentSafety()], fileURL: new URL(`file://${process.cwd()}/content/x.mdx`) });
		return '';
	} catch (error) {
		return (error as Error).message;
	}
}

describe('content safety', () => {
	it('passes ordinary content with our components', () => {
		const source = [
			'# Title',
			'',
			'Text with a [link](https://example.com), a [path](/onboarding/) and [mail](mailto:a@b.c).',
			'',
			'<Callout type="tip" title="Good to know">Body with **bold**.</Callout>',
			'',
			'<KeyFigure value="65%" label="of revenue" />',
			'',
			'| a | b |',
			'|---|---|',
			'| 1 | 2 |',
			'',
			'{/* a note to editors */}',
			'',
			'![A chart](./chart.png)',
			'',
			'```js',
			'const x = 1;',
			'```',
		].join('\n');
		expect(check(source)).toBe('');
	});

	it.each([
		['a raw script', '<script>alert(1)</script>', /content\/x\.mdx:3:1: <script> is not allowed/],
		['an inline script', 'Hi <script>alert(1)</script> there', /content\/x\.mdx:3:4: <script> is not allowed/],
		['an event handler', '<a href="/x" onClick="alert(1)">x</a>', /<a onClick="alert\(1\)"> is not allowed/],
		[
			'a lower-case handler',
			'<img src="/a.png" alt="" onerror="alert(1)" />',
			/<img onError="alert\(1\)"> is not allowed/,
		],
		[
			'a javascript: link in JSX',
			'<a href="javascript:alert(1)">x</a>',
			/<a href="javascript:alert\(1\)"> is not allowed/,
		],
		['a javascript: link in Markdown', '[x](javascript:alert(1))', /A link or image to "javascript:alert\(1\)"/],
		['a data: link', '[x](data:text/html,<script>alert(1)</script>)', /A link or image to "data:text\/html/],
		['a data: image', '![x](data:image/png;base64,AAAA)', /A link or image to "data:image\/png/],
		['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe> is not allowed/],
		['an object', '<object data="/x.swf"></object>', /<object> is not allowed/],
		['an embed', '<embed src="/x.swf" />', /<embed> is not allowed/],
		['an import', 'import X from "./x.js"', /"import" and "export" are not allowed/],
		['an export', 'export const x = 1', /"import" and "export" are not allowed/],
		['an expression', '{alert(1)}', /Code in braces is not allowed in content: \{alert\(1\)\}/],
		['an attribute expression', '<Callout title={alert(1)}>x</Callout>', /<Callout title=\{alert\(1\)\}> passes code/],
		['a spread', '<Callout {...props}>x</Callout>', /spreads code/],
		['an unknown component', '<Evil />', /<Evil> is not allowed[\s\S]*Components content may use: Aside, Callout/],
		[
			'a prop our component does not take',
			'<Card title="x" onClick="y" />',
			/<Card onClick="y">[\s\S]*<Card> takes: title, href/,
		],
	])('refuses %s, naming the file, line and value', (_, body, expected) => {
		const message = check(`# Title\n\n${body}\n`);
		expect(message).toMatch(expected);
		expect(message).toContain('Hint:');
	});

	it('reports every problem of a file at once', () => {
		const message = check('<script>a()</script>\n\n<iframe src="x"></iframe>\n\n[x](javascript:b())\n');
		expect(message).toContain('3 problems in content/x.mdx');
		expect(message).toMatch(/:1:1:[\s\S]*:3:1:[\s\S]*:5:1:/);
	});
});
