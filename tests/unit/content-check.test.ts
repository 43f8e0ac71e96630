/**
 * The content check's rules, on copies of the fixture stories with one thing
 * changed: each problem must name the file, the field and what is wrong, in
 * words an editor can act on.
 */
import { describe, expect, test } from 'vitest';
import { checkStory, problemsOf } from '../support/fixtures.ts';

const event = (fields: string) =>
  `id: test-event\nera: talks\ntitle: A test event\nsummary: Something happens (test).\n${fields}`;

describe('the fixture stories', () => {
  test.each(['one', 'two', 'five'] as const)(
    '%s has no problem and gives typed content',
    (story) => {
      const { problems, content } = checkStory(story);
      expect(problems).toEqual([]);
      expect(content?.articles.length).toBe({ one: 1, two: 2, five: 5 }[story]);
    },
  );

  test('finds each quote in its article, with its sentences and its date phrases', () => {
    const talks = checkStory('one').content?.events.find((e) => e.id === 'talks-open');
    expect(talks?.evidence.quoted).toMatchObject({
      articleId: 'widget-talks-open',
      sentenceIds: ['p1-s2'],
      phrases: [{ text: 'on Monday', datetime: '2023-03-06' }],
    });
    expect(talks?.evidence.dateFrom).toBe('quote');
  });
});

describe('quotes', () => {
  test('a quote that is not in its article', () => {
    expect(
      problemsOf('one', {
        'key-facts/x.yaml':
          'id: x\norder: 9\ntext: A test fact.\nevidence:\n  quote: The ministers met in Osaka\n',
      }),
    ).toEqual([
      'content/key-facts/x.yaml: evidence.quote "The ministers met in Osaka" is not in article ' +
        'widget-talks-open: copy the words exactly, whole words only',
    ]);
  });

  test('typographic quotes and line breaks still match', () => {
    expect(
      problemsOf('one', {
        'key-facts/x.yaml':
          'id: x\norder: 9\ntext: A test fact.\nevidence:\n  quote: the talks were “a first\n   ' +
          ' step.”\n',
      }),
    ).toEqual([]);
  });

  test('a quote must match whole words: "0 percent" is not in "20 percent"', () => {
    expect(
      problemsOf('one', {
        'key-facts/x.yaml':
          'id: x\norder: 9\ntext: A test fact.\nevidence:\n  quote: 0 percent on widgets\n',
      }),
    ).toEqual([
      'content/key-facts/x.yaml: evidence.quote "0 percent on widgets" is not in article ' +
        'widget-talks-open: copy the words exactly, whole words only',
    ]);
  });

  test('with several articles, a quote names its own and is looked for there only', () => {
    const problems = problemsOf('two', {
      'key-facts/x.yaml':
        'id: x\norder: 9\ntext: A test fact.\nevidence:\n  quote: The talks began last month\n',
      'key-facts/y.yaml':
        'id: y\norder: 10\ntext: A test fact.\nevidence:\n  quote: The talks began last month\n ' +
        ' article: widget-talks-open\n',
    });
    expect(problems).toEqual([
      'content/key-facts/x.yaml: evidence.article is needed: there are several articles, so ' +
        'name the one the quote comes from (widget-deal, widget-talks-open)',
      'content/key-facts/y.yaml: evidence.quote "The talks began last month" is not in article ' +
        'widget-talks-open: copy the words exactly, whole words only',
    ]);
  });

  test('an article named but no quote', () => {
    expect(
      problemsOf('one', {
        'key-facts/x.yaml':
          'id: x\norder: 9\ntext: A test fact.\nevidence:\n  article: widget-talks-open\n  ' +
          'sources: [test-notes]\n',
      }),
    ).toEqual([
      'content/key-facts/x.yaml: evidence.article names an article but no quote: give the words ' +
        'of the article in quote',
    ]);
  });
});

