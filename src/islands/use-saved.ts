import { useEffect, useState } from 'react';
import { clearSaved, readSaved, storageKey, writeSaved } from '../lib/assessments/storage';

/**
 * State kept in localStorage under the assessment's versioned key. The saved value is read after hydration (the
 * server render has no storage), cleaned by `clean`, and written back on every change once it has been read.
 */
export function useSaved<T>(id: string, initial: T, clean: (raw: unknown) => T | undefined) {
	const [value, setValue] = useState<T>(initial);
	const [loaded, setLoaded] = useState(false);
	const key = storageKey(id);
	useEffect(() => {
		const saved = readSaved(window.localStorage, key, clean);
		if (saved !== undefined) setValue(saved);
		setLoaded(true);
		// Read once per key: `clean` is a new function on every render.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [key]);
	useEffect(() => {
		if (loaded) writeSaved(window.localStorage, key, value);
	}, [key, loaded, value]);
	const reset = () => {
		clearSaved(window.localStorage, key);
		setValue(initial);
	};
	return [value, setValue, reset] as const;
}
