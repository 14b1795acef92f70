/**
 * The day every e2e build and browser treats as today. The example content is dated (events, the banner's expiry,
 * pages updated within the "New" window), so tests pin one day rather than age with the calendar and start failing.
 */
export const e2eBuildDate = '2026-11-26';

/** Midday of that day, UTC: what `Date` says inside the test browsers (newContext fixes their clock to it). */
export const e2eNow = new Date(`${e2eBuildDate}T12:00:00Z`);
