/**
 * Reads the tense in which a date phrase is meant from the verb that governs
 * it: "arrived ... on Sunday" looks back, "will travel ... on Thursday" and
 * "is expected to meet ... on Thursday" look ahead. Words are tagged by
 * compromise (a part-of-speech tagger), so "United" in "the United States"
 * is a name, not a verb in -ed; the rules below group the verbs, pick the
 * group that governs the phrase and read its tense.
 *
 * Reading stays linear in the sentence's length: a short sentence is tagged
 * once for all its phrases, a long one in chunks of bounded size, each once,
 * and each phrase looks only at the words of its chunk.
 */
import nlp from 'compromise';

export type Tense = 'past' | 'future';

/** How a phrase's tense was read, for editors: "future because of 'will'". */
export interface TenseReading {
  tense: Tense;
  /** The words that decided it, as written; empty when no word did. */
  because: string;
  /** Why those words decide it, where that is not plain from the words. */
  rule?: string;
}

/** A word of a sentence with its part-of-speech tags and its offsets in the sentence. */
export interface TaggedWord {
  text: string;
  /** Lower case, with contractions expanded ("won't" gives "will", "not"). */
  normal: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
}

/** A sentence up to this long is tagged whole, once; a longer one in chunks. */
const WHOLE_SENTENCE_LIMIT = 600;
/** The phrases starting in one chunk of a long sentence share one tagging. */
const CHUNK = 600;
/** The context either side of a chunk (so of each phrase in it): enough for its clause. */
const WINDOW_BEFORE = 240;
const WINDOW_AFTER = 120;
/** How far a window's edge may move to reach a word boundary. */
const WORD_BOUNDARY_SEARCH = 40;

