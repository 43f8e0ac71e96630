/**
 * Text-fragment links (`#:~:text=`) to quoted words that match exactly one
 * place in the page: the quote. A browser highlights the first match of a
 * directive, without regard to case, in the text as the page shows it (with
 * the dates the site adds between words), and it finds each of a
 * directive's terms within one run of text: never across the edge of a
 * block (a paragraph, a heading) nor of an inline box (a button with words).
 * A glossary term is words of the text (a label) and an empty button, so a
 * search runs through it. The directive is worked out against a model of
 * that text, breaks included: the start must occur once, and the end's first
 * match after it must close the quote. Where the start alone is not unique
 * (like the menu's "Section 232"), the words just before the quote are added
 * as a prefix (`text=under-,Section 232,…`); where the quote ends inside a
 * word, the rest of the word follows as a suffix
 * (`text=former US President,Trump,-'s`), since a term matches whole words.
 */
import type { Element, Root } from 'hast';

/** Where a search cannot run on: the edge of a block. */
export const BLOCK_BREAK = '\u0002';
/** The edge of an inline box (a button with words): a term cannot cross it, a prefix can. */
export const BOX_BREAK = '\u0001';

/** The text of a page, with where each sentence's own characters stand in it. */
export interface PageText {
  /** The text, with BLOCK_BREAK and BOX_BREAK where a browser's search breaks. */
  text: string;
  /** For each sentence id, the page offset of each character of the sentence's own text. */
  sentenceOffsets: Map<string, number[]>;
}

const classesOf = (node: { properties?: Record<string, unknown> }) => {
  const classes = node.properties?.className;
  return Array.isArray(classes) ? classes.map(String) : [];
};

