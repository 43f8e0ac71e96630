/**
 * The date phrases of wire copy ("on Monday", "last month", "Oct. 30", "next
 * week"), found in a sentence and resolved against the day the article was
 * published. A phrase that needs a tense takes it from the verb that governs
 * it (src/lib/tense.ts). Pure: the published day is an argument.
 *
 * Finding is linear in the sentence's length: each pattern scans it once,
 * and overlaps are settled on a map of the characters already taken.
 */
import {
  addDays,
  dayDate,
  daysInMonth,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  monthDate,
  pad,
  parsePartialDate,
  shiftMonth,
  WEEKDAYS,
  weekdayOf,
  yearDate,
  type PartialDate,
} from './calendar.ts';
import { sentenceTenses, type SentenceTenses, type Tense, type TenseReading } from './tense.ts';

/** How precisely a phrase names its date: "next week" names a week. */
export type PhrasePrecision = 'day' | 'week' | 'month' | 'year';

/** A date phrase found in a sentence, with the date it means. */
export interface DatePhrase {
  /** The whole phrase as written, e.g. "on Monday". */
  text: string;
  start: number;
  end: number;
  /** The part that names the date ("Monday" in "on Monday"): what a `<time>` wraps. */
  coreStart: number;
  coreEnd: number;
  /** The first day, month or year meant. */
  date: PartialDate;
  /** The last day meant, where the phrase names a span ("next week"). */
  endDate?: PartialDate;
  precision: PhrasePrecision;
  /** The machine-readable date for `<time datetime>`: "2021-11-15", "2021-W47", "2021-10". */
  datetime: string;
  /** True when the phrase states its date in full ("since 2018", "March 2018"). */
  explicit: boolean;
  /** How the tense was read, where the date depended on it. */
  reading?: TenseReading;
}

type Resolved = Pick<DatePhrase, 'date' | 'endDate' | 'precision' | 'explicit'> & {
  datetime?: string;
};

interface PhraseRule {
  pattern: RegExp;
  /**
   * Whether a match is a date at all ("Sunday" in "the Sunday Times" is not); all are by default.
   */
  isDate?: (match: RegExpExecArray, sentence: string, tenses: SentenceTenses) => boolean;
  /**
   * Whether the date depends on the tense of the sentence (a bare "Monday" does; "2018" does not).
   */
  needsTense: (match: RegExpExecArray) => boolean;
  resolve: (match: RegExpExecArray, published: string, tense: Tense) => Resolved | null;
}

const WEEKDAY_PATTERN = WEEKDAYS.join('|');
const MONTH_PATTERN = MONTH_NAMES.join('|');
/** The abbreviations wire style puts before a day: "Oct. 30", "Sept. 12". */
const DAY_MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_DAY_PATTERN = [MONTH_PATTERN, ...DAY_MONTH_ABBREVIATIONS.map((a) => `${a}\\.`)].join(
  '|',
);

/** Words before a bare weekday that make it no date: a recurrence or an occasion's name. */
const NOT_A_DAY_BEFORE = new Set([
  'every',
  'each',
  'good',
  'black',
  'cyber',
  'super',
  'ash',
  'holy',
  'maundy',
  'palm',
  'easter',
  'shrove',
  'bloody',
]);
/** Nouns after a bare weekday that name a part of that day, so the weekday is still a date. */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** An alternation of words that match with a capital first letter too, as at a sentence's start. */
const words = (...list: string[]) =>
  list.map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`).join('|');

/** The words before a month name that make it a date: "in March", "late March", "next March". */
const MONTH_LEADS = words(
  'in',
  'since',
  'by',
  'until',
  'from',
  'through',
  'during',
  'early',
  'late',
  'last',
  'next',
  'this',
);
/** The words before a weekday that make it a date: "on Monday", "last Friday". */
const WEEKDAY_LEADS = words('on', 'from', 'since', 'until', 'by', 'last', 'next', 'this');

function monthIndex(name: string): number {
  const key = name.replace('.', '').slice(0, 3).toLowerCase();
  return MONTH_ABBREVIATIONS.findIndex((m) => m.toLowerCase() === key) + 1;
}

const publishedParts = (published: string) => {
  const [year = 0, month = 1] = published.split('-').map(Number);
  return { year, month };
};

const day = (iso: string): PartialDate => ({ iso, precision: 'day' });

/** The Monday that starts the ISO week of a day, and the week's ISO name ("2021-W47"). */
function isoWeek(iso: string): { monday: string; name: string } {
  const monday = addDays(iso, -((weekdayOf(iso) + 6) % 7));
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(`${year}-01-04`, 3 - ((weekdayOf(`${year}-01-04`) + 6) % 7));
  const week =
    1 +
    Math.round(
      (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${firstThursday}T00:00:00Z`)) / 6048e5,
    );
  return { monday, name: `${year}-W${String(week).padStart(2, '0')}` };
}