describe('dates and their quotes', () => {
  test('a date that disagrees with its quote says how the phrase was read', () => {
    expect(
      problemsOf('one', {
        'events/second-meeting.yaml':
          'id: second-meeting\ndate: 2023-03-02\nera: talks\ntitle: Test\nsummary: ' +
          'Test.\nevidence:\n  quote: The ministers will meet again in Testville on Thursday\n',
      }),
    ).toEqual([
      'content/events/second-meeting.yaml: date 2023-03-02 disagrees with the quote: "on ' +
        'Thursday" (read as future because of "will") means 9 Mar 2023 (2023-03-09) in article ' +
        'widget-talks-open, published 2023-03-06',
    ]);
  });

  test('every sentence of a quote that runs over two is read', () => {
    expect(
      problemsOf('one', {
        'events/x.yaml': event(
          'date: 2021\nevidence:\n  quote: has been charged since 2021. The ministers will meet ' +
            'again in Testville on Thursday\n',
        ),
      }),
    ).toEqual([
      'content/events/x.yaml: date 2021 disagrees with the quote: "on Thursday" (read as future ' +
        'because of "will") means 9 Mar 2023 (2023-03-09) in article widget-talks-open, ' +
        'published 2023-03-06',
    ]);
  });

  test('a date more precise than its quote needs a source', () => {
    expect(
      problemsOf('one', {
        'events/x.yaml': event(
          'date: 2021-01-05\nevidence:\n  quote: has been charged since 2021\n',
        ),
      }),
    ).toEqual([
      'content/events/x.yaml: date 2021-01-05 is more precise than the quote: "has been charged ' +
        'since 2021" gives only "since 2021"; cite a source for the date in evidence.sources, ' +
        'or show the date as the quote gives it',
    ]);
    expect(
      problemsOf('one', {
        'events/x.yaml': event('date: 2021\nevidence:\n  quote: has been charged since 2021\n'),
      }),
    ).toEqual([]);
  });

  test('the end of a span is held to the same rule', () => {
    expect(
      problemsOf('one', {
        'events/x.yaml': event(
          'date: 2023-03-09\nend: 2023-03-10\ndayOrder: 2\nevidence:\n  quote: The ministers ' +
            'will meet again in Testville on Thursday\n',
        ),
        'events/second-meeting.yaml': null,
      }),
    ).toEqual([
      'content/events/x.yaml: end 2023-03-10 is more precise than the quote: "The ministers ' +
        'will meet again in Testville on Thursday" gives only "on Thursday"; cite a source for ' +
        'the date in evidence.sources, or show the date as the quote gives it',
    ]);
  });

  test('the badge records whether the quote or a source gives the date', () => {
    const events = checkStory('one').content?.events ?? [];
    expect(events.find((e) => e.id === 'duty-imposed')?.evidence.dateFrom).toBe('source');
    expect(events.find((e) => e.id === 'second-meeting')?.evidence.dateFrom).toBe('quote');
  });

  test('nothing may be dated after the site’s "as of" day', () => {
    expect(
      problemsOf('one', {
        'events/x.yaml': event('date: 2024-03\nevidence:\n  sources: [test-notes]\n'),
      }),
    ).toEqual([
      "content/events/x.yaml: date 2024-03 is after the site's asOf day, 1 Feb 2024: nothing " +
        'may be dated after it; move asOf in site.yaml once the facts are checked',
    ]);
  });

  test('a correction may be dated after the "as of" day: the day the site was mended', () => {
    expect(
      problemsOf('one', {
        'corrections/later.yaml':
          'id: later\ndate: 2024-02-05\nitems:\n  - glossary/widget-duty\n' +
          'wrong: A test statement that was wrong.\nnow: A test statement, mended.\n' +
          'evidence:\n  sources:\n    - test-gazette-2021\n',
      }),
    ).toEqual([]);
  });

  test('events of one day need the order the editor gives them', () => {
    expect(
      problemsOf('one', {
        'events/x.yaml': event('date: 2023-03-06\nevidence:\n  sources: [test-notes]\n'),
      }),
    ).toEqual([
      'content/events/talks-open.yaml: dayOrder is needed: test-event falls on the same day too ' +
        '(2023-03-06); give each a dayOrder, 1 first, so the timeline shows them in the order ' +
        'they happened',
      'content/events/x.yaml: dayOrder is needed: talks-open falls on the same day too ' +
        '(2023-03-06); give each a dayOrder, 1 first, so the timeline shows them in the order ' +
        'they happened',
    ]);
  });
});

