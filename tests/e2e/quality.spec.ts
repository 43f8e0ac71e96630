import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { SITES } from '../../playwright.config.ts';
import { fileOfRoute, pageWeight } from '../../src/lib/built-pages.ts';
import { ARTICLE_PATH, builtPages } from './site.ts';

const pages = builtPages();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The WCAG rules whose result depends on the colours of the scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const violations = async (axe: AxeBuilder) =>
  (await axe.analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

test.describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  for (const pagePath of pages) {
    test(`${pagePath} in the light and dark schemes`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(pagePath);
      expect(await violations(new AxeBuilder({ page }).withTags(WCAG_TAGS)), 'light').toEqual([]);
      const body = page.locator('body');
      const lightBackground = await body.evaluate((b) => getComputedStyle(b).backgroundColor);
      // The same page redrawn in the dark scheme: only the rules that depend on colour change.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(body).not.toHaveCSS('background-color', lightBackground);
      expect(await violations(new AxeBuilder({ page }).withRules(COLOUR_RULES)), 'dark').toEqual(
        [],
      );
    });
  }

  test('a part opened by its link keeps its contrast on its highlight, in both schemes', async ({
    page,
  }) => {
    for (const [target, part] of [
      ['/timeline/#hagiuda-raimondo-meeting', 'li.event#hagiuda-raimondo-meeting'],
      ['/glossary/#tariff-rate-quota', 'article.entry:has(#tariff-rate-quota)'],
      ['/articles/japan-us-tariff-talks/#p4-s2', '#p4-s2'],
    ]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(target!);
        await expect(page.locator(part!)).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
        const axe = new AxeBuilder({ page }).include(part!).withRules(COLOUR_RULES);
        expect(await violations(axe), `${target} ${colorScheme}`).toEqual([]);
      }
    }
  });
});

test.describe('budgets (bytes and faces, not timings: the same build weighs the same)', () => {
  // design.md: a page renders after one round trip; scripts stay small, and none is sent where
  // nothing on the page uses one. npm run bench reports the figures.
  for (const site of Object.keys(SITES) as (keyof typeof SITES)[]) {
    test(`${site}: each page's HTML and blocking CSS within 14 KB gzip, script 2 KB`, () => {
      const over = builtPages(site).flatMap((pagePath) => {
        const weight = pageWeight(SITES[site].dist, pagePath);
        return [
          ...(weight.firstRoundTrip > 14 * 1024 ? [`${pagePath}: ${weight.firstRoundTrip} B`] : []),
          ...(weight.jsGzip > 2 * 1024 ? [`${pagePath}: script ${weight.jsGzip} B`] : []),
        ];
      });
      expect(over).toEqual([]);
    });
  }

  // The first layout sets up each face (family, weight, style) and each size of it that the
  // page shows: most of the article's style and layout time by the clock (npm run bench).
  for (const width of [390, 1280]) {
    test(`at ${width}px the article shows four faces and sizes, no more`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ARTICLE_PATH);
      const { shown, expected } = await page.evaluate(() => {
        const faceOf = (element: Element) => {
          const style = getComputedStyle(element);
          return [style.fontFamily, style.fontSize, style.fontWeight, style.fontStyle].join(' ');
        };
        // Every box shown, words or not: a line's height is measured in its box's face.
        const faces = new Set(
          [...document.querySelectorAll('body, body *')]
            .filter((element) => element.checkVisibility())
            .map(faceOf),
        );
        // The text, the menu (all small text), the headline and the site's name.
        const named = ['.sentence', '.site-nav a', 'h1', '.site-title'];
        return {
          shown: [...faces].sort(),
          expected: named.map((selector) => faceOf(document.querySelector(selector)!)).sort(),
        };
      });
      expect(new Set(expected).size).toBe(4);
      expect(shown).toEqual(expected);
    });
  }

  // Chromium draws an SVG icon as a document of its own, with its own style and layout, on
  // the page's main thread after each load; a PNG is only decoded.
  test('the tab icon is a 48 px PNG', async ({ page, request }) => {
    await page.goto(ARTICLE_PATH);
    const icons = page.locator('link[rel~="icon"]');
    await expect(icons).toHaveCount(1);
    const response = await request.get((await icons.getAttribute('href'))!);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    // The IHDR chunk: width and height at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([48, 48]);
  });
});

