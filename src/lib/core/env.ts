/** Whether the staff-only sections are built: PORTAL_STAFF_PAGES=false builds a partner-facing site. */
export function staffPagesEnabled(): boolean {
	return !['false', '0', 'no', 'off'].includes((process.env.PORTAL_STAFF_PAGES ?? '').trim().toLowerCase());
}
