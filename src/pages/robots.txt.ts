/** robots.txt: everything may be indexed; the sitemap is named with the deployed address. */
import type { APIRoute } from 'astro';
import { getStory } from '../data/story.ts';

export const GET: APIRoute = async () => {
  const story = await getStory();
  const body =
    `User-agent: *\nAllow: ${story.links.base}\n\nSitemap: ` +
    `${story.absolute(story.links.sitemap)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
