/** What the browser tests know of the built site: its pages, read from dist/. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { builtRoutes, fileOfRoute } from '../../src/lib/built-pages.ts';

const DIST = path.resolve(process.env.OUT_DIR ?? 'dist');

/** Every page of the built site, as a path: "/", "/timeline/", "/404.html". */
export const builtPages = () => builtRoutes(DIST);

export const builtHtml = (pagePath: string) => readFileSync(fileOfRoute(DIST, pagePath), 'utf8');

/** The seed article as the editors received it. */
export const seedText = () => readFileSync('tests/fixtures/seed-article.txt', 'utf8');

export const ARTICLE_PATH = '/articles/japan-us-tariff-talks/';

/** Whether an element's box lies within the viewport. */
export async function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight && box.bottom > 0;
  });
}

/** Saves full-page screenshots at phone and desk widths, light and dark, into the test's output folder. */
export async function screenshotWidthsAndSchemes(
  page: Page,
  pagePath: string,
  outputPath: (name: string) => string,
) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(pagePath);
      const name = pagePath.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
      await page.screenshot({ path: outputPath(`${name}-${width}-${scheme}.png`), fullPage: true });
    }
  }
}

/** What the plugins add beside the article's words: notes, tooltips, anchors. */
export const ADDED_TO_ARTICLE = '.date-note, .term-tip, .anchor, .copy-link, .dateline-lead';

/** The article's own words inside an element, without what the site added beside them. */
export async function ownWords(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((element, added) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(added).forEach((node) => node.remove());
    return copy.textContent ?? '';
  }, ADDED_TO_ARTICLE);
}

/** The text of <main> without the enhancements only the script shows (marked `data-enhancement`). */
export async function mainTextWithoutEnhancements(page: Page): Promise<string> {
  return page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-enhancement]').forEach((node) => node.remove());
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
}
