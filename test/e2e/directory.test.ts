import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/content/frontmatter';
import { portal, programIds } from '../../src/lib/core/config';
import { labelOf } from '../../src/lib/core/choices';
import { profileSchema } from '../../src/lib/directory/schema';
import { launchBrowser, newContext } from './support/browser';
import { distDir, siteUrl, sitemapPaths } from './support/site';

// The source of truth: every profile in content/partners, read with the same schema as the build.
const profiles = readdirSync('content/partners')
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => {
		const path = join('content/partners', file);
		return {
			id: file.replace(/\.mdx$/, ''),
			...profileSchema(programIds).parse(parseFrontmatter(readFileSync(path, 'utf8'), path).data),
		};
	});
const listed = profiles.filter((profile) => profile.listed);
const unlisted = profiles.filter((profile) => !profile.listed);
const hiddenTier = listed.filter((profile) => !profile.showTier);
const serviceLabel = (id: string) => labelOf(portal.community.services, id);
const regionLabel = (id: string) => labelOf(portal.community.regions, id);
const tierNames = portal.tiers.map((tier) => tier.name);

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await newContext(browser);
	page = await context.newPage();
});
afterAll(() => browser.close());

const status = (target = page) => target.locator('.directory-browser [role="status"]');
const filters = (target = page) => target.getByRole('navigation', { name: 'Filter partners' });
const cardNames = (target = page) => target.locator('.directory-cards .card h3').allTextContents();
/** Waits until the island has hydrated (Astro drops `ssr` then); before that, options link to facet pages. */
const hydrated = (target = page) =>
	target.locator('astro-island[component-url*="directory-browser"]:not([ssr])').waitFor({ state: 'attached' });
/** What a filter option reads as: "Label" and its count, in one accessible name. */
const optionLink = (target: Page, group: string, label: string) =>
	filters(target)
		.getByRole('region', { name: group })
		.getByRole('link', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')} \\d+$`) });

/** The partners that match every given filter, straight from the content. */
const matching = (test: (profile: (typeof listed)[number]) => boolean) =>
	listed
		.filter(test)
		.map((profile) => profile.name)
		.sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));

describe('directory content', () => {
	it('has at least 12 listed and one unlisted profile, in several languages, about half showing their tier', () => {
		expect(listed.length).toBeGreaterThanOrEqual(12);
		expect(unlisted.length).toBeGreaterThanOrEqual(1);
		expect(new Set(profiles.flatMap((profile) => profile.languages)).size).toBeGreaterThanOrEqual(5);
		const shown = listed.filter((profile) => profile.showTier).length;
		expect(shown).toBeGreaterThanOrEqual(Math.floor(listed.length / 3));
		expect(hiddenTier.length).toBeGreaterThanOrEqual(Math.floor(listed.length / 3));
	});
});

describe('directory with JavaScript', () => {
	it('filters by service and region, searches, keeps the view in the URL across reload, and clears', async () => {
		await page.goto(siteUrl('directory/'));
		await hydrated();
		await expect.poll(() => status().textContent()).toBe(`${listed.length} partners found.`);

		await optionLink(page, 'Service', serviceLabel('integrations')).click();
		const integrations = matching((p) => p.services.includes('integrations'));
		await expect.poll(() => cardNames()).toEqual(integrations);
		expect(new URL(page.url()).search).toBe('?service=integrations');

		await optionLink(page, 'Region', regionLabel('europe')).click();
		const both = matching((p) => p.services.includes('integrations') && p.regions.includes('europe'));
		await expect.poll(() => cardNames()).toEqual(both);
		expect(await status().textContent()).toBe(`${both.length} partners found.`);
		expect(new URL(page.url()).search).toBe('?service=integrations&region=europe');
		// The chosen option is marked, and its count is what the list shows.
		const chosen = filters().locator('a[aria-current="true"]');
		expect(await chosen.count()).toBe(2);
		expect(await optionLink(page, 'Region', regionLabel('europe')).textContent()).toContain(String(both.length));

		await page.getByRole('searchbox', { name: 'Search partners by name or skill' }).fill('invoices');
		await expect.poll(() => cardNames()).toEqual(['Ledgerline']);
		await expect.poll(() => status().textContent()).toBe('1 partner found.');
		expect(new URL(page.url()).search).toBe('?service=integrations&region=europe&q=invoices');

		await page.reload();
		await hydrated();
		await expect.poll(() => cardNames()).toEqual(['Ledgerline']);
		expect(await page.getByRole('searchbox', { name: 'Search partners by name or skill' }).inputValue()).toBe(
			'invoices',
		);

		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect.poll(() => status().textContent()).toBe(`${listed.length} partners found.`);
		expect(new URL(page.url()).search).toBe('');
	});

	it('counts each option with the other filters applied, and offers no link where nothing would match', async () => {
		await page.goto(siteUrl('directory/?region=asia-pacific'));
		await hydrated();
		const inRegion = listed.filter((p) => p.regions.includes('asia-pacific'));
		await expect.poll(() => status().textContent()).toBe(`${inRegion.length} partners found.`);
		for (const service of portal.community.services) {
			const count = inRegion.filter((p) => p.services.includes(service.id)).length;
			const group = filters().getByRole('region', { name: 'Service' });
			if (count > 0)
				expect(await optionLink(page, 'Service', service.label).textContent()).toBe(`${service.label}${count}`);
			else expect(await group.locator('[aria-disabled="true"]', { hasText: service.label }).count()).toBe(1);
		}
	});

	it('shows a no-results state that offers to clear the filters', async () => {
		await page.goto(siteUrl('directory/?q=zzzz-nothing'));
		await hydrated();
		await expect.poll(() => status().textContent()).toBe('No partners match these filters.');
		await page.getByRole('button', { name: 'Clear filters and show all partners' }).click();
		await expect.poll(() => status().textContent()).toBe(`${listed.length} partners found.`);
	});

	it('folds the filters behind a "Filters (n)" button on a phone', async () => {
		const phone = await newContext(browser, { width: 390 });
		const small = await phone.newPage();
		await small.goto(siteUrl('directory/?service=training'));
		await hydrated(small);
		const toggle = small.getByRole('button', { name: 'Filters (1)' });
		await toggle.waitFor();
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await filters(small).isVisible()).toBe(false);
		await toggle.click();
		expect(await filters(small).isVisible()).toBe(true);
		await phone.close();
	});
});

