import { join } from 'node:path';
import { contentDir } from '../content/content-dir';
import { portal } from '../core/config';
import { ProblemsError } from '../core/errors';
import { countOf } from '../core/plural';
import { formatProblem } from '../data/csv-read';
import type { RatingRecord } from '../ratings/schema';
import { readScorecardData, type ScorecardData } from '../scorecards/data-files';
import { loadScorecards } from '../scorecards/site-data';
import { readCertificationsFile } from './certifications';
import { programTiers, type ProgramTiers } from './tiers';

/** The data folder the scorecards were built from (`npm run scorecards` and the build read the same one). */
const dataDir = () => join(contentDir, 'data');

let cachedData: { dir: string; data: ScorecardData } | undefined;

/**
 * The data folder as the scorecard build read it: metrics rows and rating records, which scorecards.json does not
 * keep. Read once per build: every partner page and the dashboard ask for it.
 */
function scorecardData(): ScorecardData {
	const dir = dataDir();
	if (cachedData?.dir === dir) return cachedData.data;
	const data = readScorecardData(dir);
	// The scorecard build refuses such a folder first; a tier read from half the rows would be wrong, not missing.
	if (data.problems.length) {
		throw new ProblemsError(
			`${dir} has ${countOf(data.problems.length, { one: 'problem', other: 'problems' })}:`,
			data.problems.map(formatProblem),
			'Run "npm run check" for the details, fix the files, and build again.',
		);
	}
	cachedData = { dir, data };
	return data;
}

let cachedTiers: { key: string; scorecards: object; tiers: ProgramTiers } | undefined;

/**
 * Every partner's tier for the built site: the staff dashboard and each partner's page read the same standings.
 * `quizTitles` (quiz id → title, from the content) words quiz criteria and checks certifications.csv's quiz ids.
 */
export function loadProgramTiers(quizTitles: Readonly<Record<string, string>>): ProgramTiers {
	const scorecards = loadScorecards();
	const key = JSON.stringify(quizTitles);
	if (cachedTiers?.scorecards === scorecards && cachedTiers.key === key) return cachedTiers.tiers;
	const data = scorecardData();
	const certifications = readCertificationsFile(join(dataDir(), 'certifications.csv'), {
		partnerIds: data.partnerIds,
		quizIds: Object.keys(quizTitles),
	});
	const tiers = programTiers(
		portal.tiers,
		{ partners: scorecards.partners, metrics: data.metrics, certifications },
		{ currency: portal.currency, lang: portal.lang, quizTitles },
	);
	cachedTiers = { key, scorecards, tiers };
	return tiers;
}

/** A partner's value-exchange records of one quarter: one side, the other, or both. */
export interface QuarterRatings {
	period: string;
	partner: RatingRecord | undefined;
	program: RatingRecord | undefined;
}

/** The partner's records of the latest quarter either side rated, for their page; undefined when there are none. */
export function latestRatings(partnerId: string): QuarterRatings | undefined {
	const records = scorecardData().ratings.filter((record) => record.partnerId === partnerId);
	let period: string | undefined;
	for (const record of records) if (!period || record.period > period) period = record.period;
	if (!period) return undefined;
	const of = (rater: RatingRecord['rater']) =>
		records.find((record) => record.period === period && record.rater === rater);
	return { period, partner: of('partner'), program: of('program') };
}
