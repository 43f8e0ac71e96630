/**
 * One Open Graph card (1200 x 630 PNG) per page, drawn at build time with
 * satori and sharp, no outside service; cached on disk by content, so an
 * unchanged card is not drawn again.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../data/story.ts';
import { cachedDrawing, DEFAULT_OG_CACHE_DIR } from '../../lib/og-cache.ts';
import { ogCardContent, ogCardPng, ogCardVersion, renderOgCard } from '../../lib/og-image.ts';
import { ogCards } from '../../views/og.ts';

export const getStaticPaths = (async () => {
  const story = await getStory();
  return ogCards(story).map((card) => ({
    params: { name: story.links.ogImage(card.path).replace(/^.*\/og\/|\.png$/g, '') },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const card = ogCardContent(props.card);
  // A benchmark points OG_CACHE_DIR at a folder of its own, to time a build that draws every card.
  const cache = { dir: process.env.OG_CACHE_DIR ?? DEFAULT_OG_CACHE_DIR, version: ogCardVersion() };
  const png = await cachedDrawing(cache, card, async () => {
    const { svg, missingGlyphs } = await renderOgCard(card);
    if (missingGlyphs.length > 0)
      console.warn(
        `Open Graph card "${card.title}": no bundled font has ${missingGlyphs.join(' ')}`,
      );
    return ogCardPng(svg);
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
