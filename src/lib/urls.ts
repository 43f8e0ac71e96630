/** The site's addresses in one place, so that every link and every anchor agree. */

export const paths = {
  home: '/',
  article: (id: string) => `/articles/${id}/`,
  timeline: '/timeline/',
  tariffs: '/tariffs/',
  glossary: '/glossary/',
  briefing: '/briefing/',
  sources: '/sources/',
  notFound: '/404.html',
  feed: '/rss.xml',
} as const;

export const hrefs = {
  sentence: (articleId: string, sentenceId: string) => `${paths.article(articleId)}#${sentenceId}`,
  event: (id: string) => `${paths.timeline}#${id}`,
  term: (id: string) => `${paths.glossary}#${id}`,
  source: (id: string) => `${paths.sources}#${id}`,
};

/** An absolute URL on the deployed site. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The address of a page's Open Graph image: /og/timeline.png for /timeline/, /og/index.png for /. */
export function ogImagePath(pagePath: string): string {
  const name =
    pagePath
      .replace(/\.html$/, '')
      .replace(/^\/|\/$/g, '')
      .replace(/\//g, '-') || 'index';
  return `/og/${name}.png`;
}

/** A link that opens the page with the quoted words highlighted (a text fragment). */
export function textFragmentUrl(pageUrl: string, quote: string): string {
  const base = pageUrl.split('#')[0];
  const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');
  const words = quote.trim().split(/\s+/);
  // Longer quotes are named by their first and last words (textStart,textEnd), so that
  // the dates the page shows beside a phrase cannot stand in the way of the match.
  const directive =
    words.length > 6
      ? `${encode(words.slice(0, 3).join(' '))},${encode(words.slice(-3).join(' '))}`
      : encode(words.join(' '));
  return `${base}#:~:text=${directive}`;
}
