/**
 * Finds glossary terms and their aliases in running text: whole words only,
 * without regard to case, the longest name first ("Japanese Foreign Ministry"
 * before "Foreign Ministry"), never two matches over the same words.
 *
 * Names are looked up by their first word, so the cost grows with the text,
 * not with the size of the glossary.
 */

export interface TermNames {
  id: string;
  /** The term and its aliases. */
  names: readonly string[];
}

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

type NamesByFirstWord = Map<string, { name: string; id: string }[]>;

function namesByFirstWord(entries: readonly TermNames[]): NamesByFirstWord {
  const byFirstWord: NamesByFirstWord = new Map();
  for (const entry of entries) {
    for (const raw of entry.names) {
      const name = raw.toLowerCase();
      const first = /^[\p{L}\p{N}]+/u.exec(name)?.[0];
      // A name must start with a letter or digit to be found at the start of a word.
      if (!first) continue;
      const list = byFirstWord.get(first) ?? [];
      if (!list.some((known) => known.name === name)) list.push({ name, id: entry.id });
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.name.length - a.name.length);
  return byFirstWord;
}

/**
 * Every name found at each word of a text, longest first: with `greedy`,
 * only the longest at a word, and the search goes on after it.
 */
function findNames(byFirstWord: NamesByFirstWord, text: string, greedy: boolean): TermMatch[] {
  const lower = text.toLowerCase();
  // Lower-casing can change the length of rare letters; then offsets would not line up.
  if (lower.length !== text.length) return [];
  const found: TermMatch[] = [];
  const words = new RegExp(WORD.source, WORD.flags);
  for (let word = words.exec(lower); word; word = words.exec(lower)) {
    const start = word.index;
    // Letters, digits and hyphens continue a word: "duty" is not found in "duty-free", nor "free"
    // in it.
    if (lower[start - 1] === '-' && isWordChar(lower[start - 2])) continue;
    for (const { name, id } of byFirstWord.get(word[0]) ?? []) {
      const end = start + name.length;
      const wholeWord =
        !isWordChar(lower[end]) && !(lower[end] === '-' && isWordChar(lower[end + 1]));
      if (!lower.startsWith(name, start) || !wholeWord) continue;
      found.push({ id, start, end });
      if (greedy) {
        words.lastIndex = end;
        break;
      }
    }
  }
  return found;
}

/** Builds a matcher for a set of glossary entries; run it on as many texts as needed. */
export function createTermMatcher(entries: readonly TermNames[]): (text: string) => TermMatch[] {
  const byFirstWord = namesByFirstWord(entries);
  return (text) => findNames(byFirstWord, text, true);
}

/** A name of one entry that a longer name of another, starting before it, swallows in a text. */
export interface SwallowedName {
  /** The entry that links there instead. */
  by: TermMatch;
  /** The entry whose name is cut. */
  cut: TermMatch;
}

/**
 * Where, in a text, a name of one entry starts inside the name of another
 * that the matcher takes first and runs on past it ("US Trade" taking
 * "Trade" from "Trade Expansion Act"), so that the second entry is not
 * linked there. A name wholly inside a longer one ("tariffs" in "additional
 * import tariffs") is not: the longer, more precise name is meant to win.
 */
export function createSwallowFinder(
  entries: readonly TermNames[],
): (text: string) => SwallowedName[] {
  const byFirstWord = namesByFirstWord(entries);
  return (text) => {
    const taken = findNames(byFirstWord, text, true);
    const swallowed: SwallowedName[] = [];
    let t = 0;
    for (const candidate of findNames(byFirstWord, text, false)) {
      while (t < taken.length && taken[t]!.end <= candidate.start) t += 1;
      const by = taken[t];
      if (by && by.id !== candidate.id && candidate.start < by.end && candidate.end > by.end) {
        swallowed.push({ by, cut: candidate });
      }
    }
    return swallowed;
  };
}
