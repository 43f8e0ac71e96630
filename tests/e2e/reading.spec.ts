import { expect, test, type Locator, type Page } from '@playwright/test';
import { wordsOf } from '../../src/lib/article-text.ts';
import { contentOf } from './content.ts';
import {
  ARTICLE_PATH,
  builtPages,
  isInViewport,
  mainTextWithoutEnhancements,
  ownWords,
  seedText,
} from './site.ts';

test.describe('the article page', () => {
  test('holds every word of the seed, in order', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    expect(wordsOf(await ownWords(page, '.article-body'))).toEqual(wordsOf(seedText()));
  });

  test('gives every paragraph and sentence an id', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const paragraphs = page.locator('.article-body > p[id^="p"]');
    expect(await paragraphs.count()).toBeGreaterThan(5);
    const sentencesWithoutId = await page.locator('.article-body .sentence:not([id])').count();
    expect(sentencesWithoutId).toBe(0);
    expect(await page.locator('#p4-s2').innerText()).toMatch(
      /^The secretary responded that Washington would prioritize/,
    );
  });

  test('marks relative dates up with <time> and shows the calendar date', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const monday = page.locator('#p1-s1 time').first();
    await expect(monday).toHaveText('Monday');
    await expect(monday).toHaveAttribute('datetime', '2021-11-15');
    await expect(page.locator('#p1-s1 .date-note')).toHaveText('(15 Nov 2021)');
    await expect(page.locator('.sentence time[datetime="2021-11-14"]')).toHaveText('Sunday');
    await expect(page.locator('.sentence time[datetime="2021-11-18"]')).toHaveText('Thursday');
  });

  test(
    'marks glossary terms, each opening one ' + 'definition that leads to an entry that exists',
    async ({ page }) => {
      await page.goto(ARTICLE_PATH);
      const targets = await page
        .locator('button.term-open')
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('popovertarget') ?? ''));
      // Each button's words are its label, and what a screen reader hears it called.
      const labelled = await page.locator('label.term').evaluateAll((labels) =>
        labels.map((label) => {
          const button = (label as HTMLLabelElement).control;
          // Punctuation touching the words ends the name; where it stands it is hidden.
          const mark = label.nextElementSibling?.matches('span[aria-hidden="true"]')
            ? label.nextElementSibling.textContent
            : '';
          return (
            button?.matches('button.term-open') && button.ariaLabel === label.textContent + mark
          );
        }),
      );
      expect(labelled.length).toBe(targets.length);
      expect(labelled.every(Boolean)).toBe(true);
      expect(targets.length).toBeGreaterThan(20);
      // Marked at its first use only: one button a term.
      expect(new Set(targets).size).toBe(targets.length);
      const definitions = await page
        .locator('.term-def')
        .evaluateAll((defs) => defs.map((d) => d.id));
      expect(new Set(definitions).size).toBe(definitions.length);
      expect([...new Set(targets)].sort()).toEqual([...definitions].sort());
      const hrefs = await page
        .locator('.term-def a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      await page.goto('/glossary/');
      for (const href of hrefs) {
        expect(href).toMatch(/^\/glossary\/#/);
        await expect(page.locator(`[id="${href.split('#')[1]}"]`), href).toHaveCount(1);
      }
    },
  );

  test('opening a sentence link scrolls to it and highlights it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(`${ARTICLE_PATH}#p9-s2`);
    expect(await isInViewport(page, '#p9-s2')).toBe(true);
    const background = await page
      .locator('#p9-s2')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    const other = await page
      .locator('#p9-s1')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(other).toBe('rgba(0, 0, 0, 0)');
  });

  test('a definition opens from the keyboard and closes with Escape', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const firstTerm = page.locator('button.term-open').first();
    const definition = page.locator(`[id="${await firstTerm.getAttribute('popovertarget')}"]`);
    await expect(definition).toBeHidden();
    await firstTerm.focus();
    // The button is out of sight: its focus shows on its words.
    const words = page.locator(`label[for="${await firstTerm.getAttribute('id')}"]`);
    await expect(words).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Enter');
    await expect(definition).toBeVisible();
    await expect(
      definition.getByRole('link', { name: 'Full entry in the glossary' }),
    ).toHaveAttribute('href', /^\/glossary\/#/);
    await page.keyboard.press('Escape');
    await expect(definition).toBeHidden();
    await expect(firstTerm).toBeFocused();
    // A term followed by a mark ("supply chain resilience,") shows its focus on its words too.
    const marked = page.locator('.term-mark + button.term-open').first();
    await marked.focus();
    await expect(page.locator(`label[for="${await marked.getAttribute('id')}"]`)).toHaveCSS(
      'outline-style',
      'solid',
    );
  });
});

