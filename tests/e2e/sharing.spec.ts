import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { builtPages, isInViewport } from './site.ts';

const SITE = 'https://tariff-talks.example.org';

test.describe('links to a part of a page', () => {
  for (const [kind, target, selector] of [
    ['an event', '/timeline/#hagiuda-raimondo-meeting', 'li.event#hagiuda-raimondo-meeting'],
    ['a term', '/glossary/#tariff-rate-quota', 'article.entry:has(#tariff-rate-quota)'],
    ['a section', '/tariffs/#who-pays', 'h2#who-pays'],
    ['a sentence', '/articles/japan-us-tariff-talks/#p4-s2', '#p4-s2'],
  ] as const) {
    test(`a link to ${kind} opens on it, in view and highlighted`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 700 });
      await page.goto(target);
      expect(await isInViewport(page, selector)).toBe(true);
      const background = await page
        .locator(selector)
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
    });
  }

  test('every event, term and section heading has a named anchor link', async ({ page }) => {
    for (const [path, selector] of [
      ['/timeline/', 'li.event'],
      ['/glossary/', 'article.entry'],
      ['/tariffs/', 'section > h2'],
    ] as const) {
      await page.goto(path);
      const items = page.locator(selector);
      const count = await items.count();
      expect(count).toBeGreaterThan(3);
      for (let i = 0; i < count; i += 1) {
        const anchor = items.nth(i).locator('a.anchor').first();
        await expect(anchor).toHaveAttribute('aria-label', /^Link to: .+/);
        const href = await anchor.getAttribute('href');
        await expect(page.locator(`[id="${href!.slice(1)}"]`)).toHaveCount(1);
      }
    }
  });

  test('the anchor shows on keyboard focus', async ({ page }) => {
    await page.goto('/timeline/');
    const anchor = page.locator('li.event a.anchor').first();
    expect(await anchor.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await anchor.focus();
    await expect.poll(() => anchor.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  });
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the absolute canonical URL with its fragment and announces it', async ({ page }) => {
    await page.goto('/timeline/');
    const button = page.locator('li.event#hagiuda-raimondo-meeting button.copy-link');
    await expect(button).toBeVisible();
    await expect(button).toHaveAccessibleName('Copy link to: Hagiuda meets Raimondo');
    await button.click();
    await expect(page.locator('#live-region')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${SITE}/timeline/#hagiuda-raimondo-meeting`,
    );
  });

  test('a sentence’s link copies its address too', async ({ page }) => {
    await page.goto('/articles/japan-us-tariff-talks/');
    await page.locator('#p4-s2').hover();
    await page.locator('#p4-s2 a.sentence-anchor').click();
    await expect(page.locator('#live-region')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${SITE}/articles/japan-us-tariff-talks/#p4-s2`,
    );
    expect(page.url()).toMatch(/#p4-s2$/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the button stays hidden and the plain anchor stays', async ({ page }) => {
      await page.goto('/timeline/');
      await expect(page.locator('button.copy-link').first()).toBeHidden();
      await expect(page.locator('li.event a.anchor').first()).toHaveAttribute('href', /^#/);
    });
  });
});

test.describe('quoted words as a text-fragment link', () => {
  test('name words that stand in the article', async ({ page }) => {
    await page.goto('/timeline/');
    const links = await page
      .locator('a.words-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(5);
    const article = await page.context().newPage();
    await article.goto('/articles/japan-us-tariff-talks/');
    // What the reader sees, date notes included: a text fragment matches visible text.
    const articleText = (await article.locator('.article-body').innerText()).replace(/\s+/g, ' ');
    for (const href of links) {
      const [, directive] = href.split('#:~:text=');
      for (const part of directive!.split(','))
        expect(articleText, href).toContain(decodeURIComponent(part));
    }
  });
});

test.describe('the head of every page', () => {
  for (const pagePath of builtPages()) {
    test(`${pagePath} has its canonical URL, description, cards and a 1200x630 Open Graph PNG`, async ({
      page,
      request,
    }) => {
      await page.goto(pagePath);
      const meta = (selector: string) => page.locator(`head ${selector}`).getAttribute('content');
      for (const property of [
        'og:title',
        'og:description',
        'og:url',
        'og:type',
        'og:site_name',
        'og:image',
        'og:image:alt',
      ]) {
        expect(await meta(`meta[property="${property}"]`), property).toBeTruthy();
      }
      expect(await meta('meta[name="description"]')).toBeTruthy();
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(new RegExp(`^${SITE}/`));
      expect(await meta('meta[property="og:url"]')).toBe(canonical);
      if (pagePath.startsWith('/articles/')) {
        expect(await meta('meta[property="og:type"]')).toBe('article');
        expect(await meta('meta[property="article:published_time"]')).toBe('2021-11-15');
      }
      const image = new URL((await meta('meta[property="og:image"]'))!);
      expect(image.origin).toBe(SITE);
      const response = await request.get(image.pathname);
      expect(response.status()).toBe(200);
      const { format, width, height } = await sharp(await response.body()).metadata();
      expect([format, width, height]).toEqual(['png', 1200, 630]);
    });
  }
});

test.describe('discovery', () => {
  test('the feed, the sitemap and robots.txt are there and name the site', async ({ request }) => {
    const feed = await (await request.get('/rss.xml')).text();
    expect(feed).toContain(`<link>${SITE}/articles/japan-us-tariff-talks/</link>`);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    for (const path of [
      '/',
      '/timeline/',
      '/tariffs/',
      '/glossary/',
      '/briefing/',
      '/articles/japan-us-tariff-talks/',
    ])
      expect(sitemap).toContain(`<loc>${SITE}${path}</loc>`);
    expect(sitemap).not.toContain('404');
    expect(await (await request.get('/robots.txt')).text()).toContain(
      `Sitemap: ${SITE}/sitemap-index.xml`,
    );
  });

  test('an unknown address gets a helpful 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.locator('main a[href="/timeline/"]')).toBeVisible();
  });
});
