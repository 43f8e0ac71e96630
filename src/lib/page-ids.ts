/**
 * Ids the pages give their own elements. Entries' ids share a page with
 * them, so the content check refuses an entry id that is one of these.
 */

/** Ids the page shell gives its own elements, on every page. */
export const SHELL_IDS = ['main', 'live-region', 'headline'] as const;

/** The glossary page's groups after the letters. */
export const GLOSSARY_GROUPS = { people: 'people', institutions: 'institutions' } as const;

/** The glossary page's heading for a letter: "letter-t". */
export const letterId = (letter: string) => `letter-${letter.toLowerCase()}`;
