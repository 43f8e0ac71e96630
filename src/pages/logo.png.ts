/** The publisher's logo as a 512 x 512 PNG, for structured data: the site's icon, drawn larger. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import sharp from 'sharp';

export const GET: APIRoute = async () => {
  const svg = readFileSync(new URL('../../public/favicon.svg', import.meta.url));
  const png = await sharp(svg, { density: 1200 })
    .resize(512, 512)
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
