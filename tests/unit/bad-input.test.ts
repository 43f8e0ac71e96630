/**
 * Content a careless or hostile editor could write, each kind refused by the
 * content check with the file, the field (or line) and what to do; nothing
 * harmful reaches a page, and one problem does not bring false ones with it.
 * The README's security notes list these kinds.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/check/load.ts';
import { formatProblem } from '../../src/check/problems.ts';
import { copyStory, problemsOf } from '../support/fixtures.ts';

const ARTICLE = 'articles/widget-talks-open.md';
const FRONTMATTER =
  '---\nid: widget-talks-open\ntitle: Test\ndek: Test.\npublished: 2023-03-06\ndateline: ' +
  'Testville\ncredit: Test Wire\nlanguage: en\n---\n';
/** The fixture article's first paragraph, which the fixture's quotes need, then `extra`. */
const article = (extra: string) =>
  `${FRONTMATTER}\nThis article is test text written for the site's own tests. Ministers of ` +
  `Ruritania and Freedonia on Monday agreed to open talks on the widget duty, officials ` +
  `said.\n\nThe duty of 20 percent on widgets has been charged since 2021. The ministers will ` +
  `meet again in Testville on Thursday.\n\nFreedonia's trade minister, Ada Example, said the ` +
  `talks were "a first step."\n\n${extra}\n`;
const source = (fields: string) =>
  `id: test-source\npublisher: Test Publisher\ndescription: A test source\n${fields}`;
const glossary = (definition: string) =>
  `id: test-term\nterm: Test term\nkind: term\nshort: A test.\ndefinition: ` +
  `${definition}\nevidence:\n  sources: [test-notes]\n`;

