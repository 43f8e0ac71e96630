/**
 * The article's Markdown to HTML: sentence ids, glossary links, dated phrases.
 * A plain unified pipeline, so the page controls it whatever Astro's own
 * Markdown settings are. Raw HTML in the Markdown is dropped here (and the
 * content check rejects it before the build).
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeGlossaryLinks, { type GlossaryLinkEntry } from './rehype-glossary-links.ts';
import rehypeRelativeDates from './rehype-relative-dates.ts';
import rehypeSentenceIds from './rehype-sentence-ids.ts';

export interface RenderArticleOptions {
  /** The day the article was published, `YYYY-MM-DD`. */
  published: string;
  glossary: readonly GlossaryLinkEntry[];
}

export function renderArticle(markdown: string, { published, glossary }: RenderArticleOptions): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeSentenceIds)
      .use(rehypeGlossaryLinks, { entries: glossary })
      .use(rehypeRelativeDates, { published })
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

/** A glossary definition's Markdown to HTML, raw HTML dropped. */
export function renderDefinition(markdown: string): string {
  return String(unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).processSync(markdown));
}
