import { build } from 'esbuild';
import type { Plugin } from 'vite';

const suffix = '?inline-script';

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
			const result = await build({
				entryPoints: [id.slice(0, -suffix.length)],
				bundle: true,
				minify: true,
				format: 'iife',
				target: 'es2022',
				write: false,
				metafile: true,
			});
			// Rebuild in dev when any bundled file changes, not only the entry.
			for (const input of Object.keys(result.metafile.inputs)) this.addWatchFile(input);
			const [output] = result.outputFiles;
			return `export default ${JSON.stringify(output?.text.trim() ?? '')};`;
		},
	};
}
