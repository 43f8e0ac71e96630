/**
 * The fixture stories (one, two and five invented articles, and one too long
 * for one page of timeline or glossary), as readers meet them: each page
 * credits and dates the right report, every quote is tied to its own report,
 * and the navigation, timeline and briefing cover the story as of now.
 */
import { expect, test, type Page } from '@playwright/test';
import { normalizeText } from '../../src/lib/article-text.ts';
import { firstDay } from '../../src/lib/calendar.ts';
import { contentOf } from './content.ts';
import { ownWords, siteUrl } from './site.ts';

test.describe('a story of one report', () => {
  test('calls it "Article" in the navigation and credits it on its page only', async ({ page }) => {
    await page.goto(siteUrl('one'));
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Article' }),
    ).toHaveAttribute('href', '/articles/widget-talks-open/');
    await expect(page.locator('.site-footer')).not.toContainText('Test Wire');
    await page.goto(siteUrl('one', '/articles/widget-talks-open/'));
    await expect(page.locator('.byline')).toContainText('By Test Wire');
    await expect(page.locator('.credit')).toHaveText('— Test Wire');
    await expect(page.locator('.headline-note')).toHaveText(
      'Headline by Test Story Desk: the report has none of its own',
    );
  });

  test('the briefing is based on that report', async ({ page }) => {
    await page.goto(siteUrl('one', '/briefing/'));
    await expect(page.locator('.brief-meta').first()).toContainText(
      'Based on the wire report of 6 Mar 2023 (Test Wire, Testville)',
    );
  });
});

