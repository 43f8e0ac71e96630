/** Evidence as pages show it: the quote linked to its sentence, the sources as citations. */
import type { SourceData } from '../schemas/source.ts';
import type { ArticleIndex } from './provenance.ts';
import { locateQuote } from './provenance.ts';
import { hrefs } from './urls.ts';

export interface ShownEvidence {
  /** What the article said, linked to the sentence that says it. */
  quote?: { text: string; href: string; articleId: string; sentenceId: string };
  /** Sources for what the article does not say. */
  sources: SourceData[];
  /** True when the article itself reports it. */
  reported: boolean;
}

export function showEvidence(
  evidence: { quote?: string | undefined; sources: readonly { id: string }[] },
  articles: ArticleIndex,
  sourcesById: ReadonlyMap<string, SourceData>,
): ShownEvidence {
  const sources = evidence.sources.map((ref) => {
    const source = sourcesById.get(ref.id);
    // The content check has proved every reference before the build; this guards a broken invariant.
    if (!source) throw new Error(`unknown source "${ref.id}"`);
    return source;
  });
  if (evidence.quote === undefined) return { sources, reported: false };
  const location = locateQuote(evidence.quote, articles);
  if (!location) throw new Error(`quote not found in any article: "${evidence.quote}"`);
  return {
    quote: {
      text: evidence.quote,
      href: hrefs.sentence(location.articleId, location.sentence.id),
      articleId: location.articleId,
      sentenceId: location.sentence.id,
    },
    sources,
    reported: true,
  };
}
