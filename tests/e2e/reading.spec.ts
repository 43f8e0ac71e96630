import { expect, test } from '@playwright/test';
import { wordsOf } from '../../src/lib/article-text.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import {
  ARTICLE_PATH,
  builtPages,
  isInViewport,
  mainTextWithoutEnhancements,
  ownWords,
  screenshotWidthsAndSchemes,
  seedText,
} from './site.ts';

test.describe('the article page', () => {
  test('holds every word of the seed, in order', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    expect(wordsOf(await ownWords(page, '.article-body'))).toEqual(wordsOf(seedText()));
  });

  test('gives every paragraph and sentence an id', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const paragraphs = page.locator('.article-body > p[id^="p"]');
    expect(await paragraphs.count()).toBeGreaterThan(5);
    const sentencesWithoutId = await page.locator('.article-body .sentence:not([id])').count();
    expect(sentencesWithoutId).toBe(0);
    expect(await page.locator('#p4-s2').innerText()).toMatch(
      /^The secretary responded that Washington would prioritize/,
    );
  });

  test('marks relative dates up with <time> and shows the calendar date', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const monday = page.locator('#p1-s1 time').first();
    await expect(monday).toHaveText('Monday');
    await expect(monday).toHaveAttribute('datetime', '2021-11-15');
    await expect(page.locator('#p1-s1 .date-note')).toHaveText('(15 Nov 2021)');
    await expect(page.locator('.sentence time[datetime="2021-11-14"]')).toHaveText('Sunday');
    await expect(page.locator('.sentence time[datetime="2021-11-18"]')).toHaveText('Thursday');
  });

  test('links glossary terms to entries that exist', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const hrefs = await page
      .locator('a.term')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(20);
    await page.goto('/glossary/');
    for (const href of new Set(hrefs)) {
      expect(href).toMatch(/^\/glossary\/#/);
      await expect(page.locator(`[id="${href.split('#')[1]}"]`), href).toHaveCount(1);
    }
  });

  test('opening a sentence link scrolls to it and highlights it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(`${ARTICLE_PATH}#p9-s2`);
    expect(await isInViewport(page, '#p9-s2')).toBe(true);
    const background = await page
      .locator('#p9-s2')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    const other = await page
      .locator('#p9-s1')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(other).toBe('rgba(0, 0, 0, 0)');
  });

  test('the definition preview opens on keyboard focus and closes with Escape', async ({
    page,
  }) => {
    await page.goto(ARTICLE_PATH);
    const firstTerm = page.locator('a.term').first();
    const tip = page.locator('.term-tip').first();
    await expect(tip).toBeHidden();
    for (
      let i = 0;
      i < 40 && !(await firstTerm.evaluate((el) => el === document.activeElement));
      i += 1
    )
      await page.keyboard.press('Tab');
    await expect(firstTerm).toBeFocused();
    await expect(tip).toBeVisible();
    await expect(firstTerm).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });

  test('looks right at phone and desk widths, light and dark', async ({ page }, testInfo) => {
    await screenshotWidthsAndSchemes(page, ARTICLE_PATH, (name) => testInfo.outputPath(name));
  });
});

test.describe('the glossary', () => {
  const glossary = loadContent('content').collections.glossary.map(
    (f) => f.data as { id: string; term: string; aliases?: string[] },
  );

  test('has an entry, as a <dfn> with its id, for every term in content/', async ({ page }) => {
    await page.goto('/glossary/');
    for (const entry of glossary)
      await expect(page.locator(`dfn[id="${entry.id}"]`)).toHaveText(entry.term);
  });

  test('each "In the article" link leads to a sentence that uses the term or an alias', async ({
    page,
    context,
  }) => {
    await page.goto('/glossary/');
    const article = await context.newPage();
    await article.goto(ARTICLE_PATH);
    let checked = 0;
    for (const entry of glossary) {
      const links = page.locator(`article.entry:has(dfn[id="${entry.id}"]) .used-in a`);
      const names = [entry.term, ...(entry.aliases ?? [])].map((n) => n.toLowerCase());
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        expect(href.startsWith(ARTICLE_PATH)).toBe(true);
        const sentence = (
          await article.locator(`[id="${href.split('#')[1]}"]`).innerText()
        ).toLowerCase();
        expect(
          names.some((name) => sentence.includes(name)),
          `${entry.id} → ${href}`,
        ).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  test('opening an entry link scrolls to it and highlights it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto('/glossary/#tariff-rate-quota');
    expect(await isInViewport(page, '#tariff-rate-quota')).toBe(true);
    const background = await page
      .locator('article.entry:has(#tariff-rate-quota)')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('looks right at phone and desk widths, light and dark', async ({ page }, testInfo) => {
    await screenshotWidthsAndSchemes(page, '/glossary/', (name) => testInfo.outputPath(name));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const pagePath of builtPages()) {
    test(`${pagePath} shows all of its content`, async ({ page, browser }) => {
      await page.goto(pagePath);
      const withoutScript = await mainTextWithoutEnhancements(page);
      const scripted = await browser.newPage({ javaScriptEnabled: true });
      await scripted.goto(pagePath);
      const withScript = await mainTextWithoutEnhancements(scripted);
      await scripted.close();
      expect(withoutScript.length).toBeGreaterThan(100);
      expect(withoutScript).toBe(withScript);
      // Nothing but the enhancements is hidden without the script.
      const hidden = await page.locator('main [hidden]:not([data-enhancement])').count();
      expect(hidden).toBe(0);
    });
  }
});
