/**
 * Text-fragment links (`#:~:text=`) to quoted words that match exactly one
 * place in the page: the quote. A browser highlights the first match of a
 * directive, on whole words and without regard to case, in the text as the
 * page shows it (with the dates and anchors the site adds between words). So
 * the directive is worked out against that text: the shortest start that
 * occurs once, and the shortest end whose first match after it closes the
 * quote.
 */
import type { Root } from 'hast';

/** The text of a page, with where each sentence's own characters stand in it. */
export interface PageText {
  text: string;
  /** For each sentence id, the page offset of each character of the sentence's own text. */
  sentenceOffsets: Map<string, number[]>;
}

const classesOf = (node: { properties?: Record<string, unknown> }) => {
  const classes = node.properties?.className;
  return Array.isArray(classes) ? classes.map(String) : [];
};

/** Text the page shows beside the sentence's own words: date notes and link anchors. */
const ADDED = new Set(['date-note', 'anchor', 'dateline-lead']);
/** What a browser does not show until asked: popover definitions. */
const HIDDEN = new Set(['term-defs']);

/**
 * The text of a rendered article body as a browser shows it, and where each
 * sentence's words are in it.
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
    if (node.type === 'element') {
      const classes = classesOf(node);
      if (classes.some((c) => HIDDEN.has(c))) return;
      if (classes.some((c) => ADDED.has(c))) isOwn = false;
      if (classes.includes('sentence') && typeof node.properties.id === 'string') {
        current = [];
        sentenceOffsets.set(node.properties.id, current);
      }
    }
    for (const child of node.children) walk(child, current, isOwn);
  };
  walk(tree, null, true);
  return { text, sentenceOffsets };
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** The end of the word at `end`: a possessive or contraction ("Trump's") is one word to a browser. */
function wordEnd(text: string, end: number): number {
  let at = end;
  while (isWordChar(text[at]) || (/['’]/.test(text[at] ?? '') && isWordChar(text[at + 1]))) at += 1;
  return at;
}

function wordStart(text: string, start: number): number {
  let at = start;
  while (isWordChar(text[at - 1]) || (/['’]/.test(text[at - 1] ?? '') && isWordChar(text[at - 2])))
    at -= 1;
  return at;
}

/** Every whole-word place a needle stands in a text, without regard to case. */
function occurrences(haystack: string, needle: string, from = 0): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle, from); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length])) found.push(at);
  }
  return found;
}

const encode = (text: string) =>
  encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** White space as a browser compares it: any run is one space. */
const fold = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

/**
 * The text directive (`text=start,end` or `text=words`) that matches the
 * page's text from `start` to `end` and nothing before it; `other` is the
 * rest of the page's text (headline, lists), which must not hold the start.
 * Null when no such directive exists.
 */
export function textDirective(page: string, start: number, end: number, other = ''): string | null {
  const from = wordStart(page, start);
  const to = wordEnd(page, end);
  // Positions are kept in the page's own text; runs of white space fold the same on both sides.
  const text = fold(page);
  const shift = (offset: number) => fold(page.slice(0, offset)).length;
  const a = shift(from);
  const b = shift(to);
  const elsewhere = fold(other);
  const quote = text.slice(a, b).trim();
  const words = quote.split(' ');
  const unique = (needle: string) =>
    occurrences(text, needle).length === 1 && occurrences(elsewhere, needle).length === 0;

  if (!/[#¶]/.test(quote) && unique(quote) && occurrences(text, quote)[0] === a)
    return `text=${encode(quote)}`;
  for (let k = 1; k < words.length; k += 1) {
    const head = words.slice(0, k).join(' ');
    if (/[#¶]/.test(head) || !unique(head) || occurrences(text, head)[0] !== a) continue;
    for (let m = 1; m <= words.length - k; m += 1) {
      const tail = words.slice(-m).join(' ');
      if (/[#¶]/.test(tail)) break;
      const first = occurrences(text, tail, a + head.length)[0];
      if (first !== undefined && first + tail.length === b)
        return `text=${encode(head)},${encode(tail)}`;
    }
  }
  return null;
}
