import { describe, expect, test } from 'vitest';
import {
  dutyInCents,
  formatPercent,
  formatUsd,
  productsOf,
  rateHistory,
  coverage,
  describeException,
  generalRateOn,
  rateFor,
  type RateMeasure,
} from '../../src/lib/tariffs.ts';
import { layoutStepChart, niceMaximum } from '../../src/lib/step-chart.ts';

const MEASURES: RateMeasure[] = [
  {
    id: 'steel-2018',
    product: 'steel',
    rate: 25,
    inForce: '2018-03-23',
    until: '2025-06-03',
    instrument: 'Proclamation 9705',
  },
  {
    id: 'steel-2025',
    product: 'steel',
    rate: 50,
    inForce: '2025-06-04',
    instrument: 'Proclamation 10947',
  },
  {
    id: 'aluminum-2018',
    product: 'aluminum',
    rate: 10,
    inForce: '2018-03-23',
    until: '2025-03-11',
    instrument: 'Proclamation 9704',
  },
  {
    id: 'japan-quota',
    product: 'steel',
    rate: 25,
    inForce: '2022-04-01',
    until: '2025-03-11',
    instrument: 'Test Order',
    countries: ['Testland'],
    inQuotaRate: 0,
  },
  {
    id: 'other-exempt',
    product: 'steel',
    rate: 0,
    inForce: '2018-03-23',
    until: '2018-05-31',
    instrument: 'Test Order 2',
    countries: ['Otherland', 'Thirdland'],
  },
  {
    id: 'varied',
    product: 'aluminum',
    terms: 'Exempted or given quotas, on terms that differed.',
    inForce: '2018-03-23',
    until: '2025-03-11',
    instrument: 'Test Order 3',
    countries: ['Fourthland'],
  },
];

describe('generalRateOn', () => {
  test('finds the general duty in force on a day, never an exception', () => {
    expect(generalRateOn(MEASURES, 'steel', '2021-11-15')?.rate).toBe(25);
    expect(generalRateOn(MEASURES, 'steel', '2025-06-03')?.rate).toBe(25);
    expect(generalRateOn(MEASURES, 'steel', '2025-06-04')?.rate).toBe(50);
    expect(generalRateOn(MEASURES, 'steel', '2018-04-01')?.id).toBe('steel-2018');
    expect(generalRateOn(MEASURES, 'aluminum', '2018-03-22')).toBeNull();
    expect(generalRateOn(MEASURES, 'aluminum', '2026-01-01')).toBeNull();
  });
});

describe('rateFor', () => {
  test(
    'gives a country its exception, the in-quota ' + 'rate within a quota, else the general rate',
    () => {
      const on = (country: string | undefined, day: string, withinQuota = false) =>
        rateFor(MEASURES, { product: 'steel', day, country, withinQuota });
      expect(on('Testland', '2023-01-01')).toMatchObject({ rate: 25, exception: true });
      expect(on('Testland', '2023-01-01', true)).toMatchObject({ rate: 0, exception: true });
      expect(on('Otherland', '2018-04-01')).toMatchObject({ rate: 0, exception: true });
      expect(on('Otherland', '2018-06-01')).toMatchObject({ rate: 25, exception: false });
      expect(on(undefined, '2023-01-01')).toMatchObject({ rate: 25, exception: false });
    },
  );

  test('gives a later exception for the country while it lasts, then the earlier one again', () => {
    const measures: RateMeasure[] = [
      ...MEASURES,
      {
        id: 'one-product-again',
        product: 'steel',
        terms: 'One kind of steel paid the duty again, the rest nothing (a test).',
        inForce: '2018-04-10',
        until: '2018-04-20',
        instrument: 'Test Order 4',
        countries: ['Otherland'],
      },
    ];
    const on = (day: string) =>
      rateFor(measures, { product: 'steel', day, country: 'Otherland' })?.measure.id;
    expect(['2018-04-09', '2018-04-10', '2018-04-20', '2018-04-21'].map(on)).toEqual([
      'other-exempt',
      'one-product-again',
      'one-product-again',
      'other-exempt',
    ]);
  });

  test('gives no rate where the terms varied, rather than a wrong one', () => {
    expect(
      rateFor(MEASURES, { product: 'aluminum', day: '2020-01-01', country: 'Fourthland' }),
    ).toMatchObject({
      rate: null,
      measure: { id: 'varied' },
    });
  });
});

