import { defineConfig } from 'vitest/config';
import { testStaffSecret } from './test/e2e/support/staff-secret.ts';
import { e2eBuildDate } from './test/e2e/support/build-date.ts';

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
					// Builds the tests start themselves seal staff pages with the same test secret, and all build on one
					// pinned day, so dated example content (events, announcements, "New" badges) never ages out of them.
					env: { PORTAL_STAFF_SECRET: testStaffSecret, PORTAL_BUILD_DATE: e2eBuildDate },
					setupFiles: ['test/e2e/support/setup-checks.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