/** The definition a glossary term's words open: they are the label of its button. */
async function definitionOf(page: Page, term: Locator): Promise<Locator> {
  const opener = page.locator(`[id="${await term.getAttribute('for')}"]`);
  return page.locator(`[id="${await opener.getAttribute('popovertarget')}"]`);
}

/** Whether two boxes share any height: a definition over its term's line would. */
async function overlapVertically(a: Locator, b: Locator): Promise<boolean> {
  const [boxA, boxB] = [await a.boundingBox(), await b.boundingBox()];
  if (!boxA || !boxB) throw new Error('both must be shown');
  return boxA.y < boxB.y + boxB.height && boxB.y < boxA.y + boxA.height;
}

test.describe('a glossary term on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 700 }, hasTouch: true });

  test('a tap opens its definition below the line, without leaving the page', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const term = page.locator('#p2 label.term').first();
    const definition = await definitionOf(page, term);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(definition).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(ARTICLE_PATH);
    expect(await overlapVertically(definition, term)).toBe(false);
    expect((await definition.boundingBox())!.y).toBeGreaterThan((await term.boundingBox())!.y);
    // A tap elsewhere closes it.
    await page.locator('h1').tap();
    await expect(definition).toBeHidden();
  });

  test('a second tap on the words closes the definition, as on a button', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const term = page.locator('#p2 label.term').first();
    const definition = await definitionOf(page, term);
    await term.tap();
    await expect(definition).toBeVisible();
    await term.tap();
    await expect(definition).toBeHidden();
    await term.tap();
    await expect(definition).toBeVisible();
  });

  test('near the foot of the screen the definition opens above the line instead', async ({
    page,
  }) => {
    await page.goto(ARTICLE_PATH);
    const term = page.locator('#p4 label.term').first();
    // The term's line at the bottom of the screen: no room below it.
    await term.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const definition = await definitionOf(page, term);
    await term.tap();
    await expect(definition).toBeVisible();
    expect(await overlapVertically(definition, term)).toBe(false);
    const [termBox, box] = [(await term.boundingBox())!, (await definition.boundingBox())!];
    expect(box.y + box.height).toBeLessThanOrEqual(termBox.y);
    expect(box.y).toBeGreaterThanOrEqual(0);
  });

  test('the definition of a term that wraps covers none of its lines, at the top or foot', async ({
    page,
  }) => {
    await page.goto(ARTICLE_PATH);
    const index = await page
      .locator('.article-body label.term')
      .evaluateAll((labels) => labels.findIndex((label) => label.getClientRects().length > 1));
    expect(index, 'a term on two lines at 390 px').toBeGreaterThanOrEqual(0);
    const term = page.locator('.article-body label.term').nth(index);
    const definition = await definitionOf(page, term);
    for (const block of ['start', 'end'] as const) {
      await term.evaluate((el, at) => el.scrollIntoView({ block: at }), block);
      // At the top, room above the words is the header's; the definition belongs below.
      if (block === 'start') await page.mouse.wheel(0, -120);
      await term.tap();
      await expect(definition).toBeVisible();
      const { lines, box } = await term.evaluate(
        (words, id) => {
          const opened = document.getElementById(id)!.getBoundingClientRect();
          return {
            lines: [...words.getClientRects()].map(({ top, bottom }) => ({ top, bottom })),
            box: { top: opened.top, bottom: opened.bottom },
          };
        },
        (await definition.getAttribute('id'))!,
      );
      expect(lines.length).toBeGreaterThan(1);
      if (block === 'end')
        expect(box.bottom, 'above the first line').toBeLessThanOrEqual(lines[0]!.top);
      else expect(box.top, 'below the last line').toBeGreaterThanOrEqual(lines.at(-1)!.bottom);
      await page.keyboard.press('Escape');
      await expect(definition).toBeHidden();
    }
  });

  test("a term's words wrap like any words, and its button adds nothing to the line", async ({
    page,
  }) => {
    await page.goto(ARTICLE_PATH);
    const terms = page.locator('.article-body label.term');
    expect(await terms.count()).toBeGreaterThan(5);
    expect(
      await page
        .locator('.article-body button.term-open')
        .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().width)),
    ).toEqual(Array(await terms.count()).fill(0));
    // The term of most words, in a column a pixel narrower than it: a button's box would run
    // past the column's edge; the words break onto a second line.
    const wrapped = await terms.evaluateAll((labels) => {
      const longest = labels.sort(
        (a, b) => b.textContent!.split(' ').length - a.textContent!.split(' ').length,
      )[0]!;
      const width = [...longest.getClientRects()].reduce((sum, line) => sum + line.width, 0);
      const column = longest.closest('p')!;
      column.style.width = `${width - 1}px`;
      const edge = column.getBoundingClientRect().right;
      const lines = [...longest.getClientRects()];
      return {
        words: longest.textContent,
        lines: lines.length,
        inside: lines.every((line) => line.right <= edge + 0.5),
      };
    });
    expect(wrapped.words!.split(' ').length).toBeGreaterThan(2);
    expect(wrapped.lines, wrapped.words!).toBeGreaterThan(1);
    expect(wrapped.inside, wrapped.words!).toBe(true);
  });

  test('a mark after a term stays on its line, wherever the line ends', async ({ page }) => {
    await page.goto(ARTICLE_PATH);
    const results = await page.locator('.article-body').evaluate((body) => {
      const pairs = [...body.querySelectorAll('label.term')]
        .filter((label) => /^[^\s\p{L}\p{N}]/u.test(label.nextSibling?.textContent ?? ''))
        .map((label) => {
          const mark = document.createRange();
          mark.selectNodeContents(label.nextSibling!);
          return { label, mark };
        });
      const split = new Set<string>();
      // Every column width from 200px to 640px, so that each term ends some line.
      for (let width = 200; width <= 640; width += 1) {
        (body as HTMLElement).style.width = `${width}px`;
        for (const { label, mark } of pairs) {
          const words = [...label.getClientRects()].at(-1)!;
          if (Math.abs(mark.getClientRects()[0]!.top - words.top) > 2)
            split.add(`${label.textContent}${mark.toString()} at ${width}px`);
        }
      }
      return { pairs: pairs.length, split: [...split] };
    });
    expect(results.pairs).toBeGreaterThan(2);
    expect(results.split).toEqual([]);
  });

  test("a screen reader meets a term's punctuation after the term, as written", async ({
    page,
  }) => {
    await page.goto(ARTICLE_PATH);
    // Before it, only its words or their hidden mark: no text read between words and name.
    const around = await page.locator('.article-body button.term-open').evaluateAll((buttons) =>
      buttons.map((button) => ({
        before: button.previousSibling?.nodeType === Node.ELEMENT_NODE,
        after: button.nextSibling?.textContent ?? '',
      })),
    );
    expect(around.length).toBeGreaterThan(20);
    expect(around.filter(({ before }) => !before)).toEqual([]);
    expect(around.filter(({ after }) => /^[^\s\p{L}\p{N}]/u.test(after))).toEqual([]);
    expect(await page.locator('#p1').ariaSnapshot()).toContain(
      '- button "supply chain resilience,"\n  - text: the',
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('a tap still opens the definition on the page', async ({ page }) => {
      await page.goto(ARTICLE_PATH);
      const term = page.locator('label.term').first();
      await term.tap();
      await expect(await definitionOf(page, term)).toBeVisible();
      expect(new URL(page.url()).pathname).toBe(ARTICLE_PATH);
    });
  });
});

