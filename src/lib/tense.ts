/**
 * Reads the tense in which a date phrase is meant from the verb that governs
 * it: "arrived ... on Sunday" looks back, "will travel ... on Thursday" and
 * "is expected to meet ... on Thursday" look ahead. Words are tagged by
 * compromise (a part-of-speech tagger), so "United" in "the United States"
 * is a name, not a verb in -ed; the rules below pick the governing verb group
 * and read its tense.
 */
import nlp from 'compromise';

export type Tense = 'past' | 'future';

/** How a phrase's tense was read, for editors: "future because of 'will'". */
export interface TenseReading {
  tense: Tense;
  /** The words that decided it, as written, or a short reason. */
  because: string;
}

interface Token {
  text: string;
  normal: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
}

/** At most this many characters either side of a phrase are tagged: reading stays linear. */
const WINDOW_BEFORE = 240;
const WINDOW_AFTER = 120;

/** Words the tagger may take for verbs that never govern a date here. */
const NEVER_VERBS = new Set([
  'under',
  'after',
  'before',
  'since',
  'during',
  'including',
  'according',
  'following',
  'regarding',
  'concerning',
  'amid',
  'despite',
]);
const FUTURE_MODALS = new Set(['will', 'shall', "'ll", 'would', 'wo']);
const BE_FORMS = new Set(['is', 'are', 'am', "'s", "'re", 'be', 'been', 'being', 'was', 'were']);
const HAVE_FORMS = new Set(['has', 'have', 'had', "'ve", "'d"]);
/** "is expected to", "are set to", "is due to": the verb after "to" lies ahead. */
const FUTURE_FRAMES = new Set([
  'expected',
  'set',
  'due',
  'scheduled',
  'slated',
  'poised',
  'about',
  'likely',
  'going',
]);
/** "plans to", "intends to": ahead, in the present tense of the planning verb. */
const PLANNING_VERBS = new Set([
  'plan',
  'plans',
  'intend',
  'intends',
  'aim',
  'aims',
  'hope',
  'hopes',
]);
const GROUP_ADVERBS = new Set(['not', "n't", 'also', 'now', 'again', 'still', 'already', 'soon']);
const CLAUSE_BREAKS = /[;:]/;

function tokensOf(text: string, offset: number): Token[] {
  const [sentence] = nlp(text).json({ offset: true, terms: { offset: true } }) as {
    terms: {
      text: string;
      normal: string;
      implicit?: string;
      tags: string[];
      offset: { start: number; length: number };
    }[];
  }[];
  return (sentence?.terms ?? []).map((term) => ({
    text: term.text || term.implicit || '',
    normal: (term.implicit ?? term.normal).toLowerCase(),
    tags: new Set(term.tags),
    start: offset + term.offset.start,
    end: offset + term.offset.start + term.offset.length,
  }));
}

const isVerb = (token: Token) =>
  (token.tags.has('Verb') || token.tags.has('Modal') || token.tags.has('Auxiliary')) &&
  !NEVER_VERBS.has(token.normal) &&
  !token.tags.has('ProperNoun');

/** A run of verbs, with "to" and a few adverbs inside it: "are expected to meet again". */
interface VerbGroup {
  tokens: Token[];
  start: number;
  end: number;
  /** The word before the group: "and" marks a verb sharing the tense of the one before. */
  before?: Token | undefined;
}