test.describe('a story of two reports', () => {
  const reports = () => contentOf('two').articles;

  test('each report page credits and dates its own report, and links the other', async ({
    page,
  }) => {
    for (const report of reports()) {
      await page.goto(siteUrl('two', `/articles/${report.id}/`));
      await expect(page.locator('.kicker').first()).toHaveText(`${report.dateline} · Wire report`);
      await expect(page.locator('.byline')).toContainText(`By ${report.credit}`);
      await expect(page.locator('.byline time')).toHaveAttribute('datetime', report.published.iso);
      await expect(page.locator('.credit')).toHaveText(`— ${report.credit}`);
    }
    await page.goto(siteUrl('two', '/articles/widget-deal/'));
    await expect(page.locator('.report-nav')).toContainText('Report before');
    await expect(page.locator('.report-nav a')).toHaveAttribute(
      'href',
      '/articles/widget-talks-open/',
    );
  });

  test('the older report says what changed since it', async ({ page }) => {
    await page.goto(siteUrl('two', '/articles/widget-talks-open/'));
    const since = page.locator('.since');
    await expect(since.getByRole('heading')).toHaveText('Since this report');
    await expect(since.locator('li a')).toHaveText([
      'The ministers meet again',
      'A deal cuts the duty',
      'The lower duty takes effect',
    ]);
    // Its byline says so before a reader takes its figures for today's.
    await page.locator('.byline').getByRole('link', { name: 'What has happened since' }).click();
    await expect(page).toHaveURL(/#since-this-report$/);
    await expect(since.getByRole('heading')).toBeInViewport();
    // A report with nothing after it says nothing.
    await page.goto(siteUrl('five', '/articles/widget-duty-ends/'));
    await expect(page.locator('.since')).toHaveCount(0);
    await expect(page.locator('.byline a')).toHaveCount(0);
  });

  test('a report followed by more events than it lists says which it shows', async ({ page }) => {
    await page.goto('/articles/japan-us-tariff-talks/');
    const since = page.locator('.since');
    // What content/ holds after the report's day, in date order.
    const { articles, events } = contentOf();
    const published = articles.find((a) => a.id === 'japan-us-tariff-talks')!.published.iso;
    const later = events
      .filter((event) => firstDay(event.date) > published)
      .sort((a, b) => firstDay(a.date).localeCompare(firstDay(b.date)));
    const shown = await since
      .locator('li time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(later.length).toBeGreaterThan(shown.length);
    // The latest ones, the newest last; the note counts them all.
    expect(shown).toEqual(later.slice(-shown.length).map((event) => event.date.iso));
    // As shown on a screen: the timeline's address after the link is for paper.
    expect(await since.locator('p').innerText()).toBe(
      `The latest ${shown.length} of ${later.length}. Everything in order: the timeline.`,
    );
  });

  test('"Reports" lists every report, newest first, with date, dateline, credit and dek', async ({
    page,
  }) => {
    await page.goto(siteUrl('two'));
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await expect(page).toHaveURL(siteUrl('two', '/articles/'));
    const items = page.locator('.reports .report-card');
    await expect(items.locator('h2')).toHaveText([
      'Test story: a deal cuts the widget duty',
      'Test story: Ruritania and Freedonia open talks on the widget duty',
    ]);
    await expect(items.first().locator('.report-meta')).toHaveText(
      '14 Apr 2023 · Sampleton · Example News Service · Headline by Test Story Desk',
    );
    await expect(items.first().locator('.report-dek')).toHaveText(
      "A second test article, written for the site's tests.",
    );
  });

  test('the front page leads with the story, then the latest report, then the key facts', async ({
    page,
  }) => {
    await page.goto(siteUrl('two'));
    const order = await page.locator('main h1, main h2').allTextContents();
    expect(order.slice(0, 3)).toEqual([
      'Test story: the widget duty talks',
      'The latest report',
      'At a glance, as of 1 Feb 2024',
    ]);
    await expect(page.locator('.latest h3')).toHaveText('Test story: a deal cuts the widget duty');
    await expect(page.locator('#earlier-reports ~ .report-card h3')).toHaveText(
      'Test story: Ruritania and Freedonia open talks on the widget duty',
    );
  });

  test(
    'every quote on the timeline names its report and leads to a sentence of it that holds ' +
      'the words',
    async ({ page, context }) => {
      await page.goto(siteUrl('two', '/timeline/'));
      const quotes = await page.locator('.evidence p:has(.label)').evaluateAll((ps) =>
        ps
          .filter((p) => p.querySelector('a')?.getAttribute('href')?.includes('/articles/'))
          .map((p) => ({
            label: p.querySelector('.label')?.textContent ?? '',
            href: p.querySelector('a')?.getAttribute('href') ?? '',
            text: (p.querySelector('a')?.textContent ?? '').replace(/^“|”$/g, ''),
          })),
      );
      expect(quotes.length).toBe(contentOf('two').events.filter((e) => e.evidence.quote).length);
      const article = await context.newPage();
      for (const quote of quotes) {
        const report = reports().find((r) => quote.href.startsWith(`/articles/${r.id}/`));
        expect(report, quote.href).toBeDefined();
        expect(quote.label).toBe(
          `The report of ${report?.published.iso === '2023-04-14' ? '14 Apr 2023' : '6 Mar 2023'}:`,
        );
        const [path = '', id] = quote.href.split('#');
        await article.goto(siteUrl('two', path));
        expect(normalizeText(await ownWords(article, `[id="${id}"]`))).toContain(
          normalizeText(quote.text).split(' ').slice(0, 3).join(' '),
        );
      }
    },
  );

  test('the tariffs page gives the rates as reported on the date of the report it cites', async ({
    page,
  }) => {
    await page.goto(siteUrl('two', '/tariffs/'));
    await expect(page.locator('.rates-table thead')).toContainText('As reported on 6 Mar 2023');
    await expect(page.locator('.rates-table tbody tr').first()).toContainText('20%');
  });

  test('the glossary groups the sentences that use a term by report', async ({ page }) => {
    await page.goto(siteUrl('two', '/glossary/'));
    const uses = page.locator('article.entry:has(#widget-duty) .used-in');
    await expect(uses.locator('h4')).toHaveText('In the reports');
    await expect(uses.locator('.report-name')).toHaveText([
      'The report of 14 Apr 2023',
      'The report of 6 Mar 2023',
    ]);
  });

  test(
    'the briefing covers the story as of now: what each report said, by date, with its own ' +
      'citation',
    async ({ page }) => {
      await page.goto(siteUrl('two', '/briefing/'));
      await expect(page.locator('#reported')).toHaveText('The events in the reports');
      await expect(page.locator('h3.report-name')).toHaveText([
        /^The report of 6 Mar 2023 \(Test Wire, Testville\)/,
        /^The report of 14 Apr 2023 \(Example News Service, Sampleton\)/,
      ]);
      await expect(page.locator('.brief-sources li').nth(0)).toContainText(
        'Test Wire, [wire report from Testville, no headline], 6 Mar 2023',
      );
      await expect(page.locator('.brief-sources li').nth(1)).toContainText(
        'Example News Service, [wire report from Sampleton, no headline], 14 Apr 2023',
      );
    },
  );
});

test.describe('a story of five reports', () => {
  test('each report links the one before and after it, in order of publication', async ({
    page,
  }) => {
    const ids = contentOf('five').articles.map((a) => a.id);
    const ordered = [...contentOf('five').articles].sort((a, b) =>
      a.published.iso.localeCompare(b.published.iso),
    );
    expect(ordered).toHaveLength(5);
    for (const [i, report] of ordered.entries()) {
      await page.goto(siteUrl('five', `/articles/${report.id}/`));
      const links = await page
        .locator('.report-nav a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const expected = [ordered[i - 1], ordered[i + 1]]
        .filter((r) => r)
        .map((r) => `/articles/${r?.id}/`);
      expect(links, report.id).toEqual(expected);
    }
    expect(ids).toHaveLength(5);
  });

  test(
    'the timeline holds every event, the later ones in their era; the briefing the latest ' +
      'three reports and where the rest are',
    async ({ page }) => {
      await page.goto(siteUrl('five', '/timeline/'));
      await expect(page.locator('li.event')).toHaveCount(contentOf('five').events.length);
      await expect(page.locator('section:has(#after) li.event')).toHaveCount(3);
      await page.goto(siteUrl('five', '/briefing/'));
      // The latest three, in full; the two before them, by the page that lists them.
      await expect(page.locator('h3.report-name')).toHaveCount(3);
      await expect(page.locator('.earlier-reports')).toHaveText(
        '2 earlier reports are among all the reports.',
      );
      await expect(page.locator('.brief-meta').first()).toContainText('Based on 5 wire reports');
    },
  );
});

test.describe('a story too long for one page of timeline or glossary', () => {
  /** The pages a list's own page leads to, and the ids of the items on each. */
  async function itemsByPart(page: Page, list: '/timeline/' | '/glossary/', items: string) {
    await page.goto(siteUrl('long', list));
    const nav = page.getByRole('navigation', { name: `Pages of the ${list.slice(1, -1)}` });
    const hrefs = await nav
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    // The list's own page lists the pages, and holds none of the items.
    await expect(page.locator(items)).toHaveCount(0);
    const found: Record<string, string[]> = {};
    for (const href of hrefs) {
      await page.goto(siteUrl('long', href));
      await expect(
        page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: /Timeline|Glossary/ })
          .and(page.locator('[aria-current="true"]')),
      ).toHaveAttribute('href', list);
      await expect(page.locator(`nav a[href="${href}"]`)).toHaveAttribute('aria-current', 'page');
      found[href] = await page.locator(items).evaluateAll((els) => els.map((el) => el.id));
    }
    return found;
  }

  test(
    'the timeline is cut by year, and its busiest ' + 'year by month, each event on one page',
    async ({ page }) => {
      const found = await itemsByPart(page, '/timeline/', 'li.event');
      expect(Object.keys(found)).toEqual([
        '/timeline/2020/',
        '/timeline/2021/',
        ...Array.from(
          { length: 12 },
          (_, m) => `/timeline/2022-${String(m + 1).padStart(2, '0')}/`,
        ),
        '/timeline/2023/',
      ]);
      const shown = Object.values(found).flat();
      expect(shown.toSorted()).toEqual(
        contentOf('long')
          .events.map((e) => e.id)
          .toSorted(),
      );
      await page.goto(siteUrl('long', '/timeline/2022-05/'));
      await expect(page.locator('h1')).toHaveText('Timeline: May 2022');
      await expect(page).toHaveTitle(/^Timeline: May 2022 · /);
    },
  );

  test('the glossary is cut into terms, and people and institutions by letter', async ({
    page,
  }) => {
    const found = await itemsByPart(page, '/glossary/', 'article.entry dfn');
    const { glossary } = contentOf('long');
    const kind = (id: string) => glossary.find((g) => g.id === id)!.kind;
    const term = (id: string) => glossary.find((g) => g.id === id)!.term.toLowerCase();
    expect(Object.keys(found)[0]).toBe('/glossary/terms/');
    expect(found['/glossary/terms/']!.every((id) => ['term', 'law'].includes(kind(id)))).toBe(true);
    for (const [href, ids] of Object.entries(found).slice(1)) {
      const letter = /\/glossary\/people-([a-z])\/$/.exec(href)?.[1];
      expect(letter, href).toBeDefined();
      expect(
        ids.every((id) => term(id).startsWith(letter!) && !['term', 'law'].includes(kind(id))),
        `${href}: ${ids}`,
      ).toBe(true);
    }
    const shown = Object.values(found).flat();
    expect(shown.toSorted()).toEqual(
      contentOf('long')
        .glossary.map((g) => g.id)
        .toSorted(),
    );
  });

  test('a link made while the list was one page goes on to the page that holds its item', async ({
    page,
  }) => {
    await page.goto(siteUrl('long', '/timeline/#long-2022-11'));
    await expect(page).toHaveURL(siteUrl('long', '/timeline/2022-05/#long-2022-11'));
    await expect(page.locator('li.event:target')).toHaveId('long-2022-11');
    // A page that moved: its address answers with the 404 page, which sends the link on too.
    await page.goto(siteUrl('long', '/timeline/2022/#long-2022-11'));
    await expect(page).toHaveURL(siteUrl('long', '/timeline/2022-05/#long-2022-11'));
    await page.goto(siteUrl('long', '/glossary/#test-office-07'));
    await expect(page).toHaveURL(/\/glossary\/people-[a-z]\/#test-office-07$/);
    await expect(page.locator('#test-office-07')).toBeInViewport();
  });
});