test.describe('a glossary term with a mouse', () => {
  // The page's timers run on a clock the test moves on, so no wait depends on the machine's speed.
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
    await page.goto(ARTICLE_PATH);
  });

  test('resting on a term opens its definition, below the line', async ({ page }) => {
    const term = page.locator('#p4 label.term').first();
    const definition = await definitionOf(page, term);
    await term.hover();
    await page.clock.runFor(1000);
    await expect(definition).toBeVisible();
    expect(await overlapVertically(definition, term)).toBe(false);
  });

  test('passing over a term opens nothing', async ({ page }) => {
    const term = page.locator('#p4 label.term').first();
    await term.hover();
    await page.locator('h1').hover();
    await page.clock.runFor(2000);
    await expect(await definitionOf(page, term)).toBeHidden();
  });

  test(
    'the definition stays while the pointer is on ' + 'it, and closes when it leaves or on Escape',
    async ({ page }) => {
      const term = page.locator('#p4 label.term').first();
      const definition = await definitionOf(page, term);
      await term.hover();
      await page.clock.runFor(1000);
      await expect(definition).toBeVisible();
      // From the term onto its definition, to read it or follow its link.
      await definition.hover();
      await page.clock.runFor(3000);
      await expect(definition).toBeVisible();
      await page.locator('h1').hover();
      await page.clock.runFor(3000);
      await expect(definition).toBeHidden();
      await term.hover();
      await page.clock.runFor(1000);
      await expect(definition).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(definition).toBeHidden();
    },
  );

  test('a click opens a definition, and a second click on the words closes it', async ({
    page,
  }) => {
    const term = page.locator('#p4 label.term').first();
    const definition = await definitionOf(page, term);
    // The pointer's clock stands still: resting on the term opens nothing meanwhile.
    await term.click();
    await expect(definition).toBeVisible();
    await term.click();
    await expect(definition).toBeHidden();
  });

  test('a click on a term opened by resting on it keeps it open', async ({ page }) => {
    const term = page.locator('#p4 label.term').first();
    const definition = await definitionOf(page, term);
    await term.hover();
    await page.clock.runFor(1000);
    await term.click();
    await page.locator('h1').hover();
    await page.clock.runFor(3000);
    await expect(definition).toBeVisible();
  });
});

