/**
 * `npm run check`: validates all content and data with our schemas and runs `astro check`, printing every
 * problem with its file and field. Exit 1 if there is any. `--content-only` skips astro check.
 */
import { spawnSync } from 'node:child_process';
import { contentDir } from '../src/lib/content/content-dir';
import { validateContent } from '../src/lib/content/validate';

const problems = validateContent(contentDir);
if (problems.length) {
	console.error(`${problems.length} content problem(s):`);
	for (const problem of problems) console.error(`  - ${problem}`);
} else {
	console.log(`Content in ${contentDir} is valid.`);
}

let astroFailed = false;
if (!process.argv.includes('--content-only')) {
	const astro = spawnSync('npx', ['astro', 'check'], { stdio: 'inherit' });
	astroFailed = astro.status !== 0;
	if (astroFailed) console.error('astro check found problems (listed above).');
}
process.exitCode = problems.length || astroFailed ? 1 : 0;
