import { expect, test } from '@playwright/test';
import { normalizeText } from '../../src/lib/article-text.ts';
import { contentOf } from './content.ts';
import { ownWords } from './site.ts';

test.describe('the timeline', () => {
  test('shows exactly the events of content/, in date order, each with a valid datetime', async ({
    page,
  }) => {
    await page.goto('/timeline/');
    const shown = await page.locator('li.event').evaluateAll((items) =>
      items.map((li) => ({
        id: li.id,
        datetime: li.querySelector('.when time')?.getAttribute('datetime') ?? '',
      })),
    );
    const events = contentOf().events;
    expect(shown.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (const { id, datetime } of shown) {
      expect(datetime, id).toBe(events.find((e) => e.id === id)?.date.iso);
    }
    const days = shown.map((e) => e.datetime.padEnd(10, '-01').slice(0, 10).replace(/--/g, '-01'));
    expect([...days].sort()).toEqual(days);
  });

  test('each badge says what the article gives and what a source gives, no more', async ({
    page,
  }) => {
    await page.goto('/timeline/');
    for (const event of contentOf().events) {
      const badges = (
        await page.locator(`li.event[id="${event.id}"] .badges .badge`).allTextContents()
      ).map((text) => text.replace(/\s+/g, ' ').trim());
      const expected = !event.evidence.quoted
        ? ['Context']
        : event.evidence.dateFrom === 'source'
          ? ['In the article', 'Date from a source']
          : ['In the article'];
      expect(badges, event.id).toEqual(expected);
    }
    // The findings of the fact-check: "Since 2018" does not give 23 March 2018, nor "in March" a
    // day.
    for (const id of ['tariffs-in-force', 'raimondo-takes-office']) {
      await expect(page.locator(`li.event[id="${id}"] .badges`)).toContainText(
        'Date from a source',
      );
    }
  });

  test('every evidence link leads to a sentence that holds the quote', async ({
    page,
    context,
  }) => {
    await page.goto('/timeline/');
    const quotes = await page
      .locator('.evidence a[href*="/articles/"]:not(.words-link)')
      .evaluateAll((links) =>
        links.map((a) => ({
          href: a.getAttribute('href') ?? '',
          text: (a.textContent ?? '').replace(/^“|”$/g, ''),
        })),
      );
    expect(quotes.length).toBeGreaterThan(10);
    const article = await context.newPage();
    for (const { href, text } of quotes) {
      const [path = '', id] = href.split('#');
      if (article.url() !== new URL(path, page.url()).href) await article.goto(path);
      // A quote may run on into the next sentence: the one linked holds its start.
      const sentence = normalizeText(await ownWords(article, `[id="${id}"]`));
      expect(sentence, href).toContain(normalizeText(text).split(' ').slice(0, 3).join(' '));
    }
  });

  test('the agreement to negotiate follows the morning meeting it came out of', async ({
    page,
  }) => {
    await page.goto('/timeline/');
    const order = await page.locator('li.event').evaluateAll((items) => items.map((li) => li.id));
    expect(order.indexOf('agreement-to-negotiate')).toBe(
      order.indexOf('hagiuda-raimondo-meeting') + 1,
    );
    expect(order.indexOf('hayashi-raimondo-meeting')).toBeGreaterThan(
      order.indexOf('agreement-to-negotiate'),
    );
  });
});

test.describe('the Section 232 explainer', () => {
  test('has its sections at stable ids', async ({ page }) => {
    await page.goto('/tariffs/');
    for (const id of [
      'what-is-section-232',
      'rates',
      'who-pays',
      'eu-and-japan',
      'example',
      'since-2021',
    ]) {
      await expect(page.locator(`h2[id="${id}"]`)).toHaveCount(1);
    }
  });

  test(
    'draws the chart with a title and a description, and its table matches the general ' +
      'measures',
    async ({ page }) => {
      await page.goto('/tariffs/');
      const chart = page.locator('figure.rate-chart svg.wide');
      await expect(chart).toHaveAttribute('role', 'img');
      await expect(chart.locator('title')).toHaveText(/General duty on aluminum and steel/);
      await expect(chart.locator('desc')).toHaveText(/Steel: .*25% from 23 Mar 2018/);
      expect(await chart.locator('path.series').count()).toBe(2);
      // A group of rows a product, under its heading: [product, rate, instrument] a row.
      const rows = await page
        .locator('figure.rate-chart + .table-wrap tbody')
        .evaluateAll((groups) =>
          groups.flatMap((group) =>
            [...group.querySelectorAll('tr:has(td)')].map((tr) => [
              group.querySelector('th.group')?.textContent?.toLowerCase(),
              ...[...tr.querySelectorAll('td')].slice(1).map((cell) => cell.textContent?.trim()),
            ]),
          ),
        );
      const general = contentOf().measures.filter((m) => m.countries === undefined);
      expect(rows).toHaveLength(general.length);
      for (const measure of general)
        expect(rows, measure.id).toContainEqual([
          measure.product,
          `${measure.rate}%`,
          measure.instrument,
        ]);
    },
  );

  test(
    'shows the rates as reported beside the rates as of the site’s date, each with to whom ' +
      'it applied',
    async ({ page }) => {
      await page.goto('/tariffs/');
      const table = page.locator('section[aria-labelledby="rates"] .rates-table').first();
      await expect(table.locator('thead')).toContainText('As reported on 15 Nov 2021');
      const steel = table.locator('tbody tr', { hasText: 'Steel' });
      await expect(steel).toContainText('25%');
      await expect(steel).toContainText('On goods from most countries.');
      await expect(table.locator('tbody tr', { hasText: 'Aluminum' })).toContainText(
        'Russia (200%)',
      );
    },
  );

  test(
    'on a phone, a period breaks only after its dash, and each measure names its product in ' +
      'its rate',
    async ({ page }) => {
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto('/tariffs/');
        // The text just before each line break inside the dates of a table's cells (a phone's
        // hidden column headings, one pixel wide, are left out).
        const breaks = await page.locator('table td time').evaluateAll((times) =>
          times.flatMap((time) => {
            const text = time.textContent ?? '';
            const node = time.firstChild!;
            const tops = [...text].map((_, i) => {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              return Math.round(range.getBoundingClientRect().top);
            });
            return tops.flatMap((top, i) =>
              i > 0 && top > tops[i - 1]! ? [text.slice(0, i)] : [],
            );
          }),
        );
        expect(breaks.length, `some period breaks at ${width}px`).toBeGreaterThan(0);
        for (const before of breaks) expect(before, `at ${width}px`).toMatch(/– $/);
        const rate = page.locator('.rate-history td.rate').first();
        expect(await rate.evaluate((cell) => getComputedStyle(cell, '::before').content)).toMatch(
          /^"Rate on (aluminum|steel): "$/,
        );
        await expect(rate.locator('.product')).toBeHidden();
      }
    },
  );

  test('sets the quota deals side by side, and backs each "no quota" with its sources', async ({
    page,
  }) => {
    await page.goto('/tariffs/');
    const table = page.locator('table.quota-table');
    const partners = await table.locator('thead th[scope="col"]').allInnerTexts();
    const quotas = contentOf().measures.filter((m) => m.inQuotaRate !== undefined);
    expect(partners.slice(1)).toEqual([...new Set(quotas.map((m) => m.countries!.join(', ')))]);
    let none = 0;
    for (const row of await table.locator('tbody tr').all()) {
      const product = (await row.locator('th').innerText()).toLowerCase();
      for (const [i, partner] of partners.slice(1).entries()) {
        const cell = row.locator('td').nth(i);
        const quota = quotas.find(
          (m) => m.product === product && m.countries!.join(', ') === partner,
        );
        if (quota) {
          await expect(cell, `${partner} ${product}`).toContainText(
            `Within the quota: ${quota.inQuotaRate}%. Above it: ${quota.rate}%.`,
          );
        } else {
          none += 1;
          await expect(cell).toContainText('No quota: the general duty applied.');
          // The documents of the quota the partner did get say what it covered.
          await expect(cell.locator('.evidence a').first()).toBeVisible();
        }
      }
    }
    expect(none, 'Japan got no quota for aluminum').toBeGreaterThan(0);
  });

  test('works the example through from the measures', async ({ page }) => {
    await page.goto('/tariffs/');
    const example = page.locator('table.worked-example');
    await expect(example.locator('caption')).toHaveText(
      'Section 232 duty on a shipment worth $1,000,000, at the general rate',
    );
    await expect(example.locator('tr', { hasText: '10%' })).toContainText('$100,000');
    await expect(example.locator('tr', { hasText: '50%' }).first()).toContainText('$500,000');
  });

  test(
    'the calculator takes the country of origin and, where a quota applies, whether the ' +
      'goods are within it',
    async ({ page }) => {
      await page.goto('/tariffs/');
      const calculator = page.getByRole('form', { name: 'Work it out for another shipment' });
      const output = calculator.locator('output');
      await calculator.getByLabel('Customs value, US$').fill('2000000');
      await calculator.getByLabel('Product').selectOption({ label: 'Steel' });
      await calculator.getByLabel('Day of entry').fill('2021-11-15');
      await expect(output).toHaveText(
        '25% (the general rate, under Proclamation 9705): a Section 232 duty of $500,000, before ' +
          'ordinary duties and fees.',
      );
      await calculator.getByLabel('Country of origin').selectOption('Japan');
      // The quota question only where a quota applied: not before Japan's began.
      await expect(calculator.getByLabel('Within the country’s quota')).toBeHidden();
      await calculator.getByLabel('Day of entry').fill('2023-01-10');
      await expect(calculator.getByLabel('Within the country’s quota')).toBeVisible();
      await calculator.getByLabel('Within the country’s quota').check();
      await expect(output).toHaveText(
        /^0% \(the rate for the country of origin, Japan, under Proclamation of 31 March 2022\)/,
      );
      await calculator.getByLabel('Country of origin').selectOption('United Kingdom');
      await calculator.getByLabel('Day of entry').fill('2025-07-01');
      await expect(output).toHaveText(
        /^25% \(the rate for the country of origin, United Kingdom, under Proclamation 10947\)/,
      );
      await calculator.getByLabel('Country of origin').selectOption('Canada');
      await calculator.getByLabel('Day of entry').fill('2020-06-01');
      await expect(output).toHaveText(/^0% \(the rate for the country of origin, Canada/);
      await calculator.getByLabel('Country of origin').selectOption('Brazil');
      await expect(output).toHaveText(/The duty is not worked out here\.$/);
      // Brazil's and South Korea's arrangements covered steel: their aluminum paid the duty
      // once a short exemption ended in 2018.
      await calculator.getByLabel('Product').selectOption({ label: 'Aluminum' });
      await calculator.getByLabel('Day of entry').fill('2021-11-15');
      // Past the day the rates were checked, the calculator says it does not know.
      await calculator.getByLabel('Day of entry').fill('2030-01-01');
      await expect(output).toHaveText(/^The rates here are as of \d+ \w+ \d{4}; later ones are/);
      await calculator.getByLabel('Day of entry').fill('2021-11-15');
      await expect(output).toHaveText(/^10% \(the general rate, under Proclamation 9704\)/);
      // Canada's exemption had a gap of a fortnight for one kind of aluminum in 2020.
      await calculator.getByLabel('Country of origin').selectOption('Canada');
      await calculator.getByLabel('Day of entry').fill('2020-08-20');
      await expect(output).toHaveText(
        /^Under Proclamation 10060: Non-alloyed unwrought aluminum paid 10%, other aluminum /,
      );
      await calculator.getByLabel('Day of entry').fill('2020-09-01');
      await expect(output).toHaveText(/^0% \(the rate for the country of origin, Canada/);
      // The UK's quota, within and above it.
      await calculator.getByLabel('Country of origin').selectOption('United Kingdom');
      await calculator.getByLabel('Day of entry').fill('2023-01-10');
      await calculator.getByLabel('Within the country’s quota').check();
      await expect(output).toHaveText(/^0% \(the rate for the country of origin, United Kingdom/);
      await calculator.getByLabel('Within the country’s quota').uncheck();
      await expect(output).toHaveText(/^10% \(the rate for the country of origin, United Kingdom/);
      await calculator.getByLabel('Day of entry').fill('2021-11-15');
      await calculator.getByLabel('Country of origin').selectOption('South Korea');
      await expect(output).toHaveText(/^10% \(the general rate, under Proclamation 9704\)/);
      await calculator.getByLabel('Day of entry').fill('2018-04-15');
      await expect(output).toHaveText(/^0% \(the rate for the country of origin, South Korea,/);
      await calculator.getByLabel('Product').selectOption({ label: 'Steel' });
      await calculator.getByLabel('Day of entry').fill('2017-06-01');
      await expect(output).toHaveText('No Section 232 duty applied on that day.');
      await calculator.getByLabel('Customs value, US$').fill('');
      await expect(output).toHaveText('Enter a value of 0 or more and a day.');
    },
  );

  test('without its measures (offline, or the file gone) the calculator stays hidden', async ({
    page,
  }) => {
    const asked: string[] = [];
    await page.route('**/measures.json', (route) => {
      asked.push(route.request().url());
      return route.fulfill({ status: 404, body: 'Not found' });
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/tariffs/');
    await expect.poll(() => asked.length).toBe(1);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('form.calculator')).toBeHidden();
    await expect(page.locator('table.worked-example')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the calculator stays hidden and the worked example stands', async ({ page }) => {
      await page.goto('/tariffs/');
      await expect(page.locator('form.calculator')).toBeHidden();
      await expect(page.locator('table.worked-example')).toBeVisible();
    });
  });
});

test.describe('the front page', () => {
  test(
    'leads with the story, then the report, then 5 to 7 key facts as of now, each with its ' +
      'evidence',
    async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('h1')).toHaveText(contentOf().site.story.title);
      await expect(page.locator('.latest h3 a')).toHaveAttribute(
        'href',
        '/articles/japan-us-tariff-talks/',
      );
      const facts = page.locator('.glance li');
      const count = await facts.count();
      expect(count).toBeGreaterThanOrEqual(5);
      expect(count).toBeLessThanOrEqual(7);
      for (let i = 0; i < count; i += 1)
        expect(await facts.nth(i).locator('.fact-evidence a').count()).toBeGreaterThan(0);
    },
  );

  test('leads to every part of the site', async ({ page }) => {
    await page.goto('/');
    const links = await page
      .locator('main a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining([
        '/timeline/',
        '/tariffs/',
        '/glossary/',
        '/briefing/',
        '/articles/japan-us-tariff-talks/',
      ]),
    );
  });
});

test.describe('the truth of the pages', () => {
  test('no page says "every country"', async ({ page }) => {
    for (const path of [
      '/',
      '/tariffs/',
      '/timeline/',
      '/glossary/',
      '/briefing/',
      '/sources/',
      '/corrections/',
    ]) {
      await page.goto(path);
      expect(await page.locator('body').innerText(), path).not.toMatch(/every country/i);
    }
  });

  test('the sources cite real titles in <cite> and describe the rest in brackets', async ({
    page,
  }) => {
    await page.goto('/sources/');
    const sources = contentOf().sources;
    for (const source of sources) {
      const item = page.locator(`li[id="${source.id}"]`);
      if (source.title) await expect(item.locator('cite')).toHaveText(source.title);
      else {
        await expect(item.locator('cite')).toHaveCount(0);
        await expect(item.locator('.description')).toHaveText(`[${source.description}]`);
      }
    }
    // The site's headline is never cited as the wire's.
    await expect(page.locator('li[id^="report-"] cite')).toHaveCount(0);
  });

  test('a correction beside several items of a page reads in full once, then points to it', async ({
    page,
  }) => {
    let repeated = 0;
    for (const path of ['/', '/timeline/', '/tariffs/', '/glossary/', '/sources/']) {
      await page.goto(path);
      const notes = await page.locator('.correction-note').evaluateAll((all) =>
        all.map((note) => ({
          ownId: note.id,
          href: note.querySelector('a')!.getAttribute('href')!,
          full: note.querySelector('.now') !== null,
          text: note.textContent!.replace(/\s+/g, ' ').trim(),
        })),
      );
      const idOf = (href: string) =>
        href
          .replace(/^#corrected-/, '')
          .split('#')
          .at(-1)!;
      for (const id of new Set(notes.map((note) => idOf(note.href)))) {
        const [first, ...later] = notes.filter((note) => idOf(note.href) === id);
        expect(first, `${path} ${id}`).toMatchObject({
          full: true,
          ownId: `corrected-${id}`,
          href: expect.stringMatching(new RegExp(`/corrections/#${id}$`)),
        });
        for (const again of later) {
          expect(again.text, `${path} ${id}`).toMatch(/^Corrected .+, as noted above\.$/);
          expect(again.href, `${path} ${id}`).toBe(`#corrected-${id}`);
        }
        repeated += later.length;
      }
    }
    expect(repeated, 'some correction is beside several items of a page').toBeGreaterThan(0);
  });

  test('the corrections are on their page, beside their items, and in the feed', async ({
    page,
    request,
  }) => {
    const corrections = contentOf().corrections;
    await page.goto('/corrections/');
    await expect(page.locator('li.correction')).toHaveCount(corrections.length);
    // Each under a heading of its own, which names what it corrected; its date follows.
    await expect(page.locator('li.correction > h2')).toHaveCount(corrections.length);
    // A report is named as citations name it: the headline may be the site's, and corrected.
    await expect(page.locator('[id="wire-headline"] h2')).toHaveText(
      'Report: Agencies, Tokyo, 15 Nov 2021',
    );
    await expect(page.locator('[id="wire-headline"] h2 + p')).toHaveText('Corrected 30 Nov 2026');
    // On the timeline in full where it first shows, the earlier of the two events it touched.
    await page.goto('/timeline/');
    await expect(page.locator('li.event[id="eu-exemption-ends"] .correction-note')).toContainText(
      '22 June 2018',
    );
    await expect(page.locator('li.event[id="eu-retaliation"] .correction-note')).toHaveText(
      /as noted above/,
    );
    const feed = await (await request.get('/rss.xml')).text();
    for (const c of corrections) expect(feed).toContain(`/corrections/#${c.id}`);
  });
});
