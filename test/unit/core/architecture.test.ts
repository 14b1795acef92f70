import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../../src/lib/core/site-files';

// The layout rule of README "Architecture": a capability imports another only through its schema, except
// where a rule is shared on purpose. Each exception names why, so a new one is a decision, not an accident.
const shared: Record<string, string> = {
	'scorecards/health.ts -> ratings/gaps.ts': 'staff health reasons use the gap rules partners see in the rating form',
	'scorecards/formulas.ts -> ratings/gaps.ts': 'the method page states the same gap threshold',
	'scorecards/data-files.ts -> partners/read.ts': 'partners.csv has one reader',
	'security/harden.ts -> cms/config.ts': 'the security policy allows the CMS its Git host',
	'spotlights/scaffold.ts -> cms/fields.ts': 'new:spotlight writes the fields the CMS edits, from one table',
	'spotlights/scaffold.ts -> cms/scaffold.ts': 'every scaffolder writes its frontmatter with one renderer',
	'cms/scaffold.ts -> content/ids.ts': 'scaffolders name files by the id rule the content check applies',
	'cms/scaffold-community.ts -> content/placeholders.ts':
		'new:event and new:profile write the placeholders the check refuses, from one list',
	'spotlights/scaffold.ts -> content/placeholders.ts':
		'the scaffolder writes the placeholders the content check refuses, from one list',
	'tiers/site-data.ts -> scorecards/site-data.ts': 'tiers are read from the scorecards the staff pages render',
	'tiers/site-data.ts -> scorecards/data-files.ts': 'metrics and rating records have one reader',
	'tiers/site-data.ts -> content/content-dir.ts': 'the data folder sits in the content folder, located in one place',
	'news/badge.ts -> content/content-dir.ts':
		'page dates come from git history of the content folder, located in one place',
};

const lib = 'src/lib';
const capabilityOf = (path: string) => path.split('/')[0]!;
const isSchema = (path: string) => /(^|\/)(schema|[a-z-]+-schema)\.ts$/.test(path);

function imports(file: string): string[] {
	const text = readFileSync(join(lib, file), 'utf8');
	return [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)]
		.map((match) => relative(lib, normalize(join(lib, dirname(file), match[1]!))))
		.map((path) => (path.endsWith('.ts') ? path : `${path}.ts`));
}

describe('one folder per capability', () => {
	const files = listFiles(lib).filter((file) => file.endsWith('.ts'));
	const crossings = files.flatMap((file) =>
		imports(file)
			.filter((target) => capabilityOf(target) !== capabilityOf(file) && !target.startsWith('..'))
			.map((target) => ({ file, target })),
	);

	it('has a folder for every capability and no loose files', () => {
		expect(files.filter((file) => !file.includes('/'))).toEqual([]);
	});

	it('crosses into another capability only through core/, data/, a schema, or a shared rule named above', () => {
		const unexplained = crossings
			.filter(({ file }) => capabilityOf(file) !== 'content')
			.filter(({ target }) => !['core', 'data'].includes(capabilityOf(target)) && !isSchema(target))
			.map(({ file, target }) => `${file} -> ${target}`)
			.filter((pair) => !(pair in shared));
		expect(unexplained).toEqual([]);
	});

	it('keeps core/ and data/ free of capabilities other than their schemas', () => {
		const leaks = crossings
			.filter(({ file }) => ['core', 'data'].includes(capabilityOf(file)))
			.filter(({ target }) => !['core', 'data'].includes(capabilityOf(target)) && !isSchema(target));
		expect(leaks).toEqual([]);
	});

	it('lists no exception that the code no longer needs', () => {
		const used = new Set(crossings.map(({ file, target }) => `${file} -> ${target}`));
		expect(Object.keys(shared).filter((pair) => !used.has(pair))).toEqual([]);
	});
});
