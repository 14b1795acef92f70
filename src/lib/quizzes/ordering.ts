/**
 * Ordering questions: the starting arrangement and how an arrangement compares with the right order.
 * Pure and browser-safe; the quiz island only renders what these return.
 */
import { shuffled, type Rng } from './random';

/** The most steps a starting arrangement may leave in their right place: a third, rounded down. */
export const maxInPlace = (length: number) => Math.floor(length / 3);

/** How many steps of `order` sit where `correct` puts them. */
export function stepsInPlace(order: readonly string[], correct: readonly string[]): number {
	return order.filter((id, index) => correct[index] === id).length;
}

/**
 * A mixed-up starting arrangement of `correct`: at most a third of the steps in place, so it is never the answer
 * (for two or more steps) and checking without a move scores little. A plain shuffle often left 4 of 6 in place.
 */
export function startingArrangement(correct: readonly string[], rng: Rng): string[] {
	const order = shuffled(correct, rng);
	if (order.length < 2) return order;
	const fixed = order.flatMap((id, index) => (id === correct[index] ? [index] : []));
	// Keep a random few of the steps that landed in place (up to the limit) and move the rest.
	const excess = shuffled(fixed, rng).slice(maxInPlace(order.length));
	if (excess.length === 1) {
		// Swapping a step that is in place with any other step leaves neither of them in place.
		const at = excess[0]!;
		const others = order.map((_, index) => index).filter((index) => index !== at);
		const other = others[Math.floor(rng() * others.length)]!;
		[order[at], order[other]] = [order[other]!, order[at]!];
	} else if (excess.length > 1) {
		// Rotating the steps among their own places puts each one where another step belongs.
		const moved = excess.map((index) => order[index]!);
		excess.forEach((index, i) => (order[index] = moved[(i + 1) % moved.length]!));
	}
	return order;
}

/** One step of a partner's arrangement, placed against the right order. */
export interface PlacedStep {
	id: string;
	text: string;
	/** 1-based position in the partner's arrangement. */
	position: number;
	/** 1-based position in the right order. */
	rightPosition: number;
	inPlace: boolean;
}

/** The steps of `arrangement` in the partner's order, each with where it belongs. */
export function placedSteps(
	question: { choices: readonly { id: string; text: string }[]; correct: readonly string[] },
	arrangement: readonly string[],
): PlacedStep[] {
	return arrangement.map((id, index) => {
		const rightPosition = question.correct.indexOf(id) + 1;
		return {
			id,
			text: question.choices.find((choice) => choice.id === id)?.text ?? id,
			position: index + 1,
			rightPosition,
			inPlace: rightPosition === index + 1,
		};
	});
}
