import type { Element, Properties, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';

/**
 * Content never carries script. Every MDX file is checked as it is compiled, by the build and by `npm run check`
 * alike: raw `<script>`, `on*=` handlers, `javascript:` and `data:` URLs, iframes, `<object>`, imports and code
 * expressions fail with the file, line and a hint. The allow-list is GitHub's (hast-util-sanitize's default
 * schema) plus our MDX components and their props; the decision for each element is the sanitizer's own.
 */

/** Our MDX components (src/components/mdx/index.ts) and the props content may give them, all plain text. */
export const componentProps: Readonly<Record<string, readonly string[]>> = {
	Aside: ['type', 'title'],
	Callout: ['type', 'title'],
	Card: ['title', 'href'],
	CardGrid: [],
	Checklist: ['title'],
	KeyFigure: ['value', 'label'],
	Steps: [],
};

/** GitHub's allow-list with our components; ids are kept as written (our pages link to headings by id). */
export const contentSchema: Schema = {
	...defaultSchema,
	clobber: [],
	required: {},
	tagNames: [...(defaultSchema.tagNames ?? []), ...Object.keys(componentProps)],
	attributes: {
		...defaultSchema.attributes,
		...Object.fromEntries(Object.entries(componentProps).map(([name, props]) => [name, [...props]])),
	},
};

/** Properties whose values are URLs: the only ones Markdown itself takes from the author. */
const urlProperties = ['href', 'src', 'cite', 'longDesc', 'poster', 'action', 'formAction', 'srcSet'];

/** One thing in a file that content may not do. */
export interface ContentProblem {
	line: number;
	column: number;
	message: string;
	hint: string;
}

interface Position {
	start: { line: number; column: number };
}

/** MDX nodes the hast types do not name. */
interface MdxJsxAttribute {
	type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
	name?: string;
	value?: string | null | { type: string; value: string };
}
interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	attributes?: MdxJsxAttribute[];
	position?: Position;
	children?: MdxNode[];
	tagName?: string;
	properties?: Properties;
}

const scriptHint =
	'Content cannot carry scripts or embeds. Describe the thing in words, link to it with a plain https:// link, or ask a developer for a component.';

/** What the sanitizer keeps of one element (children aside), or undefined when it drops the element. */
function sanitized(tagName: string, properties: Properties): Element | undefined {
	const tree: Root = { type: 'root', children: [{ type: 'element', tagName, properties, children: [] }] };
	const [kept] = (sanitize(tree, contentSchema) as Root).children;
	return kept?.type === 'element' && kept.tagName === tagName ? kept : undefined;
}

function quote(value: unknown): string {
	const text = String(value);
	return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** The attributes the sanitizer removes or changes, described for the author. */
function removedProperties(tagName: string, properties: Properties, only?: readonly string[]): string[] {
	const kept = sanitized(tagName, properties);
	if (!kept) return [];
	return Object.entries(properties)
		.filter(([name]) => !only || only.includes(name))
		.filter(([name, value]) => JSON.stringify(kept.properties[name]) !== JSON.stringify(value))
		.map(([name, value]) => `${name}=${quote(value)}`);
}

/** Checks one compiled MDX tree; returns every problem, in document order. */
export function checkContentTree(root: Root | MdxNode): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const at = (node: MdxNode, message: string, hint = scriptHint) =>
		problems.push({
			line: node.position?.start.line ?? 0,
			column: node.position?.start.column ?? 0,
			message,
			hint,
		});

	const visit = (node: MdxNode) => {
		switch (node.type) {
			case 'mdxjsEsm':
				at(node, `"import" and "export" are not allowed in content: ${quote(node.value)}`);
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				// `{/* a comment */}` is the one expression content may hold.
				if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) {
					at(
						node,
						`Code in braces is not allowed in content: {${node.value}}`,
						'Write the text itself. To show braces, escape them: \\{ and \\}.',
					);
				}
				return;
			case 'raw':
				at(node, `Raw HTML is not allowed in content: ${quote(node.value)}`);
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkJsx(node);
				break;
			case 'element':
				checkElement(node);
				break;
		}
		for (const child of node.children ?? []) visit(child);
	};

	const checkJsx = (node: MdxNode) => {
		const name = node.name ?? '';
		if (!name) return; // A fragment, <>…</>, renders only its children.
		const properties: Properties = {};
		for (const attribute of node.attributes ?? []) {
			if (attribute.type === 'mdxJsxExpressionAttribute') {
				at(node, `<${name}> spreads code into its attributes: {${String(attribute.value)}}`);
				continue;
			}
			const value = attribute.value;
			if (value !== null && typeof value === 'object') {
				at(
					node,
					`<${name} ${attribute.name}={${value.value}}> passes code, not text`,
					`Write the value as text in quotes: ${attribute.name}="…".`,
				);
				continue;
			}
			properties[componentProps[name] ? attribute.name! : find(html, attribute.name!).property] = value ?? true;
		}
		if (!sanitized(name, properties)) {
			const known = Object.hasOwn(componentProps, name);
			at(
				node,
				`<${name}> is not allowed in content`,
				known || /^[a-z]/.test(name)
					? scriptHint
					: `Components content may use: ${Object.keys(componentProps).join(', ')}.`,
			);
			return;
		}
		for (const removed of removedProperties(name, properties)) {
			at(node, `<${name} ${removed}> is not allowed in content`, attributeHint(name));
		}
	};

	const checkElement = (node: MdxNode) => {
		const tagName = node.tagName ?? '';
		// Markdown makes the element; the author only chose its URLs ([text](url), ![alt](src)).
		for (const removed of removedProperties(tagName, node.properties ?? {}, urlProperties)) {
			at(
				node,
				`A link or image to ${removed.slice(removed.indexOf('=') + 1)} is not allowed in content`,
				'Links and images take https://, http://, mailto: or a path on this site.',
			);
		}
	};

	const attributeHint = (name: string) =>
		componentProps[name]
			? `<${name}> takes: ${componentProps[name]!.join(', ') || 'no attributes'}.`
			: 'Event handlers (on…=), javascript: and data: URLs and most attributes are not allowed; links take https://, http://, mailto: or a path on this site.';

	visit(root as MdxNode);
	return problems;
}

/** The problems of a file as one message: "file:line:column: message" lines with their hints. */
export function formatContentProblems(file: string, problems: readonly ContentProblem[]): string {
	const lines = problems.map((p) => `  ${file}:${p.line}:${p.column}: ${p.message}\n    Hint: ${p.hint}`);
	return `Content must not carry script. ${problems.length === 1 ? '1 problem' : `${problems.length} problems`} in ${file}:\n${lines.join('\n')}`;
}
