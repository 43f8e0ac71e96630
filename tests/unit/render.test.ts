/**
 * Markdown from content/ to HTML: the article's pipeline on the seed, and the second wall against
 * harmful input.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleParagraphs } from '../../src/lib/article-text.ts';
import { parseMarkdown } from '../../src/lib/markdown.ts';
import { createArticleRenderer, renderMarkdown } from '../../src/markdown/render.ts';

const GLOSSARY = [
  {
    id: 'test-term',
    names: ['Section 232', 'Trade Expansion Act of 1962'],
    term: 'Section 232',
    short: 'A test definition.',
    href: '/glossary/#test-term',
  },
];
const render = createArticleRenderer(GLOSSARY);
const article = (body: string, published = '2021-11-15') =>
  render({
    body,
    published,
    dateline: 'Testville',
    paragraphs: articleParagraphs(parseMarkdown(body), published),
  });

describe('createArticleRenderer', () => {
  const seed = readFileSync('tests/fixtures/seed-article.txt', 'utf8').replace(
    / — Agencies\s*$/,
    '',
  );
  const rendered = article(seed);

  test('matches the stored HTML of the seed article', async () => {
    await expect(`${rendered.html}\n${rendered.definitionsHtml}\n`).toMatchFileSnapshot(
      '__snapshots__/seed-article.html',
    );
  });

  test('marks up every relative date of the seed', () => {
    const times = [
      ...rendered.html.matchAll(/<time class="relative-date" datetime="([^"]+)">([^<]+)<\/time>/g),
    ].map((m) => `${m[2]}=${m[1]}`);
    expect(times).toEqual([
      'Monday=2021-11-15',
      '1962=1962',
      'Monday=2021-11-15',
      'Sunday=2021-11-14',
      'March=2021-03',
      'last month=2021-10',
      "today's=2021-11-15",
      '2018=2018',
      'Oct. 30=2021-10-30',
      'Tuesday=2021-11-16',
      'Thursday=2021-11-18',
    ]);
  });

  test('leads with the dateline, outside any sentence', () => {
    expect(rendered.html).toMatch(
      new RegExp(
        '^<p id="p1"><span class="dateline-lead">' +
          '<span class="dateline">Testville</span> — </span>' +
          '<span class="sentence" id="p1-s1">',
      ),
    );
  });
});

describe('the second wall: what the content check refuses never reaches a page', () => {
  test.each([
    [
      'raw HTML',
      'Hello <script>alert(1)</script> and <img src=x onerror="alert(2)"> there.',
      /<script|onerror|<img/i,
    ],
    ['a javascript: link', '[click](javascript:alert(1))', /javascript:/i],
    ['an entity-encoded one', '[click](jav&#x61;script:alert(1))', /javascript:/i],
    ['a data: link', '[click](data:text/html,x)', /data:/i],
    ['an outside image', '![x](https://tracker.example/p.gif)', /tracker\.example/],
  ])('%s is dropped from an article and from a definition', (_kind, markdown, harmful) => {
    expect(article(markdown).html).not.toMatch(harmful);
    expect(renderMarkdown(markdown)).not.toMatch(harmful);
  });

  test('safe links stay', () => {
    expect(renderMarkdown('[a](https://example.org/) [b](/glossary/)')).toBe(
      '<p><a href="https://example.org/">a</a> <a href="/glossary/">b</a></p>',
    );
  });
});