describe('ids and references', () => {
  test('an unknown reference names the folder it is not in', () => {
    expect(
      problemsOf('one', {
        'events/x.yaml': event(
          'date: 2022\ninvolved: [widget-dutty]\nevidence:\n  sources: [test-notes]\n',
        ),
      }),
    ).toEqual([
      'content/events/x.yaml: involved[0] refers to "widget-dutty", which is not an id in ' +
        'glossary/',
    ]);
  });

  test('site.yaml’s references are checked too', () => {
    const site = checkStory('one').content?.site;
    expect(site?.story.keyEvent).toBe('talks-open');
    expect(
      problemsOf('one', { 'events/talks-open.yaml': null, 'key-facts/talks-agreed.yaml': null }),
    ).toContain(
      'content/site.yaml: story.keyEvent refers to "talks-open", which is not an id in events/',
    );
  });

  test('a duplicate id, and an old id that takes another entry’s', () => {
    expect(
      problemsOf('one', {
        'events/x.yaml': event('date: 2022\nevidence:\n  sources: [test-notes]\n').replace(
          'id: test-event',
          'id: talks-open',
        ),
        'glossary/x.yaml':
          'id: x\noldIds: [ruritania]\nterm: Test term\nkind: term\nshort: A test.\ndefinition: ' +
          'Test.\nevidence:\n  sources: [test-notes]\n',
      }),
    ).toEqual([
      'content/events/x.yaml: id "talks-open" is already used by ' +
        'content/events/talks-open.yaml: ids must be unique within events/',
      'content/glossary/x.yaml: oldIds[0] "ruritania" is already used by ' +
        'content/glossary/ruritania.yaml: ids must be unique within glossary/',
    ]);
  });

  test('an event cannot take an era’s id: they share the timeline page', () => {
    expect(
      problemsOf('one', {
        'events/x.yaml': event('date: 2022\nevidence:\n  sources: [test-notes]\n').replace(
          'id: test-event',
          'id: before',
        ),
      }),
    ).toEqual([
      'content/events/x.yaml: id "before" is also the id of content/eras/before.yaml on ' +
        '/timeline/: one page cannot hold two elements with one id; choose another',
    ]);
  });

  test('an era with no events', () => {
    expect(
      problemsOf('one', {
        'eras/empty.yaml': 'id: empty\ntitle: Empty\norder: 3\nsummary: Nothing.\n',
      }),
    ).toEqual([
      'content/eras/empty.yaml: has no events: give an event era: empty, or delete the era',
    ]);
  });
});

describe('evidence', () => {
  test('an item with no evidence, and with empty evidence', () => {
    const glossary = (evidence: string) =>
      `id: x\nterm: Test term\nkind: term\nshort: A test.\ndefinition: Test.\n${evidence}`;
    expect(problemsOf('one', { 'glossary/x.yaml': glossary('') })).toEqual([
      'content/glossary/x.yaml: evidence is missing: every item needs evidence, a quote from an ' +
        'article or a source',
    ]);
    expect(problemsOf('one', { 'glossary/x.yaml': glossary('evidence: {}\n') })).toEqual([
      'content/glossary/x.yaml: evidence is empty: give a quote from an article or at least one ' +
        'source',
    ]);
  });
});

describe('glossary names', () => {
  test('a name given to two entries', () => {
    expect(
      problemsOf('one', {
        'glossary/x.yaml':
          'id: x\nterm: Ruritania\nkind: term\nshort: A test.\ndefinition: Test.\nevidence:\n  ' +
          'sources: [test-notes]\n',
      }),
    ).toEqual([
      'content/glossary/x.yaml: term "Ruritania" already names ruritania ' +
        '(content/glossary/ruritania.yaml): a word can link to one entry only',
    ]);
  });

  test('an alias may repeat its own term', () => {
    expect(
      problemsOf('one', {
        'glossary/ruritania.yaml':
          'id: ruritania\nterm: Ruritania\naliases: [ruritania]\nkind: institution\nshort: A ' +
          'test.\ndefinition: Test.\nevidence:\n  sources: [test-notes]\n',
      }),
    ).toEqual([]);
  });

  test('an alias that swallows the start of another entry’s name, naming both', () => {
    expect(
      problemsOf('one', {
        'glossary/x.yaml':
          "id: x\nterm: Test term\naliases: ['trade minister, Ada']\nkind: term\nshort: A " +
          'test.\ndefinition: Test.\nevidence:\n  sources: [test-notes]\n',
      }),
    ).toEqual([
      'content/glossary/x.yaml: "trade minister, Ada" takes the start of "Ada Example" ' +
        '(content/glossary/ada-example.yaml) in article widget-talks-open, p3-s1, so "Ada ' +
        'Example" is not linked there: shorten one of the names',
    ]);
  });
});

describe('the story as a whole', () => {
  test('content with no article', () => {
    expect(
      problemsOf('one', { 'articles/widget-talks-open.md': null }).filter(
        (p) => !p.includes('refers to'),
      ),
    ).toContain(
      'content/articles: holds no article: the site tells a story from at least one article (a ' +
        '.md file)',
    );
  });

  test('an article with no paragraph', () => {
    expect(
      problemsOf('one', {
        'articles/empty.md':
          '---\nid: empty\ntitle: Test\ndek: Test.\npublished: 2023-03-07\ndateline: ' +
          'Testville\ncredit: Test Wire\nlanguage: en\n---\n\n',
      }),
    ).toEqual([
      'content/articles/empty.md: body has no paragraph of text: an article needs its words ' +
        'below the frontmatter',
    ]);
  });
});