/** Prepositions the tagger may take for verbs ("following the talks"). */
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
/** Modals that put the verb after them ahead of the sentence's own time. */
const FORWARD_MODALS = new Set([
  'will',
  'shall',
  "'ll",
  'would',
  'wo',
  'may',
  'might',
  'must',
  'should',
  'can',
  'could',
]);
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", "'re", 'be', 'being', 'been']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'did']);
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
/** Frame words the tagger leaves as adjectives or nouns: they join a verb group after "be". */
const FRAME_ADJECTIVES = new Set(['set', 'due', 'slated', 'poised', 'about', 'likely', 'going']);
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
  'expect',
  'expects',
  'want',
  'wants',
  'seek',
  'seeks',
]);
/** Verbs of decision and commitment: what they commit to ("agreed to meet") comes after them. */
const COMMITMENT_VERBS = new Set([
  'agreed',
  'decided',
  'voted',
  'pledged',
  'promised',
  'vowed',
  'planned',
  'intended',
  'threatened',
  'offered',
  'resolved',
  'undertook',
  'committed',
]);
const GROUP_ADVERBS = new Set(['not', "n't", 'also', 'now', 'again', 'still', 'already', 'soon']);
/** "since taking office in March" looks back from the sentence's own time. */
const GERUND_PAST_MARKERS = new Set(['since']);
/** Verbs of saying and thinking, by infinitive: a clause of its own may follow them bare. */
const REPORTING_VERBS = new Set([
  'say',
  'tell',
  'announce',
  'add',
  'confirm',
  'report',
  'state',
  'note',
  'warn',
  'predict',
  'expect',
  'think',
  'believe',
  'insist',
  'argue',
  'claim',
  'know',
  'hope',
  'fear',
  'suggest',
]);
/** Verbs that put something off, by infinitive: "postponed until Friday" looks ahead. */
const DEFERRAL_VERBS = new Set([
  'postpone',
  'delay',
  'defer',
  'move',
  'push',
  'reschedule',
  'adjourn',
  'extend',
  'suspend',
]);
/** "until" at the start of a phrase ("until Friday"), with the word before it. */
const UNTIL_PHRASE = /^(until|till)\b/i;
/** "to" or "until" just before a bare phrase ("moved to Thursday"), with the word before it. */
const TO_BEFORE = /(?:(\p{L}+)\s+)?\b(to|until|till)\s+$/iu;
const LAST_WORD = /(\p{L}+)\s+$/u;
const COORDINATORS = new Set(['and', 'or', 'but', 'then']);
const PLURAL_PRONOUNS = new Set(['i', 'we', 'you', 'they']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const CLAUSE_BREAKS = /[;:]/;
/** What may stand between a phrase and its verb and still leave them adjacent. */
const ADJACENT_GAP = /^\s*(?:(?:\p{L}+ly|again|not|also|still|now)\s+)*$/u;

interface Conjugation {
  infinitive: string;
  present: string;
  past: string;
}

const conjugationCache = new Map<string, Conjugation>();

/** A word's forms if it were a verb, from compromise's conjugator; cached, words repeat. */
function conjugation(word: string): Conjugation {
  let known = conjugationCache.get(word);
  if (known === undefined) {
    const asVerb = nlp(word);
    asVerb.tag('Verb');
    const infinitive = asVerb.verbs().toInfinitive().text() || word;
    const present = nlp(infinitive);
    present.tag('Verb');
    const past = nlp(infinitive);
    past.tag('Verb');
    known = {
      infinitive,
      present: present.verbs().toPresentTense().text(),
      past: past.verbs().toPastTense().text(),
    };
    conjugationCache.set(word, known);
  }
  return known;
}

const pastFormCache = new Map<string, boolean>();

/**
 * "drew", "rose": the past tense of a verb, and not its infinitive. compromise
 * finds the infinitive of an irregular past only when told the word is a past.
 */
function isPastForm(word: string): boolean {
  let known = pastFormCache.get(word);
  if (known === undefined) {
    const asPast = nlp(word);
    asPast.tag('PastTense');
    const infinitive = asPast.verbs().toInfinitive().text();
    known = Boolean(infinitive) && infinitive !== word && conjugation(infinitive).past === word;
    pastFormCache.set(word, known);
  }
  return known;
}
/** "hosts": the third person of a verb's present tense. */
const isThirdPersonForm = (word: string) => {
  const forms = conjugation(word);
  return forms.infinitive !== word && forms.present === word;
};
/** "cut", "set", "put": a verb whose past is its infinitive. */
const pastIsInfinitive = (word: string) => {
  const forms = conjugation(word);
  return forms.infinitive === word && forms.past === word;
};

/** What compromise keeps of a word, once its offsets are computed. */
interface CompromiseTerm {
  text: string;
  normal: string;
  implicit?: string;
  tags?: Set<string>;
  offset?: { start: number; length: number };
}

/** Tags `text`, which stands at `offset` in its sentence, into words with sentence offsets. */
export function tagWords(text: string, offset = 0): TaggedWord[] {
  const doc = nlp(text);
  doc.compute('offset');
  // compromise's own terms, not .json(), which copies each of them again: a third faster.
  // It may split a window in two (at "Oct." or "U.S."): its sentences are read as one.
  const terms = (doc.docs as CompromiseTerm[][]).flat();
  const words = terms.map((term) => {
    const written = term.text || term.implicit || '';
    const tags = new Set(term.tags);
    // compromise's lexicon lists some irregular past forms as first names ("drew"); in
    // edited copy a lower-case word is no name, so the conjugator decides.
    if (tags.has('FirstName') && /^\p{Ll}+$/u.test(written) && isPastForm(written)) {
      tags.clear();
      tags.add('Verb').add('PastTense');
    }
    const start = offset + (term.offset?.start ?? 0);
    return {
      text: written,
      normal: (term.implicit ?? term.normal).toLowerCase(),
      tags,
      start,
      end: start + (term.offset?.length ?? written.length),
    };
  });
  findIrregularPasts(words, text, offset);
  findVerbOfVerblessClauses(words, text, offset);
  return words;
}

/** Tags of a word that may follow a verb but not a noun used as a noun. */
const AFTER_A_VERB = ['Value', 'Preposition', 'Adverb', 'Date', 'Conjunction'];

/**
 * "Steel imports rose on Monday": compromise's lexicon reads some irregular
 * past forms as nouns ("rose"). Such a word is the verb when it follows its
 * subject (a noun, or a plural the tagger took for a verb in -s) and comes
 * before a number, preposition, adverb or the end of its clause, where a
 * noun would need a determiner.
 */
function findIrregularPasts(words: TaggedWord[], text: string, offset: number): void {
  for (let i = 1; i < words.length; i += 1) {
    const [before, word, after] = [words[i - 1]!, words[i]!, words[i + 1]];
    if (!word.tags.has('Noun') || word.tags.has('Plural') || !/^\p{Ll}+$/u.test(word.text))
      continue;
    const subjectBefore =
      (before.tags.has('Noun') && !before.tags.has('Possessive')) ||
      (before.tags.has('PresentTense') && before.normal.endsWith('s'));
    const clauseEnds =
      after === undefined ||
      /[,;:.]/.test(text.slice(word.end - offset, after.start - offset)) ||
      AFTER_A_VERB.some((tag) => after.tags.has(tag));
    if (subjectBefore && clauseEnds && isPastForm(word.normal))
      word.tags = new Set(['Verb', 'PastTense']);
  }
}

/** Tags that may follow a verb in -s but not a plural noun inside a noun phrase. */
const OBJECT_STARTS = ['Determiner', 'Possessive', 'Value', 'Preposition'];
/** After "cut" or "set" an object may start with an adjective or a bare noun too. */
const BARE_OBJECT_STARTS = [...OBJECT_STARTS, 'Adjective', 'Noun'];

/** The verb form a misread noun is, or null: see findVerbOfVerblessClauses. */
function verbFormOf(
  word: TaggedWord,
  before: TaggedWord,
  after: TaggedWord,
): 'PresentTense' | 'Infinitive' | null {
  const nounAfterNoun =
    word.tags.has('Noun') && before.tags.has('Noun') && !before.tags.has('Pronoun');
  if (!/^\p{Ll}+$/u.test(word.text) || !nounAfterNoun) return null;
  const startsObject = (tags: readonly string[]) =>
    tags.some((tag) => after.tags.has(tag)) || after.normal === 'to';
  if (word.tags.has('Plural') && startsObject(OBJECT_STARTS) && isThirdPersonForm(word.normal))
    return 'PresentTense';
  if (startsObject(BARE_OBJECT_STARTS) && pastIsInfinitive(word.normal)) return 'Infinitive';
  return null;
}

/**
 * A clause needs a finite verb. Where the tagger found none before the first
 * "and", a lower-case word after a noun and before an object that is also a
 * verb's third person ("The United States hosts the forum", "The agency hopes
 * to") or a verb whose past is its infinitive ("The board cut rates") is that
 * verb: compromise reads such pairs as compound nouns. Clauses end at commas,
 * semicolons and colons; an infinitive after "to" is not finite.
 */
function findVerbOfVerblessClauses(words: TaggedWord[], text: string, offset: number): void {
  const fix = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const word = words[i]!;
      if (COORDINATORS.has(word.normal)) break;
      if (isVerb(word) && words[i - 1]?.normal !== 'to') return;
    }
    for (let i = from + 1; i < to - 1; i += 1) {
      const word = words[i]!;
      if (COORDINATORS.has(word.normal)) return;
      const form = verbFormOf(word, words[i - 1]!, words[i + 1]!);
      if (form) {
        word.tags = new Set(['Verb', form]);
        return;
      }
    }
  };
  let clauseStart = 0;
  for (let i = 1; i <= words.length; i += 1) {
    const gap =
      i < words.length ? text.slice(words[i - 1]!.end - offset, words[i]!.start - offset) : '';
    if (i === words.length || /[,;:]/.test(gap)) {
      fix(clauseStart, i);
      clauseStart = i;
    }
  }
}

