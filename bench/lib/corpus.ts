/**
 * Synthetic content for benchmarks: a folder shaped like `content/` with N MDX pages and data for N partners.
 * One small writer per collection, so field names are easy to adapt when a schema changes; each returns the
 * pages it wrote so other benchmarks (Starlight) can build the same MDX. Text is seeded, so the same N always
 * gives the same corpus (and the same byte counts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { partnerTypeIds, partnershipModelIds } from '../../src/lib/core/config';
import { RULE_ARTICLES } from '../../src/lib/scorecards/formulas';
import { addQuarters } from '../../src/lib/scorecards/quarters';
import { metricsColumns } from '../../src/lib/scorecards/metrics-schema';
import { partnerColumns } from '../../src/lib/partners/schema';

/** One generated MDX page: where it is, the URL our portal gives it, and its title/summary. */
export interface CorpusPage {
	/** Collection folder it belongs to, e.g. "tracks", "practices", "spotlights". */
	collection: string;
	/** File path relative to the corpus root, e.g. "tracks/track-01/module-0001.mdx". */
	file: string;
	/** Site-relative URL of its page in the portal, e.g. "onboarding/track-01/module-0001/". */
	path: string;
	title: string;
}

/** A seeded pseudo-random generator (mulberry32): benchmarks must be repeatable. */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// The program's own vocabulary, most frequent first.
const programWords = (
	'partner partners partnership program referral referrals value exchange strategic alliance customer customers ' +
	'audience content creator agency software integration onboarding training module week review quarterly monthly ' +
	'weekly check-in manager charter governance commitment expectations communication rhythm escalation metrics ' +
	'scorecard revenue leads conversion retention satisfaction resolution goals projects ideas improvements team ' +
	'client clients demo product launch campaign webinar newsletter workshop playbook pipeline forecast budget owner ' +
	'sponsor decision feedback survey interview insight trust alignment overlap fit mindset innovation record ' +
	'momentum spotlight community recognition incentive commission payment invoice contract renewal health risk ' +
	'pitfall measure baseline target milestone roadmap backlog priority resource capacity calendar agenda summary ' +
	'template checklist example story result outcome benefit cost effort time plan draft share agree confirm update ' +
	'track learn practise prepare schedule invite introduce register follow measure compare improve celebrate adjust ' +
	'clear simple practical specific concrete honest steady early late first next last both each every most few ' +
	'shared joint mutual regular open written quick careful realistic useful common typical healthy balanced'
).split(' ');

// Function words lead real prose; a long tail of rarer words (names, products, jargon) follows the program's
// own. Without them every program word would sit on every page, and a search index would be far denser than
// real content makes it (our own content: "referral" is 0.7% of words, on two pages in three).
const functionWords = (
	'the and to of a in for your with on is that it as be by this at are we can from or an each their when will ' +
	'how what who which not more about into after before than one two three'
).split(' ');
const syllables = 'ba ce di fo gu ka le mi no pa ra se ti vo ze lan ter vis mor del quin tor sal ben'.split(' ');
const rareWords = Array.from({ length: 2500 }, (_, i) => {
	// Deterministic pseudo-words: "bace", "dilanter", … (base-25 digits of i, at least two syllables).
	let word = '';
	for (let n = i + syllables.length; n > 0; n = Math.floor(n / syllables.length))
		word += syllables[n % syllables.length];
	return word;
});
const vocabulary = [...functionWords, ...programWords, ...rareWords];

/** Cumulative Zipf weights (rank r drawn with probability ∝ 1/r), as word frequencies in real prose. */
const zipf = vocabulary.map((_, rank) => 1 / (rank + 1));
for (let i = 1; i < zipf.length; i++) zipf[i]! += zipf[i - 1]!;

/** A word of running text: Zipf over the whole vocabulary. */
function word(rnd: () => number): string {
	const target = rnd() * zipf.at(-1)!;
	let [low, high] = [0, zipf.length - 1];
	while (low < high) {
		const mid = (low + high) >> 1;
		if (zipf[mid]! < target) low = mid + 1;
		else high = mid;
	}
	return vocabulary[low]!;
}

