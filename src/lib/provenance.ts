/**
 * The provenance rule: a quote must stand word for word in an article, and it
 * links to the sentence that holds it. The date rule: the dates a quote's
 * words mean must agree with the date the item gives.
 */
import {
  articleSentences,
  findQuoteInArticle,
  normalizeText,
  searchableText,
  type ArticleSentence,
} from './article-text.ts';
import {
  findDatePhrases,
  formatPartialDate,
  spansOverlap,
  type DatePhrase,
  type PartialDate,
} from './dates.ts';

/** An article as the checks need it: its id, the day it was published and its Markdown body. */
export interface ArticleText {
  id: string;
  published: string;
  body: string;
}

/** Where a quote stands: the article and the sentence. */
export interface QuoteLocation {
  articleId: string;
  published: string;
  sentence: ArticleSentence;
}

/** Each pair of consecutive words of a normalised text ("a b c" → "a b", "b c"), or the word alone. */
function wordPairs(normalized: string): string[] {
  const words = normalized.split(' ').filter(Boolean);
  if (words.length < 2) return words;
  return words.slice(1).map((word, i) => `${words[i]} ${word}`);
}

/**
 * Splits each article into sentences once, and indexes every pair of
 * consecutive words, so that finding a quote looks only at the articles that
 * hold its rarest pair: the cost of a look-up does not grow with the number
 * of articles, and quotes and articles can grow together.
 */
export function indexArticles(articles: readonly ArticleText[]) {
  const indexed = articles.map((article) => {
    const sentences = articleSentences(article.body);
    return { ...article, sentences, searchable: searchableText(sentences) };
  });
  const byPair = new Map<string, Set<number>>();
  indexed.forEach((article, i) => {
    for (const pair of wordPairs(article.searchable.text)) {
      const set = byPair.get(pair) ?? new Set<number>();
      set.add(i);
      byPair.set(pair, set);
    }
  });
  return { articles: indexed, byPair };
}

export type ArticleIndex = ReturnType<typeof indexArticles>;

/** The first article and sentence that hold the quote, or null. */
export function locateQuote(quote: string, index: ArticleIndex): QuoteLocation | null {
  // The quote's first and last words may be cut from longer ones: only its inner pairs are whole.
  const pairs = wordPairs(normalizeText(quote));
  const inner = pairs.length > 2 ? pairs.slice(1, -1) : [];
  let rarest: Set<number> | undefined;
  for (const pair of inner) {
    const holders = index.byPair.get(pair);
    if (!holders) return null;
    if (!rarest || holders.size < rarest.size) rarest = holders;
  }
  const candidates = rarest ? [...rarest].sort((a, b) => a - b) : [...index.articles.keys()];
  for (const i of candidates) {
    const article = index.articles[i]!;
    const sentence = findQuoteInArticle(quote, article.searchable);
    if (sentence) return { articleId: article.id, published: article.published, sentence };
  }
  return null;
}

/** The date phrases of the sentence that holds a quote that fall within the quote. */
export function datePhrasesOfQuote(quote: string, location: QuoteLocation): DatePhrase[] {
  const words = normalizeText(quote);
  return findDatePhrases(location.sentence.text, location.published).filter((phrase) =>
    words.includes(normalizeText(phrase.text)),
  );
}

/**
 * Why the dates in a quote disagree with an item's span of days, or null
 * when they agree (every phrase must share a day with the span).
 */
export function quoteDateDisagreement(
  quote: string,
  location: QuoteLocation,
  span: { start: PartialDate; end?: PartialDate | undefined },
): string | null {
  for (const phrase of datePhrasesOfQuote(quote, location)) {
    if (!spansOverlap({ start: phrase.date }, span)) {
      return `disagrees with the quote: "${phrase.text}" means ${formatPartialDate(phrase.date)} (${phrase.date.iso}) in article ${location.articleId}, published ${location.published}`;
    }
  }
  return null;
}
