import { afterEach, expect } from 'vitest';
import { takeProblems } from './browser';

// Every browser test doubles as a CSP and "own host only" check (see takeProblems).
afterEach(() => {
	expect(takeProblems(), 'CSP violations or requests to other hosts').toEqual([]);
});
