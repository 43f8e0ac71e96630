/**
 * /tariffs/: the explainer's sections and the figures each computes from the
 * measures. Every rate shown says to whom it applied, from the data: "every
 * country" only where no exception overlaps it.
 */
import {
  formatDateSpan,
  formatPartialDate,
  parsePartialDate,
  type PartialDate,
} from '../lib/calendar.ts';
import { productLabel } from '../lib/labels.ts';
import { layoutStepChart, type StepChartLayout } from '../lib/step-chart.ts';
import {
  countriesOf,
  coverage,
  describeException,
  dutyInCents,
  formatPercent,
  formatUsd,
  generalRateOn,
  productsOf,
  rateHistory,
  type RateMeasure,
} from '../lib/tariffs.ts';
import { renderMarkdown } from '../markdown/render.ts';
import type { ExplainerSectionData } from '../schemas/explainer.ts';
import { correctionNotes, shownOnce, type CorrectionNote } from './common.ts';
import type { ShownEvidence, Story } from './story.ts';

const day = (iso: string): PartialDate => parsePartialDate(iso) ?? { iso, precision: 'day' };

/**
 * To whom a rate applied, in words: "all countries" (no exception in force), or "most countries"
 * and the exceptions.
 */
export interface Coverage {
  scope: 'all countries' | 'most countries';
  /**
   * "United Kingdom (25%)", "Canada, Mexico (exempt)"; over several days, with the days of an
   * exception that held for part of them: "Brazil (exempt, until 31 May 2018)".
   */
  exceptions: string[];
}

/** The part of the days from `from` to `to` an exception held, where it did not hold for all. */
function partOf(measure: RateMeasure, from: string, to: string): string | undefined {
  const starts = measure.inForce > from;
  const ends = measure.until !== undefined && measure.until < to;
  const first = day(measure.inForce);
  if (starts && ends) return formatDateSpan(first, day(measure.until!));
  if (starts) return `from ${formatPartialDate(first)}`;
  if (ends) return `until ${formatPartialDate(day(measure.until!))}`;
  return undefined;
}

export function coverageOf(
  measures: readonly RateMeasure[],
  product: string,
  from: string,
  to = from,
): Coverage {
  const found = coverage(measures, product, from, to);
  const grouped = new Map<string, string[]>();
  for (const measure of found.exceptions) {
    const part = partOf(measure, from, to);
    const what = part ? `${describeException(measure)}, ${part}` : describeException(measure);
    grouped.set(what, [...(grouped.get(what) ?? []), ...(measure.countries ?? [])]);
  }
  return {
    scope: found.scope,
    exceptions: [...grouped].map(
      ([what, countries]) => `${[...new Set(countries)].join(', ')} (${what})`,
    ),
  };
}

/**
 * The general rate's steps on each product, a group of rows a product, as the rate tables list
 * them: when each rate was in force, the rate, and one more cell (`detail`: the legal
 * instrument, or the duty on a shipment).
 */
export interface RateStepGroup {
  product: string;
  rows: { from: PartialDate; until?: PartialDate | undefined; rate: string; detail: string }[];
}

function rateStepGroups(
  story: Story,
  detail: (measure: RateMeasure, rate: number) => string,
): RateStepGroup[] {
  const general = story.rateMeasures.filter((m) => m.countries === undefined);
  const first = general.map((m) => m.inForce).sort()[0] ?? story.content.site.asOf.iso;
  return productsOf(general).map((product) => ({
    product: productLabel(product),
    rows: rateHistory(general, product, first, story.content.site.asOf.iso).flatMap((step) =>
      step.measure
        ? [
            {
              from: day(step.from),
              until: step.measure.until ? day(step.measure.until) : undefined,
              rate: formatPercent(step.rate),
              detail: detail(step.measure, step.rate),
            },
          ]
        : [],
    ),
  }));
}

export interface RateCell {
  rate: string;
  instrument: string;
  coverage: Coverage;
}

export interface RatesThenAndNow {
  /** What the table is of: "Section 232 duty". */
  duty: string;
  then: { date: PartialDate; reportName: string; reportHref: string };
  now: { date: PartialDate };
  rows: { product: string; then: RateCell | null; now: RateCell | null }[];
}

/**
 * The report whose rates the "then" column shows: the one the rates section quotes, else the first.
 */
function ratesReport(story: Story) {
  const section = story.content.explainer.find((s) => s.figures.includes('rates-then-and-now'));
  const quoted = section?.evidence.quoted?.articleId;
  return quoted ? story.report(quoted) : story.reports.at(-1)!;
}

