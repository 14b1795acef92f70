import type { ReactNode } from 'react';

/** A wide table's frame: it scrolls sideways on a phone, and takes focus so the keyboard can scroll it too. */
export default function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
	return (
		<div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
			{children}
		</div>
	);
}
