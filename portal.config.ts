import type { PortalConfigInput } from './src/lib/core/config-schema';
import { readEnv } from './src/lib/core/env';

const env = readEnv();

/**
 * Branding and program settings: the one file to edit when the portal is handed to a new program.
 * Checked against `portalConfigSchema` (src/lib/core/config-schema.ts) when the site builds.
 */
const config: PortalConfigInput = {
	programName: 'Lumen Partner Network',
	tagline: 'Onboarding, training and shared results for the partners we grow with.',
	site: 'https://partners.example.com',
	base: env.PORTAL_BASE,
	lang: 'en',
	logo: { src: '/logo.svg', alt: '' },
	colours: {
		light: { accent: '#1d4ed8', background: '#ffffff', surface: '#f3f4f6', text: '#1f2937', muted: '#4b5563' },
		dark: { accent: '#93c5fd', background: '#0f172a', surface: '#1e293b', text: '#e5e7eb', muted: '#cbd5e1' },
	},
	partnerTypes: [
		{
			id: 'content-creator',
			label: 'Content creators',
			description: 'Writers, educators and community builders who recommend us to their audience.',
		},
		{
			id: 'software',
			label: 'Software and integration partners',
			description: 'Product companies whose tools connect with ours or complement them.',
		},
		{
			id: 'agency',
			label: 'Agencies and services',
			description: 'Consultancies and service firms that deliver our product to their clients.',
		},
	],
	partnershipModels: [
		{
			id: 'referral',
			label: 'Commission-based referral',
			description: 'A commission for each referred customer: simple to run, best for straightforward products.',
		},
		{
			id: 'value-exchange',
			label: 'Value exchange',
			description: 'Services, knowledge and audience access traded between complementary businesses.',
		},
		{
			id: 'strategic-alliance',
			label: 'Strategic alliance',
			description: 'Joint projects, shared resources and integrated offerings under clear governance.',
		},
	],
	valueDimensions: [
		{
			id: 'referrals-revenue',
			label: 'Referrals and revenue',
			description: 'Customers, qualified leads and income that reach each side through the partnership.',
		},
		{
			id: 'knowledge-training',
			label: 'Knowledge and training',
			description: 'Product training, industry insight and expertise shared between the teams.',
		},
		{
			id: 'network-access',
			label: 'Network access',
			description: 'Introductions to customers, partners and communities the other side could not reach alone.',
		},
		{
			id: 'co-marketing',
			label: 'Co-marketing',
			description: 'Joint content, events and campaigns, and the audience reach they bring.',
		},
		{
			id: 'product-strategy',
			label: 'Product and strategic input',
			description: 'Feedback, ideas and joint planning that shape products and direction.',
		},
	],
	currency: 'USD',
	ratingEndpoint: env.PORTAL_RATING_ENDPOINT,
	// Weekly check-ins for each track's length, then every 2 weeks, and a strategic review every 13 weeks.
	engagementRhythm: {
		timeZone: 'Europe/London',
		time: '15:00',
		weekday: 2,
		checkInMinutes: 30,
		establishedEveryWeeks: 2,
		reviewEveryWeeks: 13,
		reviewMinutes: 60,
	},
	// Tiers from entry to top; a partner holds the highest tier whose every criterion is met (docs/tiers.md).
	tiers: [
		{
			id: 'registered',
			name: 'Registered',
			summary: 'Every partner with a signed agreement, from the first day of onboarding.',
			benefits: [
				'An onboarding track for your kind of partnership, with weekly check-ins while it runs',
				'A partner manager and a check-in every two weeks once you are established',
				'Product-training quizzes with a certificate for each one you pass',
				'Referral tracking and commission or value exchange as your agreement sets out',
			],
		},
		{
			id: 'silver',
			name: 'Silver',
			summary: 'Partners who send qualified leads steadily and are happy working with us.',
			benefits: [
				'Everything in Registered',
				'Co-marketing: a joint article, webinar or campaign each quarter',
				'A quarterly strategic review of goals and results with your partner manager',
				'Early access to new features and the training that goes with them',
				'A place in the monthly partnership spotlights',
			],
			criteria: [
				{ metric: 'qualified_leads', min: 6, quarters: 2 },
				{ metric: 'satisfaction', min: 7, quarters: 2 },
				{
					quiz: [
						'agencies-referral-essentials',
						'content-creators-value-exchange',
						'software-partners-alliance-governance',
					],
				},
			],
		},
		{
			id: 'gold',
			name: 'Gold',
			summary: 'Strategic partners who grow with us through joint projects and shared plans.',
			benefits: [
				'Everything in Silver',
				'Joint projects and integrated offerings, planned together under a shared charter',
				'A seat in the quarterly innovation session where partner ideas shape the product',
				'Shared customer insight and co-developed content for your audience',
				'An invitation to the annual partner retreat',
			],
			criteria: [
				{ metric: 'qualified_leads', min: 10, quarters: 2 },
				{ metric: 'satisfaction', min: 8, quarters: 2 },
				{ score: 'overall', min: 75, quarters: 1 },
				{
					quiz: [
						'agencies-referral-essentials',
						'content-creators-value-exchange',
						'software-partners-alliance-governance',
					],
				},
			],
		},
	],
	// The partner directory's filters, and how long a changed page or announcement wears a "New" badge.
	community: {
		services: [
			{ id: 'implementation', label: 'Implementation and setup' },
			{ id: 'integrations', label: 'Integrations' },
			{ id: 'training', label: 'Training and workshops' },
			{ id: 'content', label: 'Content and education' },
			{ id: 'consulting', label: 'Strategy consulting' },
			{ id: 'managed-services', label: 'Managed services' },
			{ id: 'migration', label: 'Data migration' },
			{ id: 'analytics', label: 'Reporting and analytics' },
		],
		industries: [
			{ id: 'retail', label: 'Retail and e-commerce' },
			{ id: 'saas', label: 'Software and SaaS' },
			{ id: 'finance', label: 'Finance and accounting' },
			{ id: 'healthcare', label: 'Healthcare' },
			{ id: 'education', label: 'Education' },
			{ id: 'manufacturing', label: 'Manufacturing' },
			{ id: 'nonprofit', label: 'Non-profit' },
			{ id: 'professional-services', label: 'Professional services' },
		],
		regions: [
			{ id: 'north-america', label: 'North America' },
			{ id: 'latin-america', label: 'Latin America' },
			{ id: 'europe', label: 'Europe' },
			{ id: 'middle-east-africa', label: 'Middle East and Africa' },
			{ id: 'asia-pacific', label: 'Asia Pacific' },
		],
		newForDays: 14,
		logoMaxKilobytes: 100,
	},
};

export default config;