const isVerb = (word: TaggedWord) =>
  (word.tags.has('Verb') || word.tags.has('Modal') || word.tags.has('Auxiliary')) &&
  !NEVER_VERBS.has(word.normal) &&
  !word.tags.has('ProperNoun') &&
  // The particle of "fall in" or "walk out" carries no tense, and may begin the phrase itself.
  !word.tags.has('Particle');

/** A word that can be the bare verb after "due to" even where the tagger did not say so. */
const couldBeInfinitive = (word: TaggedWord | undefined) =>
  word !== undefined &&
  /^\p{Ll}+$/u.test(word.text) &&
  !['Determiner', 'Pronoun', 'Preposition', 'Value', 'Plural', 'Possessive', 'Conjunction'].some(
    (tag) => word.tags.has(tag),
  );

/** A run of verbs, with "to" and a few adverbs inside it: "are expected to meet again". */
interface VerbGroup {
  words: TaggedWord[];
  start: number;
  end: number;
  /** The word before the group: "and" marks a verb sharing the tense of the one before. */
  before?: TaggedWord | undefined;
  /** The word before that: a noun before "that" makes "that" a relative pronoun. */
  beforeBefore?: TaggedWord | undefined;
  /** Where its first and last words stand in the tagged words. */
  firstIndex: number;
  lastIndex: number;
}

