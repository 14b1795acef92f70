// Plain `tsc` cannot read `.astro` files (astro check can); this lets `.ts` modules such as
// src/components/mdx/index.ts import components and still type-check under `tsc --noEmit`.
declare module '*.astro' {
	const Component: (props: Record<string, unknown>) => unknown;
	export default Component;
}

// `import code from './file.ts?inline-script'`: the file bundled into one minified classic script (src/integrations/inline-scripts.ts).
declare module '*?inline-script' {
	const code: string;
	export default code;
}
