import Callout from './callout.astro';
import Card from './card.astro';
import CardGrid from './card-grid.astro';
import Checklist from './checklist.astro';
import KeyFigure from './key-figure.astro';
import Steps from './steps.astro';
import Table from './table.astro';

/**
 * Components every MDX file may use without importing them: pages pass this map to `<Content components>`.
 * All render on the server and ship no JavaScript. `Aside` is an alias of `Callout`; `table` wraps Markdown tables.
 */
export const mdxComponents = { Aside: Callout, Callout, Card, CardGrid, Checklist, KeyFigure, Steps, table: Table };
