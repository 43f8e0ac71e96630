/**
 * The validators that found the site's feed, structured-data and header
 * problems, run on the real site and the fixture sites so those stay
 * fixed. Each checker is also shown a broken sample, to prove it can fail.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SITES } from '../../playwright.config.ts';
import { fileOfRoute } from '../../src/lib/built-pages.ts';
import { headersProblems } from '../support/headers-check.ts';
import {
  jsonLdBlocks,
  jsonLdSyntaxProblems,
  richResultProblems,
  schemaOrgProblems,
  typedNodes,
  type PageGraph,
} from '../support/jsonld-check.ts';
import { rssProblems } from '../support/rss-check.ts';
import { fileOfUrl, siteUrlProblem } from '../support/site-files.ts';
import { contentOf } from './content.ts';
import { builtHtml, builtPages } from './site.ts';

type SiteName = keyof typeof SITES;
const SITE_NAMES = Object.keys(SITES) as SiteName[];
const dist = (site: SiteName) => path.resolve(SITES[site].dist);
const baseUrl = (site: SiteName) => contentOf(site).site.baseUrl;
const isReport = (route: string) => /^\/articles\/[^/]+\/$/.test(route);

/** The canonical address in a page's head. */
const canonicalOf = (html: string) =>
  /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '(none)';

/** Every page of a site that has structured data, with its graph. */
function graphsOf(site: SiteName): PageGraph[] {
  return builtPages(site).flatMap((route) => {
    const html = builtHtml(route, site);
    const [block] = jsonLdBlocks(html);
    return block === undefined
      ? []
      : [{ route, canonical: canonicalOf(html), data: JSON.parse(block) }];
  });
}

