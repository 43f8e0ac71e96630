/**
 * The provenance rule at its real precision: the dates an article's words
 * give must agree with an item's date, and an item may show a date more
 * precise than its quote gives only where a source is cited for it. Pages
 * label items by the same reading, so a badge never claims more than the
 * words behind it.
 */
import { formatPartialDate, spansOverlap, type DateSpan, type PartialDate } from './calendar.ts';
import { describeReading, type DatePhrase, type PhrasePrecision } from './date-phrases.ts';

const RANK: Record<PhrasePrecision, number> = { year: 0, month: 1, week: 1.5, day: 2 };

const phraseSpan = (phrase: DatePhrase): DateSpan => ({ start: phrase.date, end: phrase.endDate });

/**
 * Why the date phrases of a quote disagree with an item's span of days, or
 * null when each shares a day with it. The message says how each phrase was
 * read, so an editor can tell a misreading from a mistake.
 */
export function quoteDateDisagreement(
  phrases: readonly DatePhrase[],
  span: DateSpan,
  article: { id: string; published: string },
): string | null {
  for (const phrase of phrases) {
    if (spansOverlap(phraseSpan(phrase), span)) continue;
    const meant = phrase.endDate
      ? `${formatPartialDate(phrase.date)} to ${formatPartialDate(phrase.endDate)}`
      : `${formatPartialDate(phrase.date)} (${phrase.date.iso})`;
    return (
      `disagrees with the quote: ${describeReading(phrase)} means ${meant} in article ` +
      `${article.id}, published ${article.published}`
    );
  }
  return null;
}

/** How much of a dated item's date the words of its quote give. */
export type DateBacking =
  /** The quote names the date at the precision the item shows it. */
  | 'quote'
  /** The quote names it less precisely ("since 2018" for 23 March 2018), or not at all. */
  | 'source';

/**
 * Whether a quote's phrases back an item's date as shown: its start at its
 * precision, and its end, if it has one. Phrases must already agree with
 * the item (see quoteDateDisagreement).
 */
export function dateBacking(
  phrases: readonly DatePhrase[],
  item: { date: PartialDate; end?: PartialDate | undefined },
): DateBacking {
  const backed = backsDate(phrases, item.date) && (!item.end || backsDate(phrases, item.end));
  return backed ? 'quote' : 'source';
}

/** Whether a phrase names a date at least as precisely as it is shown, and agrees with it. */
export function backsDate(phrases: readonly DatePhrase[], date: PartialDate): boolean {
  return phrases.some(
    (phrase) =>
      RANK[phrase.precision] >= RANK[date.precision] &&
      spansOverlap(phraseSpan(phrase), { start: date }) &&
      (phrase.precision !== 'week' || date.precision !== 'day'),
  );
}

/** The sentence for an editor where a quote does not give an item's date as precisely as shown. */
export function unbackedDateMessage(
  quote: string,
  phrases: readonly DatePhrase[],
  date: PartialDate,
): string {
  const named = phrases.length
    ? `gives only ${phrases.map((p) => `"${p.text}"`).join(', ')}`
    : 'names no date';
  return (
    `${date.iso} is more precise than the quote: "${quote}" ${named}; cite a source for ` +
    `the date in evidence.sources, or show the date as the quote gives it`
  );
}
