/**
 * The story the pages show: the collections (which hold the checked
 * content) turned into the shared view model once per build. In `astro dev`
 * it is made again for each page, so an edit shows at once; while the
 * content has problems the page shows them, with file, field and problem,
 * and the server keeps serving.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Content } from '../check/content.ts';
import { formatProblem } from '../check/problems.ts';
import { problemReport } from '../integrations/content-check.ts';
import { prepareStory, type Story } from '../views/story.ts';

let cached: Promise<Story> | undefined;

export function getStory(): Promise<Story> {
  if (import.meta.env.DEV) return loadStory();
  cached ??= loadStory();
  return cached;
}

async function loadStory(): Promise<Story> {
  const [check] = await getCollection('check');
  const problems = check?.data.problems ?? [];
  if (problems.length > 0) {
    throw new AstroError(
      problemReport('content', problems.map(formatProblem)),
      'Fix each file and field named above and save: the page shows again at once.',
    );
  }
  const [site] = await getCollection('site');
  if (!site) throw new AstroError('content/site.yaml was not loaded', 'Restart the dev server.');
  const content: Content = {
    site: site.data,
    articles: (await getCollection('articles')).map((entry) => entry.data),
    events: (await getCollection('events')).map((entry) => entry.data),
    eras: (await getCollection('eras')).map((entry) => entry.data),
    measures: (await getCollection('measures')).map((entry) => entry.data),
    glossary: (await getCollection('glossary')).map((entry) => entry.data),
    sources: (await getCollection('sources')).map((entry) => entry.data),
    keyFacts: (await getCollection('keyFacts')).map((entry) => entry.data),
    explainer: (await getCollection('explainer')).map((entry) => entry.data),
    corrections: (await getCollection('corrections')).map((entry) => entry.data),
  };
  return prepareStory(content, import.meta.env.BASE_URL, import.meta.env.SITE ?? site.data.baseUrl);
}
