/**
 * The article as paragraphs and sentences with their ids (`p4`, `p4-s2`), and
 * the search for a quote in it. The rehype plugin that writes the ids into the
 * page uses the same splitter, so an id computed here is an id on the page.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitSentences } from './sentences.ts';

export interface ArticleSentence {
  /** `p4-s2`: the second sentence of the fourth paragraph. */
  id: string;
  paragraphId: string;
  text: string;
}

export const paragraphId = (paragraph: number) => `p${paragraph}`;
export const sentenceId = (paragraph: number, sentence: number) => `p${paragraph}-s${sentence}`;

/** The text of each top-level paragraph of a Markdown body, in order. */
export function paragraphTexts(markdown: string): string[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  return tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
}

/** Every sentence of a Markdown body, with the id it has on the page. */
export function articleSentences(markdown: string): ArticleSentence[] {
  return paragraphTexts(markdown).flatMap((text, p) =>
    splitSentences(text).map((sentence, s) => ({
      id: sentenceId(p + 1, s + 1),
      paragraphId: paragraphId(p + 1),
      text: sentence.text,
    })),
  );
}

/** Folds typographic quotes, dashes and white space so that a quote matches however it was typed. */
export function normalizeText(text: string): string {
  return text
    .replace(/[“”„″]/g, '"')
    .replace(/[‘’‚′]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text, for comparing two texts word for word. */
export function wordsOf(text: string): string[] {
  return normalizeText(text).split(' ').filter(Boolean);
}

/** An article's sentences as one normalised text, with where each sentence starts in it. */
export interface SearchableText {
  sentences: readonly ArticleSentence[];
  text: string;
  starts: number[];
}

export function searchableText(sentences: readonly ArticleSentence[]): SearchableText {
  let text = '';
  const starts: number[] = [];
  for (const sentence of sentences) {
    starts.push(text.length);
    text += `${normalizeText(sentence.text)} `;
  }
  return { sentences, text, starts };
}

/**
 * The sentence that holds a quote (the first, where the quote runs on into
 * the next), or null when the article does not hold it word for word.
 */
export function findQuoteInArticle(
  quote: string,
  article: readonly ArticleSentence[] | SearchableText,
): ArticleSentence | null {
  const needle = normalizeText(quote);
  if (!needle) return null;
  const { sentences, text, starts } = 'text' in article ? article : searchableText(article);
  const at = text.indexOf(needle);
  if (at === -1) return null;
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1]! <= at) index += 1;
  return sentences[index] ?? null;
}
