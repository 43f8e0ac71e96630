/**
 * The article's Markdown to HTML: sentence ids, glossary links, dated phrases.
 * A plain unified pipeline, so the page controls it whatever Astro's own
 * Markdown settings are. Raw HTML in the Markdown is dropped here (and the
 * content check rejects it before the build).
 */
import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeGlossaryLinks, { type GlossaryLinkEntry } from './rehype-glossary-links.ts';
import rehypeRelativeDates from './rehype-relative-dates.ts';
import rehypeSentenceAnchors from './rehype-sentence-anchors.ts';
import rehypeSentenceIds from './rehype-sentence-ids.ts';

export interface ArticleFileData {
  /** The day the article was published, `YYYY-MM-DD`. */
  published: string;
  /** Where it was filed; it leads the first paragraph ("TOKYO —"), outside any sentence. */
  dateline?: string;
}

/** Puts the dateline at the head of the first paragraph, as newspapers print it. */
function rehypeDateline() {
  return (tree: Root, file: VFile) => {
    const dateline = file.data.dateline as string | undefined;
    const first = tree.children.find(
      (node): node is Element => node.type === 'element' && node.tagName === 'p',
    );
    if (!dateline || !first) return;
    first.children.unshift({
      type: 'element',
      tagName: 'span',
      properties: { className: ['dateline-lead'] },
      children: [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['dateline'] },
          children: [{ type: 'text', value: dateline }],
        },
        { type: 'text', value: ' — ' },
      ],
    });
  };
}

/**
 * Makes the renderer for every article of a site: the glossary is prepared
 * once, and each article brings its own published day and dateline.
 */
export function createArticleRenderer(glossary: readonly GlossaryLinkEntry[]) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeSentenceIds)
    .use(rehypeGlossaryLinks, { entries: glossary })
    .use(rehypeRelativeDates)
    .use(rehypeSentenceAnchors)
    .use(rehypeDateline)
    .use(rehypeStringify)
    .freeze();
  return (markdown: string, data: ArticleFileData): string =>
    String(processor.processSync(new VFile({ value: markdown, data: { ...data } })));
}

/** Renders one article; for many, make one renderer with `createArticleRenderer`. */
export function renderArticle(
  markdown: string,
  { glossary, ...data }: ArticleFileData & { glossary: readonly GlossaryLinkEntry[] },
): string {
  return createArticleRenderer(glossary)(markdown, data);
}

/** A glossary definition's Markdown to HTML, raw HTML dropped. */
export function renderDefinition(markdown: string): string {
  return String(
    unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).processSync(markdown),
  );
}
