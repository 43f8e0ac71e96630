/**
 * The checked content the browser tests compare a built site with, read by the site's own content
 * check.
 */
import type { Content } from '../../src/check/content.ts';
import { loadContent } from '../../src/check/load.ts';
import { SITES } from '../../playwright.config.ts';

const cache = new Map<keyof typeof SITES, Content>();

export function contentOf(site: keyof typeof SITES = 'real'): Content {
  let content = cache.get(site);
  if (!content) {
    const result = loadContent(SITES[site].content);
    if (!result.content) throw new Error(`${SITES[site].content} has problems: build it first`);
    content = result.content;
    cache.set(site, content);
  }
  return content;
}
