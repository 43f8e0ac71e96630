import { expect, test, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { builtHtml, builtPages, isInViewport } from './site.ts';

const SITE = 'https://tariff-talks.example.org';

test.describe('links to a part of a page', () => {
  for (const [kind, target, selector] of [
    ['an event', '/timeline/#hagiuda-raimondo-meeting', 'li.event#hagiuda-raimondo-meeting'],
    ['a term', '/glossary/#tariff-rate-quota', 'article.entry:has(#tariff-rate-quota)'],
    ['a section', '/tariffs/#who-pays', 'h2#who-pays'],
    ['a sentence', '/articles/japan-us-tariff-talks/#p4-s2', '#p4-s2'],
  ] as const) {
    test(`a link to ${kind} opens on it, in view and highlighted`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 700 });
      await page.goto(target);
      expect(await isInViewport(page, selector)).toBe(true);
      const background = await page
        .locator(selector)
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
    });
  }

  test('every event, term and section heading has a named anchor link', async ({ page }) => {
    for (const [path, selector] of [
      ['/timeline/', 'li.event'],
      ['/glossary/', 'article.entry'],
      ['/tariffs/', 'section > .heading-row'],
    ] as const) {
      await page.goto(path);
      const items = page.locator(selector);
      const count = await items.count();
      expect(count).toBeGreaterThan(3);
      for (let i = 0; i < count; i += 1) {
        const anchor = items.nth(i).locator('a.anchor').first();
        await expect(anchor).toHaveAttribute('aria-label', /^Link to .+/);
        const href = await anchor.getAttribute('href');
        await expect(page.locator(`[id="${href!.slice(1)}"]`)).toHaveCount(1);
      }
    }
  });

  test('the anchor shows on keyboard focus', async ({ page }) => {
    await page.goto('/timeline/');
    const anchor = page.locator('li.event a.anchor').first();
    expect(await anchor.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await anchor.focus();
    await expect.poll(() => anchor.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  });
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  // The toast's timers run on a clock the test moves on.
  test.beforeEach(({ page }) => page.clock.install());

  test(
    'copies the absolute canonical URL with its ' + 'fragment, and says so on screen and aloud',
    async ({ page }) => {
      await page.goto('/timeline/');
      const button = page.locator('li.event#hagiuda-raimondo-meeting button.copy-link');
      await expect(button).toBeVisible();
      await expect(button).toHaveAccessibleName('Copy link to Hagiuda meets Raimondo');
      await button.click();
      await page.clock.runFor(100);
      const toast = page.locator('#live-region');
      await expect(toast).toHaveAttribute('aria-live', 'polite');
      await expect(toast).toHaveText('Link copied');
      await expect(toast).toBeInViewport();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${SITE}/timeline/#hagiuda-raimondo-meeting`,
      );
      await page.clock.runFor(5000);
      await expect(toast).toBeHidden();
    },
  );

  test('a sentence’s link copies its address too, and says so', async ({ page }) => {
    await page.goto('/articles/japan-us-tariff-talks/');
    await page.locator('#p4-s2').hover();
    await page.locator('#p4-s2 a.sentence-anchor').click();
    await page.clock.runFor(100);
    await expect(page.locator('#live-region')).toHaveText('Link copied');
    await expect(page.locator('#live-region')).toBeInViewport();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${SITE}/articles/japan-us-tariff-talks/#p4-s2`,
    );
    expect(page.url()).toMatch(/#p4-s2$/);
  });

  test(
    'where the browser refuses to copy, the address is offered selected, broken only at its ' +
      'slashes, until Esc',
    async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.addInitScript(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('', 'NotAllowed'));
      });
      await page.goto('/timeline/');
      await page.locator('li.event#hagiuda-raimondo-meeting button.copy-link').click();
      const url = `${SITE}/timeline/#hagiuda-raimondo-meeting`;
      const toast = page.locator('#live-region');
      await expect(toast).toHaveText(`Copy this link: ${url}`);
      expect(await page.evaluate(() => getSelection()?.toString())).toBe(url);
      // Where each line of the address ends: after a slash, or before the "#".
      const lineEnds = await toast.locator('> span').evaluate((address) => {
        const text = address.textContent ?? '';
        const walker = document.createTreeWalker(address, NodeFilter.SHOW_TEXT);
        const tops: number[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          for (let i = 0; i < (node.textContent ?? '').length; i += 1) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            tops.push(Math.round(range.getBoundingClientRect().top));
          }
        return tops.flatMap((top, i) =>
          i > 0 && top > tops[i - 1]! ? [text.slice(i - 2, i + 1)] : [],
        );
      });
      expect(lineEnds.length, 'the address takes more than one line at 320 px').toBeGreaterThan(0);
      for (const end of lineEnds) expect(end, 'a line breaks inside a word').toMatch(/\/[^/]|.#/);
      await page.clock.runFor(20_000);
      await expect(toast).toHaveText(`Copy this link: ${url}`);
      await page.keyboard.press('Escape');
      await expect(toast).toBeHidden();
    },
  );

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('there is no copy button, and the plain anchor stays', async ({ page }) => {
      await page.goto('/timeline/');
      await expect(page.locator('button.copy-link')).toHaveCount(0);
      await expect(page.locator('li.event a.anchor').first()).toHaveAttribute('href', /^#/);
    });
  });
});

