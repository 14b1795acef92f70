// @ts-check
// ESLint for TypeScript and React islands. `npm test` runs it. The import rule keeps the browser bundle small
// and free of build-time code: islands and client scripts receive configured values as props or data attributes.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** What browser code must never import (type-only imports are erased, so they are allowed). */
const browserForbidden = [
	{
		group: ['zod', 'zod/*', 'astro/zod'],
		message: 'Browser code ships no zod: validate at build time or in plain TypeScript.',
	},
	{ group: ['**/core/zod'], message: 'Browser code ships no zod: validate at build time or in plain TypeScript.' },
	{
		group: ['**/core/config', '**/portal.config'],
		message: 'Browser code gets configured values as props, never the config.',
	},
	{
		group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
		message: 'Browser code cannot use Node built-ins.',
	},
	{ group: ['astro:*', 'astro', 'astro/*'], message: 'Astro modules are build-time only.' },
];

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.builds/',
			'.*.staging/',
			'.*.previous/',
			'node_modules/',
			'.astro/',
			'bench/starlight/',
			'.test-output/',
			'.scratch/',
			'**/*.astro',
		],
	},
	...tseslint.configs.recommended,
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		files: ['src/islands/**/*.{ts,tsx}'],
		plugins: { 'react-hooks': reactHooks },
		// The two classic rules. The React Compiler rules (set-state-in-effect, refs) flag the pattern every island
		// needs: it is rendered on the server, then reads browser storage after hydration and sets state from it.
		rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
	},
	{
		files: ['src/islands/**/*.{ts,tsx}', 'src/client/**/*.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{ patterns: browserForbidden.map((rule) => ({ ...rule, allowTypeImports: true })) },
			],
		},
	},
);