/**
 * Whether the word after "to" completes an infinitive: "plans to picket" though "picket" is
 * untagged.
 */
function infinitiveFollows(words: readonly TaggedWord[], i: number, group: TaggedWord[]): boolean {
  const next = words[i + 1];
  if (next === undefined) return false;
  if (isVerb(next)) return true;
  const head = group.at(-1)?.normal ?? '';
  const framed =
    FUTURE_FRAMES.has(head) ||
    PLANNING_VERBS.has(head) ||
    COMMITMENT_VERBS.has(head) ||
    PRESENT_BE.has(head);
  return framed && couldBeInfinitive(next);
}

function verbGroups(words: readonly TaggedWord[], sentence: string): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let current: TaggedWord[] = [];
  let firstIndex = 0;
  let afterTo = false;
  const close = () => {
    while (current.length && !isVerb(current.at(-1)!)) current.pop();
    if (current.length) {
      groups.push({
        words: current,
        start: current[0]!.start,
        end: current.at(-1)!.end,
        before: words[firstIndex - 1],
        beforeBefore: words[firstIndex - 2],
        firstIndex,
        lastIndex: firstIndex + current.length - 1,
      });
    }
    current = [];
    afterTo = false;
  };
  words.forEach((word, i) => {
    const previous = current.at(-1);
    let inside: boolean;
    if (current.length === 0) inside = isVerb(word);
    else if (afterTo)
      inside = true; // the infinitive itself, tagged or not
    else if (word.normal === 'to') inside = infinitiveFollows(words, i, current);
    else
      inside =
        isVerb(word) ||
        (GROUP_ADVERBS.has(word.normal) && words[i + 1] !== undefined) ||
        (FRAME_ADJECTIVES.has(word.normal) &&
          PRESENT_BE.has(previous?.normal ?? '') &&
          words[i + 1]?.normal === 'to');
    if (!inside) {
      close();
      if (!isVerb(word)) return;
    }
    if (current.length === 0) firstIndex = i;
    // The word after "to" is the infinitive, though the tagger may have left it a noun.
    const infinitive = afterTo && !isVerb(word);
    current.push(
      infinitive ? { ...word, tags: new Set([...word.tags, 'Verb', 'Infinitive']) } : word,
    );
    afterTo = word.normal === 'to';
  });
  close();
  return groups.filter((group, i) => !isMisreadNoun(group, groups[i - 1], words, sentence));
}

/** Words that can stand between a clause's verb and a verb of a new clause. */
const CLAUSE_OPENERS = ['Conjunction', 'QuestionWord', 'Condition', 'Preposition'];

/**
 * "will open its new customs post on Monday": a lone base-form verb right
 * after the object of another verb, with no conjunction, pronoun subject or
 * comma to open a clause of its own, is a noun the tagger misread. After a
 * verb of saying ("said the talks resume") it is the verb of a reported
 * clause, and after a relative clause ("who met the envoys meet") the main verb.
 */
