/**
 * An article as paragraphs and sentences with their ids (`p4`, `p4-s2`) and
 * the date phrases of each sentence, computed once from its Markdown; and the
 * search for a quote in it. The rehype plugins that write the ids and dates
 * into the page take these paragraphs, so an id found here is an id there.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findDatePhrases, type DatePhrase } from './date-phrases.ts';
import { splitSentences } from './sentences.ts';

export interface ArticleSentence {
  /** `p4-s2`: the second sentence of the fourth paragraph. */
  id: string;
  /** Where it stands in its paragraph's text. */
  start: number;
  end: number;
  text: string;
  /** Its date phrases, with offsets into `text`. */
  phrases: DatePhrase[];
}

export interface ArticleParagraph {
  /** `p4`: the fourth paragraph. */
  id: string;
  /** The paragraph's text, as the page shows it (Markdown marks removed). */
  text: string;
  sentences: ArticleSentence[];
}

export const paragraphId = (paragraph: number) => `p${paragraph}`;
export const sentenceId = (paragraph: number, sentence: number) => `p${paragraph}-s${sentence}`;

/**
 * The top-level paragraphs of an article's Markdown tree, split into sentences with their dates.
 */
export function articleParagraphs(tree: Root, published: string): ArticleParagraph[] {
  return tree.children
    .filter((node) => node.type === 'paragraph')
    .map((node, p) => {
      const text = toString(node);
      return {
        id: paragraphId(p + 1),
        text,
        sentences: splitSentences(text).map((range, s) => ({
          id: sentenceId(p + 1, s + 1),
          ...range,
          phrases: findDatePhrases(range.text, published),
        })),
      };
    });
}

const FOLDED: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '′': "'",
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
};

/**
 * Folds typographic quotes, dashes and white space so that a quote matches however it was typed.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[“”„″‘’‚′‐‑‒–—]/g, (char) => FOLDED[char] ?? char)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text, for comparing two texts word for word. */
export function wordsOf(text: string): string[] {
  return normalizeText(text).split(' ').filter(Boolean);
}

/**
 * An article's sentences as one normalised text, with, for each of its
 * characters, the sentence it comes from and its offset there: a quote found
 * in the text maps back to the exact words of each sentence it covers.
 */
export interface SearchableArticle {
  sentences: readonly ArticleSentence[];
  text: string;
  sentenceAt: Int32Array;
  offsetAt: Int32Array;
}

/** Builds the searchable text of an article in one pass over its sentences. */
export function searchableArticle(paragraphs: readonly ArticleParagraph[]): SearchableArticle {
  const sentences = paragraphs.flatMap((paragraph) => paragraph.sentences);
  const length = sentences.reduce((sum, sentence) => sum + sentence.text.length + 1, 0);
  const chars: string[] = [];
  const sentenceAt = new Int32Array(length);
  const offsetAt = new Int32Array(length);
  let lastWasSpace = true;
  sentences.forEach((sentence, s) => {
    for (let i = 0; i <= sentence.text.length; i += 1) {
      // A space closes every sentence, so sentences never run into each other.
      const raw = i === sentence.text.length ? ' ' : sentence.text.charAt(i);
      const char = /\s/.test(raw) ? ' ' : (FOLDED[raw] ?? raw);
      if (char === ' ' && lastWasSpace) continue;
      lastWasSpace = char === ' ';
      sentenceAt[chars.length] = s;
      offsetAt[chars.length] = i;
      chars.push(char);
    }
  });
  return {
    sentences,
    text: chars.join(''),
    sentenceAt: sentenceAt.subarray(0, chars.length),
    offsetAt: offsetAt.subarray(0, chars.length),
  };
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** The part of one sentence that a quote covers. */
export interface QuotedPart {
  sentence: ArticleSentence;
  /** The offsets of the quoted words in the sentence's text. */
  start: number;
  end: number;
}

/**
 * Where an article holds a quote, word for word and on whole words ("5
 * percent" is not found in "25 percent"): the part of each sentence it
 * covers, the first first. Null when the article does not hold it.
 */
export function findQuote(quote: string, article: SearchableArticle): QuotedPart[] | null {
  const needle = normalizeText(quote);
  if (!needle) return null;
  const { text } = article;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const wholeStart = !isWordChar(needle.charAt(0)) || !isWordChar(text[at - 1]);
    const wholeEnd = !isWordChar(needle.charAt(needle.length - 1)) || !isWordChar(text[end]);
    if (!wholeStart || !wholeEnd) continue;
    const parts: QuotedPart[] = [];
    for (let s = article.sentenceAt[at]!; s <= article.sentenceAt[end - 1]!; s += 1) {
      const sentence = article.sentences[s]!;
      const from = s === article.sentenceAt[at] ? article.offsetAt[at]! : 0;
      const to =
        s === article.sentenceAt[end - 1] ? article.offsetAt[end - 1]! + 1 : sentence.text.length;
      parts.push({ sentence, start: from, end: to });
    }
    return parts;
  }
  return null;
}

/** The date phrases that stand inside the quoted part of each sentence. */
export function phrasesOfQuote(parts: readonly QuotedPart[]): DatePhrase[] {
  return parts.flatMap(({ sentence, start, end }) =>
    sentence.phrases.filter((phrase) => phrase.start >= start && phrase.end <= end),
  );
}
