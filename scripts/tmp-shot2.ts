import { chromium } from '@playwright/test';
const [url, out, w = '1280', scheme = 'light', sel = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: 900 }, colorScheme: scheme as 'light' });
await page.goto(url!);
if (sel) await page.locator(sel).first().screenshot({ path: out! });
else await page.screenshot({ path: out!, fullPage: true });
await browser.close();
