/** The page shell's view: head, navigation, footer and the print margins of every page. */
import { formatPartialDate, type PartialDate } from '../lib/calendar.ts';
import type { PageName } from '../lib/urls.ts';
import type { Story } from './story.ts';

export interface PageMeta {
  /** The page's path, with the site's base: "/timeline/". */
  path: string;
  title: string;
  description: string;
  /** "article" for a report, "website" otherwise. */
  type?: 'website' | 'article';
  /** For a report: when it was published. */
  published?: PartialDate;
  /** The last day something on the page changed, where a correction did. */
  modified?: PartialDate | undefined;
}

export interface LayoutView {
  language: string;
  /** The page's title with the site's name after it; the front page's alone. */
  fullTitle: string;
  title: string;
  description: string;
  type: 'website' | 'article';
  canonical: string;
  ogImage: string;
  ogImageAlt: string;
  published?: string | undefined;
  modified?: string | undefined;
  siteTitle: string;
  homeHref: string;
  feedHref: string;
  faviconHref: string;
  sitemapHref: string;
  /** Each link, marked "page" on its own page and "true" on the pages under it. */
  nav: { href: string; label: string; current?: 'page' | 'true' | undefined }[];
  footer: {
    publisher: string;
    asOf: PartialDate;
    sourcesHref: string;
    correctionsHref: string;
    feedHref: string;
  };
  /** What each printed page carries in its margins. */
  print: { title: string; asOf: string; url: string };
}

export function layoutView(story: Story, page: PageMeta): LayoutView {
  const { site: settings } = story.content;
  const { links } = story;
  const canonical = story.absolute(page.path);
  const asOf = formatPartialDate(settings.asOf, 'long');
  const isHome = page.path === links.page('home');
  const fullTitle = isHome ? page.title : `${page.title} · ${settings.title}`;
  const label = (name: PageName) => settings.pages[name].navLabel ?? settings.pages[name].title;
  const single = story.reports.length === 1 ? story.reports[0] : undefined;
  const reportsItem = single
    ? { href: links.article(single.id), label: 'Article' }
    : { href: links.page('articles'), label: label('articles') };
  const items = [
    { href: links.page('home'), label: 'Home' },
    reportsItem,
    ...(['timeline', 'tariffs', 'glossary', 'briefing'] as const).map((name) => ({
      href: links.page(name),
      label: label(name),
    })),
  ];
  // The pages under a section's own page (a report, a page of the timeline) are in that section.
  const current = (href: string) =>
    href === page.path
      ? ('page' as const)
      : href !== links.page('home') && page.path.startsWith(href)
        ? ('true' as const)
        : undefined;
  return {
    language: settings.language,
    fullTitle,
    title: page.title,
    description: page.description,
    type: page.type ?? 'website',
    canonical,
    ogImage: story.absolute(links.ogImage(page.path)),
    ogImageAlt: `${page.title}: ${settings.title}, as of ${asOf}`,
    published: page.published?.iso,
    modified: page.modified?.iso,
    siteTitle: settings.title,
    homeHref: links.page('home'),
    feedHref: links.feed,
    faviconHref: links.favicon,
    sitemapHref: links.sitemap,
    nav: items.map((item) => ({ ...item, current: current(item.href) })),
    footer: {
      publisher: settings.publisher,
      asOf: settings.asOf,
      sourcesHref: links.page('sources'),
      correctionsHref: links.page('corrections'),
      feedHref: links.feed,
    },
    print: { title: fullTitle, asOf: `As of ${asOf}`, url: canonical },
  };
}
