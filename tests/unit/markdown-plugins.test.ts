/**
 * The rehype plugins of src/markdown/, each on small documents, and twice where it must be
 * idempotent.
 */
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable } from 'unified';
import { describe, expect, test } from 'vitest';
import { articleParagraphs } from '../../src/lib/article-text.ts';
import { parseMarkdown } from '../../src/lib/markdown.ts';
import rehypeGlossaryTerms from '../../src/markdown/rehype-glossary-terms.ts';
import rehypeRelativeDates from '../../src/markdown/rehype-relative-dates.ts';
import rehypeSentenceAnchors, {
  describeAnchorId,
} from '../../src/markdown/rehype-sentence-anchors.ts';
import rehypeSentenceIds from '../../src/markdown/rehype-sentence-ids.ts';

const GLOSSARY = [
  {
    id: 'test-ministry',
    names: ['Test Ministry', 'the ministry'],
    term: 'Test Ministry',
    short: 'A ministry invented for tests.',
    href: '/glossary/#test-ministry',
  },
  {
    id: 'test-act',
    names: ['Test Act of 1962'],
    term: 'Test Act of 1962',
    short: 'A law invented for tests.',
    href: '/glossary/#test-act',
  },
];

const html = (markdown: string, ...plugins: Pluggable[]) => {
  const processor = unified().use(remarkParse).use(remarkRehype);
  for (const plugin of plugins) {
    if (Array.isArray(plugin)) processor.use(plugin[0], plugin[1]);
    else processor.use(plugin as never);
  }
  return String(processor.use(rehypeStringify).processSync(markdown));
};

describe('rehypeSentenceIds', () => {
  test('gives paragraphs and sentences ids, keeping the white space between sentences', () => {
    expect(html('One. Two.\n\nThree.', rehypeSentenceIds)).toBe(
      '<p id="p1"><span class="sentence" id="p1-s1">One.</span> <span class="sentence" ' +
        'id="p1-s2">Two.</span></p>\n<p id="p2"><span class="sentence" ' +
        'id="p2-s1">Three.</span></p>',
    );
  });

  test('keeps inline markup whole inside its sentence', () => {
    expect(html('A *test* word. Next.', rehypeSentenceIds)).toContain(
      '<span class="sentence" id="p1-s1">A <em>test</em> word.</span>',
    );
  });

  test('takes the sentences the check found, so the ids are the same', () => {
    const markdown = 'Dr. Test spoke. He left.';
    const paragraphs = articleParagraphs(parseMarkdown(markdown), '2023-03-06');
    expect(html(markdown, [rehypeSentenceIds, { paragraphs }])).toContain(
      '<span class="sentence" id="p1-s1">Dr. Test spoke.</span>',
    );
  });

  test(
    'numbers only top-level paragraphs, and changes ' + 'nothing on a second run or in empty input',
    () => {
      expect(html('# Head\n\n> Quoted.\n\nText.', rehypeSentenceIds)).toContain(
        '<p id="p1"><span class="sentence" id="p1-s1">Text.</span></p>',
      );
      const once = html('One. Two.', rehypeSentenceIds);
      expect(html('One. Two.', rehypeSentenceIds, rehypeSentenceIds)).toBe(once);
      expect(html('', rehypeSentenceIds)).toBe('');
    },
  );
});