test.describe('the sentence and paragraph links in the article', () => {
  test('take no room between the words, and show on hover and keyboard focus', async ({ page }) => {
    await page.goto('/articles/japan-us-tariff-talks/');
    const anchor = page.locator('#p3-s1 a.sentence-anchor');
    // Out of the line: the two sentences sit as close as without it.
    expect(await anchor.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    await expect(anchor).toHaveCSS('opacity', '0');
    await page.locator('#p3-s1').hover();
    await expect(anchor).toHaveCSS('opacity', '1');
    await page.locator('h1').hover();
    await expect(anchor).toHaveCSS('opacity', '0');
    await anchor.focus();
    await expect(anchor).toHaveCSS('opacity', '1');
    await expect(anchor).toHaveAccessibleName('Link to paragraph 3, sentence 1');
  });

  test('with a mouse, a paragraph’s hidden ¶ never moves a word to another line', async ({
    page,
  }) => {
    await page.goto('/articles/japan-us-tariff-talks/');
    const paragraphs = page.locator('.article-body > p[id]');
    const heights = () => paragraphs.evaluateAll((ps) => ps.map((p) => p.clientHeight));
    const withPilcrows = await heights();
    await page.locator('a.paragraph-anchor').evaluateAll((as) => as.forEach((a) => a.remove()));
    expect(withPilcrows).toEqual(await heights());
    expect(withPilcrows.length).toBeGreaterThan(10);
  });

  for (const width of [320, 1280]) {
    test(`at ${width}px a sentence's # is drawn after its last mark, inside the page`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/articles/japan-us-tariff-talks/');
      const problems = await page.locator('.sentence').evaluateAll((sentences) =>
        sentences.flatMap((sentence) => {
          const anchor = sentence.querySelector(':scope > .sentence-anchor')!;
          // The last character shown before the #, in whatever node holds it.
          const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
          let text: Node | undefined;
          for (let node = walker.nextNode(); node; node = walker.nextNode())
            if (node.textContent!.trim()) text = node;
          const end = text!.textContent!.trimEnd().length;
          const range = document.createRange();
          range.setStart(text!, end - 1);
          range.setEnd(text!, end);
          const lastMark = range.getBoundingClientRect();
          const box = anchor.getBoundingClientRect();
          const style = getComputedStyle(anchor);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontSize} ${style.fontFamily}`;
          const hashWidth = context.measureText('#').width;
          const hashLeft =
            style.justifyContent === 'center'
              ? box.left + (box.width - hashWidth) / 2
              : box.right - parseFloat(style.paddingRight) - hashWidth;
          // Past the sentence's end, the box stays within the page's 16px margin.
          const reach = box.right - lastMark.right;
          return [
            ...(hashLeft < lastMark.right
              ? [`${sentence.id}: # over the text by ${lastMark.right - hashLeft}px`]
              : []),
            ...(reach > 16 ? [`${sentence.id}: box ${reach}px past the text`] : []),
            ...(box.right > document.documentElement.clientWidth
              ? [`${sentence.id}: box off the page`]
              : []),
          ];
        }),
      );
      expect(problems).toEqual([]);
    });
  }

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, viewport: { width: 390, height: 700 } });
    test('each paragraph ends with a visible ¶ link; the sentence links take no taps', async ({
      page,
    }) => {
      await page.goto('/articles/japan-us-tariff-talks/');
      const paragraphs = await page.locator('.article-body > p[id]').count();
      const pilcrows = page.locator('.article-body > p[id] > a.paragraph-anchor:last-child');
      await expect(pilcrows).toHaveCount(paragraphs);
      await expect(pilcrows.first()).toHaveCSS('opacity', '1');
      await expect(pilcrows.first()).toHaveAccessibleName('Link to paragraph 1');
      await expect(page.locator('a.sentence-anchor').first()).toHaveCSS('pointer-events', 'none');
    });
  });
});

