import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture } from './build-fixture.ts';

const BUILD_TIMEOUT = 120_000;

describe('astro build on broken content', () => {
  test('builds the valid base fixture', { timeout: BUILD_TIMEOUT }, () => {
    const build = buildFixture([]);
    expect(build.output).toContain('all content checked');
    expect(build.status).toBe(0);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(true);
  });

  test.each([
    [
      'bad-quote',
      'events/meeting.yaml: evidence.quote "The ministers met in Osaka on Monday" is not in article mini-article',
    ],
    [
      'bad-reference',
      'events/meeting.yaml: involved[0] refers to "tarif", which is not an id in glossary/',
    ],
    ['duplicate-id', 'events/meeting.yaml: id "meeting" is already used by'],
    ['no-evidence', 'glossary/tariff.yaml: evidence is missing'],
    [
      'date-disagrees',
      'events/meeting.yaml: date 2021-11-14 disagrees with the quote: "on Monday" means 15 Nov 2021',
    ],
    ['negative-rate', 'measures/steel-duty.yaml: rate must be 0 or more'],
    ['malformed-date', 'events/meeting.yaml: date "2021-02-30" is not a calendar date'],
    ['raw-html', 'articles/mini-article.md: body holds raw HTML on line 11 ("<script>")'],
    [
      'raw-html-attribute',
      'glossary/tariff.yaml: definition holds raw HTML on line 1 ("<img src=\\"x\\" onerror=\\"alert(1)\\">")',
    ],
    ['bad-yaml', 'eras/only-era.yaml: is not valid YAML (line 3)'],
  ])(
    'fails on %s, naming the file, the field and the problem',
    { timeout: BUILD_TIMEOUT },
    (fixture, message) => {
      const build = buildFixture([fixture]);
      expect(build.status).not.toBe(0);
      expect(build.output).toContain(message);
      expect(build.output).toContain('nothing was built');
      expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
    },
  );
});