/**
 * Each rule captures: 1 the modifier word (if any), 2 the core of the phrase, and
 * further groups of its own. The core is what `<time>` wraps.
 */
const RULES: PhraseRule[] = [
  {
    // "Oct. 30", "from April 1", "on March 8, 2018"
    pattern: new RegExp(
      `\\b(?:(${words('on', 'from', 'since', 'until', 'by', 'before', 'after')})\\s+)?` +
        `((${MONTH_DAY_PATTERN})\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?)(?!\\d)`,
      'g',
    ),
    needsTense: (m) => !m[5],
    resolve: (m, published, tense) => {
      const month = monthIndex(m[3] ?? '');
      const dayOfMonth = Number(m[4]);
      let year = m[5] ? Number(m[5]) : publishedParts(published).year;
      if (!m[5]) {
        const iso = `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}`;
        if (tense === 'past' && iso > published) year -= 1;
        if (tense === 'future' && iso < published) year += 1;
      }
      if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return null;
      return { date: dayDate(year, month, dayOfMonth), precision: 'day', explicit: Boolean(m[5]) };
    },
  },
  {
    // "in March", "in late March", "end of March", "since March 2018"; a bare month name needs a
    // preposition ("May" is also a verb, "March" a noun), and "early" or "late" stay with it.
    pattern: new RegExp(
      `\\b(${MONTH_LEADS}|(?:end|start|beginning|middle) of)` +
        `\\s+((?:(?:early|late|mid)[-\\s])?(${MONTH_PATTERN})(?:\\s+(\\d{4}))?)\\b(?!\\s+\\d)`,
      'g',
    ),
    needsTense: (m) => !m[4] && !['last', 'next', 'this'].includes((m[1] ?? '').toLowerCase()),
    resolve: (m, published, tense) => {
      const month = monthIndex(m[3] ?? '');
      if (m[4]) return { date: monthDate(Number(m[4]), month), precision: 'month', explicit: true };
      const pub = publishedParts(published);
      const modifier = (m[1] ?? '').toLowerCase();
      let year = pub.year;
      if (modifier === 'last') year -= month >= pub.month ? 1 : 0;
      else if (modifier === 'next') year += month <= pub.month ? 1 : 0;
      else if (modifier === 'this') year += 0;
      else if (tense === 'past' && month > pub.month) year -= 1;
      else if (tense === 'future' && month < pub.month) year += 1;
      return { date: monthDate(year, month), precision: 'month', explicit: false };
    },
  },
  {
    // "on Monday", "from Tuesday", "last Friday"
    pattern: new RegExp(`\\b(?:(${WEEKDAY_LEADS})\\s+)?(${WEEKDAY_PATTERN})\\b`, 'g'),
    isDate: (m, sentence, tenses) => {
      if (m[1]) return true;
      const wordBefore = /(\p{L}+)\s+$/u.exec(sentence.slice(Math.max(0, m.index - 20), m.index));
      // "every Monday" recurs, and "Good Friday" or "Super Tuesday" name an occasion.
      if (NOT_A_DAY_BEFORE.has(wordBefore?.[1]?.toLowerCase() ?? '')) return false;
      // A bare weekday before a noun names a thing ("the Sunday Times", "Sunday trading"),
      // except a part of that day ("Monday night").
      const next = tenses.wordAfter(m.index + m[0].length);
      const adjacent =
        next !== undefined && /^\s*$/.test(sentence.slice(m.index + m[0].length, next.start));
      if (!adjacent || DAY_PARTS.has(next.normal)) return true;
      return !next.tags.has('Noun') || next.tags.has('Pronoun') || next.tags.has('Date');
    },
    needsTense: (m) => !['last', 'next'].includes((m[1] ?? '').toLowerCase()),
    resolve: (m, published, tense) => {
      const target = WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]);
      const modifier = (m[1] ?? '').toLowerCase();
      const ahead = (target - weekdayOf(published) + 7) % 7;
      let offset: number;
      if (modifier === 'last') offset = ahead === 0 ? -7 : ahead - 7;
      else if (modifier === 'next') offset = ahead === 0 ? 7 : ahead;
      // Wire copy calls the day it is written by its weekday: "on Monday" on a Monday is today.
      else if (ahead === 0) offset = 0;
      else offset = tense === 'future' ? ahead : ahead - 7;
      return { date: day(addDays(published, offset)), precision: 'day', explicit: false };
    },
  },
  {
    // "last week", "next week", "this week"
    pattern: /\b()((?:[Ll]ast|[Nn]ext|[Tt]his) week)\b/g,
    needsTense: () => false,
    resolve: (m, published) => {
      const modifier = (m[2] ?? '').slice(0, 4).toLowerCase();
      const by = modifier === 'last' ? -7 : modifier === 'next' ? 7 : 0;
      const { monday, name } = isoWeek(addDays(published, by));
      return {
        date: day(monday),
        endDate: day(addDays(monday, 6)),
        precision: 'week',
        explicit: false,
        datetime: name,
      };
    },
  },
  {
    // "last month", "this year", "yesterday", "today's"
    pattern: new RegExp(
      String.raw`\b()((?:[Ll]ast|[Nn]ext|[Tt]his) (?:month|year)|` +
        String.raw`(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)(?:'s|’s)?)\b`,
      'g',
    ),
    needsTense: () => false,
    resolve: (m, published) => {
      const phrase = (m[2] ?? '').toLowerCase().replace(/['’]s$/, '');
      const pub = publishedParts(published);
      const shift = { yesterday: -1, today: 0, tomorrow: 1 }[phrase];
      if (shift !== undefined)
        return { date: day(addDays(published, shift)), precision: 'day', explicit: false };
      const by = phrase.startsWith('last') ? -1 : phrase.startsWith('next') ? 1 : 0;
      if (phrase.endsWith('year'))
        return { date: yearDate(pub.year + by), precision: 'year', explicit: false };
      const { year, month } = shiftMonth(pub.year, pub.month, by);
      return { date: monthDate(year, month), precision: 'month', explicit: false };
    },
  },
  {
    // "since 2018", "Act of 1962"
    pattern: new RegExp(
      String.raw`\b([Ii]n|[Ss]ince|of|[Ff]rom|until|by|through|before|after)\s+` +
        String.raw`((?:1[89]|20)\d{2})\b(?![-–]\d)`,
      'g',
    ),
    needsTense: () => false,
    resolve: (m) => {
      const date = parsePartialDate(m[2] ?? '');
      return date && { date, precision: 'year', explicit: true };
    },
  },
];

/** "since" always looks back; "last" and "next" say their own direction. */
function tenseOf(
  tenses: SentenceTenses,
  match: RegExpExecArray,
  rule: PhraseRule,
): TenseReading | undefined {
  if (!rule.needsTense(match)) return undefined;
  const modifier = match[1] ?? '';
  if (modifier.toLowerCase() === 'since') return { tense: 'past', because: modifier };
  return tenses.readTense(match.index, match.index + match[0].length);
}

/**
 * Finds every date phrase of a sentence and resolves it against the published day (`YYYY-MM-DD`).
 */
export function findDatePhrases(sentence: string, published: string): DatePhrase[] {
  const found: DatePhrase[] = [];
  // Tags the sentence lazily, once, for all its phrases (src/lib/tense.ts).
  const tenses = sentenceTenses(sentence);
  // Earlier rules win: a character taken by one phrase is not part of another.
  const taken = new Uint8Array(sentence.length);
  for (const rule of RULES) {
    for (const match of sentence.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken[start] || taken[end - 1]) continue;
      if (rule.isDate && !rule.isDate(match, sentence, tenses)) continue;
      const reading = tenseOf(tenses, match, rule);
      const resolved = rule.resolve(match, published, reading?.tense ?? 'past');
      if (!resolved) continue;
      taken.fill(1, start, end);
      const core = match[2] ?? '';
      const coreStart = start + match[0].lastIndexOf(core);
      found.push({
        text: match[0],
        start,
        end,
        coreStart,
        coreEnd: coreStart + core.length,
        ...resolved,
        datetime: resolved.datetime ?? resolved.date.iso,
        ...(reading ? { reading } : {}),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** How a phrase was read, for an editor: `"on Thursday" (read as future because of "will")`. */
export function describeReading(phrase: DatePhrase): string {
  if (!phrase.reading) return `"${phrase.text}"`;
  const { tense, because, rule } = phrase.reading;
  const cause = because ? ` because of "${because}"` : '';
  const detail = rule ? `${because ? ',' : ':'} ${rule}` : '';
  return `"${phrase.text}" (read as ${tense}${cause}${detail})`;
}
