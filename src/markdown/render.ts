/**
 * Markdown from content/ to HTML, by plain unified pipelines, so the pages
 * control it whatever Astro's own Markdown settings are. Raw HTML is dropped
 * and the result sanitized (the content check refuses both before a build;
 * this is the second wall). Each processor is made once.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { ArticleParagraph } from '../lib/article-text.ts';
import rehypeGlossaryTerms, { type GlossaryTermEntry } from './rehype-glossary-terms.ts';
import rehypeRelativeDates from './rehype-relative-dates.ts';
import rehypeSentenceAnchors from './rehype-sentence-anchors.ts';
import rehypeSentenceIds from './rehype-sentence-ids.ts';
import { contentSanitizeSchema } from './sanitize-schema.ts';

export interface ArticleRenderInput {
  body: string;
  /** The day it was published, `YYYY-MM-DD`: its relative dates are read from it. */
  published: string;
  /** Where it was filed; it leads the first paragraph ("TOKYO —"), outside any sentence. */
  dateline: string;
  /** Its paragraphs as the content check read them. */
  paragraphs: readonly ArticleParagraph[];
}

export interface RenderedArticle {
  /** The article's words, as a tree (for its text) and as HTML. */
  tree: Root;
  html: string;
  /** The definitions of the glossary terms it uses, one each. */
  definitionsHtml: string;
}

const isTermDefinitions = (node: Root['children'][number]) =>
  node.type === 'element' &&
  Array.isArray(node.properties.className) &&
  node.properties.className.includes('term-defs');

/** Puts the dateline at the head of the first paragraph, as newspapers print it. */
function leadWithDateline(tree: Root, dateline: string) {
  const first = tree.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'p',
  );
  first?.children.unshift(h('span.dateline-lead', [h('span.dateline', dateline), ' — ']));
}

const markdownToHast = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeSanitize, contentSanitizeSchema)
  .freeze();
const stringify = unified().use(rehypeStringify).freeze();

/**
 * Makes the renderer for the articles of a site: the glossary is prepared
 * once, and each article brings its own day, dateline and paragraphs.
 */
export function createArticleRenderer(glossary: readonly GlossaryTermEntry[]) {
  const terms = rehypeGlossaryTerms({ entries: glossary });
  return (article: ArticleRenderInput): RenderedArticle => {
    const tree = markdownToHast.runSync(markdownToHast.parse(article.body)) as Root;
    rehypeSentenceIds({ paragraphs: article.paragraphs })(tree);
    terms(tree);
    rehypeRelativeDates({ published: article.published, paragraphs: article.paragraphs })(tree);
    rehypeSentenceAnchors()(tree);
    leadWithDateline(tree, article.dateline);
    // The definitions stand apart from the article's words, after its credit line.
    const definitions = tree.children.filter(isTermDefinitions);
    const body: Root = {
      type: 'root',
      children: tree.children.filter((node) => !isTermDefinitions(node)),
    };
    return {
      tree: body,
      html: stringify.stringify(body),
      definitionsHtml: stringify.stringify({ type: 'root', children: definitions }),
    };
  };
}

/** Markdown of a definition or a section to HTML. */
export function renderMarkdown(markdown: string): string {
  return stringify.stringify(markdownToHast.runSync(markdownToHast.parse(markdown)) as Root);
}