describe('rehypeGlossaryTerms', () => {
  const terms: Pluggable = [rehypeGlossaryTerms, { entries: GLOSSARY }];

  test('marks the first use in the text as words that open one definition per term', () => {
    const out = html(
      'The Test Ministry spoke. The ministry spoke again.\n\nThe ministry, once more.',
      rehypeSentenceIds,
      terms,
    );
    // Once in the text, not once a paragraph: the later uses read as plain words.
    expect(out.match(/<label class="term"/g)).toHaveLength(1);
    // The words are the label of an empty button, which the keyboard and screen readers reach.
    expect(out).toContain(
      'The <label class="term" for="p1-term-test-ministry" aria-hidden="true">Test ' +
        'Ministry</label><button class="term-open" type="button" id="p1-term-test-ministry" ' +
        'popovertarget="def-test-ministry" aria-label="Test Ministry"></button> spoke.',
    );
    expect(out).not.toContain('id="p2-term-test-ministry"');
    expect(out.match(/id="def-test-ministry"/g)).toHaveLength(1);
    expect(out).toContain(
      '<p class="term-def" id="def-test-ministry" popover="auto"><strong>Test ' +
        'Ministry</strong>: A ministry invented for tests. <a ' +
        'href="/glossary/#test-ministry">Full entry in the glossary</a></p>',
    );
  });

  test('reads a possessive with the term, so it names whole words', () => {
    expect(html("The Test Ministry's view.", terms)).toContain(
      'aria-hidden="true">Test Ministry\'s</label><button class="term-open" type="button" ' +
        'id="block0-term-test-ministry" popovertarget="def-test-ministry" ' +
        'aria-label="Test Ministry&#x27;s"></button> view.',
    );
  });

  test('puts the button after punctuation touching the term, which ends its name', () => {
    // No line starts with the mark; a screen reader hears it after the term, once.
    expect(html('Ask (the ministry), then go.', terms)).toMatch(
      new RegExp(
        '^<p>Ask \\(<label [^>]+>the ministry</label><span class="term-mark" ' +
          'aria-hidden="true">\\),</span>' +
          '<button [^>]+ aria-label="the ministry\\),"></button> then go\\.</p>',
      ),
    );
  });

  test('moves only closing marks, never an opening bracket', () => {
    expect(html('Talks with the ministry(s) went on.', terms)).toMatch(
      /<label [^>]+>the ministry<\/label><button [^>]+ aria-label="the ministry"><\/button>\(s\)/,
    );
  });

  test('never inside a link, and adds nothing where no term is used', () => {
    expect(html('[The Test Ministry](/x/) spoke.', terms)).not.toContain('<label');
    expect(html('Nothing to define.', terms)).not.toContain('term-defs');
  });
});

describe('rehypeRelativeDates', () => {
  const dates: Pluggable = [rehypeRelativeDates, { published: '2023-03-06' }];

  test('wraps the date in <time> and notes the calendar date beside it', () => {
    expect(html('They met on Monday.', rehypeSentenceIds, dates)).toContain(
      'on <time class="relative-date" datetime="2023-03-06">Monday</time><span ' +
        'class="date-note"> (6 Mar 2023)</span>.',
    );
  });

  test('adds no note where the phrase states its date, and reads through a term', () => {
    const out = html(
      'The Test Act of 1962 still applies.',
      rehypeSentenceIds,
      [rehypeGlossaryTerms, { entries: GLOSSARY }],
      dates,
    );
    expect(out).toContain('<time class="relative-date" datetime="1962">1962</time></label>');
    expect(out).not.toContain('date-note');
  });

  test("gives only the year where the words name the month, the month where they don't", () => {
    expect(html('The office opened in January.', rehypeSentenceIds, dates)).toContain(
      '>January</time><span class="date-note"> (2023)</span>',
    );
    expect(html('The office opened last month.', rehypeSentenceIds, dates)).toContain(
      '>last month</time><span class="date-note"> (February 2023)</span>',
    );
  });

  test("puts the note in square brackets inside a quotation, as an editor's insertion", () => {
    expect(html('"We met on Monday," she said.', rehypeSentenceIds, dates)).toContain(
      '>Monday</time><span class="date-note"> [6 Mar 2023]</span>,"',
    );
    expect(html('She said "yes" on Monday.', rehypeSentenceIds, dates)).toContain(
      '>Monday</time><span class="date-note"> (6 Mar 2023)</span>.',
    );
  });

  test('names a week by its ISO week', () => {
    expect(html('They meet next week.', rehypeSentenceIds, dates)).toContain('datetime="2023-W11"');
  });
});

describe('rehypeSentenceAnchors', () => {
  test('ends each sentence and each paragraph with a link to itself, once, holding no text', () => {
    const out = html('One. Two.', rehypeSentenceIds, rehypeSentenceAnchors, rehypeSentenceAnchors);
    expect(out.match(/sentence-anchor/g)).toHaveLength(2);
    expect(out.match(/paragraph-anchor/g)).toHaveLength(1);
    expect(out).toContain(
      '<a class="anchor sentence-anchor" href="#p1-s2" aria-label="Link to paragraph 1, ' +
        'sentence 2" data-fragment="p1-s2"></a></span>',
    );
    expect(describeAnchorId('p12-s3')).toBe('paragraph 12, sentence 3');
    expect(describeAnchorId('p4')).toBe('paragraph 4');
  });
});

// The type is used to keep the plugins' tree shape honest.
export type { Root };
