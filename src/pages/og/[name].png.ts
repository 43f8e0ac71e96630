/** One Open Graph image (1200 x 630 PNG) per page, drawn at build time with sharp; no outside service. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { loadSite, sitePages } from '../../data/site.ts';
import { formatPartialDate } from '../../lib/dates.ts';
import { ogCardSvg } from '../../lib/og-image.ts';
import { ogImagePath } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const model = await loadSite();
  return sitePages(model).map((page) => ({
    params: { name: ogImagePath(page.path).replace(/^\/og\/|\.png$/g, '') },
    props: { title: page.title, kicker: page.kicker },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { settings } = await loadSite();
  const svg = ogCardSvg({
    siteTitle: settings.title,
    title: props.title as string,
    kicker: props.kicker as string,
    footer: `As of ${formatPartialDate(settings.asOf, 'long')}`,
  });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
