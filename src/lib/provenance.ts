/**
 * The provenance rule: a quote must stand word for word in an article, and it
 * links to the sentence that holds it. The date rule: the dates a quote's
 * words mean must agree with the date the item gives.
 */
import { articleSentences, findQuoteInArticle, normalizeText, type ArticleSentence } from './article-text.ts';
import { findDatePhrases, formatPartialDate, spansOverlap, type DatePhrase, type PartialDate } from './dates.ts';

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

/** The first word pairs of a text, as the index keys it. */
const leadingPair = (normalized: string) => normalized.split(' ', 2).join(' ');

/**
 * Splits each article into sentences once, and indexes every pair of
 * consecutive words, so that finding a quote looks only at the few articles
 * that hold its first two words: quotes and articles can grow together.
 */
export function indexArticles(articles: readonly ArticleText[]) {
  const indexed = articles.map((article) => ({ ...article, sentences: articleSentences(article.body) }));
  const byPair = new Map<string, Set<number>>();
  indexed.forEach((article, i) => {
    const words = article.sentences.map((s) => normalizeText(s.text)).join(' ').split(' ');
    for (let w = 0; w < words.length; w += 1) {
      const pair = w + 1 < words.length ? `${words[w]} ${words[w + 1]}` : words[w]!;
      for (const key of [pair, words[w]!]) {
        const set = byPair.get(key) ?? new Set<number>();
        set.add(i);
        byPair.set(key, set);
      }
    }
  });
  return { articles: indexed, byPair };
}

export type ArticleIndex = ReturnType<typeof indexArticles>;

/** The first article and sentence that hold the quote, or null. */
export function locateQuote(quote: string, index: ArticleIndex): QuoteLocation | null {
  // A quote may start mid-word ("ing ..."); then every article is a candidate.
  const candidates = index.byPair.get(leadingPair(normalizeText(quote))) ?? index.articles.keys();
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const article = index.articles[i]!;
    const sentence = findQuoteInArticle(quote, article.sentences);
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
