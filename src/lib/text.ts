/**
 * The words around a span of a text (a glossary term in its sentence), at
 * most about `length` characters, cut at words, with an ellipsis where the
 * text goes on: what a list of uses shows so the term is read in context.
 */
export function excerptAround(text: string, start: number, end: number, length: number): string {
  if (text.length <= length) return text;
  const room = Math.max(0, length - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(text.length, from + Math.max(length, end - start));
  from = Math.max(0, to - Math.max(length, end - start));
  // Whole words only: move each cut to the space nearest inside it.
  if (from > 0) from = text.indexOf(' ', from) < start ? text.indexOf(' ', from) + 1 : start;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : end;
  const words = text.slice(from, to).replace(/[\s,;:]+$/, '');
  return `${from > 0 ? '…' : ''}${words}${to < text.length ? '…' : ''}`;
}

/** Text as a CSS string literal, safe inside a <style> element. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\s+/g, ' ')
    .replace(/</g, '\\3c ');
  return `"${escaped}"`;
}
