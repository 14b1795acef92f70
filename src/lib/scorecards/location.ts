/** Where `npm run scorecards` writes by default and the staff pages read from: PORTAL_SCORECARDS_DIR or `.scorecards`. */
export function defaultScorecardsDir(): string {
	return process.env.PORTAL_SCORECARDS_DIR || '.scorecards';
}

/** Whether the staff-only scorecard pages are built: PORTAL_STAFF_PAGES=false builds a partner-facing site. */
export function staffPagesEnabled(): boolean {
	return !['false', '0', 'no', 'off'].includes((process.env.PORTAL_STAFF_PAGES ?? '').trim().toLowerCase());
}
