/** Display names derived from ids, where the content has no separate label. */

/** "steel" → "Steel"; "stainless-steel" → "Stainless steel". */
export function productLabel(product: string): string {
  const words = product.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
