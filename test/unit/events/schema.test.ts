import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/lib/events/schema';

const schema = eventSchema({ partnerTypeIds: ['content-creator', 'software', 'agency'] });
const valid = {
	title: 'Quarterly community call: winter 2026',
	kind: 'community-call',
	summary: 'The last call of the year, with the program plans for 2027 and time for questions.',
	start: '2026-12-10T12:00',
	end: '2026-12-10T13:15',
	timeZone: 'America/New_York',
	online: true,
	host: 'Amara Okafor, community lead',
	register: 'https://example.com/register',
	published: '2026-11-12',
};

/** The issues of parsing `changes` on top of the valid event, as "path: message". */
function issues(changes: Record<string, unknown>): string[] {
	const result = schema.safeParse({ ...valid, ...changes });
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('event schema', () => {
	it('accepts a timed online event and fills the defaults', () => {
		const event = schema.parse(valid);
		expect(event).toMatchObject({ audience: [], status: 'confirmed', sequence: 0, online: true });
	});

	it('accepts an all-day event in person, and YAML dates written without quotes', () => {
		const event = schema.parse({
			...valid,
			start: new Date('2027-05-18T00:00:00Z'),
			end: new Date('2027-05-20T00:00:00Z'),
			online: false,
			place: { name: 'Casa do Rio', address: 'Rua da Ribeira Nova 12, Lisbon' },
			published: new Date('2026-11-20T00:00:00Z'),
		});
		expect([event.start, event.end, event.published]).toEqual(['2027-05-18', '2027-05-20', '2026-11-20']);
	});

	it('refuses a time zone that is not an IANA name', () => {
		for (const timeZone of ['EST', 'Europe/Londn', 'GMT+1', '']) {
			expect(issues({ timeZone })).toEqual([
				'timeZone: Expected an IANA time zone such as "Europe/London" or "America/New_York"',
			]);
		}
	});

	it('refuses an end before or at the start, naming the start', () => {
		expect(issues({ end: '2026-12-10T11:00' })).toEqual([
			'end: Expected an end after the start (2026-12-10T12:00), found "2026-12-10T11:00"',
		]);
		expect(issues({ end: '2026-12-10T12:00' })).toHaveLength(1);
		expect(issues({ start: '2027-05-20', end: '2027-05-18' })).toEqual([
			'end: Expected an end after the start (2027-05-20), found "2027-05-18"',
		]);
		// One day: an all-day event's end is its last day, so it may equal the start.
		expect(issues({ start: '2027-05-20', end: '2027-05-20' })).toEqual([]);
	});

	it('refuses a timed start with an all-day end and the other way round', () => {
		expect(issues({ end: '2026-12-11' })).toEqual(['end: Expected a date and time like start, found "2026-12-11"']);
		expect(issues({ start: '2026-12-10', end: '2026-12-10T13:00' })).toEqual([
			'end: Expected a date like start, found "2026-12-10T13:00"',
		]);
	});

	it('refuses days and times that do not exist', () => {
		expect(issues({ start: '2026-02-30T12:00', end: '2026-03-01T12:00', published: '2026-02-01' })).toEqual([
			'start: Expected a day that exists',
		]);
		expect(issues({ end: '2026-12-10T24:00' })[0]).toMatch(/^end: Expected a local time such as/);
		expect(issues({ start: '10 December 2026' })[0]).toMatch(/^start: Expected a local time such as/);
	});

	it('refuses a time the clocks skip when they go forward', () => {
		// London moves from 01:00 GMT to 02:00 BST on 29 March 2026: 01:30 never happens there.
		expect(
			issues({
				start: '2026-03-29T01:30',
				end: '2026-03-29T03:00',
				timeZone: 'Europe/London',
				published: '2026-03-01',
			}),
		).toEqual([
			'start: Expected a time that exists in Europe/London, found "2026-03-29T01:30": the clocks go forward then; pick a time an hour later',
		]);
		expect(
			issues({
				start: '2026-03-29T03:00',
				end: '2026-03-29T04:00',
				timeZone: 'Europe/London',
				published: '2026-03-01',
			}),
		).toEqual([]);
	});

	it('wants a place, or online: true', () => {
		expect(issues({ online: false })).toEqual(['place: Expected a place, or online: true for an event held online']);
		expect(issues({ online: undefined })).toHaveLength(1);
		expect(issues({ place: { name: 'Casa do Rio', address: '' } })).toEqual(['place.address: Expected an address']);
	});

	it('takes audiences only from the configured partner types', () => {
		expect(issues({ audience: ['agency'] })).toEqual([]);
		expect(issues({ audience: ['resellers'] })).toHaveLength(1);
		expect(issues({ audience: ['resellers'] })[0]).toMatch(/^audience\.0: Expected a partner type id/);
	});

	it('takes a web address or an email to register, never a script link', () => {
		expect(issues({ register: 'officehours@example.com' })).toEqual([]);
		expect(issues({ register: 'javascript:alert(1)' })).toHaveLength(1);
		expect(issues({ recording: 'ftp://example.com/file' })).toHaveLength(1);
	});

	it('wants the sequence raised when an event is cancelled', () => {
		expect(issues({ status: 'cancelled' })).toEqual([
			'sequence: Expected sequence: 1 or more for a cancelled event, found 0: raise it by one so calendars that already have the event drop it',
		]);
		expect(issues({ status: 'cancelled', sequence: 1 })).toEqual([]);
		expect(issues({ sequence: -1 })).toHaveLength(1);
	});

	it('wants the publish date on or before the start', () => {
		expect(issues({ published: '2026-12-10' })).toEqual([]);
		expect(issues({ published: '2026-12-11' })).toEqual([
			'published: Expected a publish date on or before the start (2026-12-10), found "2026-12-11"',
		]);
	});
});