describe('directory without JavaScript', () => {
	it('lists every partner, and each filter option is a link to a facet page that lists its partners', async () => {
		const noJs = await newContext(browser, { javaScriptEnabled: false });
		const plain = await noJs.newPage();
		await plain.goto(siteUrl('directory/'));
		expect(await cardNames(plain)).toEqual(matching(() => true));
		// Search needs JavaScript, so it is not offered; the filter links are.
		expect(await plain.getByRole('searchbox', { name: 'Search partners by name or skill' }).isVisible()).toBe(false);
		await optionLink(plain, 'Service', serviceLabel('migration')).click();
		await plain.waitForURL(/\/directory\/service\/migration\/$/);
		expect(await plain.locator('h1').textContent()).toBe(`Partners by service: ${serviceLabel('migration')}`);
		expect(await cardNames(plain)).toEqual(matching((p) => p.services.includes('migration')));

		// From a facet page, the other filters are links too.
		await plain
			.getByRole('navigation', { name: 'Browse partners by' })
			.getByRole('link', { name: regionLabel('latin-america'), exact: true })
			.click();
		await plain.waitForURL(/\/directory\/region\/latin-america\/$/);
		expect(await cardNames(plain)).toEqual(matching((p) => p.regions.includes('latin-america')));
		await noJs.close();
	});

	it('builds a facet page for every option a listed partner has, and none for the rest', () => {
		const lists = {
			type: portal.partnerTypes,
			service: portal.community.services,
			industry: portal.community.industries,
			region: portal.community.regions,
		};
		const field = { type: 'type', service: 'services', industry: 'industries', region: 'regions' } as const;
		const types = new Map(
			readFileSync('content/data/partners.csv', 'utf8')
				.split('\n')
				.slice(1)
				.map((line) => [line.split(',')[0], line.split(',').at(-4)] as const),
		);
		for (const [key, options] of Object.entries(lists) as [keyof typeof lists, { id: string }[]][]) {
			for (const option of options) {
				const used = listed.some((p) =>
					key === 'type'
						? types.get(p.id) === option.id
						: (p[field[key] as 'services'] as string[]).includes(option.id),
				);
				expect(existsSync(join(distDir, 'directory', key, option.id, 'index.html')), `${key}/${option.id}`).toBe(used);
			}
		}
	});
});