/** A heading or title word: program vocabulary, skewed towards the front. */
const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() ** 2 * list.length)]!;

function sentence(rnd: () => number): string {
	const length = 8 + Math.floor(rnd() * 14);
	const text = Array.from({ length }, () => word(rnd)).join(' ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (rnd: () => number, sentences = 3 + Math.floor(rnd() * 4)) =>
	Array.from({ length: sentences }, () => sentence(rnd)).join(' ');

const title = (rnd: () => number, n: number) => {
	const text = Array.from({ length: n }, () => pick(rnd, programWords)).join(' ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}`;
};

/** A Markdown body of roughly 450–700 words: `##`/`###` headings, paragraphs, lists, a table, bold. */
export function body(rnd: () => number): string {
	const parts: string[] = [paragraph(rnd)];
	const sections = 3 + Math.floor(rnd() * 2);
	for (let s = 0; s < sections; s++) {
		parts.push(`## ${title(rnd, 3)}`, paragraph(rnd));
		if (s % 2 === 0) {
			parts.push(Array.from({ length: 4 }, () => `- **${title(rnd, 2)}.** ${sentence(rnd)}`).join('\n'));
		} else {
			parts.push(`### ${title(rnd, 4)}`, Array.from({ length: 3 }, (_, i) => `${i + 1}. ${sentence(rnd)}`).join('\n'));
		}
		parts.push(paragraph(rnd));
	}
	parts.push(
		'| Step | Owner | When |\n| --- | --- | --- |\n' +
			Array.from({ length: 3 }, (_, i) => `| ${title(rnd, 2)} | ${title(rnd, 1)} | Week ${i + 1} |`).join('\n'),
	);
	return `${parts.join('\n\n')}\n`;
}

const summary = (rnd: () => number) => sentence(rnd).slice(0, 280);
const yamlList = (items: string[]) => items.map((item) => `  - ${JSON.stringify(item)}`).join('\n');

function write(root: string, file: string, text: string) {
	const path = join(root, file);
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, text);
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0');

/** `tracks/track-NN/index.mdx` plus `count` modules, 50 per six-week track. Schema: src/lib/onboarding/schema.ts. */
export function writeTracks(root: string, count: number, seed = 1): CorpusPage[] {
	const rnd = random(seed);
	const pages: CorpusPage[] = [];
	const perTrack = 50;
	const trackCount = Math.max(1, Math.ceil(count / perTrack));
	for (let t = 0; t < trackCount; t++) {
		const track = `track-${pad(t + 1, 3)}`;
		const trackTitle = `Track ${t + 1}: ${title(rnd, 3)}`;
		write(
			root,
			`tracks/${track}/index.mdx`,
			`---\ntitle: ${JSON.stringify(trackTitle)}\npartnerType: ${partnerTypeIds[t % partnerTypeIds.length]}\n` +
				`model: ${partnershipModelIds[t % partnershipModelIds.length]}\nsummary: ${JSON.stringify(summary(rnd))}\n` +
				`weeks: 6\norder: ${t}\ngoals:\n${yamlList([sentence(rnd), sentence(rnd)])}\n---\n\n${body(rnd)}`,
		);
		pages.push({
			collection: 'tracks',
			file: `tracks/${track}/index.mdx`,
			path: `onboarding/${track}/`,
			title: trackTitle,
		});
		const inTrack = Math.min(perTrack, count - t * perTrack);
		for (let m = 0; m < inTrack; m++) {
			const slug = `module-${pad(t * perTrack + m + 1)}`;
			const moduleTitle = `${title(rnd, 4)} ${t * perTrack + m + 1}`;
			write(
				root,
				`tracks/${track}/${slug}.mdx`,
				`---\ntitle: ${JSON.stringify(moduleTitle)}\nweek: ${1 + Math.floor((m * 6) / perTrack)}\norder: ${m + 1}\n` +
					`duration: ${15 + 15 * Math.floor(rnd() * 6)}\nsummary: ${JSON.stringify(summary(rnd))}\n` +
					`goals:\n${yamlList([sentence(rnd), sentence(rnd), sentence(rnd)])}\n---\n\n${body(rnd)}`,
			);
			pages.push({
				collection: 'tracks',
				file: `tracks/${track}/${slug}.mdx`,
				path: `onboarding/${track}/${slug}/`,
				title: moduleTitle,
			});
		}
	}
	return pages;
}

/** `practices/article-NNNN.mdx`, each related to its neighbour. Schema: src/lib/practices/schema.ts. */
export function writePractices(root: string, count: number, seed = 2): CorpusPage[] {
	const rnd = random(seed);
	// The scorecard pages link health reasons to these articles, so a corpus build needs them to exist.
	const linked = [...new Set(Object.values(RULE_ARTICLES))];
	const slugs = Array.from({ length: count }, (_, i) => linked[i] ?? `article-${pad(i + 1)}`);
	return slugs.map((slug, i) => {
		const articleTitle = `${title(rnd, 4)} ${i + 1}`;
		const related = count > 1 ? [slugs[(i + 1) % count]!] : [];
		const tags = [pick(rnd, programWords), pick(rnd, programWords)].filter(
			(tag, index, all) => all.indexOf(tag) === index,
		);
		write(
			root,
			`practices/${slug}.mdx`,
			`---\ntitle: ${JSON.stringify(articleTitle)}\nsummary: ${JSON.stringify(summary(rnd))}\n` +
				`tags: [${tags.join(', ')}]\nrelated: [${related.join(', ')}]\norder: ${i}\n---\n\n${body(rnd)}`,
		);
		return { collection: 'practices', file: `practices/${slug}.mdx`, path: `practices/${slug}/`, title: articleTitle };
	});
}

/**
 * `spotlights/spotlight-NNNN.mdx` with the frontmatter the spotlights branch describes (title, date, partners,
 * partnerType, model, tags, summary, results, author, draft). No schema exists on this branch yet: adapt here.
 */
export function writeSpotlights(root: string, count: number, partnerIds: readonly string[], seed = 3): CorpusPage[] {
	const rnd = random(seed);
	return Array.from({ length: count }, (_, i) => {
		const slug = `spotlight-${pad(i + 1)}`;
		const spotlightTitle = `${title(rnd, 4)} ${i + 1}`;
		const month = new Date(Date.UTC(2020, i % 72, 1)).toISOString().slice(0, 10);
		write(
			root,
			`spotlights/${slug}.mdx`,
			`---\ntitle: ${JSON.stringify(spotlightTitle)}\ndate: ${month}\npartners: [${partnerIds[i % partnerIds.length]}]\n` +
				`partnerType: ${partnerTypeIds[i % partnerTypeIds.length]}\nmodel: ${partnershipModelIds[i % partnershipModelIds.length]}\n` +
				`tags: [${pick(rnd, programWords)}]\nsummary: ${JSON.stringify(summary(rnd))}\n` +
				`results:\n  - label: "Referrals"\n    value: "${10 + Math.floor(rnd() * 90)}"\n` +
				`author: "Partner team"\ndraft: false\n---\n\n${body(rnd)}`,
		);
		return {
			collection: 'spotlights',
			file: `spotlights/${slug}.mdx`,
			path: `spotlights/${slug}/`,
			title: spotlightTitle,
		};
	});
}

/**
 * `data/partners.csv` (schema: src/lib/partners/schema.ts) and `data/metrics.csv` with `quarterCount` quarters
 * per partner, the last one 2026-Q2. Returns the partner ids.
 */
export function writePartners(root: string, count: number, seed = 4, quarterCount = 4): string[] {
	const rnd = random(seed);
	const ids = Array.from({ length: count }, (_, i) => `partner-${pad(i + 1)}`);
	const partners = ids.map((id, i) => {
		const joined = new Date(Date.UTC(2022, i % 36, 1 + (i % 28))).toISOString().slice(0, 10);
		return [
			id,
			`${title(rnd, 2)} ${i + 1}`,
			partnerTypeIds[i % partnerTypeIds.length],
			partnershipModelIds[i % partnershipModelIds.length],
			joined,
			'', // track
			'', // salt
		].join(',');
	});
	write(root, 'data/partners.csv', `${partnerColumns.join(',')}\n${partners.join('\n')}\n`);
	const quarters = Array.from({ length: quarterCount }, (_, i) => addQuarters('2026-Q2', i + 1 - quarterCount));
	const rows = ids.flatMap((id) =>
		quarters.map((quarter) => {
			const referrals = 5 + Math.floor(rnd() * 40);
			const leads = Math.floor(referrals * (0.4 + rnd() * 0.5));
			const conversions = Math.floor(leads * (0.2 + rnd() * 0.5));
			const planned = 1 + Math.floor(rnd() * 5);
			const values = [
				referrals,
				leads,
				conversions,
				conversions * (500 + Math.floor(rnd() * 2000)),
				conversions * (2000 + Math.floor(rnd() * 6000)),
				(60 + rnd() * 40).toFixed(0), // retention_rate, a percentage
				4 + Math.floor(rnd() * 12),
				(5 + rnd() * 5).toFixed(1),
				(1 + rnd() * 9).toFixed(1),
				(5 + rnd() * 5).toFixed(1),
				(50 + rnd() * 50).toFixed(0), // commitment, a percentage
				planned,
				Math.floor(planned * rnd()),
				Math.floor(rnd() * 6),
				Math.floor(rnd() * 4),
				Math.floor(rnd() * 3),
			];
			return [id, quarter, ...values].join(',');
		}),
	);
	write(root, 'data/metrics.csv', `${metricsColumns.join(',')}\n${rows.join('\n')}\n`);
	return ids;
}

/**
 * A whole corpus of `pages` MDX pages: half onboarding modules, a quarter articles, a quarter spotlights,
 * plus data for as many partners (or `partners`) over four quarters (or `quarters`). Returns every MDX page written.
 */
export function writeCorpus(
	root: string,
	pages: number,
	{ partners = pages, quarters = 4 }: { partners?: number; quarters?: number } = {},
): CorpusPage[] {
	const modules = Math.ceil(pages / 2);
	const articles = Math.ceil((pages - modules) / 2);
	const partnerIds = writePartners(root, partners, 4, quarters);
	const tracks = writeTracks(root, modules);
	const firstModule = tracks.find((page) => page.collection === 'modules' || /module-/.test(page.file));
	if (firstModule) writeTierQuizzes(root, firstModule.file.replace(/^tracks\//, '').replace(/\.mdx$/, ''));
	return [
		...tracks,
		...writePractices(root, articles),
		...writeSpotlights(root, pages - modules - articles, partnerIds),
	];
}

/**
 * One small quiz under each id the example program's tiers ask for (portal.config.ts), so the corpus builds with
 * the example config; they are not counted as corpus pages.
 */
function writeTierQuizzes(root: string, moduleId: string) {
	mkdirSync(join(root, 'quizzes'), { recursive: true });
	for (const id of [
		'agencies-referral-essentials',
		'content-creators-value-exchange',
		'software-partners-alliance-governance',
	]) {
		const quiz = {
			id,
			title: `Corpus quiz ${id}`,
			summary: 'A one-question quiz so that the example tiers find the quizzes they name.',
			modules: [moduleId],
			passMark: 80,
			questions: [
				{
					id: 'only',
					type: 'true-false',
					prompt: 'The corpus has a quiz for every tier criterion.',
					answer: true,
					explanation: 'It does, so the tiers page builds.',
				},
			],
		};
		// JSON is YAML too.
		writeFileSync(join(root, 'quizzes', `${id}.yaml`), JSON.stringify(quiz, null, 2));
	}
}
