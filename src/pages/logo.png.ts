/** The publisher's logo as a 512 x 512 PNG, for structured data: the site's icon, drawn larger. */
import type { APIRoute } from 'astro';
import { iconPng } from '../lib/icon';

export const GET: APIRoute = async () =>
  new Response(await iconPng(512), { headers: { 'Content-Type': 'image/png' } });