/** A text directive's parts, as written in a link: `text=[prefix-,]start[,end][,-suffix]`. */
function directiveParts(href: string) {
  const parts = href.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);
  const prefix = parts[0]!.endsWith('-') ? parts.shift()!.slice(0, -1) : undefined;
  const suffix = parts.at(-1)!.startsWith('-') ? parts.pop()!.slice(1) : undefined;
  return { prefix, start: parts[0]!, end: parts[1], suffix };
}

/**
 * Where, in the report, the words of a quote and the characters just outside
 * them stand, as points on the screen: the quote is looked for among the
 * report's own words (not the dates the site adds) from the sentence it is
 * linked to.
 */
async function quotePoints(page: Page, quote: string, sentenceId: string) {
  return page.evaluate(
    ({ quote, sentenceId }) => {
      const fold = (c: string) =>
        (({ '“': '"', '”': '"', '‘': "'", '’': "'" })[c] ?? c).toLowerCase();
      const body = document.querySelector('.article-body')!;
      const first = document.getElementById(sentenceId)!;
      const all: { node: Text; offset: number; own: boolean }[] = [];
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (
        let node = walker.nextNode() as Text | null;
        node;
        node = walker.nextNode() as Text | null
      ) {
        const own = !node.parentElement!.closest('.date-note, .dateline-lead');
        for (let offset = 0; offset < node.data.length; offset += 1)
          all.push({ node, offset, own });
      }
      let text = '';
      const at: number[] = [];
      all.forEach((char, i) => {
        if (
          !char.own ||
          !(
            first.compareDocumentPosition(char.node) & Node.DOCUMENT_POSITION_FOLLOWING ||
            first.contains(char.node)
          )
        )
          return;
        const c = /\s/.test(char.node.data[char.offset]!)
          ? ' '
          : fold(char.node.data[char.offset]!);
        if (c === ' ' && text.endsWith(' ')) return;
        text += c;
        at.push(i);
      });
      const needle = [...quote.replace(/\s+/g, ' ').trim()].map(fold).join('');
      const found = text.indexOf(needle);
      if (found === -1 || !first.contains(all[at[found]!]!.node)) return null;
      const point = (i: number | undefined) => {
        if (i === undefined) return null;
        const range = document.createRange();
        range.setStart(all[i]!.node, all[i]!.offset);
        range.setEnd(all[i]!.node, all[i]!.offset + 1);
        const box = range.getClientRects()[0]!;
        return {
          x: box.x + box.width / 2,
          y: box.y + box.height / 2,
          char: all[i]!.node.data[all[i]!.offset],
        };
      };
      const visible = (i: number) => /\S/.test(all[i]!.node.data[all[i]!.offset]!);
      const startAt = at[found]!;
      const endAt = at[found + needle.length - 1]!;
      let before = startAt - 1;
      while (before >= 0 && !visible(before)) before -= 1;
      let after = endAt + 1;
      while (after < all.length && !visible(after)) after += 1;
      return {
        first: point(startAt),
        last: point(endAt),
        before: before >= 0 ? point(before) : null,
        after: after < all.length ? point(after) : null,
      };
    },
    { quote, sentenceId },
  );
}

/**
 * How many places on the page a directive's start (after its prefix) matches,
 * read as a browser's search reads the page: its shown text, without regard
 * to case, a term never across the edge of an element that is not inline.
 */
async function startMatchCount(page: Page, href: string): Promise<number> {
  const { prefix, start } = directiveParts(href);
  return page.evaluate(
    ({ prefix, start }) => {
      const BREAK = '\u0001';
      let text = '';
      let lastBox: Element | null = null;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (!parent.checkVisibility({ visibilityProperty: true })) continue;
        if (parent.closest('script, style')) continue;
        let box: Element = parent;
        while (/^(inline|contents)$/.test(getComputedStyle(box).display)) box = box.parentElement!;
        if (box !== lastBox) text += BREAK;
        lastBox = box;
        text += node.textContent;
      }
      text = text.replace(/\s+/g, ' ').toLowerCase();
      const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
      let count = 0;
      for (let at = text.indexOf(start); at !== -1; at = text.indexOf(start, at + 1)) {
        if (!prefix) {
          if (!isWord(text[at - 1])) count += 1;
          continue;
        }
        let end = at;
        while (text[end - 1] === ' ' || text[end - 1] === BREAK) end -= 1;
        const from = end - prefix.length;
        if (text.slice(from, end) === prefix && !isWord(text[from - 1])) count += 1;
      }
      return count;
    },
    { prefix, start },
  );
}

