import type { Entry } from '../core/entry';
import type { Profile } from './schema';

/** The profiles the directory shows, by display name: an unlisted profile is never built. */
export function listedProfiles<E extends Entry<Profile>>(profiles: readonly E[]): E[] {
	return profiles
		.filter((entry) => entry.data.listed)
		.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }));
}
