/**
 * Tariff arithmetic over the measures of content/measures/: which rate was in
 * force on a day, the history of a product's rate, and the duty on a value.
 * Money is counted in whole cents, so no rounding error creeps in.
 */

/** A measure as the arithmetic needs it; days are `YYYY-MM-DD`. */
export interface RateMeasure {
  id: string;
  product: string;
  rate: number;
  inForce: string;
  until?: string | undefined;
  instrument: string;
  /** Left out for the duty on every country; set for one country's arrangement. */
  appliesTo?: string | undefined;
}

/** A span of days over which one rate applied; `to` is null while it still applies. */
export interface RateStep {
  from: string;
  to: string | null;
  rate: number;
  measure: RateMeasure | null;
}

const appliesToAll = (measure: RateMeasure) => measure.appliesTo === undefined;

/** The products the measures cover, in alphabetical order. */
export function productsOf(measures: readonly RateMeasure[]): string[] {
  return [...new Set(measures.map((m) => m.product))].sort();
}

/** The duty on every country for a product on a day, or null when none applied. */
export function rateOn(
  measures: readonly RateMeasure[],
  product: string,
  day: string,
): RateMeasure | null {
  return (
    measures.find(
      (m) =>
        appliesToAll(m) &&
        m.product === product &&
        m.inForce <= day &&
        (m.until === undefined || day <= m.until),
    ) ?? null
  );
}

function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The rate on every country for a product from one day to another, as steps:
 * a step of rate 0 (with no measure) covers any days without a duty.
 */
export function rateHistory(
  measures: readonly RateMeasure[],
  product: string,
  from: string,
  to: string,
): RateStep[] {
  const own = measures
    .filter((m) => appliesToAll(m) && m.product === product)
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
    steps.push({ from: start, to: end, rate: measure.rate, measure });
    if (end === null) return steps;
    day = end;
  }
  if (day <= to) steps.push({ from: day, to: null, rate: 0, measure: null });
  return steps;
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
