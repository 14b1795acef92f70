import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { contentDir } from '../lib/content/content-dir';
import { validateContent } from '../lib/content/validate';
import { countOf } from '../lib/core/plural';

/**
 * Runs the content rules of `npm run check` (src/lib/content/validate.ts, the one engine) before Astro syncs the
 * collections, so a bad file stops the build with our message (file, line, field, value) rather than Astro's
 * own (`Location: …:0:0`, no value), and before anything is rendered. `npm run dev` checks as pages load instead.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'partner-hub:content-check',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command !== 'build' && command !== 'sync') return;
				// The data files too (metrics, ratings), so one run reports every problem in every file.
				const problems = validateContent(contentDir);
				if (!problems.length) return;
				throw new AstroError(
					`Content has ${countOf(problems.length, { one: 'problem', other: 'problems' })}:\n${problems.map((line) => `  - ${line}`).join('\n')}`,
					'Fix each file at the line named; npm run check lists the same problems without building.',
				);
			},
		},
	};
}