describe('profiles', () => {
	it('have Open Graph title, description and URL', async () => {
		const profile = listed[0]!;
		await page.goto(siteUrl(`directory/${profile.id}/`));
		const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
		expect(await meta('og:title')).toBe(profile.name);
		expect(await meta('og:description')).toBe(profile.pitch);
		expect(new URL((await meta('og:url'))!).pathname).toMatch(new RegExp(`/directory/${profile.id}/$`));
		expect(await page.locator('h1').textContent()).toBe(profile.name);
		expect(await page.locator('.profile-logo').getAttribute('alt')).toBe(profile.logo.alt);
	});

	it('link to the website and the contact, and to the spotlights that name the partner', async () => {
		await page.goto(siteUrl('directory/ledgerline/'));
		const ledgerline = listed.find((p) => p.id === 'ledgerline')!;
		expect(await page.getByRole('link', { name: 'Contact Ledgerline' }).getAttribute('href')).toBe(
			`mailto:${ledgerline.contact}`,
		);
		expect(await page.getByRole('link', { name: /^Visit / }).getAttribute('href')).toBe(ledgerline.website);
		const featured = page.getByRole('region', { name: 'Featured in spotlights' }).getByRole('link');
		expect(await featured.count()).toBeGreaterThan(0);
		expect(await featured.first().getAttribute('href')).toMatch(/\/spotlights\/ledgerline-/);
	});

	it('build no page for an unlisted partner, and keep it out of the sitemap, the directory and search', () => {
		const sitemap = sitemapPaths();
		const fragments = readdirSync(join(distDir, 'pagefind', 'fragment')).map((file) =>
			gunzipSync(readFileSync(join(distDir, 'pagefind', 'fragment', file))).toString('utf8'),
		);
		const directory = readFileSync(join(distDir, 'directory', 'index.html'), 'utf8');
		for (const profile of unlisted) {
			expect(existsSync(join(distDir, 'directory', profile.id)), profile.id).toBe(false);
			expect(sitemap.filter((path) => path.includes(`directory/${profile.id}`))).toEqual([]);
			expect(
				fragments.filter((text) => text.includes(profile.pitch) || text.includes(`/directory/${profile.id}/`)),
			).toEqual([]);
			expect(directory).not.toContain(profile.pitch);
		}
		for (const profile of listed) expect(sitemap).toContain(`directory/${profile.id}/`);
		// Not even the logo file: Astro copies every image a collection entry names, so the loader drops unlisted ones.
		const assets = readdirSync(join(distDir, '_astro'));
		for (const profile of unlisted) {
			const logo = profile.logo.src.replace(/^.*\//, '').replace(/\.[a-z]+$/, '');
			expect(assets.filter((file) => file.startsWith(`${logo}.`))).toEqual([]);
		}
		for (const profile of listed.slice(0, 1)) {
			const logo = profile.logo.src.replace(/^.*\//, '').replace(/\.[a-z]+$/, '');
			expect(assets.filter((file) => file.startsWith(`${logo}.`)).length).toBeGreaterThan(0);
		}
	});

	it('show no tier anywhere in the public build for a partner who has not opted in', () => {
		const tierWords = new RegExp(`\\b(${tierNames.join('|')}) tier\\b|"tier"`);
		const directoryPages = ['directory/index.html', ...facetFiles()];
		for (const profile of hiddenTier) {
			const own = readFileSync(join(distDir, 'directory', profile.id, 'index.html'), 'utf8');
			expect(own, profile.id).not.toMatch(new RegExp(`\\b(${tierNames.join('|')})\\b|directory-tier`));
			for (const file of directoryPages) {
				const html = readFileSync(join(distDir, file), 'utf8');
				// The island's props and the server-rendered card of this partner: no tier in either.
				const cards = cardsIn(html, profile.id);
				if (file === 'directory/index.html')
					expect(cards.map((card) => card.includes(profile.name))).toEqual([true, true]);
				for (const card of cards) expect(card, `${file}: ${profile.id}`).not.toMatch(tierWords);
			}
		}
		// The check can fail: a partner who opted in does show a tier, in its card, the island's props and its page.
		const shown = listed.find((p) => p.showTier)!;
		const index = readFileSync(join(distDir, 'directory', 'index.html'), 'utf8');
		for (const card of cardsIn(index, shown.id)) expect(card).toMatch(tierWords);
		expect(readFileSync(join(distDir, 'directory', shown.id, 'index.html'), 'utf8')).toMatch(/directory-tier/);
	});

	it('are found by Pagefind with a service filter', async () => {
		await page.goto(siteUrl('search/'));
		// A string, so the test runner does not rewrite the dynamic import; the page loads Pagefind as search.ts does.
		const script = `(async () => {
			const pagefind = await import(${JSON.stringify(siteUrl('pagefind/pagefind.js'))});
			await pagefind.options({ baseUrl: ${JSON.stringify(new URL(siteUrl()).pathname)}, noWorker: true });
			const search = await pagefind.search('invoices', { filters: { service: ${JSON.stringify(serviceLabel('integrations'))} } });
			const data = await Promise.all(search.results.map((result) => result.data()));
			return data.map((entry) => entry.url);
		})()`;
		const urls = await page.evaluate<string[]>(script);
		expect(urls.some((url) => url.endsWith('/directory/ledgerline/'))).toBe(true);
		for (const url of urls) expect(url).toMatch(/\/directory\//);
		// The filter narrows: the same words under a service Ledgerline does not offer do not find it.
		expect(
			await page.evaluate<string[]>(script.replace(serviceLabel('integrations'), serviceLabel('training'))),
		).not.toContainEqual(expect.stringMatching(/\/directory\/ledgerline\/$/));
	});
});

/** Facet pages in the build, relative to the build folder. */
function facetFiles(): string[] {
	return ['type', 'service', 'industry', 'region'].flatMap((key) =>
		readdirSync(join(distDir, 'directory', key)).map((option) => `directory/${key}/${option}/index.html`),
	);
}

/** A partner's server-rendered card and its entry in the island's props, as text. */
function cardsIn(html: string, id: string): string[] {
	const rendered =
		html.match(new RegExp(`<li[^>]*data-partner="${id}"[\\s\\S]*?</li>\\s*(?=<li class="card|</ul>)`, 'g')) ?? [];
	const props = html.match(/props="([^"]*)"/)?.[1]?.replaceAll('&quot;', '"') ?? '';
	const entry = props.match(new RegExp(`\\{"id":\\[0,"${id}"\\][^{}]*(\\{[^{}]*\\}[^{}]*)*\\}`))?.[0] ?? '';
	return [...rendered, entry];
}