function isMisreadNoun(
  group: VerbGroup,
  previous: VerbGroup | undefined,
  words: readonly TaggedWord[],
  sentence: string,
): boolean {
  const word = group.words[0]!;
  if (!previous || group.words.length !== 1 || !word.tags.has('Infinitive')) return false;
  const between = words.slice(previous.lastIndex + 1, group.firstIndex);
  if (between.length === 0 || /[,;:]/.test(sentence.slice(previous.end, word.start))) return false;
  const opensClause = between.some(
    (w) =>
      CLAUSE_OPENERS.some((tag) => w.tags.has(tag)) ||
      (w.tags.has('Pronoun') && !w.tags.has('Possessive')) ||
      w.normal === 'that',
  );
  if (opensClause || opensRestrictiveClause(previous, sentence)) return false;
  return !REPORTING_VERBS.has(conjugation(previous.words.at(-1)!.normal).infinitive);
}

/**
 * The tense a verb group is in, or null when it has none of its own (a bare
 * "travel" after "and", "to lift" after the phrase). `side` says where the
 * phrase stands: before the group ("on Monday agreed to end") only its finite
 * verb counts; after it ("agreed to meet on Friday") the infinitive does too.
 */
function groupTense(
  group: VerbGroup,
  side: 'before' | 'after',
  previous: VerbGroup | undefined,
): TenseReading | null {
  const toAt = group.words.findIndex((w, i) => i > 0 && w.normal === 'to');
  const finite = side === 'before' && toAt > 0 ? group.words.slice(0, toAt) : group.words;

  // A modal decides for the verb it carries: "will visit", "would meet", "may decide".
  const modalAt = finite.findIndex((w) => FORWARD_MODALS.has(w.normal));
  const modal = finite[modalAt];
  // "could not agree on Monday" reports a failure; "could arrive on Monday" a possibility.
  if (modal?.normal === 'could' && finite[modalAt + 1]?.normal === 'not')
    return { tense: 'past', because: `${modal.text} ${finite[modalAt + 1]!.text}` };
  if (modal) return { tense: 'future', because: modal.text || modal.normal };

  // "is expected to meet", "plans to hold", "is to open": arranged for later, whatever the side.
  if (toAt > 0) {
    const head = group.words[toAt - 1]!;
    const frame = `${head.text} to`;
    const framed = FUTURE_FRAMES.has(head.normal) || PLANNING_VERBS.has(head.normal);
    // "had been due to meet on Tuesday": a pluperfect arrangement was overtaken by events.
    const had = group.words.slice(0, toAt).find((w) => w.normal === 'had');
    if (framed && had) {
      const words = group.words.slice(group.words.indexOf(had), toAt + 1);
      return { tense: 'past', because: words.map((w) => w.text).join(' ') };
    }
    if (framed) return { tense: 'future', because: frame };
    if (PRESENT_BE.has(head.normal)) return { tense: 'future', because: frame };
    // "agreed to meet again on Friday": what was agreed comes after the agreeing.
    if (side === 'after' && COMMITMENT_VERBS.has(head.normal))
      return { tense: 'future', because: frame };
  }

  // "decided on Wednesday to lift ... from Saturday": the infinitive takes its direction
  // from the verb that governs it, across the phrase.
  if (group.before?.normal === 'to' && previous) {
    const head = previous.words.at(-1)!;
    if ([FUTURE_FRAMES, PLANNING_VERBS, COMMITMENT_VERBS].some((set) => set.has(head.normal)))
      return { tense: 'future', because: `${head.text} to` };
    return null;
  }

  // "is expected on Tuesday to announce": the frame, cut off from its "to" by the phrase.
  const last = finite.at(-1)!;
  const beforeLast = finite.at(-2);
  if (FUTURE_FRAMES.has(last.normal) && beforeLast && PRESENT_BE.has(beforeLast.normal))
    return { tense: 'future', because: `${beforeLast.text} ${last.text}` };

  // "has imposed", "had docked": done before the sentence's own time.
  const have = finite.findIndex((w, i) => HAVE_FORMS.has(w.normal) && i < finite.length - 1);
  if (have !== -1)
    return {
      tense: 'past',
      because: finite
        .slice(have)
        .map((w) => w.text)
        .join(' '),
    };

  // A past finite verb; a participle after a present "is" is passive ("is raised"), not past.
  for (const [i, word] of finite.entries()) {
    if (PAST_AUXILIARIES.has(word.normal)) return { tense: 'past', because: word.text };
    const afterPresentBe = i > 0 && PRESENT_BE.has(finite[i - 1]!.normal);
    if (word.tags.has('PastTense') && !afterPresentBe) return { tense: 'past', because: word.text };
  }

  const first = group.words[0]!;
  const before = group.before?.normal ?? '';
  const bare = first.tags.has('Infinitive') || first.tags.has('Gerund');
  // A bare verb joined by "and" shares the tense of the verb before it.
  if (bare && COORDINATORS.has(before)) return null;
  // "The United Nations cut the quota": a present "cut" would need "cuts" after a singular
  // subject, so after one it is the past that looks the same.
  if (
    group.words.length === 1 &&
    pastIsInfinitive(first.normal) &&
    group.before !== undefined &&
    group.before.tags.has('Noun') &&
    !group.before.tags.has('Plural') &&
    !PLURAL_PRONOUNS.has(before)
  )
    return {
      tense: 'past',
      because: first.text,
      rule: `after a singular subject the present would be "${conjugation(first.normal).present}"`,
    };
  if (first.tags.has('Gerund') && GERUND_PAST_MARKERS.has(before))
    return {
      tense: 'past',
      because: `${group.before!.text} ${first.text}`,
      rule: 'counts from a start that has passed',
    };
  // "The minister, speaking on Wednesday, said", "after meeting on Monday": a participle
  // without "be" takes the time of the clause it hangs on.
  if (first.tags.has('Gerund') && group.words.length === 1) return null;
  // Wire copy puts what is arranged in the present: "the ministers meet on Thursday".
  return { tense: 'future', because: first.text, rule: 'present tense for an arranged event' };
}

