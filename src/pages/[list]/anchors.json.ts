/**
 * /timeline/anchors.json and /glossary/anchors.json: the page each event or
 * entry (and each of its old ids) lives on, so that a link made while the list
 * was one page still finds its item once the list is cut into pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../data/story.ts';
import { anchorMap } from '../../views/anchors.ts';

export const getStaticPaths = (() =>
  (['timeline', 'glossary'] as const).map((list) => ({
    params: { list },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const story = await getStory();
  const map = anchorMap(story, params.list === 'timeline' ? 'timeline' : 'glossary');
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json' } });
};