export function ratesThenAndNow(story: Story): RatesThenAndNow {
  const report = ratesReport(story);
  const asOf = story.content.site.asOf;
  const cell = (product: string, on: string): RateCell | null => {
    const measure = generalRateOn(story.rateMeasures, product, on);
    if (!measure) return null;
    return {
      rate: formatPercent(measure.rate ?? 0),
      instrument: measure.instrument,
      coverage: coverageOf(story.rateMeasures, product, on),
    };
  };
  return {
    duty: story.content.site.story.duty,
    then: {
      date: report.published,
      reportName: story.reportLabel(report.id).name,
      reportHref: story.links.article(report.id),
    },
    now: { date: asOf },
    rows: productsOf(story.rateMeasures).map((product) => ({
      product: productLabel(product),
      then: cell(product, report.published.iso),
      now: cell(product, asOf.iso),
    })),
  };
}

export interface RateChart {
  id: string;
  title: string;
  description: string;
  /** One drawing for wide screens and one for phones, so its text is never smaller than 12 px. */
  wide: StepChartLayout;
  narrow: StepChartLayout;
  /** Each line, as the legend names it: "Aluminum, 50% now". */
  legend: string[];
  asOf: PartialDate;
  /** The data behind the lines; each row's detail is its legal instrument. */
  groups: RateStepGroup[];
}

/** One step of the chart in words: "25% from 23 Mar 2018". */
const stepText = (rate: number, from: string) =>
  `${formatPercent(rate)} from ${formatPartialDate(day(from))}`;

export function rateChart(story: Story, id: string): RateChart {
  const asOf = story.content.site.asOf;
  const general = story.rateMeasures.filter((m) => m.countries === undefined);
  const firstYear = Math.min(...general.map((m) => Number(m.inForce.slice(0, 4)))) - 1;
  const from = `${firstYear}-01-01`;
  const series = productsOf(general).map((product) => ({
    label: productLabel(product),
    steps: rateHistory(general, product, from, asOf.iso),
  }));
  // Room on the left for "100%" at each drawing's font size (17 and 14 units).
  const drawing = (width: number, height: number, left: number) =>
    layoutStepChart(series, { from, to: asOf.iso, width, height, margin: { left, right: 12 } });
  const wide = drawing(520, 300, 60);
  const narrow = drawing(300, 220, 50);
  return {
    id,
    title:
      `General duty on ${series.map((s) => s.label.toLowerCase()).join(' and ')}, ` +
      `${firstYear} to ${formatPartialDate(asOf)}`,
    description: series
      .map(
        (s) => `${s.label}: ${s.steps.map((step) => stepText(step.rate, step.from)).join(', ')}.`,
      )
      .join(' '),
    wide,
    narrow,
    legend: wide.lines.map((line) => `${line.label}, ${formatPercent(line.end.rate)} now`),
    asOf,
    groups: rateStepGroups(story, (measure) => measure.instrument),
  };
}

export interface QuotaArrangements {
  partners: string[];
  /** Each partner's "no quota" for a product: backed by the documents of the quotas it got. */
  noQuotaEvidence: ShownEvidence[];
  rows: {
    product: string;
    cells: ({
      quotas: { products: string; volume: string; unit: string }[];
      within: string;
      above: string;
      inForce: PartialDate;
      until?: PartialDate | undefined;
      instrument: string;
      evidence: ShownEvidence;
    } | null)[];
  }[];
}

export function quotaArrangements(story: Story): QuotaArrangements {
  const withQuota = story.measures.filter((m) => m.inQuotaRate !== undefined && m.countries);
  const partnerOf = (m: (typeof withQuota)[number]) => (m.countries ?? []).join(', ');
  const partners = [...new Set(withQuota.map(partnerOf))];
  const number = new Intl.NumberFormat('en-US');
  return {
    partners,
    noQuotaEvidence: partners.map((partner) =>
      story.shown({
        sources: [
          ...new Set(
            withQuota.filter((q) => partnerOf(q) === partner).flatMap((q) => q.evidence.sources),
          ),
        ],
      }),
    ),
    rows: [...new Set(withQuota.map((m) => m.product))].sort().map((product) => ({
      product: productLabel(product),
      cells: partners.map((partner) => {
        const m = withQuota.find((q) => q.product === product && partnerOf(q) === partner);
        if (!m) return null;
        return {
          quotas: m.quotas.map((q) => ({
            products: q.products,
            volume: number.format(q.volume),
            unit: q.unit,
          })),
          within: formatPercent(m.inQuotaRate ?? 0),
          above: formatPercent(m.rate ?? 0),
          inForce: m.inForce,
          until: m.until,
          instrument: m.instrument,
          evidence: story.shown(m.evidence),
        };
      }),
    })),
  };
}

export interface WorkedExample {
  /** The duty worked out: "Section 232 duty". */
  duty: string;
  value: string;
  /** Each row's detail is the duty on a shipment of that value. */
  groups: RateStepGroup[];
  formula: string | null;
  calculator: {
    /** Where its measures are: out of the page, which they would take over its byte budget. */
    measures: string;
    products: { value: string; label: string }[];
    countries: string[];
    /** The day of the latest rates, as the page writes it: "30 Nov 2026". */
    asOf: string;
    firstDay: string;
    lastDay: string;
    value: number;
  };
}

