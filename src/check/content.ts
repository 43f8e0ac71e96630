/**
 * The typed content of a checked folder: what the collections hold and the
 * views read. Each entry is its schema's output, with what the check found
 * out about it added (an article's paragraphs and sentences, where each
 * quote stands), so nothing is read or worked out twice.
 */
import type { ArticleParagraph } from '../lib/article-text.ts';
import type { DatePhrase } from '../lib/date-phrases.ts';
import type { DateBacking } from '../lib/provenance.ts';
import type { CollectionName, EntryData, Evidence, SiteData } from '../schemas/index.ts';

/** Where a quote stands in its article, as the check found it. */
export interface QuoteFound {
  articleId: string;
  /** The sentences it covers, the first first. */
  sentenceIds: string[];
  /** Where the quote starts in the first sentence's text, and ends in the last's. */
  start: number;
  end: number;
  /** The date phrases inside the quoted words. */
  phrases: DatePhrase[];
}

/** Evidence with its quote found: `quoted` is set wherever `quote` is. */
export interface CheckedEvidence extends Evidence {
  quoted?: QuoteFound;
  /** For a dated item: whether the quote gives its date as shown, or a source does. */
  dateFrom?: DateBacking;
}

export interface CheckedArticle extends EntryData<'articles'> {
  /** The Markdown body, as written. */
  body: string;
  paragraphs: ArticleParagraph[];
}

type WithCheckedEvidence<T> = T extends { evidence: Evidence }
  ? Omit<T, 'evidence'> & { evidence: CheckedEvidence }
  : T extends { evidence?: Evidence }
    ? Omit<T, 'evidence'> & { evidence?: CheckedEvidence }
    : T;

/** An entry of a collection after the check. */
export type Checked<C extends CollectionName> = C extends 'articles'
  ? CheckedArticle
  : WithCheckedEvidence<EntryData<C>>;

export type Content = { site: SiteData } & { [C in CollectionName]: Checked<C>[] };