/** Text the page shows beside the sentence's own words: date notes and the dateline. */
const ADDED = new Set(['date-note', 'anchor', 'dateline-lead']);
/** What a browser does not show until asked: popover definitions. */
const HIDDEN = new Set(['term-defs']);
const BLOCKS = new Set(
  (
    'address article aside blockquote dd details div dl dt figcaption figure footer h1 h2 h3 h4 ' +
    'h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
/**
 * Inline boxes of their own: a button with words is inline-block; hidden-but-read text is
 * positioned. An empty button (a glossary term's) has no text to break the search.
 */
const isBox = (node: Element, classes: string[]) =>
  (node.tagName === 'button' && node.children.length > 0) ||
  node.tagName === 'br' ||
  classes.includes('visually-hidden');

/**
 * The text of a rendered article body as a browser searches it, and where
 * each sentence's words are in it.
 */
export function pageTextOf(tree: Root): PageText {
  let text = '';
  const sentenceOffsets = new Map<string, number[]>();
  const walk = (node: Root | Root['children'][number], sentence: number[] | null, own: boolean) => {
    if (node.type === 'text') {
      if (sentence && own)
        for (let i = 0; i < node.value.length; i += 1) sentence.push(text.length + i);
      text += node.value;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let current = sentence;
    let isOwn = own;
    let edge = '';
    if (node.type === 'element') {
      const classes = classesOf(node);
      if (classes.some((c) => HIDDEN.has(c))) return;
      if (classes.some((c) => ADDED.has(c))) isOwn = false;
      if (classes.includes('sentence') && typeof node.properties.id === 'string') {
        current = [];
        sentenceOffsets.set(node.properties.id, current);
      }
      if (BLOCKS.has(node.tagName)) edge = BLOCK_BREAK;
      else if (isBox(node, classes)) edge = BOX_BREAK;
    }
    text += edge;
    for (const child of node.children) walk(child, current, isOwn);
    text += edge;
  };
  walk(tree, null, true);
  return { text, sentenceOffsets };
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
const isDigit = (char: string | undefined) => char !== undefined && /\p{N}/u.test(char);

/**
 * Whether a word continues through the character at `at`, as Unicode word
 * breaking has it: "Trump's" and "U.S" are one word, "25.5" and "1,000" one
 * number; a hyphen, a space or a break ends a word.
 */
function joins(text: string, at: number): boolean {
  const char = text[at];
  const [before, after] = [text[at - 1], text[at + 1]];
  if (/['’.]/.test(char ?? '') && isLetter(before) && isLetter(after)) return true;
  return /[.,'’]/.test(char ?? '') && isDigit(before) && isDigit(after);
}

/** Whether a word boundary falls before the character at `at`. */
function isBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const [before, after] = [text[at - 1], text[at]];
  if (isWordChar(before) && isWordChar(after)) return false;
  if (isWordChar(before) && joins(text, at)) return false;
  return !(isWordChar(after) && joins(text, at - 1));
}

/**
 * Where a needle starts in a text at the start of a word (and, if asked, ends at the end of one).
 */
function occurrences(text: string, needle: string, wholeWord: boolean, from = 0): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (isBoundary(text, at) && (!wholeWord || isBoundary(text, at + needle.length)))
      found.push(at);
  }
  return found;
}

const isGap = (char: string | undefined) =>
  char !== undefined && (char === ' ' || char === BOX_BREAK);

/** A directive's parts: words before the quote, its start, and (for a range) its end. */
interface Terms {
  prefix?: string | undefined;
  start: string;
  end?: string | undefined;
  /** The rest of the word the quote ends inside ("'s" of "Trump's"). */
  suffix?: string | undefined;
}

/** Whether the text at `at`, after any spaces and inline-box edges, goes on with a suffix. */
function followedBy(text: string, at: number, suffix: string | undefined): boolean {
  if (suffix === undefined) return isBoundary(text, at);
  let next = at;
  while (isGap(text[next])) next += 1;
  return text.startsWith(suffix, next) && isBoundary(text, next + suffix.length);
}

/**
 * Where a browser's match of a directive's start falls, in order: the start
 * at a word's beginning (and, with no end term, followed by the word's end or
 * the suffix), right after the prefix where there is one (only spaces and
 * inline-box edges between).
 */
function startMatches(text: string, { prefix, start, end, suffix }: Terms): number[] {
  const candidates = prefix
    ? occurrences(text, prefix, false).flatMap((at) => {
        let next = at + prefix.length;
        while (isGap(text[next])) next += 1;
        return text.startsWith(start, next) ? [next] : [];
      })
    : occurrences(text, start, false);
  if (end !== undefined) return candidates;
  return candidates.filter((at) => followedBy(text, at + start.length, suffix));
}

/** Whether a directive matches [from, to) of the text and its start matches nowhere else. */
function matchesOnly(text: string, terms: Terms, from: number, to: number): boolean {
  const starts = startMatches(text, terms);
  if (starts.length !== 1 || starts[0] !== from) return false;
  if (terms.end === undefined) return from + terms.start.length === to;
  const end = occurrences(text, terms.end, false, from + terms.start.length)[0];
  return end !== undefined && end + terms.end.length === to && followedBy(text, to, terms.suffix);
}

const encode = (text: string) =>
  encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** Case and white space as a browser compares them: any run of spaces is one space. */
const fold = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

const GAPS = new RegExp(`([ ${BOX_BREAK}${BLOCK_BREAK}]+)`);

/** The words of a stretch of text, each with the spaces and breaks that follow it. */
function wordsOf(text: string): { word: string; gap: string }[] {
  const parts = text.split(GAPS);
  const words: { word: string; gap: string }[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i]) words.push({ word: parts[i]!, gap: parts[i + 1] ?? '' });
    else if (words.length > 0) words.at(-1)!.gap += parts[i + 1] ?? '';
  }
  return words;
}

/** Words joined as a term, or null where a break falls between them: a term cannot cross one. */
function term(words: readonly { word: string; gap: string }[]): string | null {
  if (words.slice(0, -1).some((w) => w.gap.trim() !== '')) return null;
  return words.map((w) => w.word).join(' ');
}

/** What stands around an article's words on its page, as blocks of text. */
export interface PageContext {
  /** Text above the words (menu, headline, standfirst): a match there would come first. */
  before?: readonly string[];
  /** Text below them: a start must not occur there either. */
  after?: readonly string[];
}

/** How many words of the text before a quote a prefix may take. */
const MAX_PREFIX_WORDS = 4;

/**
 * The text directive (`text=start`, `text=start,end`, either with a
 * `prefix-,` or a `,-suffix`) that matches the page's text from `start` to
 * `end` and nowhere else. Null when no such directive exists.
 */
export function textDirective(
  page: string,
  start: number,
  end: number,
  { before = [], after = [] }: PageContext = {},
): string | null {
  const above = before.map((block) => block + BLOCK_BREAK).join('');
  const raw = `${above}${page}${after.map((block) => BLOCK_BREAK + block).join('')}`;
  // Lower-casing can change the length of rare letters; then offsets would not line up.
  if (raw.toLowerCase().length !== raw.length) return null;
  const text = fold(raw);
  // Offsets are kept in the page's own text; runs of white space fold the same on both sides.
  const at = (offset: number) => fold(raw.slice(0, above.length + offset)).length;
  let from = at(start);
  const to = at(end);
  // A quote that starts inside a word starts with it; one that ends inside a word
  // ("Trump" of "Trump's") ends there, the rest of the word following as a suffix.
  while (!isBoundary(text, from)) from -= 1;
  let wordEnd = to;
  while (!isBoundary(text, wordEnd)) wordEnd += 1;
  const suffix = wordEnd > to ? text.slice(to, wordEnd) : undefined;
  const words = wordsOf(text.slice(from, to));
  if (words.length === 0) return null;

  const prefixes: (string | undefined)[] = [undefined];
  const preceding = wordsOf(text.slice(0, from));
  for (let n = 1; n <= Math.min(MAX_PREFIX_WORDS, preceding.length); n += 1) {
    const taken = preceding.slice(-n);
    // A prefix stays in the quote's block, and is one term.
    if (taken.some((w) => w.gap.includes(BLOCK_BREAK))) break;
    const prefix = term(taken);
    if (prefix === null) break;
    // Punctuation alone (an opening quotation mark) tells no places apart.
    if (/[\p{L}\p{N}]/u.test(prefix)) prefixes.push(prefix);
  }

  for (const prefix of prefixes) {
    const exact = term(words);
    const whole =
      exact !== null && matchesOnly(text, { prefix, start: exact, suffix }, from, to)
        ? directive({ prefix, start: exact, suffix })
        : null;
    // Two words read best whole; a longer quote is marked as well by its first and last
    // words, and the shorter link wins (links weigh on the pages that list many quotes).
    if (whole !== null && words.length <= 2) return whole;
    const range = rangeDirective(text, words, { prefix, suffix }, from, to);
    if (whole !== null && (range === null || whole.length <= range.length)) return whole;
    if (range !== null) return range;
  }
  return null;
}

/** The first `start,end` directive, fewest words first, that matches from `from` to `to` alone. */
function rangeDirective(
  text: string,
  words: readonly { word: string; gap: string }[],
  { prefix, suffix }: { prefix: string | undefined; suffix: string | undefined },
  from: number,
  to: number,
): string | null {
  for (let k = 1; k < words.length; k += 1) {
    const head = term(words.slice(0, k));
    if (head === null) break;
    const starts = startMatches(text, { prefix, start: head, end: '' });
    if (starts.length !== 1 || starts[0] !== from) continue;
    for (let m = 1; m <= words.length - k; m += 1) {
      const tail = term(words.slice(-m));
      if (tail === null) break;
      const terms = { prefix, start: head, end: tail, suffix };
      if (matchesOnly(text, terms, from, to)) return directive(terms);
    }
  }
  return null;
}

function directive({ prefix, start, end, suffix }: Terms): string {
  const parts = [...(prefix ? [`${encode(prefix)}-`] : []), encode(start)];
  if (end !== undefined) parts.push(encode(end));
  if (suffix !== undefined) parts.push(`-${encode(suffix)}`);
  return `text=${parts.join(',')}`;
}