test.describe('RSS feed (fast-xml-parser, with the W3C feed validator’s rules)', () => {
  for (const site of SITE_NAMES) {
    test(`${site}: rss.xml is well-formed, valid RSS 2.0 and links to built pages`, () => {
      const xml = readFileSync(path.join(dist(site), 'rss.xml'), 'utf8');
      const problems = rssProblems(xml, {
        feedUrl: `${baseUrl(site)}rss.xml`,
        linkProblem: (url) => siteUrlProblem(dist(site), baseUrl(site), url),
      });
      expect(problems).toEqual([]);
      // One item per report and per correction, each credited with dc:creator.
      const { articles, corrections, site: about } = contentOf(site);
      expect(xml.match(/<item>/g)).toHaveLength(articles.length + corrections.length);
      expect(xml.match(/<dc:creator>/g)).toHaveLength(articles.length + corrections.length);
      // The wire, and the site where it wrote the headline.
      for (const article of articles)
        expect(xml).toContain(
          `<dc:creator>${article.credit}${
            article.originalTitle ? '' : `; headline by ${about.publisher}`
          }</dc:creator>`,
        );
    });
  }

  test('the checks find what the W3C validator reported, and more', () => {
    const xml = readFileSync(path.join(dist('real'), 'rss.xml'), 'utf8');
    const feedUrl = `${baseUrl('real')}rss.xml`;
    const broken = xml
      .replace(/<dc:creator>Agencies[^<]*<\/dc:creator>/, '<author>Agencies</author>')
      .replace(/<atom:link [^>]*\/>/, '')
      .replace(/<pubDate>[^<]*<\/pubDate>/, '<pubDate>2021-11-15</pubDate>')
      .replace(/<link>https:\/\/[^/]+\/articles\//, '<link>/articles/')
      .replace(/<guid[^>]*>[^<]*<\/guid>/, '');
    const problems = rssProblems(broken, { feedUrl }).join('\n');
    expect(problems).toContain('<author> "Agencies" is not an e-mail address (use dc:creator)');
    expect(problems).toContain('0 atom:link rel="self", not 1');
    expect(problems).toContain('<pubDate> "2021-11-15" is not an RFC 822 date');
    expect(problems).toContain('<link> "/articles/japan-us-tariff-talks/" is not absolute');
    expect(problems).toContain('<guid> is missing or empty');
    // A control character is not allowed in XML at all.
    const control = rssProblems(xml.replace('<title>Tariff', '<title>\u0007Tariff'), { feedUrl });
    expect(control.join('\n')).toContain('control character U+0007');
    expect(control.join('\n')).toContain('not well-formed XML');
    expect(rssProblems(xml.replace('</channel>', ''), { feedUrl }).join()).toContain(
      'not well-formed XML',
    );
    const wrongSelf = xml.replace(`href="${feedUrl}"`, 'href="https://example.com/feed"');
    expect(rssProblems(wrongSelf, { feedUrl }).join()).toContain('not https://');
    const wrongDay = xml.replace(/<pubDate>\w{3},/, '<pubDate>Sun,');
    expect(rssProblems(wrongDay, { feedUrl }).join()).toContain('wrong day of the week');
  });
});

test.describe('structured data', () => {
  /** The ids of what a page shows, by the markup that holds them: events, or glossary entries. */
  const idsIn = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);
  const EVENT_IDS = /<li id="([^"]+)" class="event\b/g;
  const ENTRY_IDS = /<dfn id="([^"]+)"/g;

  // Read from the built pages: one test a site, as a graph is the same served or not.
  for (const site of SITE_NAMES) {
    test(`${site}: every page has one JSON-LD graph that parses, of its kind`, () => {
      const content = contentOf(site);
      for (const pagePath of builtPages(site)) {
        const html = builtHtml(pagePath, site);
        const blocks = jsonLdBlocks(html);
        if (pagePath === '/404.html') {
          expect(blocks, pagePath).toHaveLength(0);
          continue;
        }
        expect(blocks, pagePath).toHaveLength(1);
        const data = JSON.parse(blocks[0]!);
        expect(data['@context'], pagePath).toBe('https://schema.org');
        const nodes = data['@graph'] ?? [data];
        const main = nodes[0];
        const events = idsIn(html, EVENT_IDS);
        const entries = idsIn(html, ENTRY_IDS);
        // A page of a list shows its items, but the list's own page of a list cut into pages.
        const listIndex = html.includes('data-anchor-map=');
        if (/^\/timeline\//.test(pagePath) && !listIndex) expect(events, pagePath).not.toEqual([]);
        if (/^\/glossary\//.test(pagePath) && !listIndex) expect(entries, pagePath).not.toEqual([]);
        if (isReport(pagePath)) {
          const report = content.articles.find((a) => pagePath === `/articles/${a.id}/`)!;
          expect(main).toMatchObject({
            '@type': 'NewsArticle',
            headline: report.title,
            datePublished: report.published.iso,
            dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
            dateline: report.dateline,
            author: { '@type': 'Organization', name: report.credit },
            publisher: { '@type': 'Organization', logo: { url: `${baseUrl(site)}logo.png` } },
          });
          // A headline the site wrote is credited to the site, not to the wire.
          expect(main.creditText, pagePath).toBe(
            report.originalTitle
              ? report.credit
              : `${report.credit}; headline by ${content.site.publisher}`,
          );
          if (site === 'real') {
            expect(main).toMatchObject({ datePublished: '2021-11-15', dateline: 'Tokyo' });
            expect(main.mentions.length).toBeGreaterThan(10);
          }
        } else if (pagePath.startsWith('/glossary/') && entries.length > 0) {
          // The entries the page shows, and no other: terms in the set, people and institutions
          // beside it.
          const shown = content.glossary.filter((g) => entries.includes(g.id));
          const terms = shown.filter((g) => g.kind === 'term' || g.kind === 'law');
          expect(main['@type'], pagePath).toBe(terms.length > 0 ? 'DefinedTermSet' : 'WebPage');
          for (const term of main.hasDefinedTerm ?? [])
            expect(term).toMatchObject({
              '@type': 'DefinedTerm',
              name: expect.any(String),
              description: expect.any(String),
              inDefinedTermSet: main['@id'],
            });
          const kinds = { person: 'Person', institution: 'Organization' } as const;
          for (const entry of shown) {
            const node = [main, ...(main.hasDefinedTerm ?? []), ...nodes].find((n) =>
              String(n['@id']).endsWith(`#${entry.id}`),
            );
            const type =
              entry.kind in kinds ? kinds[entry.kind as keyof typeof kinds] : 'DefinedTerm';
            expect(node?.['@type'], `${pagePath} ${entry.id}`).toBe(type);
          }
          expect(main.hasDefinedTerm ?? [], pagePath).toHaveLength(terms.length);
          expect(nodes, pagePath).toHaveLength(1 + shown.length - terms.length);
        } else if (pagePath.startsWith('/timeline/') && events.length > 0) {
          expect(main['@type'], pagePath).toBe('WebPage');
          expect(main.mainEntity['@type'], pagePath).toBe('ItemList');
          const listed = main.mainEntity.itemListElement.map(
            (i: { item: { '@id': string } }) => i.item,
          );
          expect(
            listed.map((e: { '@id': string }) => e['@id'].split('#')[1]),
            pagePath,
          ).toEqual(events);
          for (const event of listed)
            expect(event).toMatchObject({
              '@type': 'Event',
              name: expect.any(String),
              startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
              location: { '@type': 'Place', name: expect.any(String) },
            });
        } else {
          expect(main, pagePath).toMatchObject({
            '@type': 'WebPage',
            name: expect.any(String),
            url: expect.stringContaining(baseUrl(site)),
          });
        }
      }
      // Every event on a page of the timeline, every entry on a page of the glossary.
      const described = (list: string) =>
        JSON.stringify(graphsOf(site).filter((g) => g.route.startsWith(list)));
      for (const { id } of content.events) expect(described('/timeline/'), id).toContain(`#${id}"`);
      for (const { id } of content.glossary)
        expect(described('/glossary/'), id).toContain(`#${id}"`);
    });
  }

  for (const site of SITE_NAMES) {
    test(`${site}: every graph is valid JSON-LD (jsonld, safe mode)`, async () => {
      const problems = [];
      for (const { route, data } of graphsOf(site))
        problems.push(...(await jsonLdSyntaxProblems(data)).map((p) => `${route}: ${p}`));
      expect(problems).toEqual([]);
    });

    test(`${site}: Google's rich-result requirements, and every address resolves`, async () => {
      expect(
        await richResultProblems({ dist: dist(site), baseUrl: baseUrl(site) }, graphsOf(site)),
      ).toEqual([]);
    });

    test(`${site}: every correction is a CorrectionComment of the page it touched`, () => {
      const graphs = graphsOf(site);
      for (const correction of contentOf(site).corrections) {
        const touched = graphs.flatMap(({ route, data }) =>
          typedNodes(data)
            .filter(({ node }) =>
              [node.correction]
                .flat()
                .some((c) => String((c as { url?: unknown })?.url).endsWith(`#${correction.id}`)),
            )
            .map(({ node }) => ({ route, node })),
        );
        expect(touched.length, correction.id).toBeGreaterThan(0);
        for (const { node } of touched) {
          const comment = [node.correction]
            .flat()
            .find((c) => String((c as { url?: unknown }).url).endsWith(`#${correction.id}`));
          expect(comment).toMatchObject({
            '@type': 'CorrectionComment',
            datePublished: correction.date.iso,
          });
          expect(String(node.dateModified) >= correction.date.iso).toBe(true);
        }
      }
    });
  }

  test("every graph of every site uses schema.org's types and properties (schema-dts)", () => {
    // One TypeScript program for all four sites: loading the vocabulary's types is the slow part.
    test.setTimeout(300_000);
    const graphs = SITE_NAMES.flatMap((site) =>
      graphsOf(site).map(({ route, data }) => ({ name: `${site} ${route}`, data })),
    );
    expect(graphs.length).toBeGreaterThan(30);
    expect(schemaOrgProblems(graphs)).toEqual([]);
  });

  test('the checks find the problems the validators reported', async () => {
    test.setTimeout(120_000);
    const site = { dist: dist('real'), baseUrl: baseUrl('real') };
    const graphs = graphsOf('real');
    const broken = structuredClone(graphs);
    const brokenTimeline = broken.find((g) => g.route === '/timeline/')!.data as {
      mainEntity: { itemListElement: { item: Record<string, unknown> }[] };
    };
    delete brokenTimeline.mainEntity.itemListElement[0]!.item.location;
    const brokenArticle = broken.find((g) => isReport(g.route))!.data as Record<string, unknown>;
    delete brokenArticle.dateModified;
    (brokenArticle.publisher as Record<string, unknown>).logo = `${site.baseUrl}favicon.png`;
    const [gone, retyped] = brokenArticle.mentions as Record<string, unknown>[];
    gone!['@id'] = `${site.baseUrl}glossary/#no-such-term`;
    retyped!['@type'] = 'Legislation';
    const problems = (await richResultProblems(site, broken)).join('\n');
    expect(problems).toContain('Event lacks location');
    expect(problems).toContain('NewsArticle lacks dateModified');
    expect(problems).toMatch(/publisher.logo is \d+x\d+: Google wants 112x112 or more/);
    expect(problems).toContain('#no-such-term is neither an anchor nor a node of the page');
    expect(problems).toMatch(
      /is typed Legislation on \/articles\/.* but DefinedTerm on \/glossary\//,
    );

    const context = 'https://schema.org';
    const vocabulary = schemaOrgProblems([
      // The timeline as it was: an ItemList has no dateModified (it is no CreativeWork).
      {
        name: 'list',
        data: { '@context': context, '@type': 'ItemList', dateModified: '2026-11-30' },
      },
      { name: 'type', data: { '@context': context, '@type': 'NewsArticel', headline: 'x' } },
      // schema.org wants a Distance or a QuantitativeValue for a width, not a number.
      { name: 'logo', data: { '@context': context, '@type': 'ImageObject', url: 'x', width: 512 } },
    ]);
    expect(vocabulary).toHaveLength(3);
    expect(vocabulary[0]).toMatch(/^list: .*'"dateModified"' does not exist in type .*ItemList/);
    expect(vocabulary[1]).toMatch(/^type: .*NewsArticel/);
    expect(vocabulary[2]).toMatch(/^logo: .*"width"/);

    const page = { '@context': context, '@type': 'WebPage', name: 'x' };
    expect(await jsonLdSyntaxProblems({ ...page, '@id': '/relative/' })).toEqual([
      'JSON-LD: Relative @id reference found.',
    ]);
    expect(await jsonLdSyntaxProblems({ ...page, '@foo': 1 })).toEqual([
      'JSON-LD: Dropping property that did not expand into an absolute IRI or keyword.',
    ]);
    // No context is fetched: an unknown one fails instead of going to the network.
    expect(await jsonLdSyntaxProblems({ ...page, '@context': 'https://example.com/c' })).toEqual([
      expect.stringContaining('URL: "https://example.com/c"'),
    ]);
  });
});

