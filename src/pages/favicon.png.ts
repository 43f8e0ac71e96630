/**
 * The tab's icon as a 48 x 48 PNG. Not the SVG itself: Chromium draws an SVG icon as a
 * document of its own on the page's main thread, which cost each page load 0.5 to 3.5 ms of
 * style and layout in `npm run bench`.
 */
import type { APIRoute } from 'astro';
import { iconPng } from '../lib/icon';

export const GET: APIRoute = async () =>
  new Response(await iconPng(48), { headers: { 'Content-Type': 'image/png' } });
