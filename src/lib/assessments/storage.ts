/** Answers kept in the browser under versioned keys (`portal:assessment:v1:<id>`), read and written safely. */

/** Bump when the saved shape changes; older keys are then simply never read. */
export const storageVersion = 1;

/** The localStorage key of one assessment's answers. */
export function storageKey(assessmentId: string): string {
	return `portal:assessment:v${storageVersion}:${assessmentId}`;
}

export { clearSaved, readSaved, writeSaved, type KeyValueStore } from '../core/browser-storage';
