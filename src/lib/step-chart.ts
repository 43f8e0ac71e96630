/**
 * Lays out a step chart of rates over time for an SVG drawn at build time:
 * pure geometry, no DOM, so the page ships no chart code.
 */

export interface StepSeries {
  label: string;
  steps: readonly { from: string; rate: number }[];
}

export interface StepChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  lines: { label: string; d: string; end: { x: number; y: number; rate: number } }[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
}

const DAY_MS = 86_400_000;
/** Half the width of a year's label ("2025") in the drawing's units, at the sizes it is drawn. */
const YEAR_LABEL_HALF_WIDTH = 20;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** A round top for the rate axis: the next multiple of 10 above the highest rate. */
export function niceMaximum(rates: readonly number[]): number {
  const top = Math.max(10, ...rates);
  return Math.ceil(top / 10) * 10;
}

export function layoutStepChart(
  series: readonly StepSeries[],
  {
    from,
    to,
    width = 640,
    height = 320,
    margin = { left: 44, right: 140 },
  }: {
    from: string;
    to: string;
    width?: number;
    height?: number;
    /**
     * Room beside the plot: the rate labels on the left, anything drawn past the last day on the
     * right.
     */
    margin?: { left: number; right: number };
  },
): StepChartLayout {
  const plot = { left: margin.left, top: 16, right: width - margin.right, bottom: height - 32 };
  const start = dayNumber(from);
  const span = Math.max(1, dayNumber(to) - start);
  const maximum = niceMaximum(series.flatMap((s) => s.steps.map((step) => step.rate)));
  const x = (day: string) =>
    plot.left + ((dayNumber(day) - start) / span) * (plot.right - plot.left);
  const y = (rate: number) => plot.bottom - (rate / maximum) * (plot.bottom - plot.top);
  const round = (n: number) => Math.round(n * 10) / 10;

  const lines = series.map(({ label, steps }) => {
    let d = '';
    steps.forEach((step, i) => {
      const sx = round(x(step.from < from ? from : step.from));
      const sy = round(y(step.rate));
      d += i === 0 ? `M${sx} ${sy}` : `V${sy}`;
      const next = steps[i + 1];
      d += `H${round(next ? x(next.from) : plot.right)}`;
    });
    const last = steps.at(-1);
    return {
      label,
      d,
      end: { x: plot.right, y: round(y(last?.rate ?? 0)), rate: last?.rate ?? 0 },
    };
  });

  const firstYear = Number(from.slice(0, 4)) + (from.slice(5) === '01-01' ? 0 : 1);
  const lastYear = Number(to.slice(0, 4));
  const xTicks = [];
  // Every year fits up to eight; beyond, every other year keeps the labels legible on a phone.
  const yearStep = lastYear - firstYear + 1 > 8 ? 2 : 1;
  for (let year = firstYear; year <= lastYear; year += yearStep) {
    const tick = { x: round(x(`${year}-01-01`)), label: String(year) };
    // A year just begun sits at the right edge: its label, centred on it, would be cut off.
    if (tick.x + YEAR_LABEL_HALF_WIDTH <= width) xTicks.push(tick);
  }
  const yTicks = [];
  const stepSize = maximum > 50 ? 25 : 10;
  for (let rate = 0; rate <= maximum; rate += stepSize)
    yTicks.push({ y: round(y(rate)), label: `${rate}%` });

  return { width, height, plot, lines, xTicks, yTicks };
}
