/**
 * The endpoint of /timeline/anchors.json and /glossary/anchors.json: the page each event or entry
 * (and each of its old ids) lives on, so that a link made while the list was one page still finds
 * its item once the list is cut into pages. A route of its own under each list's folder, as there
 * `[...part]` would take the name in `astro dev`.
 */
import type { APIRoute } from 'astro';
import type { ListName } from '../lib/urls.ts';
import { anchorMap } from '../views/anchors.ts';
import { getStory } from './story.ts';

export const anchorMapRoute =
  (list: ListName): APIRoute =>
  async () =>
    new Response(JSON.stringify(anchorMap(await getStory(), list)), {
      headers: { 'Content-Type': 'application/json' },
    });
