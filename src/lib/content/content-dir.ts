import { readEnv } from '../core/env';
/** Where content lives; `PORTAL_CONTENT_DIR` points a build at another corpus (benchmarks, test fixtures). */
export const contentDir = readEnv().PORTAL_CONTENT_DIR;

/** The partner list spotlights refer to; optional, so a portal without partner data still builds. */
export const partnersCsvPath = `${contentDir}/data/partners.csv`;
