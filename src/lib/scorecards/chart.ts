/** One point of a 0–100 trend chart, computed as plain numbers so a component can print it as static SVG. */
export interface ChartPoint {
	label: string;
	value: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

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

/**
 * A trend chart that fills the width it is given: x positions are percentages of the plot's width and y positions
 * pixels of its height, so the SVG can stretch from a phone to a desktop while its text keeps its size (labels are
 * set in CSS pixels, never scaled by a viewBox). The line is drawn in a 100 × `height` box stretched to the width.
 */
export interface TrendChartLayout {
	/** Height of the whole chart in pixels, quarter labels included. */
	height: number;
	/** Top and bottom of the plot, in pixels. */
	top: number;
	bottom: number;
	/** Path data in the 100 × `height` box (x in percent), e.g. "M 0 50 L 100 40". */
	path: string;
	/** Each point: x in percent, y in pixels; `minor` labels may be hidden where the chart is narrow. */
	dots: { x: number; y: number; label: string; value: number; minor: boolean }[];
	/** Horizontal guide lines with their axis labels. */
	grid: { y: number; label: string }[];
}

/** Lays out `points` (oldest first) on a 0–100 scale for a chart `height` pixels tall and as wide as its box. */
export function trendChart(points: readonly ChartPoint[], height = 224): TrendChartLayout {
	const top = 16;
	const bottom = height - 36;
	const x = (index: number) => round(points.length <= 1 ? 50 : (index * 100) / (points.length - 1));
	const y = (value: number) => round(bottom - (Math.min(100, Math.max(0, value)) / 100) * (bottom - top));
	const dots = points.map((point, index) => ({
		x: x(index),
		y: y(point.value),
		label: point.label,
		value: point.value,
		minor: index !== 0 && index !== points.length - 1,
	}));
	const path = dots.map((dot, index) => `${index ? 'L' : 'M'} ${dot.x} ${dot.y}`).join(' ');
	const grid = [0, 25, 50, 75, 100].map((value) => ({ y: y(value), label: String(value) }));
	return { height, top, bottom, path, dots, grid };
}
