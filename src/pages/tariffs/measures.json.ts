/** /tariffs/measures.json: the measures the calculator on /tariffs/ works from. */
import type { APIRoute } from 'astro';
import { getStory } from '../../data/story.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getStory()).rateMeasures), {
    headers: { 'Content-Type': 'application/json' },
  });