test.describe('canonical addresses', () => {
  for (const site of SITE_NAMES) {
    test(`${site}: every canonical address names the page that carries it`, () => {
      for (const route of builtPages(site)) {
        const html = readFileSync(fileOfRoute(dist(site), route), 'utf8');
        const canonical = canonicalOf(html);
        expect(siteUrlProblem(dist(site), baseUrl(site), canonical), route).toBeNull();
        expect(fileOfUrl(dist(site), baseUrl(site), canonical), route).toBe(
          fileOfRoute(dist(site), route),
        );
      }
    });
  }
});

test.describe('_headers for static hosts', () => {
  const text = readFileSync('public/_headers', 'utf8');

  test('every page gets the security headers, and no obsolete header or directive', () => {
    expect(headersProblems(text)).toEqual([]);
    expect(text).not.toMatch(/interest-cohort/i);
    // The build publishes the file as it is.
    expect(readFileSync(path.join(dist('real'), '_headers'), 'utf8')).toBe(text);
  });

  test('the check finds an obsolete directive and a missing header', () => {
    const broken = text
      .replace('geolocation=()', 'geolocation=(), interest-cohort=()')
      .replace(/^\s+X-Content-Type-Options:.*\n/m, '')
      .replace('/*\n', '/*\n  X-XSS-Protection: 1; mode=block\n');
    const problems = headersProblems(broken).join('\n');
    expect(problems).toContain('the feature interest-cohort is obsolete');
    expect(problems).toContain('x-content-type-options is missing');
    expect(problems).toContain('x-xss-protection: 1; mode=block (obsolete');
  });
});
