/**
 * Calendar dates with a precision, and the resolution of the relative date
 * phrases of wire copy ("on Monday", "last month", "Oct. 30") against the day
 * an article was published. Pure: nothing here reads the clock.
 */

export type DatePrecision = 'day' | 'month' | 'year';

/** A date known to the day, the month or the year: `iso` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export interface PartialDate {
  iso: string;
  precision: DatePrecision;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when the text is not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { iso: `${y}`, precision: 'year' };
  const month = Number(m);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return { iso: `${y}-${m}`, precision: 'month' };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { iso: `${y}-${m}-${d}`, precision: 'day' };
}

/** The day a UTC midnight `Date` stands for (YAML turns `2021-11-15` into one). */
export function partialDateFromUtc(date: Date): PartialDate {
  return dayDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function dayDate(year: number, month: number, day: number): PartialDate {
  return { iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

function monthDate(year: number, month: number): PartialDate {
  return { iso: `${pad(year, 4)}-${pad(month)}`, precision: 'month' };
}

function parts(date: PartialDate): { year: number; month?: number; day?: number } {
  const [year, month, day] = date.iso.split('-').map(Number);
  return { year: year!, month, day };
}

/** The first day a partial date covers, as `YYYY-MM-DD`. */
export function firstDay(date: PartialDate): string {
  const { year, month = 1, day = 1 } = parts(date);
  return dayDate(year, month, day).iso;
}

/** The last day a partial date covers, as `YYYY-MM-DD`. */
export function lastDay(date: PartialDate): string {
  const { year, month, day } = parts(date);
  if (month === undefined) return `${pad(year, 4)}-12-31`;
  return dayDate(year, month, day ?? daysInMonth(year, month)).iso;
}

/** Orders partial dates by the first day they cover, the less precise first on a tie. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byDay = firstDay(a).localeCompare(firstDay(b));
  return byDay !== 0 ? byDay : a.iso.length - b.iso.length;
}

/** Whether two spans of days, each given by a start and an optional end, share a day. */
export function spansOverlap(
  a: { start: PartialDate; end?: PartialDate | undefined },
  b: { start: PartialDate; end?: PartialDate | undefined },
): boolean {
  return (
    firstDay(a.start) <= lastDay(b.end ?? b.start) && firstDay(b.start) <= lastDay(a.end ?? a.start)
  );
}

/** "15 Nov 2021", "March 2018" or "2018"; `long` spells the month in full. */
export function formatPartialDate(
  date: PartialDate,
  monthStyle: 'short' | 'long' = 'short',
): string {
  const { year, month, day } = parts(date);
  if (month === undefined) return String(year);
  const monthName =
    monthStyle === 'long' || day === undefined
      ? MONTH_NAMES[month - 1]
      : MONTH_ABBREVIATIONS[month - 1];
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** A date or a span written compactly: "16–17 Nov 2021", "30 Oct – 1 Nov 2021", "2018–2025". */
export function formatDateSpan(start: PartialDate, end?: PartialDate): string {
  if (!end || end.iso === start.iso) return formatPartialDate(start);
  const a = parts(start);
  const b = parts(end);
  if (start.precision === 'day' && end.precision === 'day' && a.year === b.year) {
    if (a.month === b.month) return `${a.day}–${formatPartialDate(end)}`;
    return `${a.day} ${MONTH_ABBREVIATIONS[a.month! - 1]} – ${formatPartialDate(end)}`;
  }
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

/** Adds days to a `YYYY-MM-DD` day. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! + days));
  return partialDateFromUtc(date).iso;
}

function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
}

export type Tense = 'past' | 'future';

/** A date phrase found in a sentence, with the date it means. */
export interface DatePhrase {
  /** The whole phrase as written, e.g. "on Monday". */
  text: string;
  start: number;
  end: number;
  /** The part that names the date ("Monday" in "on Monday"): what a `<time>` wraps. */
  coreStart: number;
  coreEnd: number;
  date: PartialDate;
  /** True when the phrase already states its date in full ("since 2018", "March 2018"). */
  explicit: boolean;
}

const WEEKDAY_PATTERN = WEEKDAYS.join('|');
const MONTH_PATTERN = MONTH_NAMES.join('|');
const MONTH_DAY_PATTERN = `${MONTH_PATTERN}|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.`;

/** An alternation of words that match with a capital first letter too, as at the start of a sentence. */
const words = (...list: string[]) =>
  list.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');

interface PhraseRule {
  pattern: RegExp;
  resolve: (
    match: RegExpExecArray,
    published: string,
    tense: Tense,
  ) => { date: PartialDate; explicit: boolean } | null;
}

function monthIndex(name: string): number {
  const key = name.replace('.', '').slice(0, 3).toLowerCase();
  return MONTH_ABBREVIATIONS.findIndex((m) => m.toLowerCase() === key) + 1;
}

function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * Each rule captures: 1 the modifier word (if any), 2 the core of the phrase, and
 * further groups of its own. The core is what `<time>` wraps.
 */
const RULES: PhraseRule[] = [
  {
    // "Oct. 30", "on March 8, 2018"
    pattern: new RegExp(
      `\\b(?:(${words('on', 'from', 'since', 'until', 'by', 'before', 'after')})\\s+)?((${MONTH_DAY_PATTERN})\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?)(?!\\d)`,
      'g',
    ),
    resolve: (m, published, tense) => {
      const month = monthIndex(m[3]!);
      const day = Number(m[4]);
      const pub = parts({ iso: published, precision: 'day' });
      let year = m[5] ? Number(m[5]) : pub.year;
      if (!m[5]) {
        const candidate = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
        if (tense === 'past' && candidate > published) year -= 1;
        if (tense === 'future' && candidate < published) year += 1;
      }
      if (day > daysInMonth(year, month)) return null;
      return { date: dayDate(year, month, day), explicit: Boolean(m[5]) };
    },
  },
  {
    // "in March", "since March 2018"; a bare month name needs a preposition ("May" is also a verb)
    pattern: new RegExp(
      `\\b(${words('in', 'since', 'by', 'until', 'from', 'through', 'during', 'early', 'late', 'last', 'next', 'this')})\\s+((${MONTH_PATTERN})(?:\\s+(\\d{4}))?)\\b(?!\\s+\\d)`,
      'g',
    ),
    resolve: (m, published, tense) => {
      const month = monthIndex(m[3]!);
      const pub = parts({ iso: published, precision: 'day' });
      if (m[4]) return { date: monthDate(Number(m[4]), month), explicit: true };
      const modifier = m[1]!.toLowerCase();
      const lookBack = modifier === 'last' || (modifier !== 'next' && tense === 'past');
      let year = pub.year;
      if (modifier === 'last' && month >= pub.month!) year -= 1;
      else if (modifier === 'next' && month <= pub.month!) year += 1;
      else if (lookBack && month > pub.month!) year -= 1;
      else if (!lookBack && month < pub.month!) year += 1;
      return { date: monthDate(year, month), explicit: false };
    },
  },
  {
    // "on Monday", "from Tuesday", "last Friday"
    pattern: new RegExp(
      `\\b(?:(${words('on', 'from', 'since', 'until', 'by', 'last', 'next', 'this')})\\s+)?(${WEEKDAY_PATTERN})\\b`,
      'g',
    ),
    resolve: (m, published, tense) => {
      const target = WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]);
      const modifier = m[1]?.toLowerCase();
      const ahead = (target - weekdayOf(published) + 7) % 7;
      let offset: number;
      if (modifier === 'last') offset = ahead === 0 ? -7 : ahead - 7;
      else if (modifier === 'next') offset = ahead === 0 ? 7 : ahead;
      // Wire copy calls the day it is written by its weekday: "on Monday" on a Monday is today.
      else if (ahead === 0) offset = 0;
      else offset = tense === 'future' ? ahead : ahead - 7;
      return { date: { iso: addDays(published, offset), precision: 'day' }, explicit: false };
    },
  },
  {
    // "last month", "this year", "yesterday"
    pattern: /\b()((?:last|next|this) (?:month|year)|(?:yesterday|today|tomorrow)(?:'s|’s)?)\b/gi,
    resolve: (m, published) => {
      const phrase = m[2]!.toLowerCase().replace(/['’]s$/, '');
      const pub = parts({ iso: published, precision: 'day' });
      if (phrase === 'yesterday')
        return { date: { iso: addDays(published, -1), precision: 'day' }, explicit: false };
      if (phrase === 'today')
        return { date: { iso: published, precision: 'day' }, explicit: false };
      if (phrase === 'tomorrow')
        return { date: { iso: addDays(published, 1), precision: 'day' }, explicit: false };
      const by = phrase.startsWith('last') ? -1 : phrase.startsWith('next') ? 1 : 0;
      if (phrase.endsWith('year'))
        return { date: { iso: String(pub.year + by), precision: 'year' }, explicit: false };
      const { year, month } = shiftMonth(pub.year, pub.month!, by);
      return { date: monthDate(year, month), explicit: false };
    },
  },
  {
    // "since 2018", "Act of 1962"
    pattern:
      /\b(in|since|of|from|until|by|through|before|after)\s+((?:1[89]|20)\d{2})\b(?![-–]\d)/gi,
    resolve: (m) => ({ date: { iso: m[2]!, precision: 'year' }, explicit: true }),
  },
];

const FUTURE_MARKERS =
  /\b(?:will|shall|'ll|is to|are to|is due to|are due to|is expected to|are expected to|is scheduled to|are scheduled to|plans? to|going to|would)\b/gi;
// Regular past tense, and the irregular verbs of reporting; "need", "speed" and the like are not verbs in -ed.
const PAST_MARKERS =
  /\b(?:was|were|had|did|said|told|met|made|took|came|went|began|left|held|sent|gave|(?!(?:need|speed|seed|feed|breed|bleed|proceed|exceed|succeed|indeed|red|bed|shed|wed)\b)[a-z]{2,}ed)\b/gi;

/**
 * The tense a phrase is read in: the nearest tense marker before it in the
 * sentence wins ("arrived ... on Sunday" looks back, "will ... on Thursday"
 * looks ahead); "since" always looks back; with no marker, wire copy reports
 * what has happened.
 */
export function tenseBefore(sentence: string, index: number, preposition?: string): Tense {
  if (preposition?.toLowerCase() === 'since') return 'past';
  const before = sentence.slice(0, index);
  const last = (pattern: RegExp) =>
    Math.max(-1, ...[...before.matchAll(pattern)].map((m) => m.index));
  return last(FUTURE_MARKERS) > last(PAST_MARKERS) ? 'future' : 'past';
}

/** Finds every date phrase of a sentence and resolves it against the published day (`YYYY-MM-DD`). */
export function findDatePhrases(sentence: string, published: string): DatePhrase[] {
  const found: DatePhrase[] = [];
  for (const rule of RULES) {
    for (const match of sentence.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((p) => start < p.end && p.start < end)) continue;
      const coreStart = start + match[0].lastIndexOf(match[2]!);
      const resolved = rule.resolve(
        match as RegExpExecArray,
        published,
        tenseBefore(sentence, start, match[1]),
      );
      if (!resolved) continue;
      found.push({
        text: match[0],
        start,
        end,
        coreStart,
        coreEnd: coreStart + match[2]!.length,
        ...resolved,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Resolves one phrase ("on Monday", "last month") against the published day;
 * `context` is the sentence before the phrase, which sets its tense.
 */
export function resolveRelativeDate(
  phrase: string,
  published: string,
  context = '',
): PartialDate | null {
  const sentence = context ? `${context} ${phrase}` : phrase;
  const found = findDatePhrases(sentence, published).find(
    (p) => p.start >= (context ? context.length : 0),
  );
  return found?.date ?? null;
}
