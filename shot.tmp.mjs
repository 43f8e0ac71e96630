import { chromium } from '@playwright/test';
const [,, path, width = '390', scheme = 'light', out = '/tmp/shot.png', full = 'full'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto('http://127.0.0.1:4321' + path);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