test.describe('the glossary', () => {
  const glossary = contentOf().glossary;

  test('has an entry, as a <dfn> with its id, for every term in content/', async ({ page }) => {
    await page.goto('/glossary/');
    for (const entry of glossary)
      await expect(page.locator(`dfn[id="${entry.id}"]`)).toHaveText(entry.term);
  });

  test('each "In the article" link leads to a sentence that uses the term or an alias', async ({
    page,
    context,
  }) => {
    await page.goto('/glossary/');
    const article = await context.newPage();
    await article.goto(ARTICLE_PATH);
    let checked = 0;
    for (const entry of glossary) {
      const links = page.locator(`article.entry:has(dfn[id="${entry.id}"]) .used-in li a`);
      const names = [entry.term, ...(entry.aliases ?? [])].map((n) => n.toLowerCase());
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        expect(href.startsWith(ARTICLE_PATH)).toBe(true);
        const sentence = (
          await article.locator(`[id="${href.split('#')[1]}"]`).innerText()
        ).toLowerCase();
        expect(
          names.some((name) => sentence.includes(name)),
          `${entry.id} → ${href}`,
        ).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  test('opening an entry link scrolls to it and highlights it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto('/glossary/#tariff-rate-quota');
    expect(await isInViewport(page, '#tariff-rate-quota')).toBe(true);
    const background = await page
      .locator('article.entry:has(#tariff-rate-quota)')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const pagePath of builtPages()) {
    test(`${pagePath} shows all of its content`, async ({ page, browser }) => {
      await page.goto(pagePath);
      const withoutScript = await mainTextWithoutEnhancements(page);
      const scripted = await browser.newPage({ javaScriptEnabled: true });
      await scripted.goto(pagePath);
      const withScript = await mainTextWithoutEnhancements(scripted);
      await scripted.close();
      expect(withoutScript.length).toBeGreaterThan(100);
      expect(withoutScript).toBe(withScript);
      // Nothing but the enhancements (and what they hold) is hidden without the script.
      const hidden = await page
        .locator('main [hidden]:not([data-enhancement], [data-enhancement] *)')
        .count();
      expect(hidden).toBe(0);
    });
  }
});
