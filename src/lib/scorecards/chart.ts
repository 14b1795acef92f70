/** A line chart of 0–100 scores, computed as plain numbers so a component can print it as static SVG. */
export interface ChartPoint {
	label: string;
	value: number;
}

export interface LineChart {
	width: number;
	height: number;
	/** SVG path data for the line, e.g. "M 30 50 L 90 40". */
	path: string;
	/** Where each point is drawn. */
	dots: { x: number; y: number; label: string; value: number }[];
	/** Horizontal guide lines with their axis labels. */
	grid: { y: number; label: string }[];
	/** Left edge of the plot, where axis labels end. */
	left: number;
	/** Baseline of the plot, where quarter labels start. */
	bottom: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out `points` (oldest first) on a 0–100 scale in a `width` × `height` box. */
export function lineChart(points: readonly ChartPoint[], width = 320, height = 140): LineChart {
	const left = 32;
	const right = 12;
	const top = 10;
	const bottom = height - 24;
	const plotWidth = width - left - right;
	const x = (index: number) =>
		round(points.length <= 1 ? left + plotWidth / 2 : left + (index * plotWidth) / (points.length - 1));
	const y = (value: number) => round(bottom - (Math.min(100, Math.max(0, value)) / 100) * (bottom - top));
	const dots = points.map((point, index) => ({
		x: x(index),
		y: y(point.value),
		label: point.label,
		value: point.value,
	}));
	const path = dots.map((dot, index) => `${index ? 'L' : 'M'} ${dot.x} ${dot.y}`).join(' ');
	const grid = [0, 50, 100].map((value) => ({ y: y(value), label: String(value) }));
	return { width, height, path, dots, grid, left, bottom };
}

/** The chart in words, for its text alternative. */
export function chartSummary(name: string, points: readonly ChartPoint[]): string {
	if (!points.length) return `${name}: no data.`;
	const first = points[0]!;
	const last = points[points.length - 1]!;
	if (points.length === 1) return `${name}: ${last.value} in ${last.label}, the only quarter so far.`;
	const high = points.reduce((best, point) => (point.value > best.value ? point : best));
	const low = points.reduce((worst, point) => (point.value < worst.value ? point : worst));
	return `${name} over ${points.length} quarters: from ${first.value} in ${first.label} to ${last.value} in ${last.label}; highest ${high.value} (${high.label}), lowest ${low.value} (${low.label}).`;
}