test.describe('quoted words as a text-fragment link', () => {
  const linking = builtPages().filter((pagePath) =>
    builtHtml(pagePath).includes('class="words-link"'),
  );

  test('are on the pages that quote the report', () => {
    expect(linking).toEqual(expect.arrayContaining(['/timeline/', '/tariffs/', '/glossary/']));
  });

  // Each address is checked once, on the first page that links it, a few to a test so that
  // the workers share the pages with many links.
  const SHARD = 8;
  const seen = new Set<string>();
  const shards = linking.flatMap((pagePath) => {
    const hrefs = [...builtHtml(pagePath).matchAll(/<a class="words-link" href="([^"]+)"/g)]
      .map((match) => match[1]!.replaceAll('&amp;', '&'))
      .filter((href) => !seen.has(href) && seen.add(href));
    return Array.from({ length: Math.ceil(hrefs.length / SHARD) }, (_, i) => ({
      pagePath,
      hrefs: hrefs.slice(i * SHARD, (i + 1) * SHARD),
    }));
  });
  for (const { pagePath, hrefs } of shards) {
    test(`${pagePath}: ${hrefs.length} links from ${hrefs[0]} highlight their quote`, async ({
      page,
      browser,
    }) => {
      test.setTimeout(180_000);
      await page.goto(pagePath);
      const all = await page.locator('a.words-link').evaluateAll((as) =>
        as.map((a) => {
          const quoted = a.previousElementSibling!;
          return {
            href: a.getAttribute('href')!,
            // “…”, as the page shows the quote beside the link.
            quote: quoted.textContent!.trim().slice(1, -1),
            sentence: quoted.getAttribute('href')!.split('#')[1]!,
          };
        }),
      );
      const links = hrefs.map((href) => all.find((link) => link.href === href)!);
      expect(links.every(Boolean), 'the page links what its HTML does').toBe(true);
      // Its name starts with what it shows (WCAG 2.5.3), and says where it leads.
      for (const { href } of links)
        await expect(page.locator(`a.words-link[href="${href}"]`).first()).toHaveAccessibleName(
          /^Highlight these words in the report of /,
        );
      // The highlight painted in one colour, so the test can see what the browser matched.
      const context = await browser.newContext({
        bypassCSP: true,
        viewport: { width: 1280, height: 4000 },
      });
      await context.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = '::target-text { background: #ff00ff; color: #ff00ff; }';
          document.head.append(style);
        }),
      );
      type Point = { x: number; y: number };
      /** Which of the points are painted in the highlight's colour, from one screenshot. */
      const highlighted = async (article: Page, points: Point[]): Promise<boolean[]> => {
        const x = Math.floor(Math.min(...points.map((p) => p.x)));
        const y = Math.floor(Math.min(...points.map((p) => p.y)));
        const clip = {
          x,
          y,
          width: Math.floor(Math.max(...points.map((p) => p.x))) - x + 1,
          height: Math.floor(Math.max(...points.map((p) => p.y))) - y + 1,
        };
        const png = await article.screenshot({ clip });
        const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
        return points.map((p) => {
          const at = ((Math.floor(p.y) - y) * info.width + (Math.floor(p.x) - x)) * info.channels;
          return data[at]! > 200 && data[at + 1]! < 60 && data[at + 2]! > 200;
        });
      };
      const checkLink = async (link: (typeof links)[number]) => {
        expect(link.href, link.quote).toMatch(/^\/articles\/[^#]+\/#:~:text=/);
        // A page of its own: from one fragment to another of the same page, a browser
        // keeps the first highlight.
        const article = await context.newPage();
        await article.goto(link.href);
        const points = await quotePoints(article, link.quote, link.sentence);
        expect(points?.first, `${link.quote} is in ${link.sentence}`).toBeTruthy();
        await expect
          .poll(async () => (await highlighted(article, [points!.first!]))[0], {
            message: `${link.href} highlights “${link.quote}”`,
          })
          .toBe(true);
        await article.evaluate(() => window.scrollTo(0, 0));
        const again = (await quotePoints(article, link.quote, link.sentence))!;
        const outside = [again.before, again.after].filter((p) => p !== null);
        const [last, ...around] = await highlighted(article, [again.last!, ...outside]);
        expect(last, `${link.href}: its last word`).toBe(true);
        outside.forEach((point, i) =>
          expect(around[i], `${link.href}: not “${point.char}” next to it`).toBe(false),
        );
        expect(
          await startMatchCount(article, link.href),
          `${link.href}: its start occurs once`,
        ).toBe(1);
        await article.close();
      };
      // A few at a time: most of a check is waiting for a page to load.
      for (let i = 0; i < links.length; i += 3)
        await Promise.all(links.slice(i, i + 3).map(checkLink));
      await context.close();
    });
  }
});

