/** robots.txt: everything may be indexed; the sitemap is named with the deployed address. */
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { settings } = await loadSite();
  const sitemap = new URL('/sitemap-index.xml', site ?? settings.baseUrl).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
