/**
 * The view of each page: exactly what it shows, computed from the fixture stories without a build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { briefingView } from '../../src/views/briefing.ts';
import { feedView } from '../../src/views/feed.ts';
import { glossaryView } from '../../src/views/glossary.ts';
import { layoutView } from '../../src/views/layout.ts';
import { ogCards } from '../../src/views/og.ts';
import { correctionsView, sourcesView } from '../../src/views/reference.ts';
import { articleView, homeView, reportsView } from '../../src/views/reports.ts';
import { prepareStory } from '../../src/views/story.ts';
import {
  articleJsonLd,
  correctionsOnPage,
  glossaryJsonLd,
  timelineJsonLd,
} from '../../src/views/structured.ts';
import { coverageOf, tariffsView } from '../../src/views/tariffs.ts';
import { timelineView } from '../../src/views/timeline.ts';
import { anchorMap } from '../../src/views/anchors.ts';
import { listSlugs, partGroups } from '../../src/views/pages.ts';
import { checkStory, LONG_STORY, type Story as Fixture } from '../support/fixtures.ts';

/** A JSON-LD graph, read as the tests read it: nodes with any properties. */
type Graph = { '@graph': Record<string, unknown>[] };

const story = (fixture: Fixture, base = '/', files: Record<string, string | null> = {}) => {
  const { content, problems } = checkStory(fixture, files);
  if (!content) throw new Error(problems.join('\n'));
  return prepareStory(content, base, `https://test-story.example.org${base}`);
};

describe('timelineView', () => {
  test('eras in order, events in date order, each labelled by what its words rest on', () => {
    const view = timelineView(story('one'));
    expect(
      view.eras.map((era) => [era.id, era.events.map((e) => `${e.id}:${e.provenance}`)]),
    ).toEqual([
      ['before', ['duty-imposed:reported-dated-by-source']],
      ['talks', ['talks-open:reported', 'second-meeting:reported']],
    ]);
    expect(view.reportedLabel).toBe('In the article');
    expect(timelineView(story('two')).reportedLabel).toBe('In a report');
  });

  test('an event names the report and the sentence that tell it', () => {
    const deal = timelineView(story('two')).eras[1]?.events.find((e) => e.id === 'deal');
    expect(deal?.evidence.quote).toMatchObject({
      href: '/articles/widget-deal/#p1-s2',
      report: { id: 'widget-deal', label: 'The report of 14 Apr 2023' },
    });
  });
});