test.describe('valid HTML (html-validate)', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  // The real site and the fixture sites: several reports and corrections render other markup.
  for (const site of Object.keys(SITES) as (keyof typeof SITES)[]) {
    for (const pagePath of builtPages(site)) {
      test(`${site === 'real' ? '' : `${site} `}${pagePath} has no error`, async () => {
        const file = fileOfRoute(SITES[site].dist, pagePath);
        const report = await validator.validateString(readFileSync(file, 'utf8'), file);
        const errors = report.results.flatMap((r) =>
          r.messages.map((m) => `${m.ruleId} (line ${m.line}): ${m.message}`),
        );
        expect(errors).toEqual([]);
      });
    }
  }
});

/**
 * The broken links of a built site: in-site paths and #fragments (linkinator serves the folder
 * itself).
 */
async function brokenLinks(dir: string): Promise<{ broken: string[]; ok: number }> {
  const result = await new LinkChecker().check({
    path: dir,
    recurse: true,
    checkFragments: true,
    // Outside addresses cannot be reached from here, and a text fragment names words, not an id.
    linksToSkip: async (link) =>
      !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link) || /:~:|%3A~%3A/.test(link),
  });
  return {
    // linkinator reads every fragment as an id; a text fragment (#:~:text=) names words instead.
    broken: result.links
      .filter((link) => link.state === 'BROKEN' && !link.url.includes('#:~:'))
      .map((link) => `${link.url} (from ${link.parent}, ${link.status})`),
    ok: result.links.filter((link) => link.state === 'OK').length,
  };
}

test.describe('links (linkinator)', () => {
  test('no broken link or fragment anywhere on the site', async () => {
    test.setTimeout(120_000);
    const { broken, ok } = await brokenLinks('dist/');
    expect(broken).toEqual([]);
    expect(ok).toBeGreaterThanOrEqual(pages.length);
  });

  test(
    'no broken link or fragment in a story whose ' + 'timeline and glossary are cut into pages',
    async () => {
      test.setTimeout(120_000);
      const { broken, ok } = await brokenLinks(SITES.long.dist);
      expect(broken).toEqual([]);
      expect(ok).toBeGreaterThanOrEqual(builtPages('long').length);
    },
  );

  test('the check finds a link to a missing fragment', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'dist-'));
    cpSync('dist', copy, { recursive: true });
    const timeline = path.join(copy, 'timeline', 'index.html');
    writeFileSync(
      timeline,
      readFileSync(timeline, 'utf8').replace(
        'href="/glossary/#section-232"',
        'href="/glossary/#no-such-term"',
      ),
    );
    const { broken } = await brokenLinks(`${copy}/`);
    expect(broken.some((link) => link.includes('/glossary/#no-such-term'))).toBe(true);
  });
});

test.describe('requests and the Content-Security-Policy', () => {
  for (const pagePath of pages) {
    test(`${pagePath}: no request leaves the site; no inline script, no violation`, async ({
      page,
      baseURL,
    }) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL!) && !url.startsWith('data:')) outside.push(url);
      });
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(pagePath, { waitUntil: 'networkidle' });
      // A definition opened by the pointer, and the print rules, load nothing from outside either.
      const term = page.locator('label.term').first();
      if (await term.count()) await term.hover();
      await page.emulateMedia({ media: 'print' });
      expect(outside).toEqual([]);
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain('unsafe-inline');
      // Data blocks (JSON-LD, the calculator's measures) are never run; any other would be.
      const inlineScripts = await page
        .locator('script:not([src]):not([type="application/ld+json"], [type="application/json"])')
        .count();
      expect(inlineScripts).toBe(0);
      const handlers = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
        ),
      );
      expect(handlers).toEqual([]);
      expect(violations).toEqual([]);
    });
  }
});
