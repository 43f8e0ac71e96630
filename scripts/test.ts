/**
 * npm test: every check, in the order a failure is cheapest to find, each
 * given its time, then the total (the README reports it).
 */
import { spawnSync } from 'node:child_process';

const STEPS = [
  'lint', // format, lint, line width
  'check', // types, .ts and .astro
  'test:unit',
  'build', // the real site, into dist/
  'build:test-sites', // the fixture stories, into .test-sites/
  'test:build',
  'test:e2e', // the browser, against everything built
];

const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const times: string[] = [];
for (const step of STEPS) {
  const stepStarted = Date.now();
  const { status } = spawnSync('npm', ['run', step], { stdio: 'inherit' });
  times.push(`${step} ${seconds(stepStarted)}`);
  if (status !== 0) {
    console.error(`\nnpm test: "${step}" failed after ${seconds(started)} (${times.join(', ')})`);
    process.exit(status ?? 1);
  }
}
console.log(`\nnpm test passed in ${seconds(started)}: ${times.join(', ')}`);
