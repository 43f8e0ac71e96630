/**
 * A source's address and identifiers, derived from what identifies it, by
 * each publisher's stable address pattern: a Federal Register document by
 * its number, a CRS product by its id. Typed-in addresses are the exception.
 */
import type { SourceData } from '../schemas/source.ts';

/** The address of a source: from its identifiers where a pattern exists, else its own `url`. */
export function sourceUrl(source: Pick<SourceData, 'identifiers' | 'url'>): string | undefined {
  const { frDoc, crsProduct } = source.identifiers;
  if (frDoc) return `https://www.federalregister.gov/d/${frDoc}`;
  if (crsProduct) {
    const series = /^[A-Z]+/.exec(crsProduct)?.[0] ?? '';
    return `https://crsreports.congress.gov/product/pdf/${series}/${crsProduct}`;
  }
  return source.url;
}

/**
 * The identifiers as a citation prints them: "Proclamation 10895; FR Doc. 2025-02832; 90 FR 9807".
 */
export function identifierLabels(source: Pick<SourceData, 'identifiers'>): string[] {
  const { proclamation, frDoc, frCitation, crsProduct } = source.identifiers;
  return [
    proclamation && `Proclamation ${proclamation}`,
    frDoc && `FR Doc. ${frDoc}`,
    frCitation,
    crsProduct && `CRS ${crsProduct}`,
  ].filter((label): label is string => Boolean(label));
}

/** An address as print shows it, short: "federalregister.gov/d/2025-02832". */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\/(?:www\.)?/, '').replace(/\/$/, '');
}

/**
 * What tells a source apart in a short citation, after its publisher: its
 * proclamation number, CRS product or Federal Register citation, else its
 * date, else its description. The full citation, with the title, is on
 * /sources/.
 */
export function shortReference(
  source: Pick<SourceData, 'identifiers' | 'published' | 'description' | 'title'>,
  formatDate: (date: NonNullable<SourceData['published']>) => string,
): string {
  const { proclamation, crsProduct, frCitation } = source.identifiers;
  if (proclamation) return `Proclamation ${proclamation}`;
  if (crsProduct) return crsProduct;
  if (frCitation) return frCitation;
  if (source.published) return formatDate(source.published);
  return source.title ?? `[${source.description}]`;
}
