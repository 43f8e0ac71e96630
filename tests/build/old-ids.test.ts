import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture } from './build-fixture.ts';

describe('old ids', () => {
  test('keep leading to the entry and the event that had them', { timeout: 120_000 }, () => {
    const build = buildFixture([], (contentDir) => {
      const term = path.join(contentDir, 'glossary', 'tariff.yaml');
      writeFileSync(term, `${readFileSync(term, 'utf8')}oldIds:\n  - customs-duty\n`);
      const event = path.join(contentDir, 'events', 'meeting.yaml');
      writeFileSync(event, `${readFileSync(event, 'utf8')}oldIds:\n  - tokyo-meeting\n`);
    });
    expect(build.status, build.output).toBe(0);
    const glossary = readFileSync(path.join(build.outDir, 'glossary', 'index.html'), 'utf8');
    expect(glossary).toMatch(
      /<article class="entry"[^>]*>\s*<span id="customs-duty" class="old-anchor"[^>]*><\/span>\s*<h3[^>]*><dfn id="tariff"/,
    );
    const timeline = readFileSync(path.join(build.outDir, 'timeline', 'index.html'), 'utf8');
    expect(timeline).toMatch(
      /<li id="meeting"[^>]*>\s*<span id="tokyo-meeting" class="old-anchor"/,
    );
  });
});
