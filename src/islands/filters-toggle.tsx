/**
 * The "Filters (n)" button that folds a filter panel away on a phone: shared by the spotlight archive and the
 * partner directory. `open` is null until the reader has used it (the panel's CSS decides by width).
 */
export default function FiltersToggle(props: {
	controls: string;
	open: boolean | null;
	active: number;
	onToggle: () => void;
}) {
	const { controls, open, active, onToggle } = props;
	return (
		<button
			type="button"
			className="button filters-toggle"
			aria-expanded={open ?? false}
			aria-controls={controls}
			onClick={onToggle}
		>
			{active ? `Filters (${active})` : 'Filters'}
		</button>
	);
}
