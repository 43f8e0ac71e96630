/** The publisher's logo as a 512 x 512 PNG, for structured data: the site's icon, drawn larger. */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import favicon from '../../public/favicon.svg?raw';

export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(favicon), { density: 1200 })
    .resize(512, 512)
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
