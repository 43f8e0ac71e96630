/** The RSS feed of the articles, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { firstDay } from '../lib/dates.ts';

export const GET: APIRoute = async ({ site }) => {
  const { settings, articles } = await loadSite();
  return rss({
    title: settings.title,
    description: settings.description,
    site: site ?? settings.baseUrl,
    items: articles.map((article) => ({
      title: article.title,
      description: article.dek,
      link: article.path,
      pubDate: new Date(`${firstDay(article.published)}T00:00:00Z`),
      author: article.credit,
    })),
    customData: `<language>${settings.language}</language>`,
  });
};
