import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture } from './build-fixture.ts';

const BUILD_TIMEOUT = 120_000;

function tariffsPage(rate: number): string {
  const build = buildFixture([], (contentDir) => {
    const file = path.join(contentDir, 'measures', 'steel-duty.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('rate: 25', `rate: ${rate}`));
  });
  expect(build.status, build.output).toBe(0);
  return readFileSync(path.join(build.outDir, 'tariffs', 'index.html'), 'utf8');
}

describe('a rate changed in content/', () => {
  test(
    'changes the rates table, the chart and the worked example',
    { timeout: BUILD_TIMEOUT * 2 },
    () => {
      const at25 = tariffsPage(25);
      const at40 = tariffsPage(40);
      const table = (html: string) => /<table class="rates-table[\s\S]*?<\/table>/.exec(html)![0];
      const chart = (html: string) => /<figure class="rate-chart[\s\S]*?<\/figure>/.exec(html)![0];
      const example = (html: string) =>
        /<table class="worked-example[\s\S]*?<\/table>/.exec(html)![0];

      expect(table(at25)).toContain('25%');
      expect(table(at40)).toContain('40%');
      expect(table(at40)).not.toContain('25%');

      expect(chart(at25)).toContain('Steel: 0% from 1 Jan 2017, 25% from 23 Mar 2018.');
      expect(chart(at40)).toContain('Steel: 0% from 1 Jan 2017, 40% from 23 Mar 2018.');
      // The step sits higher: its y coordinate is smaller.
      const stepY = (html: string) =>
        Number(/<path d="M[\d.]+ [\d.]+H[\d.]+V([\d.]+)/.exec(chart(html))![1]);
      expect(stepY(at40)).toBeLessThan(stepY(at25));

      // The fixture's example is a shipment of $1,000.
      expect(example(at25)).toContain('$250');
      expect(example(at40)).toContain('$400');
    },
  );
});
