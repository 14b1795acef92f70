/** Paths from lucide-static 1.62 (node_modules/lucide-static/icons/<name>.svg), ISC licence. */
const paths = {
	'check-circle-2': ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'm16 9-5.5 5.5L8 12'],
	'x-circle': ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'm15 9-6 6', 'm9 9 6 6'],
	'alert-triangle': [
		'm21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3',
		'M12 9v4',
		'M12 17h.01',
	],
	'octagon-alert': [
		'M12 16h.01',
		'M12 8v4',
		'M15.312 2a2 2 0 0 1 1.414.586l4.688 4.688A2 2 0 0 1 22 8.688v6.624a2 2 0 0 1-.586 1.414l-4.688 4.688a2 2 0 0 1-1.414.586H8.688a2 2 0 0 1-1.414-.586l-4.688-4.688A2 2 0 0 1 2 15.312V8.688a2 2 0 0 1 .586-1.414l4.688-4.688A2 2 0 0 1 8.688 2z',
	],
	'minus-circle': ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'M8 12h8'],
	sparkles: [
		'M11.017 2.814a1 1 0 0 1 1.966 0l1.051 5.558a2 2 0 0 0 1.594 1.594l5.558 1.051a1 1 0 0 1 0 1.966l-5.558 1.051a2 2 0 0 0-1.594 1.594l-1.051 5.558a1 1 0 0 1-1.966 0l-1.051-5.558a2 2 0 0 0-1.594-1.594l-5.558-1.051a1 1 0 0 1 0-1.966l5.558-1.051a2 2 0 0 0 1.594-1.594z',
		'M20 2v4',
		'M22 4h-4',
		'M4 18a2 2 0 1 0 0 4a2 2 0 1 0 0-4z',
	],
	award: [
		'm15.477 12.89 1.515 8.526a.5.5 0 0 1-.81.47l-3.58-2.687a1 1 0 0 0-1.197 0l-3.586 2.686a.5.5 0 0 1-.81-.469l1.514-8.526',
		'M12 2a6 6 0 1 0 0 12a6 6 0 1 0 0-12z',
	],
} as const;

export type StatusIconName = keyof typeof paths;

/**
 * A Lucide icon inside a React island (islands cannot use the build-time `<Icon>`): decorative, sized by the `.icon`
 * rules in base.css and coloured by `currentColor`, so the words next to it carry the meaning.
 */
export default function StatusIcon({ name }: { name: StatusIconName }) {
	return (
		<svg
			className="icon"
			aria-hidden="true"
			focusable="false"
			xmlns="http://www.w3.org/2000/svg"
			viewBox="0 0 24 24"
			fill="none"
			stroke="currentColor"
			strokeWidth="2"
			strokeLinecap="round"
			strokeLinejoin="round"
		>
			{paths[name].map((d) => (
				<path key={d} d={d} />
			))}
		</svg>
	);
}