describe('links and images: one allow-list for every URL content can produce', () => {
  test.each([
    ['an inline link', '[click](javascript:alert(1))', 'javascript:alert(1)'],
    ['a vbscript: link', '[click](vbscript:msgbox(1))', 'vbscript:msgbox(1)'],
    [
      'a data: link',
      '[click](data:text/html;base64,PHNjcmlwdD4=)',
      'data:text/html;base64,PHNjcmlwdD4=',
    ],
    ['an autolink', '<javascript:alert(1)>', 'javascript:alert(1)'],
    ['an entity-encoded scheme', '[click](jav&#x61;script:alert(1))', 'javascript:alert(1)'],
    ['a scheme-less host', '[click](//tracker.example/x)', '//tracker.example/x'],
  ])('%s in an article is refused with its line', (_kind, markdown, url) => {
    const problems = problemsOf('one', { [ARTICLE]: article(markdown) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^content/articles/widget-talks-open\\.md:17: body has a link to ` +
          `${JSON.stringify(url).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} that `,
      ),
    );
  });

  test(
    'a link by reference definition, in a glossary ' + 'definition, names the field and its line',
    () => {
      expect(
        problemsOf('one', {
          'glossary/x.yaml': glossary('|\n  See [it][x].\n\n  [x]: javascript:alert(1)'),
        }),
      ).toEqual([
        'content/glossary/x.yaml: definition has a link to "javascript:alert(1)" that must start ' +
          'https:// or http://, not javascript: (line 3 of the field)',
      ]);
    },
  );

  test('links to pages of the site, fragments, e-mail and https are taken', () => {
    expect(
      problemsOf('one', {
        [ARTICLE]: article(
          '[a](/glossary/) [b](#p1-s1) [c](mailto:desk@example.org) [d](https://example.org/x)',
        ),
      }),
    ).toEqual([]);
  });

  test('an image from outside the site, inline or by reference', () => {
    expect(
      problemsOf('one', {
        [ARTICLE]: article(
          '![](https://tracker.example/pixel.gif)\n\n![x][p]\n\n[p]: https://tracker.example/2.gif',
        ),
      }),
    ).toEqual([
      'content/articles/widget-talks-open.md:17: body has an image ' +
        '"https://tracker.example/pixel.gif" that is an image from outside the site: pages make ' +
        'no outside request, so copy the image into public/ and give its path',
      'content/articles/widget-talks-open.md:19: body has an image ' +
        '"https://tracker.example/2.gif" that is an image from outside the site: pages make no ' +
        'outside request, so copy the image into public/ and give its path',
    ]);
  });

  test('raw HTML, even in an attribute, is refused with its line', () => {
    expect(problemsOf('one', { [ARTICLE]: article('<img src="x" onerror="alert(1)">') })).toEqual([
      'content/articles/widget-talks-open.md:17: body holds raw HTML ("<img src=\\"x\\" ' +
        'onerror=\\"alert(1)\\">"): write Markdown only',
    ]);
  });

  test.each([
    ['javascript:', 'javascript:alert(1)', 'must start https:// or http://, not javascript:'],
    ['data:', 'data:text/html,hi', 'must start https:// or http://, not data:'],
    [
      'a host that mixes Latin and Cyrillic',
      'https://exаmple.org/',
      'has a host that mixes Latin and Cyrillic letters (xn--exmple-4nf.org), as look-alike ' +
        'addresses do: type the address again',
    ],
  ])('a source url with %s', (_kind, url, message) => {
    expect(problemsOf('one', { 'sources/test-source.yaml': source(`url: '${url}'\n`) })).toEqual([
      `content/sources/test-source.yaml: url ${message}`,
    ]);
  });

  test('a base URL that is not https', () => {
    const site = (url: string) => `title: T\ndescription: T\nbaseUrl: '${url}'\nasOf: 2024-02-01\n`;
    expect(problemsOf('one', { 'site.yaml': site('javascript:alert(1)') })[0]).toBe(
      'content/site.yaml: baseUrl must be an absolute https URL, e.g. https://example.org/, not ' +
        'javascript:',
    );
  });
});

describe('text and numbers', () => {
  test('a control character in a dek, and an escape in a title', () => {
    const problems = problemsOf('one', {
      [ARTICLE]: article('')
        .replace('dek: Test.', 'dek: "Test\\a dek."')
        .replace('title: Test', 'title: "Te\\est"'),
    });
    expect(problems).toEqual([
      'content/articles/widget-talks-open.md: title holds a control character (U+001B) at ' +
        'character 3: delete it and type the text again',
      'content/articles/widget-talks-open.md: dek holds a control character (U+0007) at ' +
        'character 5: delete it and type the text again',
    ]);
  });

  test('.inf and .nan are not numbers a rate can be', () => {
    const measure = (rate: string) =>
      `id: test-measure\ntitle: T\nproduct: widgets\nrate: ${rate}\ninForce: ` +
      `2021-01-04\ninstrument: T\nsummary: A test.\nevidence:\n  sources: [test-notes]\n`;
    expect(problemsOf('one', { 'measures/x.yaml': measure('.inf') })).toEqual([
      'content/measures/x.yaml: rate must be a finite number, not .inf or .nan',
    ]);
    expect(problemsOf('one', { 'measures/x.yaml': measure('.nan') })).toEqual([
      'content/measures/x.yaml: rate must be a finite number, not .inf or .nan',
    ]);
    expect(problemsOf('one', { 'measures/x.yaml': measure('-5') })).toEqual([
      'content/measures/x.yaml: rate must be 0 or more: a percentage such as 25 (rates above ' +
        '100 are allowed)',
    ]);
  });

  test('a date that is not in the calendar stays text and is reported, not rolled over', () => {
    expect(
      problemsOf('one', {
        'events/x.yaml':
          'id: x\ndate: 2021-02-30\nera: talks\ntitle: T\nsummary: A test.\nevidence:\n  ' +
          'sources: [test-notes]\n',
      }),
    ).toEqual([
      'content/events/x.yaml: date "2021-02-30" is not a calendar date: write YYYY, YYYY-MM or ' +
        'YYYY-MM-DD',
    ]);
  });

  test('a missing reference says which collection its id comes from', () => {
    expect(
      problemsOf('one', {
        'events/x.yaml':
          'id: x\ndate: 2021-02-03\ntitle: T\nsummary: A test.\nevidence:\n  sources: ' +
          '[test-notes]\n',
      }),
    ).toEqual(['content/events/x.yaml: era is missing: give the id of an entry in eras/']);
  });

  test('a date-like title stays a title', () => {
    expect(
      problemsOf('one', {
        'eras/talks.yaml': 'id: talks\ntitle: 2023-03-06\norder: 2\nsummary: A test.\n',
      }),
    ).toEqual([]);
  });

  test('a one-sentence field without its full stop says what to add', () => {
    expect(
      problemsOf('one', {
        'key-facts/x.yaml':
          'id: x\norder: 9\ntext: No full stop here\nevidence:\n  sources: [test-notes]\n',
      }),
    ).toEqual([
      'content/key-facts/x.yaml: text must be one sentence ending with a full stop (or ? or !): ' +
        'add the full stop',
    ]);
  });
});

describe('files', () => {
  test('a file the collection does not read is refused, not ignored', () => {
    expect(problemsOf('one', { 'events/x.yml': 'id: x\n', 'events/notes.txt': 'notes' })).toEqual([
      'content/events/notes.txt: has .txt, but files in events/ must end in .yaml: rename it, ' +
        'or it is not read',
      'content/events/x.yml: has .yml, but files in events/ must end in .yaml: rename it, or it ' +
        'is not read',
    ]);
  });

  test('a folder where a file should be, and a folder that is no collection', () => {
    const dir = copyStory('one');
    mkdirSync(path.join(dir, 'glossary', 'notes.yaml'));
    mkdirSync(path.join(dir, 'evnets'));
    expect(loadContent('content', path.dirname(dir)).problems.map(formatProblem)).toEqual([
      'content/evnets: is not part of the content: the folder holds site.yaml, articles, ' +
        'events, eras, measures, glossary, sources, key-facts, explainer, corrections; move it ' +
        'out, or check its name',
      'content/glossary/notes.yaml: is a folder, not a file: move what it holds up one level, ' +
        'or rename it',
    ]);
  });

  test('a link to a file outside the content folder', () => {
    const dir = copyStory('one');
    const outside = path.join(mkdtempSync(path.join(tmpdir(), 'outside-')), 'secret.yaml');
    writeFileSync(outside, 'id: secret\npublisher: P\ndescription: D\n');
    symlinkSync(outside, path.join(dir, 'sources', 'secret.yaml'));
    expect(loadContent('content', path.dirname(dir)).problems.map(formatProblem)).toEqual([
      'content/sources/secret.yaml: is a link to a file outside the content folder: copy the ' +
        'file in instead, so that only content/ is published',
    ]);
  });

  test('a byte-order mark is taken as the editor’s, not as content', () => {
    expect(problemsOf('one', { [ARTICLE]: `\uFEFF${article('')}` })).toEqual([]);
  });

  test('an empty frontmatter block, and none', () => {
    expect(problemsOf('one', { 'articles/x.md': '---\n---\nText.\n' })).toEqual([
      'content/articles/x.md:1: has an empty frontmatter block: give the article its fields ' +
        '(id, title, published, ...) between the --- lines',
    ]);
    expect(problemsOf('one', { 'articles/x.md': 'Text only.\n' })).toEqual([
      'content/articles/x.md:1: has no frontmatter: start the file with its fields between two ' +
        '--- lines',
    ]);
  });

  test('an empty YAML file, and one that is not YAML, with its line', () => {
    expect(problemsOf('one', { 'eras/x.yaml': '' })).toEqual([
      'content/eras/x.yaml: is empty: give the entry its fields',
    ]);
    expect(problemsOf('one', { 'eras/x.yaml': 'id: x\ntitle: [unclosed\norder: 3\n' })[0]).toMatch(
      /^content\/eras\/x\.yaml:\d+: is not valid YAML: /,
    );
  });

  test('a key given twice is an error, not a silent overwrite', () => {
    expect(
      problemsOf('one', {
        'eras/before.yaml': 'id: before\nid: again\ntitle: T\norder: 1\nsummary: A test.\n',
      })[0],
    ).toMatch(/^content\/eras\/before\.yaml:2: is not valid YAML: duplicated mapping key/);
  });

  test('a YAML error in site.yaml names site.yaml', () => {
    expect(
      problemsOf('one', { 'site.yaml': 'title: [missed comma\n  description: x\n' })[0],
    ).toMatch(/^content\/site\.yaml:\d+: is not valid YAML: /);
  });
});

describe('one problem, not a cascade', () => {
  test('a broken glossary file does not make every reference to it unknown', () => {
    expect(
      problemsOf('one', { 'glossary/ruritania.yaml': 'id: ruritania\nterm: [broken\n' }),
    ).toEqual([
      expect.stringMatching(/^content\/glossary\/ruritania\.yaml:\d+: is not valid YAML/),
    ]);
  });

  test('a broken article does not make every quote "not found"', () => {
    expect(
      problemsOf('one', {
        [ARTICLE]: article('').replace('published: 2023-03-06', 'published: ['),
      }),
    ).toEqual([
      expect.stringMatching(
        /^content\/articles\/widget-talks-open\.md:\d+: has frontmatter that is not valid YAML/,
      ),
    ]);
  });

  test('a very long paragraph is checked without hanging', () => {
    const long = 'The test minister spoke at length. '.repeat(6000);
    expect(problemsOf('one', { [ARTICLE]: article(long) })).toEqual([]);
  });
});
