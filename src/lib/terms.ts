/**
 * Finds glossary terms and their aliases in running text: whole words only,
 * without regard to case, the longest name first ("Japanese Foreign Ministry"
 * before "Foreign Ministry"), never two matches over the same words.
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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds a matcher for a set of glossary entries; run it on as many texts as needed. */
export function createTermMatcher(entries: readonly TermNames[]): (text: string) => TermMatch[] {
  const owner = new Map<string, string>();
  for (const entry of entries) for (const name of entry.names) owner.set(name.toLowerCase(), entry.id);
  const names = [...owner.keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return () => [];
  // Letters, digits and hyphens continue a word: "duty" is not found in "duty-free".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu');
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      id: owner.get(match[0].toLowerCase())!,
      start: match.index,
      end: match.index + match[0].length,
    }));
}
