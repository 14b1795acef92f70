/** Where content lives; `PORTAL_CONTENT_DIR` points a build at another corpus (benchmarks, test fixtures). */
export const contentDir = process.env.PORTAL_CONTENT_DIR ?? './content';

/** The partner list spotlights refer to; optional, so a portal without partner data still builds. */
export const partnersCsvPath = `${contentDir}/data/partners.csv`;
