import { defineConfig } from 'vitest/config';
import { testStaffSecret } from './test/e2e/support/staff-secret.ts';

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
					// Builds the tests start themselves seal staff pages with the same test secret.
					env: { PORTAL_STAFF_SECRET: testStaffSecret },
					setupFiles: ['test/e2e/support/setup-checks.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
