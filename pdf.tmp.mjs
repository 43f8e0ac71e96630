import { chromium } from '@playwright/test';
const [,, path, format = 'A4', out = '/tmp/brief.pdf', scheme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
const page = await browser.newPage({ colorScheme: scheme });
await page.goto('http://127.0.0.1:4321' + path);
await page.pdf({ path: out, format, printBackground: true });
await browser.close();
