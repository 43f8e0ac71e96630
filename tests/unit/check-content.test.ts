import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { loadContent, type RawContent } from '../../src/lib/load-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';

let content: RawContent;
beforeAll(() => {
  content = loadContent('content');
});

/** The problems of the real content after one file's data was changed. */
function problemsAfter(
  collection: keyof RawContent['collections'],
  id: string,
  change: (data: Record<string, any>) => void,
): string[] {
  const copy = structuredClone(content);
  const file = copy.collections[collection].find((f) => (f.data as { id: string }).id === id);
  if (!file) throw new Error(`no ${collection} entry ${id}`);
  change(file.data as Record<string, any>);
  return checkContent(copy).map(formatProblem);
}

describe('checkContent on content/', () => {
  test('finds nothing wrong with the content as it is', () => {
    expect(checkContent(content).map(formatProblem)).toEqual([]);
  });

  test('loads every collection', () => {
    const counts = Object.fromEntries(
      Object.entries(content.collections).map(([name, files]) => [name, files.length]),
    );
    expect(counts.articles).toBe(1);
    expect(counts.events).toBeGreaterThanOrEqual(20);
    expect(counts.glossary).toBeGreaterThanOrEqual(20);
  });

  test('a quote that is not in the article', () => {
    expect(
      problemsAfter('events', 'hagiuda-raimondo-meeting', (d) => {
        d.evidence.quote = 'The meeting lasted two hours';
      }),
    ).toEqual([
      'content/events/hagiuda-raimondo-meeting.yaml: evidence.quote "The meeting lasted two hours" is not in article japan-us-tariff-talks: copy the words exactly',
    ]);
  });

  test('a quote typed with typographic quotes still matches', () => {
    expect(
      problemsAfter('glossary', 'america-first', (d) => {
        d.evidence.quote = 'Trump’s “America First” foreign and trade policy';
      }),
    ).toEqual([]);
  });

  test('a date that disagrees with its quote', () => {
    expect(
      problemsAfter('events', 'raimondo-arrives-in-tokyo', (d) => {
        d.date = '2021-11-13';
      }),
    ).toEqual([
      'content/events/raimondo-arrives-in-tokyo.yaml: date 2021-11-13 disagrees with the quote: "on Sunday" means 14 Nov 2021 (2021-11-14) in article japan-us-tariff-talks, published 2021-11-15',
    ]);
    expect(
      problemsAfter('events', 'malaysia-visit', (d) => {
        d.date = '2021-11-11';
      }),
    ).toHaveLength(1);
    expect(
      problemsAfter('measures', 'steel-2018', (d) => {
        d.inForce = '2019-01-01';
      })[0],
    ).toContain('"Since 2018" means 2018');
  });

  test('an unknown reference', () => {
    expect(
      problemsAfter('events', 'singapore-visit', (d) => {
        d.involved = ['gina-raimondo', 'lee-hsien-loong'];
      }),
    ).toEqual([
      'content/events/singapore-visit.yaml: involved[1] refers to "lee-hsien-loong", which is not an id in glossary/',
    ]);
    expect(
      problemsAfter('keyFacts', 'rates-now', (d) => {
        d.evidence.sources = ['nowhere'];
      }),
    ).toEqual([
      'content/key-facts/rates-now.yaml: evidence.sources[0] refers to "nowhere", which is not an id in sources/',
    ]);
  });

  test('a duplicate id, and an old id that takes another entry’s id', () => {
    expect(
      problemsAfter('events', 'malaysia-visit', (d) => {
        d.id = 'singapore-visit';
      })[0],
    ).toMatch(
      /content\/events\/(malaysia|singapore)-visit\.yaml: id "singapore-visit" is already used by content\/events\/(malaysia|singapore)-visit\.yaml/,
    );
    expect(
      problemsAfter('glossary', 'tariff', (d) => {
        d.oldIds = ['duty-free'];
      }),
    ).toHaveLength(1);
  });

  test('an item with no evidence', () => {
    expect(
      problemsAfter('measures', 'steel-2025-06', (d) => {
        delete d.evidence;
      }),
    ).toEqual([
      'content/measures/steel-2025-06.yaml: evidence is missing: every item needs evidence, a quote from the article or a source',
    ]);
  });

  test('a word that would link to two glossary entries', () => {
    expect(
      problemsAfter('glossary', 'mofa', (d) => {
        d.aliases = [...d.aliases, 'Washington'];
      }),
    ).toEqual([
      'content/glossary/us-government.yaml: aliases[0] "Washington" already names content/glossary/mofa.yaml: a word can link to one entry only',
    ]);
  });

  test('raw HTML in a glossary definition', () => {
    expect(
      problemsAfter('glossary', 'tariff', (d) => {
        d.definition = 'A tax <img src=x onerror=alert(1)>.';
      })[0],
    ).toContain('content/glossary/tariff.yaml: definition holds raw HTML on line 1');
  });

  test('words editors can act on for missing fields, wrong types and typos', () => {
    expect(
      problemsAfter('events', 'ipef-launched', (d) => {
        delete d.title;
      }),
    ).toEqual(['content/events/ipef-launched.yaml: title is missing']);
    expect(
      problemsAfter('events', 'ipef-launched', (d) => {
        d.involved = 'joe-biden';
      }),
    ).toEqual(['content/events/ipef-launched.yaml: involved must be a list, not string']);
    expect(
      problemsAfter('events', 'ipef-launched', (d) => {
        d.sumary = 'x';
      }),
    ).toEqual([
      'content/events/ipef-launched.yaml: has unknown field "sumary": check the spelling',
    ]);
  });
});

describe('loadContent', () => {
  test('reports a file that is not YAML, and an empty one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
    cpSync('tests/fixtures/content/base', dir, { recursive: true });
    writeFileSync(path.join(dir, 'eras', 'only-era.yaml'), 'id: [only-era\n');
    writeFileSync(path.join(dir, 'site.yaml'), '');
    const problems = checkContent(loadContent(dir)).map(formatProblem);
    expect(
      problems.some((p) => p.startsWith(`${dir}/eras/only-era.yaml: is not valid YAML (line 2)`)),
    ).toBe(true);
    expect(problems).toContain(`${dir}/site.yaml: is empty`);
  });
});
