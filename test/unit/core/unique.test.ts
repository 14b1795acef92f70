import { describe, expect, it } from 'vitest';
import { repeatedKeys, repeats } from '../../../src/lib/core/unique';

describe('repeats', () => {
	it('names every repeat with where its key first appeared', () => {
		expect(repeats(['a', 'b', 'a', 'c', 'b', 'a'], (key) => key)).toEqual([
			{ index: 2, key: 'a', first: 0 },
			{ index: 4, key: 'b', first: 1 },
			{ index: 5, key: 'a', first: 0 },
		]);
	});
	it('finds nothing in a list of unique keys, or an empty one', () => {
		expect(repeats([{ id: 'x' }, { id: 'y' }], (item) => item.id)).toEqual([]);
		expect(repeats([], String)).toEqual([]);
	});
	it('lists each repeated key once', () => {
		expect(repeatedKeys(['q1', 'q2', 'q1', 'q1', 'q2', 'q3'])).toEqual(['q1', 'q2']);
	});
});
