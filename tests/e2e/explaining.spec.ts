import { expect, test } from '@playwright/test';
import { normalizeText } from '../../src/lib/article-text.ts';
import { contentEvents, contentMeasures } from './content.ts';
import { ownWords, screenshotWidthsAndSchemes } from './site.ts';

test.describe('the timeline', () => {
  test('shows exactly the events of content/, in date order, each with a valid datetime', async ({
    page,
  }) => {
    await page.goto('/timeline/');
    const shown = await page
      .locator('li.event')
      .evaluateAll((items) =>
        items.map((li) => ({
          id: li.id,
          datetime: li.querySelector('.when time')?.getAttribute('datetime') ?? '',
        })),
      );
    const events = contentEvents();
    expect(shown.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (const { id, datetime } of shown) {
      expect(datetime, id).toBe(events.find((e) => e.id === id)!.date.iso);
      expect(datetime).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    const days = shown.map((e) => e.datetime.padEnd(10, '-01').slice(0, 10).replace(/--/g, '-01'));
    expect([...days].sort()).toEqual(days);
  });

  test('tells events the article reports from added context', async ({ page }) => {
    await page.goto('/timeline/');
    const events = contentEvents();
    for (const event of events) {
      const item = page.locator(`li.event[id="${event.id}"]`);
      await expect(item.locator('.badges .badge')).toHaveText(
        event.evidence.quote ? 'In the article' : 'Context',
      );
    }
  });

  test('every evidence link leads to a sentence that holds the quote', async ({
    page,
    context,
  }) => {
    await page.goto('/timeline/');
    const quotes = await page
      .locator('.evidence a[href^="/articles/"]:not(.words-link)')
      .evaluateAll((links) =>
        links.map((a) => ({
          href: a.getAttribute('href')!,
          text: a.textContent!.replace(/^“|”$/g, ''),
        })),
      );
    expect(quotes.length).toBeGreaterThan(10);
    const article = await context.newPage();
    for (const { href, text } of quotes) {
      const [path, id] = href.split('#');
      if (article.url() !== new URL(path!, page.url()).href) await article.goto(path!);
      const sentence = normalizeText(await ownWords(article, `[id="${id}"]`));
      expect(sentence, href).toContain(normalizeText(text));
    }
  });

  test('looks right at phone and desk widths, light and dark', async ({ page }, testInfo) => {
    await screenshotWidthsAndSchemes(page, '/timeline/', (name) => testInfo.outputPath(name));
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

  test('draws the chart with a title and a description, and its table matches the measures', async ({
    page,
  }) => {
    await page.goto('/tariffs/');
    const chart = page.locator('figure.rate-chart svg');
    await expect(chart).toHaveAttribute('role', 'img');
    await expect(chart.locator('title')).toHaveText(/Duty rates/);
    await expect(chart.locator('desc')).toHaveText(/Steel: .*25% from 23 Mar 2018/);
    expect(await chart.locator('.series path').count()).toBe(2);
    const rows = await page
      .locator('figure.rate-chart + .table-wrap tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim())),
      );
    const general = contentMeasures().filter((m) => m.appliesTo === undefined);
    expect(rows).toHaveLength(general.length);
    for (const measure of general) {
      expect(rows, measure.id).toContainEqual(
        expect.arrayContaining([`${measure.rate}%`, measure.instrument]),
      );
    }
  });

  test('shows the rate the article reported beside the rate as of the site’s date', async ({
    page,
  }) => {
    await page.goto('/tariffs/');
    const table = page.locator('.rates-table');
    await expect(table.locator('thead')).toContainText('15 Nov 2021');
    await expect(table.locator('tbody tr', { hasText: 'Steel' })).toContainText('25%');
    await expect(table.locator('tbody tr', { hasText: 'Aluminum' })).toContainText('10%');
  });

  test('works the example through from the measures', async ({ page }) => {
    await page.goto('/tariffs/');
    const example = page.locator('table.worked-example');
    await expect(example.locator('caption')).toHaveText(
      'Additional duty on a shipment worth $1,000,000',
    );
    await expect(example.locator('tr', { hasText: '10%' })).toContainText('$100,000');
    await expect(example.locator('tr', { hasText: '50%' }).first()).toContainText('$500,000');
  });

  test('the calculator works out the duty for a value, a product and a day', async ({ page }) => {
    await page.goto('/tariffs/');
    const calculator = page.getByRole('form', { name: 'Work it out for another shipment' });
    await calculator.getByLabel('Customs value, US$').fill('2000000');
    await calculator.getByLabel('Product').selectOption({ label: 'Steel' });
    await calculator.getByLabel('Day of entry').fill('2021-11-15');
    await expect(calculator.locator('output')).toHaveText(
      '25% under Proclamation 9705: a duty of $500,000, $2,500,000 in all.',
    );
    await calculator.getByLabel('Day of entry').fill('2025-07-01');
    await expect(calculator.locator('output')).toHaveText(
      '50% under Proclamation 10947: a duty of $1,000,000, $3,000,000 in all.',
    );
    await calculator.getByLabel('Day of entry').fill('2017-06-01');
    await expect(calculator.locator('output')).toHaveText(
      'No additional duty applied on that day.',
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the calculator stays hidden and the worked example stands', async ({ page }) => {
      await page.goto('/tariffs/');
      await expect(page.locator('form.calculator')).toBeHidden();
      await expect(page.locator('table.worked-example')).toBeVisible();
    });
  });

  test('looks right at phone and desk widths, light and dark', async ({ page }, testInfo) => {
    await screenshotWidthsAndSchemes(page, '/tariffs/', (name) => testInfo.outputPath(name));
  });
});

test.describe('the front page', () => {
  test('gives 5 to 7 key facts, each with its evidence', async ({ page }) => {
    await page.goto('/');
    const facts = page.locator('.glance li');
    const count = await facts.count();
    expect(count).toBeGreaterThanOrEqual(5);
    expect(count).toBeLessThanOrEqual(7);
    for (let i = 0; i < count; i += 1)
      expect(await facts.nth(i).locator('.fact-evidence a').count()).toBeGreaterThan(0);
  });

  test('leads to every part of the site', async ({ page }) => {
    await page.goto('/');
    const cards = await page
      .locator('.cards a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(cards).toEqual(
      expect.arrayContaining(['/timeline/', '/tariffs/', '/glossary/', '/briefing/']),
    );
    expect(cards.some((href) => href?.startsWith('/articles/'))).toBe(true);
  });

  test('looks right at phone and desk widths, light and dark', async ({ page }, testInfo) => {
    await screenshotWidthsAndSchemes(page, '/', (name) => testInfo.outputPath(name));
  });
});
