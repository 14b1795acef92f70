import { useEffect, useState, type SubmitEvent } from 'react';
import { browserStore, clearSaved, readSaved, storageKey, writeSaved } from '../lib/core/browser-storage';

/**
 * State kept in localStorage under the assessment's versioned key. The saved value is read after hydration (the
 * server render has no storage), cleaned by `clean`, and written back on every change once it has been read.
 */
export function useSaved<T>(id: string, initial: T, clean: (raw: unknown) => T | undefined) {
	const [value, setValue] = useState<T>(initial);
	const [loaded, setLoaded] = useState(false);
	const key = storageKey('assessment', id);
	useEffect(() => {
		const saved = readSaved(browserStore(), key, clean);
		if (saved !== undefined) setValue(saved);
		setLoaded(true);
		// Read once per key: `clean` is a new function on every render.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [key]);
	useEffect(() => {
		if (loaded) writeSaved(browserStore(), key, value);
	}, [key, loaded, value]);
	const reset = () => {
		clearSaved(browserStore(), key);
		setValue(initial);
	};
	return [value, setValue, reset] as const;
}

/**
 * The submit / start-over cycle every self-assessment shares: results stay hidden until the form is
 * submitted, when `summarize()` is announced in the status region; starting over clears answers and results.
 */
export function useResultReveal(reset: () => void, summarize: () => string) {
	const [shown, setShown] = useState(false);
	const [status, setStatus] = useState('');
	const startOver = () => {
		reset();
		setShown(false);
		setStatus('');
	};
	const submit = (event: SubmitEvent) => {
		event.preventDefault();
		setShown(true);
		setStatus(summarize());
	};
	return { shown, status, startOver, submit };
}
