import { parseWithFriendlyErrors } from './errors';
import { isoDateSchema } from './schema-helpers';
import { z } from './zod';

/** A variable left empty counts as unset, as in most shells' `VAR= command`. */
const unsetIfEmpty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const setting = <S extends z.ZodType>(schema: S) => z.preprocess(unsetIfEmpty, schema);

const onOff = z
	.string()
	.transform((value) => value.trim().toLowerCase())
	.pipe(z.enum(['true', '1', 'yes', 'on', 'false', '0', 'no', 'off']))
	.transform((value) => ['true', '1', 'yes', 'on'].includes(value));

/** Every environment variable the portal reads: one place, checked like the rest of the configuration. */
export const envSchema = z.object({
	/** Folder shaped like `content/` to build from (benchmarks and tests use others). Default: "./content". */
	PORTAL_CONTENT_DIR: setting(z.string().default('./content')),
	/** Folder the site is built into; tests build into their own so `dist/` stays the plain build. Default: "./dist". */
	PORTAL_OUT_DIR: setting(z.string().default('./dist')),
	/** The staff secret (base64url, 32+ bytes) that seals staff and partner pages. Default: the `.staff-secret` file, else none. */
	PORTAL_STAFF_SECRET: setting(z.string().optional()),
	/** Where `npm run scorecards` writes and the staff pages read. Default: ".scorecards". */
	PORTAL_SCORECARDS_DIR: setting(z.string().default('.scorecards')),
	/** Whether the staff-only sections are built; false builds a partner-facing site. Default: true. */
	PORTAL_STAFF_PAGES: setting(onOff.default(true)),
	/** The day the build counts as today, `YYYY-MM-DD` (calendar start weeks). Default: the real date. */
	PORTAL_BUILD_DATE: setting(isoDateSchema.optional()),
	/** Sub-path the site is served under, such as "/partners/"; read by portal.config.ts. Default: "/". */
	PORTAL_BASE: setting(z.string().default('/')),
	/** Where the rating form POSTs records; read by portal.config.ts. Default: none (download or copy). */
	PORTAL_RATING_ENDPOINT: setting(z.string().optional()),
	/** The CMS's Git host. Default: "github". */
	PORTAL_CMS_BACKEND: setting(z.enum(['github', 'gitlab', 'gitea']).default('github')),
	/** The repository the CMS commits to, "owner/name". Default: "your-org/partner-hub". */
	PORTAL_CMS_REPO: setting(z.string().default('your-org/partner-hub')),
	/** The branch the CMS commits to. Default: "main". */
	PORTAL_CMS_BRANCH: setting(z.string().default('main')),
	/** OAuth helper the CMS signs in through. Default: none (the host's own). */
	PORTAL_CMS_AUTH_URL: setting(z.string().optional()),
});

export type PortalEnv = z.output<typeof envSchema>;

/** The PORTAL_* variables of `source`, checked; a bad value stops with its name, the value and what is expected. */
export function readEnv(source: Record<string, string | undefined> = process.env): PortalEnv {
	return parseWithFriendlyErrors(envSchema, source, 'environment variables');
}

/** Whether the staff-only sections are built: PORTAL_STAFF_PAGES=false builds a partner-facing site. */
export function staffPagesEnabled(): boolean {
	return readEnv().PORTAL_STAFF_PAGES;
}
