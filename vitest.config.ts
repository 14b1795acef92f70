import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// One file at a time: the browser tests want both of CI's two cores, and unit tests take under a second.
		fileParallelism: false,
		projects: [
			{
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					globalSetup: ['test/e2e/support/global-setup.ts'],
					setupFiles: ['test/e2e/support/setup-checks.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
