/** Repeatable randomness for shuffles: pure, no DOM, shared by the engine, the ordering rules and their tests. */

/** A random number in [0, 1), injectable so shuffles are repeatable in tests. */
export type Rng = () => number;

/** A repeatable random sequence from a string seed (mulberry32 over an FNV-1a hash of the seed). */
export function seededRng(seed: string): Rng {
	let state = 2166136261;
	for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619);
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A Fisher–Yates shuffled copy. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}
