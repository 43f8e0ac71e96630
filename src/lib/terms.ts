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

/** Builds a matcher for a set of glossary entries; run it on as many texts as needed. */
export function createTermMatcher(entries: readonly TermNames[]): (text: string) => TermMatch[] {
  const byFirstWord = new Map<string, { name: string; id: string }[]>();
  for (const entry of entries) {
    for (const raw of entry.names) {
      const name = raw.toLowerCase();
      const first = name.match(/^[\p{L}\p{N}]+/u)?.[0];
      // A name must start with a letter or digit to be found at the start of a word.
      if (!first) continue;
      const list = byFirstWord.get(first) ?? [];
      if (!list.some((known) => known.name === name)) list.push({ name, id: entry.id });
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.name.length - a.name.length);

  return (text) => {
    const lower = text.toLowerCase();
    // Lower-casing can change the length of rare letters; then offsets would not line up.
    if (lower.length !== text.length) return [];
    const found: TermMatch[] = [];
    const words = new RegExp(WORD.source, WORD.flags);
    for (let word = words.exec(lower); word; word = words.exec(lower)) {
      const start = word.index;
      // Letters, digits and hyphens continue a word: "duty" is not found in "duty-free", nor "free" in it.
      if (lower[start - 1] === '-' && isWordChar(lower[start - 2])) continue;
      for (const { name, id } of byFirstWord.get(word[0]) ?? []) {
        const end = start + name.length;
        if (
          !lower.startsWith(name, start) ||
          isWordChar(lower[end]) ||
          (lower[end] === '-' && isWordChar(lower[end + 1]))
        )
          continue;
        found.push({ id, start, end });
        words.lastIndex = end;
        break;
      }
    }
    return found;
  };
}
