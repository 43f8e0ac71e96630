import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeGlossaryLinks from '../../src/markdown/rehype-glossary-links.ts';
import rehypeRelativeDates from '../../src/markdown/rehype-relative-dates.ts';
import rehypeSentenceIds from '../../src/markdown/rehype-sentence-ids.ts';
import { renderArticle } from '../../src/markdown/render-article.ts';
import { loadContent } from '../../src/lib/load-content.ts';

const GLOSSARY = [
  {
    id: 'mofa',
    names: ['Japanese Foreign Ministry', 'the ministry'],
    short: 'Japan’s foreign ministry.',
    href: '/glossary/#mofa',
  },
  {
    id: 'tea',
    names: ['Trade Expansion Act of 1962'],
    short: 'A law of 1962.',
    href: '/glossary/#tea',
  },
];

const process = (markdown: string, plugins: 'ids' | 'all') => {
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSentenceIds);
  if (plugins === 'all')
    processor
      .use(rehypeGlossaryLinks, { entries: GLOSSARY })
      .use(rehypeRelativeDates, { published: '2021-11-15' });
  return String(processor.use(rehypeStringify).processSync(markdown));
};

describe('rehypeSentenceIds', () => {
  test('gives paragraphs and sentences ids, keeping the white space between sentences', () => {
    expect(process('One. Two.\n\nThree.', 'ids')).toBe(
      '<p id="p1"><span class="sentence" id="p1-s1">One.</span> <span class="sentence" id="p1-s2">Two.</span></p>\n<p id="p2"><span class="sentence" id="p2-s1">Three.</span></p>',
    );
  });

  test('keeps inline markup whole inside its sentence', () => {
    expect(process('See *the U.S. law*. Then go.', 'ids')).toBe(
      '<p id="p1"><span class="sentence" id="p1-s1">See <em>the U.S. law</em>.</span> <span class="sentence" id="p1-s2">Then go.</span></p>',
    );
  });

  test('numbers only top-level paragraphs, and leaves headings alone', () => {
    expect(process('# Title. Here\n\nOne.', 'ids')).toBe(
      '<h1>Title. Here</h1>\n<p id="p1"><span class="sentence" id="p1-s1">One.</span></p>',
    );
  });

  test('changes nothing on a second run, and nothing in empty input', () => {
    const processor = unified().use(rehypeSentenceIds).use(rehypeSentenceIds).use(rehypeStringify);
    const tree = unified()
      .use(remarkParse)
      .use(remarkRehype)
      .runSync(unified().use(remarkParse).parse('One. Two.')) as Root;
    expect(processor.stringify(processor.runSync(tree) as Root)).toBe(
      '<p id="p1"><span class="sentence" id="p1-s1">One.</span> <span class="sentence" id="p1-s2">Two.</span></p>',
    );
    expect(process('', 'ids')).toBe('');
  });
});

describe('rehypeGlossaryLinks', () => {
  test('links the first use in each paragraph only, with a tooltip', () => {
    const html = process('The ministry said. The ministry agreed.\n\nThe ministry left.', 'all');
    expect(html.match(/<a href="\/glossary\/#mofa"/g)).toHaveLength(2);
    expect(html).toContain(
      '<a href="/glossary/#mofa" class="term" aria-describedby="tip-p1-mofa">The ministry</a><span class="term-tip" role="tooltip" id="tip-p1-mofa">Japan’s foreign ministry.</span>',
    );
    expect(html).toContain('id="tip-p2-mofa"');
  });

  test('never links inside an existing link', () => {
    expect(process('Ask [the ministry](https://example.org/).', 'all')).not.toContain(
      'class="term"',
    );
  });
});

describe('rehypeRelativeDates', () => {
  test('wraps the date in <time> and notes the calendar date beside it', () => {
    expect(process('They met on Monday.', 'all')).toContain(
      'on <time datetime="2021-11-15" class="relative-date">Monday</time><span class="date-note"><span class="visually-hidden"> (</span>15 Nov 2021<span class="visually-hidden">)</span></span>.',
    );
  });

  test('adds no note where the phrase states its date, and works inside a glossary link', () => {
    const html = process('It is under the Trade Expansion Act of 1962.', 'all');
    expect(html).toContain(
      'Trade Expansion Act of <time datetime="1962" class="relative-date">1962</time></a>',
    );
    expect(html).not.toContain('date-note');
  });

  test('reads a tooltip as no part of the sentence', () => {
    expect(process('The ministry said so last month.', 'all')).toContain(
      '<time datetime="2021-10" class="relative-date">last month</time>',
    );
  });
});

describe('renderArticle on the whole article', () => {
  const content = loadContent('content');
  const article = content.collections.articles[0]!;
  const glossary = content.collections.glossary.map((file) => {
    const entry = file.data as { id: string; term: string; aliases?: string[]; short: string };
    return {
      id: entry.id,
      names: [entry.term, ...(entry.aliases ?? [])],
      short: entry.short,
      href: `/glossary/#${entry.id}`,
    };
  });

  test('matches the stored HTML', async () => {
    const html = renderArticle(article.body!, { published: '2021-11-15', glossary });
    await expect(html).toMatchFileSnapshot('__snapshots__/article.html');
  });

  test('marks up every relative date of the article', () => {
    const html = renderArticle(article.body!, { published: '2021-11-15', glossary });
    const times = [...html.matchAll(/<time datetime="([^"]+)"[^>]*>([^<]+)<\/time>/g)].map(
      (m) => `${m[2]}=${m[1]}`,
    );
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
});

describe('rehypeSentenceAnchors', () => {
  test('ends each sentence with a link to itself, once', async () => {
    const { default: rehypeSentenceAnchors, describeSentenceId } =
      await import('../../src/markdown/rehype-sentence-anchors.ts');
    const html = String(
      unified()
        .use(remarkParse)
        .use(remarkRehype)
        .use(rehypeSentenceIds)
        .use(rehypeSentenceAnchors)
        .use(rehypeSentenceAnchors)
        .use(rehypeStringify)
        .processSync('One. Two.'),
    );
    expect(html.match(/class="anchor sentence-anchor"/g)).toHaveLength(2);
    expect(html).toContain(
      '<a class="anchor sentence-anchor" href="#p1-s2" aria-label="Link to: paragraph 1, sentence 2" data-fragment="p1-s2">#</a></span>',
    );
    expect(describeSentenceId('p12-s3')).toBe('paragraph 12, sentence 3');
  });
});
