/**
 * npm test: every check, in the order a failure is cheapest to find, each
 * given its time, then the total (the README reports it).
 *
 * Steps in one stage run side by side: most use one core, and the machines have two. Astro's
 * commands share the project's .astro/ folder, so no two of them run at once: `astro check`
 * beside the linters, the builds beside the unit tests. A step's output is printed whole when
 * it ends, so that side-by-side steps do not mix their lines.
 */
import { spawn } from 'node:child_process';

type Step = string | string[]; // a script, or scripts run one after another

const STAGES: Step[][] = [
  [
    'lint', // format, lint, line width
    'check', // types, .ts and .astro
  ],
  [
    'test:unit',
    [
      'build', // the real site, into dist/
      'build:test-sites', // the fixture stories, into .test-sites/
    ],
  ],
  ['test:build'],
  ['test:e2e'], // the browser, against everything built
];

const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const times: string[] = [];

/**
 * Runs a script, and gives its exit status (1 where it could not start); its output goes
 * straight through when it runs alone, else at its end.
 */
function run(script: string, alone: boolean): Promise<number> {
  const stepStarted = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script], { stdio: alone ? 'inherit' : 'pipe' });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    let ended = false;
    const end = (status: number) => {
      if (ended) return;
      ended = true;
      if (!alone) process.stdout.write(Buffer.concat(output));
      times.push(`${script} ${seconds(stepStarted)}`);
      resolve(status);
    };
    child.on('error', (error) => {
      console.error(`${script}: ${error.message}`);
      end(1);
    });
    child.on('close', (status) => end(status ?? 1));
  });
}

/** The script that failed, and its status; none if every script of the step passed. */
async function runStep(step: Step, alone: boolean) {
  for (const script of [step].flat()) {
    const status = await run(script, alone);
    if (status !== 0) return { script, status };
  }
  return undefined;
}

for (const stage of STAGES) {
  const failed = (await Promise.all(stage.map((step) => runStep(step, stage.length === 1)))).filter(
    (failure) => failure !== undefined,
  );
  if (failed.length > 0) {
    const names = failed.map(({ script }) => `"${script}"`).join(' and ');
    console.error(`\nnpm test: ${names} failed after ${seconds(started)} (${times.join(', ')})`);
    process.exit(failed[0]!.status);
  }
}
console.log(`\nnpm test passed in ${seconds(started)}: ${times.join(', ')}`);