export function workedExample(story: Story, value: number): WorkedExample {
  const valueCents = Math.round(value * 100);
  const asOf = story.content.site.asOf.iso;
  const general = story.rateMeasures.filter((m) => m.countries === undefined);
  const first = general.map((m) => m.inForce).sort()[0] ?? asOf;
  const groups = rateStepGroups(story, (_, rate) => formatUsd(dutyInCents(valueCents, rate)));
  const firstStep = groups[0]?.rows[0];
  return {
    duty: story.content.site.story.duty,
    value: formatUsd(valueCents),
    groups,
    formula: firstStep
      ? `Duty = rate × customs value: ${firstStep.rate} × ${formatUsd(valueCents)} = ` +
        `${firstStep.detail}.`
      : null,
    calculator: {
      measures: story.links.rateMeasures,
      products: productsOf(general).map((product) => ({
        value: product,
        label: productLabel(product),
      })),
      countries: countriesOf(story.rateMeasures).sort(),
      asOf: formatPartialDate(story.content.site.asOf),
      firstDay: first,
      lastDay: asOf,
      value,
    },
  };
}

export interface RateHistoryRow {
  id: string;
  inForce: PartialDate;
  until?: PartialDate | undefined;
  title: string;
  instrument: string;
  summary: string;
  appliesTo: string;
  exceptions: string[];
  rate: string;
  product: string;
  evidence: ShownEvidence;
  corrections: CorrectionNote[];
}

export function rateHistoryRows(story: Story): RateHistoryRow[] {
  return story.measures.map((m) => {
    const span = coverageOf(
      story.rateMeasures,
      m.product,
      m.inForce.iso,
      m.until?.iso ?? story.content.site.asOf.iso,
    );
    const general = m.countries === undefined;
    return {
      id: m.id,
      inForce: m.inForce,
      until: m.until,
      title: m.title,
      instrument: m.instrument,
      summary: m.summary,
      appliesTo: general ? span.scope : (m.countries ?? []).join(', '),
      exceptions: general ? span.exceptions : [],
      rate:
        m.rate === undefined
          ? (m.terms ?? '')
          : m.inQuotaRate !== undefined
            ? `${formatPercent(m.inQuotaRate)} within quota, ${formatPercent(m.rate)} above`
            : formatPercent(m.rate),
      product: productLabel(m.product),
      evidence: story.shown(m.evidence),
      corrections: correctionNotes(story, 'measures', m.id),
    };
  });
}

export type TariffsFigure =
  | { kind: 'rates-then-and-now'; data: RatesThenAndNow }
  | { kind: 'rate-chart'; data: RateChart }
  | { kind: 'quota-arrangements'; data: QuotaArrangements }
  | { kind: 'worked-example'; data: WorkedExample }
  | { kind: 'rate-history'; data: RateHistoryRow[] };

export interface TariffsSection {
  id: string;
  oldIds: string[];
  title: string;
  html: string;
  figures: TariffsFigure[];
  evidence: ShownEvidence;
  corrections: CorrectionNote[];
}

function figure(
  story: Story,
  section: ExplainerSectionData,
  kind: ExplainerSectionData['figures'][number],
): TariffsFigure {
  switch (kind) {
    case 'rates-then-and-now':
      return { kind, data: ratesThenAndNow(story) };
    case 'rate-chart':
      return { kind, data: rateChart(story, `${section.id}-chart`) };
    case 'quota-arrangements':
      return { kind, data: quotaArrangements(story) };
    case 'worked-example':
      return { kind, data: workedExample(story, section.exampleValue ?? 0) };
    case 'rate-history':
      return { kind, data: rateHistoryRows(story) };
  }
}

export interface TariffsView {
  asOf: PartialDate;
  sections: TariffsSection[];
}

export function tariffsView(story: Story): TariffsView {
  // In the page's order: a section's figures, then its own evidence and corrections.
  const once = shownOnce();
  const sections = [...story.content.explainer]
    .sort((a, b) => a.order - b.order)
    .map((section) => {
      const figures = section.figures.map((kind) => {
        const shown = figure(story, section, kind);
        return shown.kind === 'rate-history'
          ? {
              ...shown,
              data: shown.data.map((row) => ({ ...row, corrections: once(row.corrections) })),
            }
          : shown;
      });
      return {
        id: section.id,
        oldIds: section.oldIds,
        title: section.title,
        html: renderMarkdown(section.body),
        figures,
        evidence: story.shown(section.evidence),
        corrections: once(correctionNotes(story, 'explainer', section.id)),
      };
    });
  return { asOf: story.content.site.asOf, sections };
}
