import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentTree, formatContentProblems } from './content-safety';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/**
 * The content-safety check as a Sätteri plugin, so it runs inside the one MDX compiler that the build and
 * `npm run check` both use: a file that carries script fails to compile, naming each line.
 */
export function contentSafety(): HastPlugin {
	return {
		name: 'partner-hub:content-safety',
		options: { position: true },
		after(root, ctx) {
			const problems = checkContentTree(root);
			if (!problems.length) return;
			const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'content';
			// Relative to the project when inside it ("content/…"), else the full path (another PORTAL_CONTENT_DIR).
			const file = relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path);
			throw new Error(formatContentProblems(file, problems));
		},
	};
}
