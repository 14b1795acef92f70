import { useEffect, useRef, useState } from 'react';
import { readSaved, storageKey, writeSaved, clearSaved } from '../lib/assessments/storage';

/**
 * State kept in localStorage under the assessment's versioned key. The saved value is read after hydration (the
 * server render has no storage), cleaned by `clean`, and written back on every change.
 */
export function useSaved<T>(id: string, initial: T, clean: (raw: unknown) => T | undefined) {
	const [value, setValue] = useState<T>(initial);
	const loaded = useRef(false);
	const key = storageKey(id);
	useEffect(() => {
		const saved = readSaved(window.localStorage, key, clean);
		if (saved !== undefined) setValue(saved);
		loaded.current = true;
		// Read once on mount: `clean` is recreated on each render.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [key]);
	useEffect(() => {
		if (loaded.current) writeSaved(window.localStorage, key, value);
	}, [key, value]);
	const reset = () => {
		clearSaved(window.localStorage, key);
		setValue(initial);
	};
	return [value, setValue, reset] as const;
}
