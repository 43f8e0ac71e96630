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
  // Whole words only: move each cut to the space nearest inside it, or to the span itself.
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : start;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > end ? space : end;
  }
  const words = text.slice(from, to).replace(/[\s,;:]+$/, '');
  return `${from > 0 ? '…' : ''}${words}${to < text.length ? '…' : ''}`;
}

/** A count with its noun: "1 event", "3 events". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Text as a CSS string literal, safe inside a <style> element. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\s+/g, ' ')
    .replace(/</g, '\\3c ');
  return `"${escaped}"`;
}

/** A value as JSON safe inside a <script> element: no "</script>" can end it early. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** A name as it starts a sentence or a caption: "widget duty" gives "Widget duty". */
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
