import { useEffect, useState, type SubmitEvent } from 'react';
import { browserStore, clearSaved, readSaved, storageKey, writeSaved } from '../lib/core/browser-storage';
import { cleanRatings } from '../lib/assessments/answers';

/**
 * State kept in localStorage under the assessment's versioned key. The saved value is read after hydration (the
 * server render has no storage), cleaned by `clean`, and written back on every change once it has been read.
 * `reset` clears it and returns a function that puts it back, for Undo. `unsaved` turns true, and stays, once a
 * write could not be kept (storage blocked, full, or the data over its cap), so the page can say so once.
 */
export function useSaved<T>(id: string, initial: T, clean: (raw: unknown) => T | undefined) {
	const [value, setValue] = useState<T>(initial);
	const [loaded, setLoaded] = useState(false);
	const [unsaved, setUnsaved] = useState(false);
	const key = storageKey('assessment', id);
	useEffect(() => {
		const saved = readSaved(browserStore(), key, clean);
		if (saved !== undefined) setValue(saved);
		setLoaded(true);
		// Read once per key: `clean` is a new function on every render.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [key]);
	useEffect(() => {
		// Known from the first write after loading, so the partner hears it before typing, not after.
		if (loaded && !writeSaved(browserStore(), key, value)) setUnsaved(true);
	}, [key, loaded, value]);
	const reset = () => {
		const previous = value;
		clearSaved(browserStore(), key);
		setValue(initial);
		return () => setValue(previous);
	};
	return [value, setValue, reset, unsaved] as const;
}

/** Saved 1–10 ratings by question id, for the assessments that rate statements; unknown ids are dropped. */
export function useSavedRatings(id: string, ids: readonly string[]) {
	return useSaved<Record<string, number>>(id, {}, (raw) => cleanRatings(raw, ids));
}

/** How long "Cleared. Undo" stays after a start over, while the pointer and focus are elsewhere. */
export const UNDO_SECONDS = 10;

export interface UndoOffer {
	message: string;
	restore: () => void;
	/** Where focus was when the offer was made; it goes back there after Undo. */
	returnTo: Element | null;
}

/**
 * "Cleared. Undo" instead of asking first: a start over happens at once and can be taken back for a few seconds.
 * The time does not run out while the offer holds focus or the pointer, so nobody loses it mid-reach.
 */
export function useUndo() {
	const [offer, setOffer] = useState<UndoOffer | undefined>();
	const [held, setHeld] = useState(false);
	useEffect(() => {
		if (!offer || held) return;
		const timer = setTimeout(() => setOffer(undefined), UNDO_SECONDS * 1000);
		return () => clearTimeout(timer);
	}, [offer, held]);
	return {
		offer,
		offerUndo: (message: string, restore: () => void) =>
			setOffer({ message, restore, returnTo: document.activeElement }),
		undo: () => {
			if (!offer) return;
			offer.restore();
			setOffer(undefined);
			setHeld(false);
			if (offer.returnTo?.isConnected) (offer.returnTo as HTMLElement).focus();
		},
		hold: setHeld,
	};
}

export type Undo = ReturnType<typeof useUndo>;

/**
 * The submit / start-over cycle every self-assessment shares: results stay hidden until the form is
 * submitted, when `summarize()` is announced in the status region; starting over clears answers and results,
 * with Undo bringing both back.
 */
export function useResultReveal(reset: () => () => void, summarize: () => string) {
	const [shown, setShown] = useState(false);
	const [status, setStatus] = useState('');
	const undo = useUndo();
	const startOver = () => {
		const restore = reset();
		const before = { shown, status };
		setShown(false);
		setStatus('');
		undo.offerUndo('Answers cleared.', () => {
			restore();
			setShown(before.shown);
			setStatus(before.status);
		});
	};
	const submit = (event: SubmitEvent) => {
		event.preventDefault();
		setShown(true);
		setStatus(summarize());
	};
	return { shown, status, startOver, submit, undo };
}

/** What the page says, once, when the browser does not keep what the partner enters. */
export const notKeptMessage =
	'This browser is not keeping your answers (its site data is blocked or full), so they will be gone when you leave this page.';