const NO_VERB: TenseReading = {
  tense: 'past',
  because: '',
  rule: 'no verb, so read as what has happened',
};

/** Whether a verb group opens a relative clause without a comma: "the union that called ...". */
function opensRestrictiveClause(group: VerbGroup, sentence: string): boolean {
  const pronoun = group.before;
  if (!pronoun || !RELATIVE_PRONOUNS.has(pronoun.normal)) return false;
  // "said that ..." is reported speech, not a relative clause: "that" must follow a noun.
  const head = group.beforeBefore;
  return (
    head !== undefined &&
    !isVerb(head) &&
    head.tags.has('Noun') &&
    !sentence.slice(head.end, pronoun.start).includes(',')
  );
}

/** Reads the tenses of the date phrases of one sentence, tagging it at most once per window. */
export interface SentenceTenses {
  /** The tense of the phrase at [start, end). */
  readTense(start: number, end: number): TenseReading;
  /** The tagged word that starts at or after `offset`, if it is within reach of a phrase there. */
  wordAfter(offset: number): TaggedWord | undefined;
}

/** A word boundary near `offset`, searching at most WORD_BOUNDARY_SEARCH characters. */
function boundaryNear(sentence: string, offset: number, direction: 1 | -1): number {
  for (let i = 0; i < WORD_BOUNDARY_SEARCH; i += 1) {
    const at = offset + i * direction;
    if (at <= 0 || at >= sentence.length) return Math.max(0, Math.min(sentence.length, at));
    if (/\s/.test(sentence.charAt(at))) return direction === 1 ? at : at + 1;
  }
  return offset;
}

