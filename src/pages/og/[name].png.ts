/** One Open Graph card (1200 x 630 PNG) per page, drawn at build time with sharp; no outside service. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getStory } from '../../data/story.ts';
import { ogCardSvg } from '../../lib/og-image.ts';
import { ogCards } from '../../views/og.ts';

export const getStaticPaths = (async () => {
  const story = await getStory();
  return ogCards(story).map((card) => ({
    params: { name: story.links.ogImage(card.path).replace(/^.*\/og\/|\.png$/g, '') },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await sharp(Buffer.from(ogCardSvg(props.card)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
