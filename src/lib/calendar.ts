/**
 * Calendar dates known to the day, the month or the year, and the little
 * arithmetic pages need on them. Pure: nothing here reads the clock.
 */

export type DatePrecision = 'day' | 'month' | 'year';

/** A date known to the day, the month or the year: `iso` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export interface PartialDate {
  iso: string;
  precision: DatePrecision;
}

export const MONTH_NAMES = [
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

export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((name) => name.slice(0, 3));

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dayDate(year: number, month: number, day: number): PartialDate {
  return { iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

export function monthDate(year: number, month: number): PartialDate {
  return { iso: `${pad(year, 4)}-${pad(month)}`, precision: 'month' };
}

export function yearDate(year: number): PartialDate {
  return { iso: pad(year, 4), precision: 'year' };
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when the text is not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return yearDate(year);
  const month = Number(m);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return monthDate(year, month);
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return dayDate(year, month, day);
}

/** The year, month and day a partial date names; month and day are left out where unknown. */
export function dateParts(date: PartialDate): { year: number; month?: number; day?: number } {
  const [year = 0, month, day] = date.iso.split('-').map(Number);
  return { year, month, day };
}

/** The first day a partial date covers, as `YYYY-MM-DD`. */
export function firstDay(date: PartialDate): string {
  const { year, month = 1, day = 1 } = dateParts(date);
  return dayDate(year, month, day).iso;
}

/** The last day a partial date covers, as `YYYY-MM-DD`. */
export function lastDay(date: PartialDate): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return `${pad(year, 4)}-12-31`;
  return dayDate(year, month, day ?? daysInMonth(year, month)).iso;
}

/** Orders partial dates by the first day they cover, the less precise first on a tie. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byDay = firstDay(a).localeCompare(firstDay(b));
  return byDay !== 0 ? byDay : a.iso.length - b.iso.length;
}

/** Whether `a` is known more precisely than `b` ("2018-03-23" is more precise than "2018"). */
export function isMorePrecise(a: PartialDate, b: PartialDate): boolean {
  return PRECISION_RANK[a.precision] > PRECISION_RANK[b.precision];
}

/** A span of days, given by a start and an optional end. */
export interface DateSpan {
  start: PartialDate;
  end?: PartialDate | undefined;
}

/** Whether two spans of days share a day. */
export function spansOverlap(a: DateSpan, b: DateSpan): boolean {
  return (
    firstDay(a.start) <= lastDay(b.end ?? b.start) && firstDay(b.start) <= lastDay(a.end ?? a.start)
  );
}

/** "15 Nov 2021", "March 2018" or "2018"; `long` spells the month in full. */
export function formatPartialDate(
  date: PartialDate,
  monthStyle: 'short' | 'long' = 'short',
): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return String(year);
  const monthName =
    monthStyle === 'long' || day === undefined
      ? MONTH_NAMES[month - 1]
      : MONTH_ABBREVIATIONS[month - 1];
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** The dash between two dates, after a no-break space: a line never starts with it. */
const SPAN_DASH = '\u00a0– ';

/** A date or a span written compactly: "16–17 Nov 2021", "30 Oct – 1 Nov 2021", "2018 – 2025". */
export function formatDateSpan(start: PartialDate, end?: PartialDate): string {
  if (!end || end.iso === start.iso) return formatPartialDate(start);
  const a = dateParts(start);
  const b = dateParts(end);
  if (start.precision === 'day' && end.precision === 'day' && a.year === b.year) {
    if (a.month === b.month) return `${a.day}–${formatPartialDate(end)}`;
    const startDay = `${a.day} ${MONTH_ABBREVIATIONS[(a.month ?? 1) - 1]}`;
    return `${startDay}${SPAN_DASH}${formatPartialDate(end)}`;
  }
  return `${formatPartialDate(start)}${SPAN_DASH}${formatPartialDate(end)}`;
}

/** Adds days to a `YYYY-MM-DD` day. */
export function addDays(iso: string, days: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return dayDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()).iso;
}

/** The day of the week of a `YYYY-MM-DD` day: 0 for Sunday. */
export function weekdayOf(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Moves a month by whole months: (2021, 1) by -1 is (2020, 12). */
export function shiftMonth(
  year: number,
  month: number,
  by: number,
): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