describe('a timeline and a glossary too long for one page', () => {
  test('the timeline is cut by year, a year of more events than a page holds by month', () => {
    const long = story('long');
    expect(listSlugs(long, 'timeline')).toEqual([
      '',
      '2020',
      '2021',
      ...Array.from({ length: 12 }, (_, m) => `2022-${String(m + 1).padStart(2, '0')}`),
      '2023',
    ]);
    // The timeline's own page lists the pages, and holds no event.
    const index = timelineView(long);
    expect(index.eras).toEqual([]);
    expect(index.parts.map((p) => [p.title, p.count]).slice(0, 3)).toEqual([
      ['2020', LONG_STORY.events2020],
      ['2021', 1],
      ['January 2022', 2],
    ]);
    const may = timelineView(long, '2022-05');
    expect(may.page.title).toBe('Timeline: May 2022');
    expect(may.parts.filter((p) => p.current).map((p) => p.href)).toEqual(['/timeline/2022-05/']);
    expect(may.eras.flatMap((era) => era.events.map((e) => e.date.iso))).toEqual([
      '2022-05-11',
      '2022-05-12',
    ]);
    expect(long.links.event('long-2022-11')).toBe('/timeline/2022-05/#long-2022-11');
  });

  test('a bar of pages names each kind once, and its letters under it', () => {
    const groups = partGroups(glossaryView(story('long'), 'people-f').parts);
    expect(groups[0]).toMatchObject({ title: '', parts: [{ title: 'Terms and laws' }] });
    expect(groups[1]!.title).toBe('People and institutions');
    expect(groups[1]!.parts.slice(0, 3).map((p) => [p.short, p.title, p.current])).toEqual([
      ['A', 'People and institutions, A', false],
      ['B', 'People and institutions, B', false],
      ['C', 'People and institutions, C', false],
    ]);
    expect(groups[1]!.parts.find((p) => p.current)?.short).toBe('F');
    expect(groups).toHaveLength(2);
  });

  test('the glossary is cut into terms, and people and institutions, then by letter', () => {
    const long = story('long');
    const slugs = listSlugs(long, 'glossary');
    // One term; 39 people and institutions, more than a page holds.
    expect(slugs.slice(0, 3)).toEqual(['', 'terms', 'people-a']);
    expect(glossaryView(long, 'terms').page.title).toBe('Glossary: Terms and laws');
    const f = glossaryView(long, 'people-f');
    expect(f.page.title).toBe('Glossary: People and institutions, F');
    expect(f.letters).toEqual([]);
    const names = f.groups.flatMap((g) => g.entries.map((e) => e.term));
    expect(names.length).toBeGreaterThan(1);
    expect(names.every((name) => name.startsWith('F'))).toBe(true);
    expect(long.links.term('freedonia')).toBe('/glossary/people-f/#freedonia');
    expect(long.links.term('widget-duty')).toBe('/glossary/terms/#widget-duty');
    // Its structured data names the page's entries, and no other.
    const graph = (glossaryJsonLd(long, 'people-f') as Graph)['@graph'];
    expect(graph[0]).toMatchObject({
      '@type': 'WebPage',
      url: 'https://test-story.example.org/glossary/people-f/',
    });
    expect(
      graph
        .slice(1)
        .map((node) => node.name)
        .toSorted(),
    ).toEqual(names.toSorted());
  });

  test('each item, and each of its old ids, is mapped to the page that holds it', () => {
    const long = story('long', '/', {
      'events/long-2020-03.yaml': null,
      'events/moved.yaml':
        'id: moved\noldIds: [long-2020-03]\ndate: 2022-05-20\nera: before\ntitle: ' +
        'Moved\nsummary: A test event.\nevidence:\n  sources: [test-notes]\n',
    });
    const map = anchorMap(long, 'timeline');
    expect(map['moved']).toBe('/timeline/2022-05/');
    expect(map['long-2020-03']).toBe('/timeline/2022-05/');
    expect(map['long-2020-01']).toBe('/timeline/2020/');
    // An era's heading, on the first page that has its events.
    expect(map['before']).toBe('/timeline/2020/');
    expect(map['talks']).toBe('/timeline/2023/');
    expect(Object.keys(map)).toHaveLength(long.events.length + 1 + long.eras.length);
    const glossary = anchorMap(long, 'glossary');
    expect(glossary).toMatchObject({
      'letter-w': '/glossary/terms/',
      people: '/glossary/people-a/',
    });
    expect(anchorMap(story('one'), 'glossary')).toMatchObject({ freedonia: '/glossary/' });
  });

  test('the main navigation marks the section of a page under it, and its own page', () => {
    const long = story('long');
    const at = (path: string) =>
      layoutView(long, { path, title: 'T', description: 'D' }).nav.find(
        (item) => item.label === 'Timeline',
      )?.current;
    expect(at('/timeline/')).toBe('page');
    expect(at('/timeline/2022-05/')).toBe('true');
    expect(at('/glossary/')).toBeUndefined();
  });

  test('every page of a cut list has a card of its own', () => {
    const paths = ogCards(story('long')).map((card) => card.path);
    expect(paths).toContain('/timeline/2022-05/');
    expect(paths).toContain('/glossary/people-f/');
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('tariffsView', () => {
  test(
    '"then" is the rate as the report the section quotes gave it; "now" the rate on the ' +
      'as-of day',
    () => {
      const rates = tariffsView(story('two')).sections[0]?.figures[0];
      expect(rates?.kind).toBe('rates-then-and-now');
      if (rates?.kind !== 'rates-then-and-now') return;
      expect(rates.data.then.date.iso).toBe('2023-03-06');
      expect(rates.data.rows).toEqual([
        {
          product: 'Widgets',
          then: {
            rate: '20%',
            instrument: 'Test Order 1',
            coverage: {
              scope: 'most countries',
              exceptions: ['Freedonia (quota: 0% within, 20% above)'],
            },
          },
          now: {
            rate: '5%',
            instrument: 'Test Order 3',
            coverage: { scope: 'all countries', exceptions: [] },
          },
        },
      ]);
    },
  );

  test('never says "all countries" where an exception overlaps', () => {
    const five = story('five');
    expect(coverageOf(five.rateMeasures, 'widgets', '2023-10-01').exceptions).toEqual([
      'Samplestan (exempt)',
    ]);
  });

  test('over several days, gives the days of an exception that held for part of them', () => {
    const five = story('five');
    const on = (from: string, to: string) =>
      coverageOf(five.rateMeasures, 'widgets', from, to).exceptions;
    expect(on('2023-05-01', '2023-12-31')).toEqual(['Samplestan (exempt, from 15 Sep 2023)']);
    expect(on('2023-10-01', '2024-06-30')).toEqual(['Samplestan (exempt, until 31 Dec 2023)']);
    expect(on('2023-01-01', '2024-06-30')).toEqual([
      'Freedonia (quota: 0% within, 20% above, until 30 Apr 2023)',
      'Samplestan (exempt, 15 Sep\u00a0– 31 Dec 2023)',
    ]);
    expect(on('2023-09-15', '2023-12-31')).toEqual(['Samplestan (exempt)']);
  });

  test('the worked example and the calculator take the same measures', () => {
    const example = tariffsView(story('two')).sections[1]?.figures[0];
    if (example?.kind !== 'worked-example') throw new Error('no worked example');
    expect(example.data.groups[0]?.rows.map((r) => `${r.rate}=${r.detail}`)).toEqual([
      '20%=$200',
      '5%=$50',
    ]);
    expect(example.data.calculator.countries).toEqual(['Freedonia']);
  });
});

describe('the reports', () => {
  test('the front page leads with the story, then the newest report', () => {
    const view = homeView(story('two'));
    expect(view.story.title).toBe('Test story: the widget duty talks');
    expect(view.latest.id).toBe('widget-deal');
    expect(view.earlier.map((r) => r.id)).toEqual(['widget-talks-open']);
    expect(reportsView(story('five')).reports.map((r) => r.published.iso)).toEqual([
      '2024-01-10',
      '2023-09-15',
      '2023-06-02',
      '2023-04-14',
      '2023-03-06',
    ]);
  });

  test('each report page links the one before and after, and says what changed since', () => {
    const view = articleView(story('five'), 'widget-deal');
    expect(view.previous?.id).toBe('widget-talks-open');
    expect(view.next?.id).toBe('widget-review');
    expect(view.since.events.map((e) => e.href)).toEqual([
      '/timeline/#lower-duty',
      '/timeline/#review',
      '/timeline/#samplestan-exempted',
      '/timeline/#duty-ends',
    ]);
    expect(view.credit).toBe('Example News Service');
    expect(view.headlineNote).toBe('Headline by Test Story Desk: the report has none of its own');
  });

  test('lists and cards say whose the headline is where the site wrote it, and only there', () => {
    expect(homeView(story('two')).latest.headlineBy).toBe('Headline by Test Story Desk');
    const deal = readFileSync('tests/fixtures/stories/two/articles/widget-deal.md', 'utf8');
    const published = story('two', '/', {
      'articles/widget-deal.md': deal.replace(
        'dek:',
        "originalTitle: 'Deal cuts widget duty (a test headline)'\ndek:",
      ),
    });
    expect(homeView(published).latest.headlineBy).toBeUndefined();
    const card = ogCards(published).find((c) => c.path === '/articles/widget-deal/');
    expect(card?.detail).toBe('Example News Service, 14 April 2023');
  });

  test('the navigation names "Article" for one report and "Reports" for more', () => {
    const nav = (fixture: Fixture) =>
      layoutView(story(fixture), { path: '/', title: 'T', description: 'D' }).nav;
    expect(nav('one').map((item) => item.label)).toContain('Article');
    expect(nav('two').find((item) => item.href === '/articles/')?.label).toBe('Reports');
  });
});

describe('glossaryView', () => {
  test('groups the sentences that use a term by report', () => {
    const duty = glossaryView(story('two'))
      .letters.flatMap((l) => l.entries)
      .find((e) => e.id === 'widget-duty');
    expect(duty?.uses.map((use) => [use.report.id, use.sentences.map((s) => s.href)])).toEqual([
      ['widget-deal', ['/articles/widget-deal/#p1-s2', '/articles/widget-deal/#p1-s3']],
      [
        'widget-talks-open',
        ['/articles/widget-talks-open/#p1-s2', '/articles/widget-talks-open/#p2-s1'],
      ],
    ]);
    expect(duty?.corrections.map((c) => c.id)).toEqual(['glossary-definition']);
  });

  test('lists two sentences of each of the two newest reports, and counts the earlier ones', () => {
    const duty = glossaryView(story('five'))
      .letters.flatMap((l) => l.entries)
      .find((e) => e.id === 'widget-duty');
    expect(duty?.uses.map((use) => [use.report.id, use.sentences.length, use.more])).toEqual([
      ['widget-duty-ends', 1, 0],
      ['samplestan-exemption', 1, 0],
    ]);
    expect(duty?.earlier).toEqual({ reports: 3, href: '/articles/' });
    const once = glossaryView(story('one'))
      .letters.flatMap((l) => l.entries)
      .find((e) => e.id === 'widget-duty');
    expect(once?.earlier).toBeUndefined();
  });
});

describe('briefingView', () => {
  test('a report that tells no event on the timeline is shown by its dek; no empty section', () => {
    const view = briefingView(story('five'));
    const untold = view.reports.filter((report) => report.items.length === 0);
    expect(untold.map((report) => report.dek)).toEqual([
      "A fifth test article, written for the site's tests.",
    ]);
    expect(view.since).toEqual([]);
  });

  test(
    'covers the story as of now, each report by date, with numbered citations used in its ' +
      'text',
    () => {
      const view = briefingView(story('two'));
      expect(view.basedOn).toBe(
        'Based on 2 wire reports: 6 Mar 2023 (Test Wire, Testville); 14 Apr 2023 (Example News ' +
          'Service, Sampleton)',
      );
      expect(view.reports.map((r) => [r.cite, r.items.map((i) => i.title)])).toEqual([
        [1, ['Ruritania and Freedonia agree to talk', 'The ministers meet again']],
        [2, ['A deal cuts the duty']],
      ]);
      const used = new Set([
        ...view.summary.flatMap((s) => s.cites),
        ...view.reports.flatMap((r) => [r.cite, ...r.items.flatMap((i) => i.cites)]),
        ...view.since.flatMap((i) => i.cites),
        ...view.ratesCites,
      ]);
      expect(view.citations.map((c) => c.number).filter((n) => !used.has(n))).toEqual([]);
      expect(view.citations[0]).toMatchObject({
        publisher: 'Test Wire',
        description: 'wire report from Testville, no headline',
      });
    },
  );
});

describe('sources and corrections', () => {
  test('a source shows its title as published or a description, never both', () => {
    const view = sourcesView(story('one'));
    expect(view.sources.map((s) => [s.id, s.title ?? `[${s.description}]`])).toEqual([
      ['test-gazette-2021', 'Widget Duty Order No. 1 (a test document)'],
      ['test-notes', "[Notes written for the site's tests]"],
    ]);
    expect(view.reports[0]).toMatchObject({ credit: 'Test Wire', originalTitle: undefined });
  });

  test('a correction names the items it touched, and the pages it touched are modified', () => {
    const s = story('one');
    expect(correctionsView(s).corrections[0]?.items).toEqual([
      { label: 'Glossary: Widget duty', href: '/glossary/#widget-duty' },
    ]);
    expect(correctionsOnPage(s, 'glossary').map((c) => c.date.iso)).toEqual(['2024-01-31']);
    expect(correctionsOnPage(s, 'timeline')).toEqual([]);
  });
});

describe('feed, cards and structured data', () => {
  test('the feed holds every report and correction, credited to whoever wrote them', () => {
    const feed = feedView(story('two'));
    expect(feed.items.map((i) => `${i.creator}: ${i.title}`)).toEqual([
      'Test Story Desk: Correction (31 Jan 2024) to Glossary: Widget duty',
      // The wire wrote the text; the headline is the site's, and its creator says so.
      'Example News Service; headline by Test Story Desk: Test story: a deal cuts the widget duty',
      'Test Wire; headline by Test Story Desk: Test story: Ruritania and Freedonia open talks on ' +
        'the widget duty',
    ]);
    expect(feed.selfUrl).toBe('https://test-story.example.org/rss.xml');
  });

  test('each card carries what its page is about', () => {
    const cards = ogCards(story('two'));
    const card = (path: string) => cards.find((c) => c.path === path);
    expect(card('/articles/widget-deal/')).toMatchObject({
      kicker: 'Sampleton · Wire report',
      detail: 'Example News Service, 14 April 2023 · Headline by Test Story Desk',
    });
    expect(card('/articles/')?.detail).toBe('2 reports, 6 Mar\u00a0– 14 Apr 2023');
    const one = ogCards(story('one')).find((c) => c.path === '/articles/');
    expect(one?.detail).toBe('1 report, 6 Mar 2023');
    expect(card('/tariffs/')?.bars?.rows).toEqual([{ label: 'Widgets', then: 20, now: 5 }]);
    expect(card('/timeline/')?.title).toBe('6 March 2023: Ruritania and Freedonia agree to talk');
    expect(card('/glossary/')?.title).toBe('4 terms, laws, people and institutions');
  });

  test('JSON-LD types people and institutions as such, and gives events their place', () => {
    const s = story('one');
    const glossary = (glossaryJsonLd(s) as Graph)['@graph'];
    expect(glossary.map((node) => node['@type'])).toEqual([
      'DefinedTermSet',
      'Person',
      'Organization',
      'Organization',
    ]);
    const article = articleJsonLd(s, 'widget-talks-open');
    expect(article).toMatchObject({
      datePublished: '2023-03-06',
      publisher: { logo: { url: 'https://test-story.example.org/logo.png' } },
    });
    const timeline = timelineJsonLd(s) as { mainEntity: { itemListElement: { item: object }[] } };
    const events = timeline.mainEntity.itemListElement.map((entry) => entry.item);
    expect(events.every((e) => 'location' in e)).toBe(true);
  });

  test('a site under a path keeps it in every link', () => {
    const s = story('one', '/explainers/test/');
    expect(s.links.article('widget-talks-open')).toBe(
      '/explainers/test/articles/widget-talks-open/',
    );
    expect(s.absolute(s.links.page('timeline'))).toBe(
      'https://test-story.example.org/explainers/test/timeline/',
    );
    expect(s.links.ogImage('/explainers/test/timeline/')).toBe('/explainers/test/og/timeline.png');
  });
});
