/**
 * An RSS 2.0 feed validator that runs offline: fast-xml-validator checks that
 * the XML is well-formed and fast-xml-parser reads it; the rules are those of the RSS 2.0
 * specification and the W3C feed validator's checks (no npm package runs
 * those without its web service).
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

type Element = { [name: string]: Element[] | string } | string;

/** The elements RSS 2.0 defines; anything else must be in a declared namespace. */
const CHANNEL = new Set([
  'title', 'link', 'description', 'language', 'copyright', 'managingEditor', 'webMaster',
  'pubDate', 'lastBuildDate', 'category', 'generator', 'docs', 'cloud', 'ttl', 'image', 'rating',
  'textInput', 'skipHours', 'skipDays', 'item',
]); // prettier-ignore
const ITEM = new Set([
  'title', 'link', 'description', 'author', 'category', 'comments', 'enclosure', 'guid',
  'pubDate', 'source',
]); // prettier-ignore
const NAMESPACES: Record<string, string> = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RFC822 = new RegExp(
  `^(?:(${DAYS.join('|')}), )?(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4}) ` +
    '(\\d{2}):(\\d{2})(?::(\\d{2}))? (UT|GMT|[ECMP][SD]T|[A-IK-Z]|[+-]\\d{4})$',
);

/** What is wrong with an RFC 822 date (with a four-digit year, as the W3C validator asks). */
export function rfc822Problem(value: string): string | null {
  const match = RFC822.exec(value);
  if (!match) return `"${value}" is not an RFC 822 date`;
  const [, day, date, month, year] = match;
  const utc = new Date(Date.UTC(Number(year), MONTHS.indexOf(month!), Number(date)));
  if (utc.getUTCDate() !== Number(date)) return `"${value}" names a day that does not exist`;
  if (day && DAYS[utc.getUTCDay()] !== day) return `"${value}" has the wrong day of the week`;
  return null;
}

const text = (element: Element | undefined): string =>
  element === undefined
    ? ''
    : typeof element === 'string'
      ? element
      : String(element['#text'] ?? '');
const children = (element: Element | undefined, name: string): Element[] =>
  element && typeof element !== 'string' && Array.isArray(element[name]) ? element[name] : [];
const attribute = (element: Element | undefined, name: string): string | undefined =>
  element && typeof element !== 'string' ? (element[`@_${name}`] as string | undefined) : undefined;
const elementNames = (element: Element) =>
  typeof element === 'string'
    ? []
    : Object.keys(element).filter((k) => !k.startsWith('@_') && k !== '#text');

const isAbsolute = (url: string) => /^https?:\/\/[^/\s]+\/\S*$/.test(url);
/** RSS wants an e-mail address, optionally followed by the name in brackets. */
const isEmail = (value: string) => /^[^@\s()]+@[^@\s()]+\.[^@\s()]+( \([^()]+\))?$/.test(value);
// XML 1.0 forbids C0 controls other than tab and newlines; the W3C validator also flags C1.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export interface RssOptions {
  /** The address the feed is published at: atom:link rel="self" must name it. */
  feedUrl: string;
  /** Checks that an item's link names a page that exists; null when it does. */
  linkProblem?: (url: string) => string | null;
}

