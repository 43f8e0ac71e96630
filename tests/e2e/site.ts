/** What the browser tests know of the built site: its pages, read from dist/. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SITES } from '../../playwright.config.ts';
import { builtRoutes, fileOfRoute } from '../../src/lib/built-pages.ts';

const dist = (site: keyof typeof SITES) => path.resolve(SITES[site].dist);

/** Every page of a built site, as a path: "/", "/timeline/", "/404.html". */
export const builtPages = (site: keyof typeof SITES = 'real') => builtRoutes(dist(site));

export const builtHtml = (pagePath: string, site: keyof typeof SITES = 'real') =>
  readFileSync(fileOfRoute(dist(site), pagePath), 'utf8');

/** The address a fixture story is served at. */
export const siteUrl = (site: keyof typeof SITES, pagePath = '/') =>
  `http://127.0.0.1:${SITES[site].port}${pagePath}`;

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

/** What the plugins add beside the article's words: notes, tooltips, anchors. */
export const ADDED_TO_ARTICLE = '.date-note, .term-defs, .anchor, .copy-link, .dateline-lead';

/** The article's own words inside an element, without what the site added beside them. */
export async function ownWords(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((element, added) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(added).forEach((node) => node.remove());
    return copy.textContent ?? '';
  }, ADDED_TO_ARTICLE);
}

/**
 * The text of <main> without the enhancements only the script shows (marked `data-enhancement`).
 */
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