describe('coverage', () => {
  test('says "all countries" only where no exception overlaps the days', () => {
    expect(coverage(MEASURES, 'steel', '2025-06-04')).toEqual({
      scope: 'all countries',
      exceptions: [],
    });
    expect(coverage(MEASURES, 'steel', '2018-04-01').scope).toBe('most countries');
    expect(coverage(MEASURES, 'steel', '2018-04-01').exceptions.map((m) => m.id)).toEqual([
      'other-exempt',
    ]);
    expect(
      coverage(MEASURES, 'steel', '2018-01-01', '2023-01-01').exceptions.map((m) => m.id),
    ).toEqual(['japan-quota', 'other-exempt']);
  });

  test('describes each exception in a few words', () => {
    expect(MEASURES.filter((m) => m.countries).map(describeException)).toEqual([
      'quota: 0% within, 25% above',
      'exempt',
      'exempted or given quotas, on terms that differed',
    ]);
  });
});

describe('rateHistory', () => {
  test('covers the span with steps, 0% where no duty applied', () => {
    expect(
      rateHistory(MEASURES, 'steel', '2017-01-01', '2026-11-29').map((s) => [s.from, s.to, s.rate]),
    ).toEqual([
      ['2017-01-01', '2018-03-23', 0],
      ['2018-03-23', '2025-06-04', 25],
      ['2025-06-04', null, 50],
    ]);
    expect(
      rateHistory(MEASURES, 'aluminum', '2017-01-01', '2026-11-29').map((s) => [
        s.from,
        s.to,
        s.rate,
      ]),
    ).toEqual([
      ['2017-01-01', '2018-03-23', 0],
      ['2018-03-23', '2025-03-12', 10],
      ['2025-03-12', null, 0],
    ]);
  });

  test('leaves out country arrangements', () => {
    expect(
      rateHistory(MEASURES, 'steel', '2022-01-01', '2023-01-01').map((s) => s.measure?.id),
    ).toEqual(['steel-2018']);
  });
});

describe('dutyInCents', () => {
  test('is the rate times the value, to the cent', () => {
    expect(dutyInCents(100_000_000, 25)).toBe(25_000_000);
    expect(dutyInCents(100_000_000, 10)).toBe(10_000_000);
    expect(dutyInCents(100_000_000, 0)).toBe(0);
    expect(dutyInCents(100_000_000, 150)).toBe(150_000_000);
    expect(dutyInCents(1_001, 7.5)).toBe(75);
    expect(dutyInCents(1, 50)).toBe(1);
  });

  test('refuses a value that is not whole cents', () => {
    expect(() => dutyInCents(10.5, 25)).toThrow(RangeError);
  });
});

describe('formatting', () => {
  test('writes dollars and percentages as readers do', () => {
    expect(formatUsd(25_000_000)).toBe('$250,000');
    expect(formatUsd(123_450)).toBe('$1,234.50');
    expect(formatPercent(25)).toBe('25%');
    expect(formatPercent(7.5)).toBe('7.5%');
    expect(productsOf(MEASURES)).toEqual(['aluminum', 'steel']);
  });
});

describe('layoutStepChart', () => {
  const layout = layoutStepChart(
    [{ label: 'Steel', steps: rateHistory(MEASURES, 'steel', '2017-01-01', '2026-11-29') }],
    { from: '2017-01-01', to: '2026-11-29', width: 640, height: 320 },
  );

  test('draws one step path per series, from the left edge to the right', () => {
    expect(layout.lines).toHaveLength(1);
    expect(layout.lines[0]!.d).toMatch(/^M44 288H\d+(\.\d)?V\d+(\.\d)?H\d+(\.\d)?V16H500$/);
    expect(layout.lines[0]!.end.rate).toBe(50);
  });

  test('labels the years, every other one over a long span, and a round rate scale', () => {
    expect(layout.xTicks.map((t) => t.label)).toEqual(['2017', '2019', '2021', '2023', '2025']);
    const short = layoutStepChart([{ label: 'Steel', steps: [{ from: '2018-01-01', rate: 25 }] }], {
      from: '2018-01-01',
      to: '2020-06-01',
    });
    expect(short.xTicks.map((t) => t.label)).toEqual(['2018', '2019', '2020']);
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0%', '10%', '20%', '30%', '40%', '50%']);
    expect(niceMaximum([25, 10])).toBe(30);
    expect(niceMaximum([150])).toBe(150);
  });

  test('keeps the margins it is given beside the plot', () => {
    const narrow = layoutStepChart(
      [{ label: 'Steel', steps: [{ from: '2018-01-01', rate: 25 }] }],
      { from: '2018-01-01', to: '2020-06-01', width: 300, margin: { left: 40, right: 12 } },
    );
    expect(narrow.plot).toMatchObject({ left: 40, right: 288 });
    expect(narrow.lines[0]!.d).toMatch(/^M40 .*H288$/);
  });

  test('leaves out a year label that would run past the right edge', () => {
    const justBegun = layoutStepChart(
      [{ label: 'Steel', steps: [{ from: '2018-01-01', rate: 25 }] }],
      { from: '2018-01-01', to: '2020-01-10', width: 300, margin: { left: 40, right: 12 } },
    );
    expect(justBegun.xTicks.map((t) => t.label)).toEqual(['2018', '2019']);
  });
});