/** Every problem a feed validator would report, as readable lines; [] for a valid feed. */
export function rssProblems(xml: string, { feedUrl, linkProblem }: RssOptions): string[] {
  const problems: string[] = [];
  const lines = xml.split('\n');
  lines.forEach((line, i) => {
    const bad = CONTROL.exec(line);
    if (bad)
      problems.push(
        `line ${i + 1}: control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
  });
  try {
    SyntaxValidator.validate(xml);
  } catch (error) {
    const { message, line, col } = error as Error & { line: number; col: number };
    return [...problems, `not well-formed XML (line ${line}, column ${col}): ${message}`];
  }
  if (!/^<\?xml version="1\.0" encoding="UTF-8"\?>/i.test(xml))
    problems.push('the XML declaration does not say UTF-8');

  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    // Every element as a list, so that a repeated one is seen and none is lost.
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  }).parse(xml) as Record<string, Element[]>;
  const rss = doc.rss;
  if (rss?.length !== 1) return [...problems, 'the root element is not <rss>'];
  const root = rss[0]!;
  if (attribute(root, 'version') !== '2.0') problems.push('<rss> lacks version="2.0"');
  for (const [prefix, uri] of Object.entries(NAMESPACES)) {
    const declared = attribute(root, `xmlns:${prefix}`);
    if (xml.includes(`<${prefix}:`) && declared !== uri)
      problems.push(`the namespace ${prefix}: is used but not declared as ${uri}`);
  }
  const channels = children(root, 'channel');
  if (channels.length !== 1) return [...problems, `<rss> has ${channels.length} <channel>s, not 1`];
  const channel = channels[0]!;

  const known = (names: Set<string>, where: string, element: Element) => {
    for (const name of elementNames(element)) {
      const [prefix, local] = name.includes(':') ? name.split(':') : [undefined, name];
      if (prefix ? !(prefix in NAMESPACES) : !names.has(local!))
        problems.push(`${where}: <${name}> is not an RSS 2.0 element`);
    }
  };
  const once = (element: Element, name: string, where: string, required: boolean) => {
    const found = children(element, name);
    if (found.length > 1) problems.push(`${where}: <${name}> appears ${found.length} times`);
    if (required && !text(found[0]).trim())
      problems.push(`${where}: <${name}> is missing or empty`);
    return found[0];
  };

  known(CHANNEL, 'channel', channel);
  once(channel, 'title', 'channel', true);
  once(channel, 'description', 'channel', true);
  const link = text(once(channel, 'link', 'channel', true));
  if (link && !isAbsolute(link)) problems.push(`channel: <link> "${link}" is not absolute`);
  const language = text(once(channel, 'language', 'channel', false));
  if (language && !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(language))
    problems.push(`channel: <language> "${language}" is not a language code`);
  for (const name of ['pubDate', 'lastBuildDate']) {
    const date = once(channel, name, 'channel', false);
    const problem = date === undefined ? null : rfc822Problem(text(date));
    if (problem) problems.push(`channel: <${name}> ${problem}`);
  }
  if (children(channel, 'managingEditor').some((e) => !isEmail(text(e))))
    problems.push('channel: <managingEditor> must be an e-mail address');

  const self = children(channel, 'atom:link').filter((l) => attribute(l, 'rel') === 'self');
  if (self.length !== 1) problems.push(`channel: ${self.length} atom:link rel="self", not 1`);
  else {
    if (attribute(self[0], 'href') !== feedUrl)
      problems.push(`atom:link rel="self" is "${attribute(self[0], 'href')}", not ${feedUrl}`);
    if (attribute(self[0], 'type') !== 'application/rss+xml')
      problems.push('atom:link rel="self" lacks type="application/rss+xml"');
  }

  const guids = new Set<string>();
  children(channel, 'item').forEach((item, i) => {
    const title = text(children(item, 'title')[0]) || 'untitled';
    const where = `item ${i + 1} (${title.length > 60 ? `${title.slice(0, 59)}…` : title})`;
    known(ITEM, where, item);
    const description = once(item, 'description', where, false);
    if (!text(once(item, 'title', where, false)).trim() && !text(description).trim())
      problems.push(`${where}: has neither a <title> nor a <description>`);
    if (/\s(href|src)=["']?(?!https?:|mailto:|#)/i.test(text(description)))
      problems.push(`${where}: <description> has a relative address`);
    const itemLink = text(once(item, 'link', where, true));
    if (itemLink && !isAbsolute(itemLink))
      problems.push(`${where}: <link> "${itemLink}" is not absolute`);
    else if (itemLink && linkProblem) {
      const problem = linkProblem(itemLink);
      if (problem) problems.push(`${where}: <link> ${problem}`);
    }
    const guid = once(item, 'guid', where, true);
    const id = text(guid).trim();
    if (id) {
      if (guids.has(id)) problems.push(`${where}: <guid> ${id} is not unique`);
      guids.add(id);
      if (attribute(guid, 'isPermaLink') !== 'false' && !isAbsolute(id))
        problems.push(`${where}: <guid> is a permalink but "${id}" is not an absolute address`);
    }
    const date = once(item, 'pubDate', where, true);
    const problem = date === undefined ? null : rfc822Problem(text(date));
    if (problem) problems.push(`${where}: <pubDate> ${problem}`);
    for (const author of children(item, 'author'))
      if (!isEmail(text(author)))
        problems.push(
          `${where}: <author> "${text(author)}" is not an e-mail address (use dc:creator)`,
        );
    if (!children(item, 'author').length && !children(item, 'dc:creator').length)
      problems.push(`${where}: names no author or dc:creator`);
  });
  return problems;
}