export function sentenceTenses(sentence: string): SentenceTenses {
  // A short sentence is one chunk. A long one is cut into chunks, each tagged once with the
  // windows either side, so every phrase has its context and no word is tagged many times.
  const chunks = new Map<number, { words: TaggedWord[]; groups: VerbGroup[] }>();
  const tagged = (start: number) => {
    const chunk = sentence.length <= WHOLE_SENTENCE_LIMIT ? 0 : Math.floor(start / CHUNK);
    let known = chunks.get(chunk);
    if (!known) {
      const [from, to] =
        sentence.length <= WHOLE_SENTENCE_LIMIT
          ? [0, sentence.length]
          : [
              boundaryNear(sentence, Math.max(0, chunk * CHUNK - WINDOW_BEFORE), -1),
              boundaryNear(
                sentence,
                Math.min(sentence.length, (chunk + 1) * CHUNK + WINDOW_AFTER),
                1,
              ),
            ];
      const words = tagWords(sentence.slice(from, to), from);
      known = { words, groups: verbGroups(words, sentence) };
      chunks.set(chunk, known);
    }
    return known;
  };

  return {
    wordAfter(offset) {
      const { words } = tagged(offset);
      return words.find((word) => word.start >= offset);
    },

    /**
     * The governing verb group is, in order: the one just before the phrase
     * ("met on Monday"); the one just after it ("on Monday agreed"), unless the
     * phrase sits in a restrictive relative clause; the nearest before it in the
     * same clause; the first after it ("On Tuesday, the agency said"). With no
     * verb at all, wire copy reports what happened.
     */
    readTense(start, end) {
      const { groups } = tagged(start);
      // "was postponed until Friday", "extended until March": what is put off goes ahead of the
      // putting off. The verb may be the group's or, tagged as an adjective, the word before.
      const textBefore = sentence.slice(Math.max(0, start - 32), start);
      const until = UNTIL_PHRASE.exec(sentence.slice(start, end));
      const to = until ? undefined : TO_BEFORE.exec(textBefore);
      const deferredTo = until?.[1] ?? to?.[2];
      const wordBefore = until ? LAST_WORD.exec(textBefore)?.[1] : to?.[1];
      const isDeferral = (word: string | undefined) =>
        word !== undefined && DEFERRAL_VERBS.has(conjugation(word.toLowerCase()).infinitive);
      const tenseFrom = (index: number, side: 'before' | 'after'): TenseReading | null => {
        const head = groups[index]!.words.at(-1)!;
        if (side === 'after' && deferredTo) {
          const deferral = [head.text, wordBefore].find(isDeferral);
          if (deferral) return { tense: 'future', because: `${deferral} ${deferredTo}` };
        }
        for (let i = index; i >= 0; i -= 1) {
          const reading = groupTense(groups[i]!, i === index ? side : 'after', groups[i - 1]);
          if (reading) return reading;
        }
        return null;
      };
      let firstAfter = groups.findIndex((group) => group.start >= end);
      if (firstAfter === -1) firstAfter = groups.length;
      // A word of the phrase itself is no verb of it ("last" in "last month").
      let lastBefore = firstAfter - 1;
      while (lastBefore >= 0 && groups[lastBefore]!.end > start) lastBefore -= 1;
      const previous = groups[lastBefore];
      const next = groups[firstAfter];
      const gapBefore = previous ? sentence.slice(previous.end, start) : '';
      const gapAfter = next ? sentence.slice(end, next.start) : '';
      const sameClause = previous !== undefined && !CLAUSE_BREAKS.test(gapBefore);

      const candidates: [number, 'before' | 'after'][] = [];
      if (previous && ADJACENT_GAP.test(gapBefore)) candidates.push([lastBefore, 'after']);
      // "The ministers, on Monday, agreed": only the few characters before the phrase are looked
      // at, so that reading stays linear in a long sentence.
      const parenthetical =
        /,\s*$/.test(sentence.slice(Math.max(0, start - 4), start)) && /^\s*,\s*$/.test(gapAfter);
      const insideRelative =
        previous !== undefined &&
        sameClause &&
        !gapBefore.includes(',') &&
        opensRestrictiveClause(previous, sentence);
      if (next && (ADJACENT_GAP.test(gapAfter) || parenthetical) && !insideRelative)
        candidates.push([firstAfter, 'before']);
      if (sameClause) candidates.push([lastBefore, 'after']);
      if (next) candidates.push([firstAfter, 'before']);
      for (const [index, side] of candidates) {
        const reading = tenseFrom(index, side);
        if (reading) return reading;
      }
      return NO_VERB;
    },
  };
}

/** The tense of the date phrase at [start, end) of the sentence. */
export function readTense(sentence: string, start: number, end: number): TenseReading {
  return sentenceTenses(sentence).readTense(start, end);
}
