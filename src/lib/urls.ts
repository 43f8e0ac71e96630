/**
 * The site's addresses in one place, so that every link and every anchor
 * agree. Every path carries the site's base ("/" or "/explainers/tariffs/"),
 * so the site works wherever it is deployed.
 */

/** The pages of the site that are not articles, by the name the settings give them. */
const PAGE_PATHS = {
  home: '/',
  articles: '/articles/',
  timeline: '/timeline/',
  tariffs: '/tariffs/',
  glossary: '/glossary/',
  briefing: '/briefing/',
  sources: '/sources/',
  corrections: '/corrections/',
  notFound: '/404.html',
} as const;

export type PageName = keyof typeof PAGE_PATHS;

/** The lists that are cut into pages once they outgrow one. */
export type ListName = 'timeline' | 'glossary';

/** Where the long lists put an item, when they are cut into pages: the slug of its page, or "". */
export interface ListPlacement {
  event?: (id: string) => string;
  term?: (id: string) => string;
}

export function siteLinks(base = '/', placement: ListPlacement = {}) {
  const prefix = base.replace(/\/+$/, '');
  const at = (path: string) => `${prefix}${path}`;
  const page = (name: PageName) => at(PAGE_PATHS[name]);
  const part = (name: ListName, slug = '') => (slug ? `${page(name)}${slug}/` : page(name));
  return {
    base: at('/'),
    page,
    /** A page of a list cut into pages: /timeline/2021/; the list's own page for "". */
    part,
    /** Where each item of a list cut into pages lives, for links made before it was cut. */
    anchorMap: (name: ListName) => `${page(name)}anchors.json`,
    /** The measures the calculator on /tariffs/ works from: its script fetches them. */
    rateMeasures: `${page('tariffs')}measures.json`,
    article: (id: string) => at(`/articles/${id}/`),
    sentence: (articleId: string, sentenceId: string) =>
      `${at(`/articles/${articleId}/`)}#${sentenceId}`,
    event: (id: string) => `${part('timeline', placement.event?.(id))}#${id}`,
    term: (id: string) => `${part('glossary', placement.term?.(id))}#${id}`,
    source: (id: string) => `${page('sources')}#${id}`,
    correction: (id: string) => `${page('corrections')}#${id}`,
    feed: at('/rss.xml'),
    sitemap: at('/sitemap-index.xml'),
    favicon: at('/favicon.png'),
    logo: at('/logo.png'),
    /** The Open Graph card of a page: /og/timeline.png for /timeline/, /og/index.png for /. */
    ogImage: (pagePath: string) => {
      const own = pagePath.startsWith(prefix) ? pagePath.slice(prefix.length) : pagePath;
      const name =
        own
          .replace(/\.html$/, '')
          .replace(/^\/|\/$/g, '')
          .replace(/\//g, '-') || 'index';
      return at(`/og/${name}.png`);
    },
  };
}

export type SiteLinks = ReturnType<typeof siteLinks>;

/** An absolute URL on the deployed site, for a path that already carries the base. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
