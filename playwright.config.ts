import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browsers here: it drives the system Chromium.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Each checkout can serve its sites on ports of its own (PORT_BASE), so two can test at once.
const base = Number(process.env.PORT_BASE ?? 4322);

/** The built sites the tests open: the real one, and the fixture stories of .test-sites/. */
export const SITES = {
  real: {
    port: base,
    dist: process.env.OUT_DIR ?? 'dist',
    content: process.env.CONTENT_DIR ?? 'content',
  },
  one: { port: base + 1, dist: '.test-sites/one/dist', content: '.test-sites/one/content' },
  two: { port: base + 2, dist: '.test-sites/two/dist', content: '.test-sites/two/content' },
  five: { port: base + 3, dist: '.test-sites/five/dist', content: '.test-sites/five/content' },
  long: { port: base + 4, dist: '.test-sites/long/dist', content: '.test-sites/long/content' },
} as const;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Three on two cores: a browser test waits on its pages about as much as it computes.
  workers: 3,
  retries: 0,
  // Generous: a loaded two-core machine is slow, and a slow page is not a broken one.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${SITES.real.port}`,
    // Recording a trace slows every test by a tenth; CI, where time is short, records none.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath,
      // As root Chromium needs --no-sandbox; the rest keep it off the network.
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-gpu',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  // Serves the built sites (npm run build and npm run build:test-sites come first in npm test).
  webServer: {
    command: 'npx tsx tests/support/serve-sites.ts',
    wait: { stdout: /^serving / },
    url: `http://127.0.0.1:${base}/`,
    reuseExistingServer: !process.env.CI,
  },
});
