/**
 * `npm run new:event -- --title "…" --start …`: writes a new community event to content/events/<slug>.mdx.
 * parse → compute → check against our own schema → write; exit 1 on bad input, 2 if the file exists, 0 after --help.
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../src/lib/data/atomic-write';
import { eventFields, fieldChoices } from '../src/lib/cms/fields';
import { fileNameFor, runScaffolder } from '../src/lib/cms/scaffold';
import { newEventUsage, parseNewEventArgs, renderEventDraft } from '../src/lib/cms/scaffold-community';
import { portal, programIds } from '../src/lib/core/config';
import { contentDir } from '../src/lib/content/content-dir';
import { parseWithFriendlyErrors } from '../src/lib/core/errors';
import { eventKinds, eventSchema } from '../src/lib/events/schema';
import { parseFrontmatter } from '../src/lib/content/frontmatter';

const help = `${newEventUsage}

Writes a new community event to content/events/<slug>.mdx (the slug comes from the title), with every field
present and a hint above each one. Nothing is overwritten.

Options:
  --title TEXT              The event title; also makes the file name. Required.
  --start YYYY-MM-DDTHH:MM  Local start time in the event's zone, or a date alone for an all-day event. Required.
  --end YYYY-MM-DDTHH:MM    Local end time (or last day). Default: an hour after the start, or the same day.
  --time-zone ZONE          IANA time zone of the times. Default: ${portal.engagementRhythm.timeZone}.
  --kind KIND               One of ${eventKinds.join(', ')}. Default: community-call.
  -h, --help                Show this help and exit.

Example:
  npm run new:event -- --title "Quarterly community call: Q1 2027" --start 2027-01-14T16:00 --time-zone America/New_York

The event starts online. Replace the placeholder texts (the summary, the host, the registration link and the two
sections) before you publish: npm run check and the build refuse an event that still holds one.`;

function main(argv: readonly string[]): number {
	if (argv.includes('--help') || argv.includes('-h')) {
		console.log(help);
		return 0;
	}
	const request = parseNewEventArgs(argv, portal.engagementRhythm.timeZone);
	const today = new Date().toISOString().slice(0, 10);
	const fields = eventFields(fieldChoices(portal, []));
	const text = renderEventDraft(request, fields, today);
	const file = join(
		contentDir,
		'events',
		`${fileNameFor(request.title, (name) => console.log(`The title is long; the file name is cut at a word: ${name}.mdx`))}.mdx`,
	);
	// Never write a file our own schema would reject.
	parseWithFriendlyErrors(eventSchema(programIds), parseFrontmatter(text, file).data, file);
	if (!writeFileAtomic(file, text, { overwrite: false })) {
		console.error(
			`${file} already exists; nothing was written.\nHint: choose another --title, or edit the existing file.`,
		);
		return 2;
	}
	console.log(`Created ${file}. Replace its placeholders before you publish; npm run check lists any left.`);
	return 0;
}

runScaffolder('new:event', main);
