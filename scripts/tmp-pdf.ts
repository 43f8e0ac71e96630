import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const p of process.argv.slice(2)) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:4321${p}`);
  await page.pdf({ path: `/tmp/pv/${p.replace(/\W+/g, '_')}.pdf`, format: 'A4', printBackground: true });
}
await browser.close();
