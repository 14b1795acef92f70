/**
 * `npm run check`: validates all content and data with our schemas, compiles every MDX file as the build does,
 * and runs `astro check`, printing every problem once with its file, line and field. Exit 1 if there is any. `--content-only` skips astro check.
 *
 * A problem inside a content file also stops Astro's own content sync, which would print it a second time with a
 * stack trace, so astro check runs only once every file passes its schema. User errors print as messages; a
 * real bug keeps its stack trace.
 */
import { spawnSync } from 'node:child_process';
import { UserError } from '../src/lib/core/errors';
import { countOf } from '../src/lib/core/plural';

async function main(): Promise<number> {
	// Imported here, not at the top: a bad portal.config.ts throws a UserError on import, printed below as such.
	const { contentDir } = await import('../src/lib/content/content-dir');
	const { checkContentFolder } = await import('../src/lib/content/validate');
	const { mdxCompileProblems } = await import('../src/lib/content/compile-mdx');
	// The rules the build runs (loadContent runs the same engine), and every MDX file compiled as the build does.
	const report = checkContentFolder(contentDir, { compile: mdxCompileProblems });
	const problems = [...report.files, ...report.data, ...report.content];
	if (problems.length) {
		console.error(`${countOf(problems.length, { one: 'content problem', other: 'content problems' })}:`);
		for (const problem of problems) console.error(`  - ${problem}`);
	} else {
		console.log(`Content in ${contentDir} is valid.`);
	}
	if (process.argv.includes('--content-only')) return problems.length ? 1 : 0;
	if (report.files.length) {
		console.error('astro check skipped: it stops at the same file problems. Fix them, then run npm run check again.');
		return 1;
	}
	const astro = spawnSync('npx', ['astro', 'check'], { stdio: 'inherit' });
	if (astro.status !== 0) console.error('astro check found problems (listed above).');
	return problems.length || astro.status !== 0 ? 1 : 0;
}

try {
	process.exitCode = await main();
} catch (error) {
	if (!(error instanceof UserError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
