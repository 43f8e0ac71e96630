/**
 * Structured-data validators for built pages, all offline:
 * - jsonld (a JSON-LD processor) expands each graph in safe mode, so a graph
 *   that is not valid JSON-LD, or that loses data on expansion, fails;
 * - schema-dts (Google's TypeScript types of the schema.org vocabulary),
 *   checked by the TypeScript compiler: every type and property exists, each
 *   property on the types that have it, each value of a type it allows;
 * - the rich-result requirements of Google Search for the types the site uses,
 *   written here from Google's documentation (no package has them offline),
 *   with the images and logo measured and every address on the site resolved.
 */
import path from 'node:path';
import jsonld from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import sharp from 'sharp';
import ts from 'typescript';
import { fileOfUrl, hasId, siteUrlProblem } from './site-files.ts';

export type JsonObject = { [key: string]: unknown };

/** The text of each JSON-LD block of an HTML page. */
export const jsonLdBlocks = (html: string): string[] =>
  [...html.matchAll(/<script\b[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  );

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const typesOf = (node: JsonObject): string[] => list(node['@type']).map(String);

/** Every typed node of a graph, nested or not, with its path ("$.publisher.logo"). */
export function typedNodes(value: unknown, at = '$'): { node: JsonObject; at: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => typedNodes(v, `${at}[${i}]`));
  if (!isObject(value)) return [];
  const own = typesOf(value).length ? [{ node: value, at }] : [];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, v]) =>
      key === '@context' ? [] : typedNodes(v, key === '@graph' ? `${at}.@graph` : `${at}.${key}`),
    ),
  ];
}

