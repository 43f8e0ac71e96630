/**
 * Splits running text into sentences, the way a newspaper reader would:
 * not inside "Oct. 30", "U.S." or "Mr.", and not inside quoted speech that
 * the sentence goes on after ("...," Hagiuda said).
 */

/** A sentence as a half-open range of the text it was found in. */
export interface SentenceRange {
  start: number;
  end: number;
  text: string;
}

/** Words that take a full stop without ending a sentence, lower case, without the stop. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gov',
  'sen',
  'rep',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'rev',
  'hon',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'vs',
  'inc',
  'corp',
  'co',
  'ltd',
  'jr',
  'sr',
  'dept',
  'approx',
  'est',
  'fig',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'u.s.a',
  'a.m',
  'p.m',
]);

// A run of terminal punctuation, with any closing quotes or brackets after it.
const TERMINATOR = /[.!?]+["'”’)\]]*/g;
// What a new sentence may start with, right where the last one stopped.
const SENTENCE_START = /\s+["'“‘([]*[\p{Lu}\d]/uy;
// The word before a full stop; abbreviations are short, so only a few characters are looked at.
const WORD_BEFORE_STOP = /[\p{L}.]+$/u;
const LONGEST_ABBREVIATION = 12;

function endsWithAbbreviation(text: string, stopIndex: number): boolean {
  const before = text.slice(Math.max(0, stopIndex - LONGEST_ABBREVIATION), stopIndex);
  const token = WORD_BEFORE_STOP.exec(before)?.[0] ?? '';
  const word = token.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single initial ("J. Biden") or dotted initials ("U.S").
  return /^\p{Lu}$/u.test(token) || /^(?:\p{L}\.)+\p{L}$/u.test(token);
}

/**
 * The sentences of `text`, in order, trimmed; the ranges index into `text`.
 * Linear in the text's length: each terminator is looked at once, in place.
 */
export function splitSentences(text: string): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let start = text.search(/\S/);
  if (start === -1) return sentences;
  const last = text.trimEnd().length;
  for (const match of text.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    if (end >= last) break;
    SENTENCE_START.lastIndex = end;
    const next = SENTENCE_START.exec(text);
    if (!next) continue;
    const singleStop = match[0].startsWith('.') && !match[0].startsWith('..');
    if (singleStop && endsWithAbbreviation(text, match.index)) continue;
    sentences.push({ start, end, text: text.slice(start, end) });
    start = end + (/^\s+/.exec(next[0])?.[0].length ?? 0);
  }
  if (last > start) sentences.push({ start, end: last, text: text.slice(start, last) });
  return sentences;
}