/** The names of the headings in an accessibility-tree snapshot (YAML), in the order of the page. */
function headingNames(snapshot: string): string[] {
  const names: string[] = [];
  const take = (line: string) => {
    const heading = /^heading "((?:[^"\\]|\\.)*)" \[level=\d\]$/.exec(line);
    if (heading) names.push(JSON.parse(`"${heading[1]}"`) as string);
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'string') take(node);
    else if (node && typeof node === 'object')
      for (const [key, children] of Object.entries(node)) {
        take(key);
        walk(children);
      }
  };
  walk(yaml.load(snapshot));
  return names;
}

test.describe('headings', () => {
  for (const pagePath of builtPages()) {
    test(`${pagePath}: each heading's accessible name is its text alone`, async ({ page }) => {
      await page.goto(pagePath);
      // Once what the page fetches has come: the calculator shows its heading then.
      await page.waitForLoadState('networkidle');
      const texts = await page
        .locator('h1, h2, h3, h4, h5, h6')
        .evaluateAll((headings) =>
          headings
            .filter((h) => h.checkVisibility())
            .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
        );
      expect(texts.length).toBeGreaterThan(0);
      // The names as the accessibility tree gives them, in the order of the page.
      expect(headingNames(await page.locator('body').ariaSnapshot())).toEqual(texts);
    });
  }
});

test.describe('the head of every page', () => {
  for (const pagePath of builtPages()) {
    test(
      `${pagePath} has its canonical URL, description, ` + `cards and a 1200x630 Open Graph PNG`,
      async ({ page, request }) => {
        await page.goto(pagePath);
        const meta = (selector: string) => page.locator(`head ${selector}`).getAttribute('content');
        for (const property of [
          'og:title',
          'og:description',
          'og:url',
          'og:type',
          'og:site_name',
          'og:image',
          'og:image:alt',
        ]) {
          expect(await meta(`meta[property="${property}"]`), property).toBeTruthy();
        }
        expect(await meta('meta[name="description"]')).toBeTruthy();
        expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
        const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
        expect(canonical).toMatch(new RegExp(`^${SITE}/`));
        expect(await meta('meta[property="og:url"]')).toBe(canonical);
        // A report's own page, not the list of reports.
        if (/^\/articles\/[^/]+\/$/.test(pagePath)) {
          expect(await meta('meta[property="og:type"]')).toBe('article');
          expect(await meta('meta[property="article:published_time"]')).toBe('2021-11-15');
        }
        const image = new URL((await meta('meta[property="og:image"]'))!);
        expect(image.origin).toBe(SITE);
        const response = await request.get(image.pathname);
        expect(response.status()).toBe(200);
        const { format, width, height } = await sharp(await response.body()).metadata();
        expect([format, width, height]).toEqual(['png', 1200, 630]);
      },
    );
  }
});

test.describe('discovery', () => {
  test('the feed, the sitemap and robots.txt are there and name the site', async ({ request }) => {
    const feed = await (await request.get('/rss.xml')).text();
    expect(feed).toContain(`<link>${SITE}/articles/japan-us-tariff-talks/</link>`);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    for (const path of [
      '/',
      '/timeline/',
      '/tariffs/',
      '/glossary/',
      '/briefing/',
      '/articles/japan-us-tariff-talks/',
    ])
      expect(sitemap).toContain(`<loc>${SITE}${path}</loc>`);
    expect(sitemap).not.toContain('404');
    expect(await (await request.get('/robots.txt')).text()).toContain(
      `Sitemap: ${SITE}/sitemap-index.xml`,
    );
  });

  test('an unknown address gets a helpful 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.locator('main a[href="/timeline/"]')).toBeVisible();
  });
});
