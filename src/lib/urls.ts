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

export function siteLinks(base = '/') {
  const prefix = base.replace(/\/+$/, '');
  const at = (path: string) => `${prefix}${path}`;
  const page = (name: PageName) => at(PAGE_PATHS[name]);
  return {
    base: at('/'),
    page,
    article: (id: string) => at(`/articles/${id}/`),
    sentence: (articleId: string, sentenceId: string) =>
      `${at(`/articles/${articleId}/`)}#${sentenceId}`,
    event: (id: string, onPage = page('timeline')) => `${onPage}#${id}`,
    term: (id: string, onPage = page('glossary')) => `${onPage}#${id}`,
    source: (id: string) => `${page('sources')}#${id}`,
    correction: (id: string) => `${page('corrections')}#${id}`,
    feed: at('/rss.xml'),
    sitemap: at('/sitemap-index.xml'),
    favicon: at('/favicon.svg'),
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
