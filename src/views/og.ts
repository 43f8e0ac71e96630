/**
 * What each page's Open Graph card shows: for a report its headline,
 * dateline and day of publication; for /tariffs/ the rates then and now; for
 * /timeline/ its span and key event; for /glossary/ how many terms and one
 * of them. Drawn by src/lib/og-image.ts in one visual identity.
 */
import { formatDateSpan, formatPartialDate } from '../lib/calendar.ts';
import { productLabel } from '../lib/labels.ts';
import { plural } from '../lib/text.ts';
import { formatPercent, generalRateOn, productsOf } from '../lib/tariffs.ts';
import type { OgCard } from '../lib/og-image.ts';
import type { ListName } from '../lib/urls.ts';
import { headlineBy, type Story } from './story.ts';

/** A card, and the page it is for: its path, with the base; the card is /og/<name>.png of it. */
export interface PageCard extends OgCard {
  path: string;
}

export function ogCards(story: Story): PageCard[] {
  const { site } = story.content;
  const { links } = story;
  const asOf = `As of ${formatPartialDate(site.asOf, 'long')}`;
  const card = (
    path: string,
    fields: Omit<OgCard, 'siteTitle' | 'footer' | 'language'> & { language?: string },
  ): PageCard => ({
    path,
    siteTitle: site.title,
    footer: asOf,
    language: site.language,
    ...fields,
  });
  /** A card for each page of a list cut into pages: "Timeline" over "November 2021". */
  const partCards = (name: ListName, noun: readonly [string, string]) =>
    story
      .parts(name)
      .filter((part) => part.slug)
      .map((part) =>
        card(links.part(name, part.slug), {
          kicker: site.pages[name].title,
          title: part.title,
          detail: `${plural(part.ids.length, ...noun)} of ${site.story.title}`,
        }),
      );
  const newest = story.reports[0]!;
  const latestDay = formatPartialDate(newest.published);
  const reportCount =
    story.reports.length === 1 ? 'One report' : plural(story.reports.length, 'report');
  const oldest = story.reports.at(-1)!;
  const first = story.events[0];
  const last = story.events.at(-1);
  const keyEvent = story.events.find((e) => e.id === site.story.keyEvent);
  const example = story.glossary.find((g) => g.inBriefing) ?? story.glossary[0];
  const products = productsOf(story.rateMeasures.filter((m) => m.countries === undefined));
  const rate = (product: string, day: string) =>
    generalRateOn(story.rateMeasures, product, day)?.rate ?? 0;
  return [
    card(links.page('home'), {
      kicker: 'Explainer',
      title: site.story.title,
      detail: `${reportCount}, latest ${latestDay}`,
    }),
    ...story.reports.map((r) =>
      card(links.article(r.id), {
        kicker: `${r.dateline} · Wire report`,
        title: r.title,
        detail: [
          `${r.credit}, ${formatPartialDate(r.published, 'long')}`,
          headlineBy(r, site.publisher),
        ]
          .filter(Boolean)
          .join(' · '),
        language: r.language,
      }),
    ),
    card(links.page('articles'), {
      kicker: site.pages.articles.title,
      title: site.story.title,
      detail: [
        plural(story.reports.length, 'report'),
        formatDateSpan(oldest.published, newest.published),
      ].join(', '),
    }),
    card(links.page('timeline'), {
      kicker: site.pages.timeline.title,
      title: keyEvent
        ? `${formatPartialDate(keyEvent.date, 'long')}: ${keyEvent.title}`
        : site.story.title,
      detail:
        first && last
          ? `${story.events.length} events, ${formatPartialDate(first.date)} to ` +
            `${formatPartialDate(last.end ?? last.date)}`
          : undefined,
    }),
    ...partCards('timeline', ['event', 'events']),
    card(links.page('tariffs'), {
      kicker: site.pages.tariffs.title,
      title: `${products.map(productLabel).join(' and ')}: general duty then and now`,
      bars: {
        thenLabel: formatPartialDate(oldest.published),
        nowLabel: formatPartialDate(site.asOf),
        rows: products.map((product) => ({
          label: productLabel(product),
          then: rate(product, oldest.published.iso),
          now: rate(product, site.asOf.iso),
        })),
      },
      detail: products
        .map(
          (p) =>
            `${productLabel(p)} ${formatPercent(rate(p, oldest.published.iso))} → ` +
            `${formatPercent(rate(p, site.asOf.iso))}`,
        )
        .join(' · '),
    }),
    card(links.page('glossary'), {
      kicker: site.pages.glossary.title,
      title: `${story.glossary.length} terms, laws, people and institutions`,
      detail: example ? `${example.term}: ${example.short}` : undefined,
    }),
    ...partCards('glossary', ['entry', 'entries']),
    card(links.page('briefing'), {
      kicker: site.pages.briefing.title,
      title: site.story.title,
      detail: 'Two printable pages',
    }),
    card(links.page('sources'), {
      kicker: site.pages.sources.title,
      title: `${story.sources.length} sources behind the facts the reports do not state`,
    }),
    card(links.page('corrections'), {
      kicker: site.pages.corrections.title,
      title: story.corrections.length
        ? `${story.corrections.length} corrections, latest ` +
          `${formatPartialDate(story.corrections[0]!.date)}`
        : 'No corrections',
    }),
    card(links.page('notFound'), { kicker: site.title, title: site.pages.notFound.title }),
  ];
}
