import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../../src/lib/directory/schema';

const schema = profileSchema({
	serviceIds: ['integrations', 'training'],
	industryIds: ['retail', 'finance'],
	regionIds: ['europe', 'asia-pacific'],
});
const valid = {
	name: 'Formwise',
	logo: { src: './logos/formwise.svg', alt: 'Formwise' },
	pitch: 'Smart forms that feed clean data into your workspace.',
	services: ['integrations'],
	industries: ['retail'],
	regions: ['europe'],
	languages: ['en', 'pt-BR'],
	website: 'https://formwise.example.org',
	contact: 'partners@formwise.example.org',
};
/** The problems of a profile with one change, as "path: message". */
const problems = (change: Record<string, unknown>) => {
	const result = schema.safeParse({ ...valid, ...change });
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('profileSchema', () => {
	it('accepts a complete profile, unlisted and without a tier by default', () => {
		const profile = schema.parse(valid);
		expect(profile.listed).toBe(false);
		expect(profile.showTier).toBe(false);
	});

	it('refuses an id that is not in the configured lists, naming the ids it expects', () => {
		expect(problems({ services: ['integrations', 'astrology'] })).toEqual([
			'services.1: Expected a service id, one of: integrations, training',
		]);
		expect(problems({ industries: ['mining'] })).toEqual([
			'industries.0: Expected an industry id, one of: retail, finance',
		]);
		expect(problems({ regions: ['antarctica'] })).toEqual([
			'regions.0: Expected a region id, one of: europe, asia-pacific',
		]);
	});

	it('refuses an empty or repeated list', () => {
		expect(problems({ services: [] })).toEqual(['services: Expected at least one service']);
		expect(problems({ regions: ['europe', 'europe'] })).toEqual(['regions: Expected each region once']);
		expect(problems({ languages: ['en', 'en'] })).toEqual(['languages: Expected each language once']);
	});

	it('refuses a language code Intl cannot read', () => {
		expect(problems({ languages: ['en', 'english language'] })).toEqual([
			'languages.1: Expected a language code such as "en", "es" or "pt-BR"',
		]);
	});

	it('keeps the pitch to one line of 10 to 160 characters', () => {
		expect(problems({ pitch: 'Too short' })).toEqual(['pitch: Expected a pitch of at least 10 characters']);
		expect(problems({ pitch: 'x'.repeat(161) })).toEqual(['pitch: Expected at most 160 characters']);
		expect(problems({ pitch: 'First line of it\nand a second one' })).toEqual([
			'pitch: Expected one line, without line breaks',
		]);
	});

	it('refuses a website that is not http(s), and a contact that is neither a web nor an email address', () => {
		expect(problems({ website: 'javascript:alert(1)' })).toHaveLength(1);
		expect(problems({ contact: 'call us' })).toHaveLength(1);
		expect(problems({ contact: 'https://formwise.example.org/contact' })).toEqual([]);
	});

	it('asks for alt text on the logo', () => {
		expect(problems({ logo: { src: './logos/formwise.svg' } })).toEqual(['logo.alt: Expected alt text for the logo']);
	});
});
