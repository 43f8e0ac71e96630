/**
 * Tariff arithmetic over the measures of content/measures/: the general duty
 * on a product on a day, the exceptions to it (countries exempted, under a
 * quota, or charged more), the rate for goods from a given country, the
 * history of a product's rate, and the duty on a value. Money is counted in
 * whole cents, so no rounding error creeps in.
 */

/** A measure as the arithmetic needs it; days are `YYYY-MM-DD`. */
export interface RateMeasure {
  id: string;
  product: string;
  /** The duty in percent; left out where the rate varied (then `terms` says what applied). */
  rate?: number | undefined;
  terms?: string | undefined;
  /** Under a tariff-rate quota: the duty within the quota. */
  inQuotaRate?: number | undefined;
  inForce: string;
  until?: string | undefined;
  instrument: string;
  /** Whose goods it covers; left out for the general duty on the product. */
  countries?: readonly string[] | undefined;
}

/** A span of days over which one general rate applied; `to` is null while it still applies. */
export interface RateStep {
  from: string;
  to: string | null;
  rate: number;
  measure: RateMeasure | null;
}

const isGeneral = (measure: RateMeasure) => measure.countries === undefined;
const inForceOn = (measure: RateMeasure, day: string) =>
  measure.inForce <= day && (measure.until === undefined || day <= measure.until);
const overlaps = (measure: RateMeasure, from: string, to: string) =>
  measure.inForce <= to && (measure.until === undefined || from <= measure.until);

/** The products the measures cover, in alphabetical order. */
export function productsOf(measures: readonly RateMeasure[]): string[] {
  return [...new Set(measures.map((m) => m.product))].sort();
}

/** The general duty on a product on a day, or null when none applied. */
export function generalRateOn(
  measures: readonly RateMeasure[],
  product: string,
  day: string,
): RateMeasure | null {
  return measures.find((m) => isGeneral(m) && m.product === product && inForceOn(m, day)) ?? null;
}

/** The exceptions to the general duty on a product in force on any day from `from` to `to`. */
export function exceptionsDuring(
  measures: readonly RateMeasure[],
  product: string,
  from: string,
  to = from,
): RateMeasure[] {
  return measures.filter((m) => !isGeneral(m) && m.product === product && overlaps(m, from, to));
}

/** The countries a set of measures names, each once, in the order given. */
export function countriesOf(measures: readonly RateMeasure[]): string[] {
  return [...new Set(measures.flatMap((m) => m.countries ?? []))];
}

/** What applied to goods of one product from one country on a day. */
export interface CountryRate {
  measure: RateMeasure;
  /** The rate in percent; null where the rate varied and is not given (see `measure.terms`). */
  rate: number | null;
  /** Whether an exception, not the general duty, set it. */
  exception: boolean;
}

/**
 * The duty on goods of a product from a country on a day: the country's
 * exception where one applied (the in-quota rate for goods within a quota),
 * else the general duty. Null where no duty applied.
 */
export function rateFor(
  measures: readonly RateMeasure[],
  query: { product: string; day: string; country?: string | undefined; withinQuota?: boolean },
): CountryRate | null {
  // Where two exceptions for the country overlap, the later one prevails while it lasts.
  const exception = query.country
    ? measures
        .filter(
          (m) =>
            m.product === query.product &&
            inForceOn(m, query.day) &&
            (m.countries ?? []).includes(query.country ?? ''),
        )
        .sort((a, b) => b.inForce.localeCompare(a.inForce))[0]
    : undefined;
  if (exception) {
    const rate =
      query.withinQuota && exception.inQuotaRate !== undefined
        ? exception.inQuotaRate
        : (exception.rate ?? null);
    return { measure: exception, rate, exception: true };
  }
  const general = generalRateOn(measures, query.product, query.day);
  return general ? { measure: general, rate: general.rate ?? 0, exception: false } : null;
}

/**
 * The general rate on a product from one day to another, as steps: a step
 * of rate 0 (with no measure) covers any days without a duty.
 */
export function rateHistory(
  measures: readonly RateMeasure[],
  product: string,
  from: string,
  to: string,
): RateStep[] {
  const own = measures
    .filter((m) => isGeneral(m) && m.product === product)
    .sort((a, b) => a.inForce.localeCompare(b.inForce));
  const steps: RateStep[] = [];
  let day = from;
  for (const measure of own) {
    if (measure.until !== undefined && measure.until < day) continue;
    if (measure.inForce > to) break;
    if (measure.inForce > day)
      steps.push({ from: day, to: measure.inForce, rate: 0, measure: null });
    const start = measure.inForce > day ? measure.inForce : day;
    const end = measure.until === undefined || measure.until >= to ? null : dayAfter(measure.until);
    steps.push({ from: start, to: end, rate: measure.rate ?? 0, measure });
    if (end === null) return steps;
    day = end;
  }
  if (day <= to) steps.push({ from: day, to: null, rate: 0, measure: null });
  return steps;
}

function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The duty in cents on a value in cents at a rate in percent, rounded half up to the cent. */
export function dutyInCents(valueCents: number, ratePercent: number): number {
  if (!Number.isInteger(valueCents) || valueCents < 0)
    throw new RangeError('the value must be a whole number of cents, 0 or more');
  // Basis points keep rates such as 7.5% exact.
  const basisPoints = Math.round(ratePercent * 100);
  return Math.floor((valueCents * basisPoints + 5000) / 10000);
}

/** US dollars and cents as readers write them: "$250,000" or "$1,234.50". */
export function formatUsd(cents: number): string {
  const dollars = Math.floor(cents / 100);
  const rest = cents % 100;
  const whole = dollars.toLocaleString('en-US');
  return rest === 0 ? `$${whole}` : `$${whole}.${String(rest).padStart(2, '0')}`;
}

/** A rate as readers write it: "25%", "7.5%". */
export function formatPercent(rate: number): string {
  return `${Number(rate.toFixed(2))}%`;
}

/** What an exception did, in a few words: "exempt", "25%", "quota: 0% within, 25% above". */
export function describeException(measure: RateMeasure): string {
  if (measure.inQuotaRate !== undefined && measure.rate !== undefined) {
    return (
      `quota: ${formatPercent(measure.inQuotaRate)} within, ${formatPercent(measure.rate)} ` +
      `above`
    );
  }
  if (measure.rate === undefined) {
    // The terms are a sentence of their own; inside a list they read as a clause.
    const terms = (measure.terms ?? 'other terms').replace(/\.$/, '');
    return terms.charAt(0).toLowerCase() + terms.slice(1);
  }
  return measure.rate === 0 ? 'exempt' : formatPercent(measure.rate);
}

/**
 * To whom a general rate applied over some days, from the data alone: "all
 * countries" only where no exception overlaps it; else "most countries", with
 * the exceptions.
 */
export function coverage(
  measures: readonly RateMeasure[],
  product: string,
  from: string,
  to = from,
): { scope: 'all countries' | 'most countries'; exceptions: RateMeasure[] } {
  const exceptions = exceptionsDuring(measures, product, from, to);
  return { scope: exceptions.length === 0 ? 'all countries' : 'most countries', exceptions };
}
