import { build } from 'esbuild';
import type { Plugin } from 'vite';

const suffix = '?inline-script';

/**
 * Every script this plugin has produced in this build: with Astro's own island loader, the only inline scripts
 * the hardening step hashes into the Content-Security-Policy. Any other inline script in a page fails the build.
 */
export const emittedInlineScripts = new Set<string>();

/** Bundles `entry` and its imports into one minified classic script, and records it as ours. */
export async function bundleInlineScript(entry: string): Promise<{ code: string; inputs: string[] }> {
	const result = await build({
		entryPoints: [entry],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		write: false,
		metafile: true,
	});
	const code = result.outputFiles[0]?.text.trim() ?? '';
	emittedInlineScripts.add(code);
	return { code, inputs: Object.keys(result.metafile.inputs) };
}

/**
 * `import code from './file.ts?inline-script'` gives the file and its imports bundled and minified into one
 * classic script, as a string for `<script is:inline set:html={code} />`. For the few scripts that must run
 * before first paint or are too small to be worth a request of their own; `src/lib/security/harden.ts` hashes them
 * into each page's Content-Security-Policy.
 */
export function inlineScripts(): Plugin {
	return {
		name: 'partner-hub:inline-scripts',
		async load(id) {
			if (!id.endsWith(suffix)) return;
			const { code, inputs } = await bundleInlineScript(id.slice(0, -suffix.length));
			// Rebuild in dev when any bundled file changes, not only the entry.
			for (const input of inputs) this.addWatchFile(input);
			return `export default ${JSON.stringify(code)};`;
		},
	};
}