// The schema.org context, reduced to what expansion needs: a document loader that never goes
// to the network gives it for "https://schema.org" (the real one only adds term definitions).
const SCHEMA_ORG_CONTEXT = { '@context': { '@vocab': 'https://schema.org/' } };
const SCHEMA_ORG_URLS = new Set([
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/',
]);
const documentLoader = async (url: string): Promise<RemoteDocument> => {
  if (!SCHEMA_ORG_URLS.has(url)) throw new Error(`no network: will not load ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
};

/** What a JSON-LD processor rejects in a graph: [] when it expands in safe mode without loss. */
export async function jsonLdSyntaxProblems(data: unknown): Promise<string[]> {
  try {
    // Safe mode fails on anything that expansion would drop: relative IRIs, unknown keywords.
    const options = { documentLoader, safe: true } as Parameters<typeof jsonld.expand>[1];
    const expanded = await jsonld.expand(data as Parameters<typeof jsonld.expand>[0], options);
    return expanded.length ? [] : ['the graph expands to nothing'];
  } catch (error) {
    const e = error as { message?: string; details?: { event?: { message?: string } } };
    return [`JSON-LD: ${e.details?.event?.message ?? e.message ?? String(error)}`];
  }
}

/**
 * What the TypeScript compiler finds when each graph is typed as schema-dts's
 * `WithContext<Thing> | Graph`: unknown types, properties a type does not have,
 * values of a type the property does not take. One program for all graphs,
 * as loading the vocabulary's types is most of the cost.
 */
export function schemaOrgProblems(graphs: { name: string; data: unknown }[]): string[] {
  const header = "import type { Graph, Thing, WithContext } from 'schema-dts';\n";
  const files = new Map(
    graphs.map((graph, i) => [
      // Beside this file, so that 'schema-dts' resolves from the project's node_modules.
      path.resolve(import.meta.dirname, `__jsonld_${i}__.ts`),
      {
        name: graph.name,
        text:
          `${header}export const graph: WithContext<Thing> | Graph = ` +
          `${JSON.stringify(graph.data, null, 1)};\n`,
      },
    ]),
  );
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => {
    const file = files.get(path.resolve(name));
    return file
      ? ts.createSourceFile(name, file.text, language)
      : getSourceFile.call(host, name, language, ...rest);
  };
  host.fileExists = (name) => files.has(path.resolve(name)) || fileExists.call(host, name);
  host.readFile = (name) => files.get(path.resolve(name))?.text ?? readFile.call(host, name);
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const file = d.file && files.get(path.resolve(d.file.fileName));
    const where =
      file && d.start !== undefined ? d.file!.getLineAndCharacterOfPosition(d.start) : null;
    const line = where ? file!.text.split('\n')[where.line]!.trim() : '';
    // The compiler's chain runs from the whole graph down to the property at fault: keep its end.
    const chain = ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n');
    const message = chain
      .slice(-3)
      .map((m) => m.trim().replace(/\s+/g, ' ').slice(0, 300))
      .join(' / ');
    return (
      `${file?.name ?? d.file?.fileName ?? 'schema-dts'}: ` +
      `${message}${line ? ` (at ${line.slice(0, 120)})` : ''}`
    );
  });
}

/** A built page's structured data, as the site-wide checks need it. */
export interface PageGraph {
  route: string;
  /** The page's canonical address, which its main node's `url` must be. */
  canonical: string;
  data: unknown;
}

export interface Site {
  dist: string;
  /** The site's address, with its base path: "https://example.org/". */
  baseUrl: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const dateProblem = (value: unknown): string | null => {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) return `${JSON.stringify(value)} is not an ISO 8601 date`;
  const [, y, m, d] = match.map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!));
  return day.getUTCMonth() === m! - 1 && day.getUTCDate() === d
    ? null
    : `${value} is not a day of the calendar`;
};
const dayOf = (value: unknown) => String(value).slice(0, 10);

/**
 * What each type must have: Google Search's required properties, and the recommended ones we keep.
 */
const REQUIRED: Record<string, string[]> = {
  // Article rich results; Google News and Top stories also read the publisher and its logo.
  NewsArticle: ['headline', 'image', 'datePublished', 'dateModified', 'author', 'publisher'],
  Event: ['name', 'startDate', 'location'],
  Place: ['name'],
  VirtualLocation: ['url'],
  Organization: ['name'],
  Person: ['name'],
  ImageObject: ['url'],
  WebPage: ['name', 'url'],
  WebSite: ['name', 'url'],
  ItemList: ['itemListElement'],
  ListItem: ['position'],
  DefinedTermSet: ['name', 'hasDefinedTerm'],
  DefinedTerm: ['name', 'description', 'inDefinedTermSet'],
  // No rich result reads it: where and when, as the words are on the page and at the address.
  CorrectionComment: ['datePublished', 'url'],
};
const DATES = ['datePublished', 'dateModified', 'startDate', 'endDate'];
const EVENT_STATUS = ['Scheduled', 'Cancelled', 'MovedOnline', 'Postponed', 'Rescheduled'].map(
  (s) => `https://schema.org/Event${s}`,
);
const IMAGE_FORMATS = new Set(['png', 'jpeg', 'gif', 'webp', 'avif', 'svg']);

/** Width and height of a built image, or a problem. */
async function measure(site: Site, url: string) {
  const problem = siteUrlProblem(site.dist, site.baseUrl, url);
  if (problem) return { problem };
  const {
    format,
    width = 0,
    height = 0,
  } = await sharp(fileOfUrl(site.dist, site.baseUrl, url)!)
    .metadata()
    .catch(() => ({ format: undefined, width: 0, height: 0 }));
  if (!format || !IMAGE_FORMATS.has(format))
    return { problem: `${url} is not an image Google reads` };
  return { width, height };
}

/**
 * Google's rich-result requirements and the site's own rules for every typed
 * node of every page: "<route> <path>: problem" lines, [] when all pass.
 */
export async function richResultProblems(site: Site, pages: PageGraph[]): Promise<string[]> {
  const problems: string[] = [];
  // The @ids each page describes, and the types each @id is given anywhere on the site.
  const idsOfFile = new Map<string, Set<string>>();
  const typesOfId = new Map<string, Map<string, string>>();
  for (const page of pages) {
    const file = fileOfUrl(site.dist, site.baseUrl, page.canonical) ?? page.route;
    for (const { node } of typedNodes(page.data)) {
      const id = node['@id'];
      if (typeof id !== 'string') continue;
      idsOfFile.set(file, (idsOfFile.get(file) ?? new Set()).add(id));
      const types = typesOfId.get(id) ?? new Map<string, string>();
      if (!types.has(typesOf(node).join())) types.set(typesOf(node).join(), page.route);
      typesOfId.set(id, types);
    }
  }

  for (const page of pages) {
    const say = (at: string, problem: string) => problems.push(`${page.route} ${at}: ${problem}`);
    const nodes = typedNodes(page.data);
    const top = isObject(page.data) ? list(page.data['@graph'] ?? page.data) : [];
    if (!isObject(page.data) || page.data['@context'] !== 'https://schema.org')
      say('$', 'the @context is not "https://schema.org"');
    if (!top.some((n) => isObject(n) && n.url === page.canonical))
      say('$', `no top-level node has the page's canonical address ${page.canonical} as its url`);

    for (const { node, at } of nodes) {
      const types = typesOf(node);
      // A node that points to one described on another page is a reference: that page answers.
      const id = node['@id'];
      const home = typeof id === 'string' ? fileOfUrl(site.dist, site.baseUrl, id) : undefined;
      const reference =
        home !== fileOfUrl(site.dist, site.baseUrl, page.canonical) &&
        home !== undefined &&
        idsOfFile.get(home)?.has(id as string);
      if (!reference)
        for (const type of types)
          for (const property of REQUIRED[type] ?? [])
            if (list(node[property]).every((v) => v === '' || v === null))
              say(at, `${type} lacks ${property}`);

      for (const property of DATES)
        if (node[property] !== undefined) {
          const problem = dateProblem(node[property]);
          if (problem) say(at, `${property}: ${problem}`);
        }
      if (
        node.dateModified &&
        node.datePublished &&
        dayOf(node.dateModified) < dayOf(node.datePublished)
      )
        say(at, 'dateModified is before datePublished');
      if (node.endDate && node.startDate && dayOf(node.endDate) < dayOf(node.startDate))
        say(at, 'endDate is before startDate');
      // A corrected item says when it last changed: on or after its latest correction.
      const corrected = list(node.correction).filter(isObject);
      const latest = corrected
        .map((c) => dayOf(c.datePublished))
        .sort()
        .at(-1);
      if (latest && !(node.dateModified && dayOf(node.dateModified) >= latest))
        say(
          at,
          `has corrections up to ${latest} but dateModified is ${node.dateModified ?? 'missing'}`,
        );

      // Every address of the site names a built page, and each #fragment an anchor on it.
      for (const property of ['url', 'mainEntityOfPage', 'image'])
        for (const url of list(node[property]).filter((v) => typeof v === 'string')) {
          const problem = siteUrlProblem(site.dist, site.baseUrl, url);
          if (problem) say(at, `${property}: ${problem}`);
        }
      // An @id names a node of the page it points to: an anchor there, or a node of its graph.
      if (id !== undefined) {
        const file = typeof id === 'string' ? fileOfUrl(site.dist, site.baseUrl, id) : undefined;
        if (
          typeof id !== 'string' ||
          !file ||
          siteUrlProblem(site.dist, site.baseUrl, id.split('#')[0]!)
        )
          say(at, `@id ${JSON.stringify(id)} is not a page of the site`);
        else {
          const fragment = decodeURIComponent(new URL(id).hash.slice(1));
          if (fragment && !hasId(file, fragment) && !idsOfFile.get(file)?.has(id))
            say(at, `@id ${id} is neither an anchor nor a node of the page it names`);
          const given = [...(typesOfId.get(id) ?? new Map<string, string>())];
          if (given.length > 1)
            say(
              at,
              `@id ${id} is typed ${given.map(([t, route]) => `${t} on ${route}`).join(' but ')}`,
            );
        }
      }

      if (types.includes('NewsArticle')) {
        for (const author of list(node.author))
          if (!isObject(author) || !['Person', 'Organization'].includes(String(author['@type'])))
            say(at, 'each author must be a Person or an Organization, with a name');
        const publisher = node.publisher;
        const logo = isObject(publisher) ? publisher.logo : undefined;
        const logoUrl = isObject(logo) ? logo.url : logo;
        if (typeof logoUrl !== 'string') say(at, 'publisher lacks a logo');
        else {
          const size = await measure(site, logoUrl);
          if ('problem' in size) say(at, `publisher.logo: ${size.problem}`);
          else if (size.width < 112 || size.height < 112)
            say(at, `publisher.logo is ${size.width}x${size.height}: Google wants 112x112 or more`);
        }
        for (const image of list(node.image)) {
          const url = isObject(image) ? image.url : image;
          const size = await measure(site, String(url));
          if ('problem' in size) say(at, `image: ${size.problem}`);
          else if (size.width * size.height < 50_000)
            say(
              at,
              `image ${url} has ${size.width * size.height} pixels: Google wants 50,000 or more`,
            );
        }
      }
      if (types.includes('Event')) {
        const location = node.location;
        if (
          location !== undefined &&
          !(isObject(location) && ['Place', 'VirtualLocation'].includes(String(location['@type'])))
        )
          say(at, 'location must be a Place or a VirtualLocation');
        if (node.eventStatus !== undefined && !EVENT_STATUS.includes(String(node.eventStatus)))
          say(at, `eventStatus ${JSON.stringify(node.eventStatus)} is not an EventStatusType`);
      }
      if (types.includes('ItemList'))
        list(node.itemListElement).forEach((item, i) => {
          if (!isObject(item) || item.position !== i + 1)
            say(`${at}.itemListElement[${i}]`, `position is not ${i + 1}`);
          if (isObject(item) && item.item === undefined && item.url === undefined)
            say(`${at}.itemListElement[${i}]`, 'ListItem has neither item nor url');
        });
      if (types.includes('DefinedTermSet'))
        for (const term of list(node.hasDefinedTerm).filter(isObject))
          if (term.inDefinedTermSet !== node['@id'])
            say(at, `term ${String(term.name)} is not inDefinedTermSet ${String(node['@id'])}`);
    }
  }
  return problems;
}
