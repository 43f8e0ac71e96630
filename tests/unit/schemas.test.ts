import { describe, expect, test } from 'vitest';
import type { ZodTypeAny } from 'astro/zod';
import { articleSchema } from '../../src/schemas/article.ts';
import { plainReference } from '../../src/schemas/common.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { glossaryEntrySchema } from '../../src/schemas/glossary.ts';
import { keyFactSchema } from '../../src/schemas/key-fact.ts';
import { measureSchema } from '../../src/schemas/measure.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { explainerSectionSchema } from '../../src/schemas/explainer.ts';
import { loadContent } from '../../src/lib/load-content.ts';

/** The first problem, as "field: message". */
function problem(schema: ZodTypeAny, input: unknown): string | undefined {
  const result = schema.safeParse(input);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

const event = {
  id: 'hagiuda-raimondo-meeting',
  date: new Date(Date.UTC(2021, 10, 15)),
  era: 'the-trip',
  title: 'Hagiuda meets Raimondo',
  summary: 'They meet.',
  involved: ['koichi-hagiuda'],
  evidence: { quote: 'The meeting, which lasted about one hour and 20 minutes' },
};

describe('eventSchema', () => {
  const schema = eventSchema(plainReference);

  test('parses a good event into dates with a precision and references', () => {
    const parsed = schema.parse({ ...event, end: '2021-11-16' });
    expect(parsed.date).toEqual({ iso: '2021-11-15', precision: 'day' });
    expect(parsed.end).toEqual({ iso: '2021-11-16', precision: 'day' });
    expect(parsed.era).toEqual({ collection: 'eras', id: 'the-trip' });
    expect(parsed.involved).toEqual([{ collection: 'glossary', id: 'koichi-hagiuda' }]);
    expect(parsed.evidence.sources).toEqual([]);
    expect(schema.parse({ ...event, date: 1962 }).date).toEqual({ iso: '1962', precision: 'year' });
    expect(schema.parse({ ...event, date: '2021-03' }).date).toEqual({
      iso: '2021-03',
      precision: 'month',
    });
  });

  test.each([
    [
      'an id that is not a slug',
      { id: 'Hagiuda Meeting' },
      'id: must be lower-case letters and digits joined by hyphens',
    ],
    [
      'a date not in the calendar',
      { date: '2021-02-30' },
      'date: "2021-02-30" is not a calendar date',
    ],
    [
      'a date in another format',
      { date: '15 Nov 2021' },
      'date: "15 Nov 2021" is not a calendar date',
    ],
    ['an end before the start', { end: '2021-11-14' }, 'end: must come after date'],
    ['no evidence', { evidence: undefined }, 'evidence: is missing: every item needs evidence'],
    [
      'empty evidence',
      { evidence: {} },
      'evidence: is empty: give a quote from the article or at least one source',
    ],
    ['an empty quote', { evidence: { quote: ' ' } }, 'evidence.quote: must not be empty'],
    [
      'a reference that is not an id',
      { involved: ['Koichi Hagiuda'] },
      'involved.0: must be lower-case letters',
    ],
    [
      'a summary of more than a phrase',
      { summary: 'They meet' },
      'summary: must be one sentence, ending with a full stop',
    ],
    ['an unknown field', { sumary: 'x' }, ": Unrecognized key(s) in object: 'sumary'"],
  ])('rejects %s', (_name, change, message) => {
    expect(problem(schema, { ...event, ...change })).toContain(message);
  });
});

const measure = {
  id: 'steel-2018',
  title: 'Section 232 duty on steel',
  product: 'steel',
  rate: 25,
  inForce: '2018-03-23',
  instrument: 'Proclamation 9705',
  summary: 'Steel pays 25%.',
  evidence: { sources: ['fr-83-11625'] },
};

describe('measureSchema', () => {
  const schema = measureSchema(plainReference);

  test('takes rates of 0 and above 100 percent', () => {
    expect(schema.parse({ ...measure, rate: 0 }).rate).toBe(0);
    expect(schema.parse({ ...measure, rate: 150 }).rate).toBe(150);
  });

  test('takes a tariff-rate quota with its volumes', () => {
    const quota = schema.parse({
      ...measure,
      appliesTo: 'Japan',
      inQuotaRate: 0,
      quotas: [{ products: 'Steel', volume: 1250000, unit: 'metric tons a year' }],
    });
    expect(quota.quotas[0]?.volume).toBe(1250000);
  });

  test.each([
    ['a negative rate', { rate: -25 }, 'rate: must be 0 or more'],
    ['a rate written as text', { rate: '25%' }, 'rate: must be a number of percent'],
    [
      'a month for a day',
      { inForce: '2018-03' },
      'inForce: must be a full date, written YYYY-MM-DD',
    ],
    ['an end before the start', { until: '2018-01-01' }, 'until: must not come before inForce'],
    [
      'quotas without an in-quota rate',
      { quotas: [{ products: 'Steel', volume: 1, unit: 't' }] },
      'quotas: a tariff-rate quota needs both',
    ],
    [
      'a quota of nothing',
      { inQuotaRate: 0, quotas: [{ products: 'Steel', volume: 0, unit: 't' }] },
      'quotas.0.volume: must be more than 0',
    ],
  ])('rejects %s', (_name, change, message) => {
    expect(problem(schema, { ...measure, ...change })).toContain(message);
  });
});

describe('glossaryEntrySchema', () => {
  const schema = glossaryEntrySchema(plainReference);
  const entry = {
    id: 'section-232',
    term: 'Section 232',
    kind: 'law',
    short: 'A law.',
    definition: 'A **law**.',
    evidence: { quote: 'Section 232' },
  };

  test('defaults aliases and old ids to empty lists', () => {
    expect(schema.parse(entry)).toMatchObject({ aliases: [], oldIds: [] });
  });

  test.each([
    ['an unknown kind', { kind: 'word' }, 'kind: must be one of term, law, person, institution'],
    ['an empty alias', { aliases: [''] }, 'aliases.0: must not be empty'],
    ['an old id that is not a slug', { oldIds: ['Old Id'] }, 'oldIds.0: must be lower-case'],
  ])('rejects %s', (_name, change, message) => {
    expect(problem(schema, { ...entry, ...change })).toContain(message);
  });
});

describe('the other schemas', () => {
  test('articleSchema wants a full published date and a language tag', () => {
    const article = {
      id: 'a',
      title: 'T',
      dek: 'D',
      published: '2021-11-15',
      dateline: 'Tokyo',
      credit: 'Agencies',
      language: 'en',
    };
    expect(articleSchema().parse(article).published).toEqual({
      iso: '2021-11-15',
      precision: 'day',
    });
    expect(problem(articleSchema(), { ...article, published: '2021-11' })).toContain(
      'published: must be a full date',
    );
    expect(problem(articleSchema(), { ...article, language: 'English' })).toContain(
      'language: must be a language tag',
    );
    expect(problem(articleSchema(), { ...article, title: undefined })).toBe('title: Required');
  });

  test('sourceSchema wants a URL when it has one', () => {
    const source = { id: 's', title: 'T', publisher: 'P', date: '2021' };
    expect(sourceSchema().parse(source).url).toBeUndefined();
    expect(problem(sourceSchema(), { ...source, url: 'crsreports' })).toContain(
      'url: must be a full URL',
    );
  });

  test('keyFactSchema wants an order of 1 or more', () => {
    const fact = { id: 'f', order: 1, text: 'A fact.', evidence: { sources: ['s'] } };
    expect(keyFactSchema(plainReference).parse(fact).order).toBe(1);
    expect(problem(keyFactSchema(plainReference), { ...fact, order: 0 })).toContain(
      'order: must be 1 or more',
    );
  });

  test('siteSchema wants a base URL and an as-of day', () => {
    const site = loadContent('tests/fixtures/content/base').site!.data as Record<string, unknown>;
    expect(siteSchema.parse(site).asOf.iso).toBe('2026-01-31');
    expect(problem(siteSchema, { ...site, pages: {} })).toContain('pages.home: Required');
    expect(problem(siteSchema, { ...site, baseUrl: 'example.org' })).toContain(
      'baseUrl: must be a full URL',
    );
    expect(problem(siteSchema, { ...site, asOf: 'today' })).toContain(
      'asOf: "today" is not a calendar date',
    );
  });
});

describe('explainerSectionSchema', () => {
  const section = {
    id: 'example',
    order: 5,
    title: 'A worked example',
    body: 'Text.',
    figures: ['worked-example'],
    exampleValue: 1000000,
    evidence: { sources: ['s'] },
  };

  test('takes figures in order', () => {
    expect(explainerSectionSchema(plainReference).parse(section).figures).toEqual([
      'worked-example',
    ]);
  });

  test.each([
    [
      'an unknown figure',
      { figures: ['pie-chart'] },
      'figures.0: must be one of rates-then-and-now',
    ],
    [
      'a worked example with no value',
      { exampleValue: undefined },
      'exampleValue: is needed by the worked-example figure',
    ],
  ])('rejects %s', (_name, change, message) => {
    expect(problem(explainerSectionSchema(plainReference), { ...section, ...change })).toContain(
      message,
    );
  });
});
