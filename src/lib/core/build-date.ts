import { readEnv } from './env';

/**
 * The build's "today" (UTC), `YYYY-MM-DD`: `PORTAL_BUILD_DATE` when set (checked as a real date with the other
 * variables; tests and reproducible builds pin it), else the clock. Every capability that asks "what is upcoming,
 * current or new" asks this one function, so a page, its calendar files and its feeds agree.
 */
export function resolveBuildDate(pinned: string | undefined, now: Date = new Date()): string {
	return readEnv({ PORTAL_BUILD_DATE: pinned }).PORTAL_BUILD_DATE ?? now.toISOString().slice(0, 10);
}

/** Today for this build, read once. */
export const buildDay: string = resolveBuildDate(readEnv().PORTAL_BUILD_DATE);

/** The build's moment: midnight UTC of a pinned date, else the clock (an event that ended this morning is past). */
export const buildNow: Date = readEnv().PORTAL_BUILD_DATE ? new Date(`${buildDay}T00:00:00Z`) : new Date();