function verbGroups(tokens: readonly Token[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let current: Token[] = [];
  const close = (index: number) => {
    while (current.length && !isVerb(current.at(-1)!)) current.pop();
    if (current.length) {
      const first = tokens.indexOf(current[0]!);
      groups.push({
        tokens: current,
        start: current[0]!.start,
        end: current.at(-1)!.end,
        before: tokens[first - 1],
      });
    }
    current = [];
    return index;
  };
  tokens.forEach((token, i) => {
    const inside =
      isVerb(token) ||
      (current.length > 0 &&
        (token.normal === 'to' || GROUP_ADVERBS.has(token.normal)) &&
        tokens[i + 1] !== undefined);
    if (inside) current.push(token);
    else close(i);
  });
  close(tokens.length);
  return groups;
}

/** The tense a verb group is in, or null when it does not say (a bare "travel" after "and"). */
function groupTense(group: VerbGroup): TenseReading | null {
  const words = group.tokens.map((t) => t.normal);
  const written = (i: number) => group.tokens[i]!.text;
  for (const [i, word] of words.entries()) {
    if (FUTURE_MODALS.has(word)) return { tense: 'future', because: written(i) || 'will' };
    if (word === 'to' && i > 0) {
      const head = words[i - 1]!;
      if (FUTURE_FRAMES.has(head) || PLANNING_VERBS.has(head))
        return { tense: 'future', because: `${written(i - 1)} to` };
      // "is to meet": arranged for later.
      if (BE_FORMS.has(head) && !['was', 'were'].includes(head))
        return { tense: 'future', because: `${written(i - 1)} to` };
    }
  }
  const first = group.tokens[0]!;
  if (HAVE_FORMS.has(words[0]!) && group.tokens.length > 1)
    return { tense: 'past', because: group.tokens.map((t) => t.text).join(' ') };
  const past = group.tokens.find(
    (t) => t.tags.has('PastTense') || ['was', 'were'].includes(t.normal),
  );
  if (past) return { tense: 'past', because: past.text };
  // A bare verb joined by "and" shares the tense of the verb before it.
  const bare = first.tags.has('Infinitive') || first.tags.has('Gerund');
  if (bare && ['and', 'or', 'but'].includes(group.before?.normal ?? '')) return null;
  // "since taking office": looks back from the sentence's own time.
  if (first.tags.has('Gerund') && ['since', 'after'].includes(group.before?.normal ?? ''))
    return { tense: 'past', because: `${group.before!.text} ${first.text}` };
  // Wire copy puts what is arranged in the present: "the ministers meet on Thursday".
  return { tense: 'future', because: `${first.text} (present tense)` };
}

/**
 * The tense of the date phrase at [start, end) of the sentence: read from the
 * verb group just after it when the phrase stands before its verb ("on Monday
 * agreed"), else from the nearest group before it in the same clause, else
 * from the first after it. With no verb at all, wire copy reports what happened.
 */
export function readTense(sentence: string, start: number, end: number): TenseReading {
  const from = Math.max(0, start - WINDOW_BEFORE);
  const to = Math.min(sentence.length, end + WINDOW_AFTER);
  // Tag the window from a word boundary, so no word is cut in two.
  const windowStart = from === 0 ? 0 : sentence.indexOf(' ', from) + 1;
  const tokens = tokensOf(sentence.slice(windowStart, to), windowStart);
  const groups = verbGroups(tokens);
  const tenseFrom = (index: number): TenseReading | null => {
    for (let i = index; i >= 0; i -= 1) {
      const reading = groupTense(groups[i]!);
      if (reading) return reading;
    }
    return null;
  };

  const firstAfter = groups.findIndex((group) => group.start >= end);
  const next = groups[firstAfter];
  const between = next ? sentence.slice(end, next.start) : '';
  if (next && /^[\s,]*(?:\w+ly\s+)?$/.test(between)) {
    const reading = tenseFrom(firstAfter);
    if (reading) return reading;
  }
  const lastBefore = firstAfter === -1 ? groups.length - 1 : firstAfter - 1;
  const previous = groups[lastBefore];
  if (previous && !CLAUSE_BREAKS.test(sentence.slice(previous.end, start))) {
    const reading = tenseFrom(lastBefore);
    if (reading) return reading;
  }
  if (next) {
    const reading = tenseFrom(firstAfter);
    if (reading) return reading;
  }
  return { tense: 'past', because: 'no verb: wire copy reports what has happened' };
}
