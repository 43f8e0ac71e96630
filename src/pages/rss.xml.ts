/** The RSS feed: every report and every correction, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStory } from '../data/story.ts';
import { feedView } from '../views/feed.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async () => {
  const story = await getStory();
  const feed = feedView(story);
  return rss({
    title: feed.title,
    description: feed.description,
    site: story.site,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData:
      `<language>${feed.language}</language><atom:link href="${feed.selfUrl}" ` +
      `rel="self" type="application/rss+xml"/>`,
    items: feed.items.map((item) => ({
      title: item.title,
      description: item.description,
      link: story.absolute(item.link),
      pubDate: item.pubDate,
      categories: item.categories,
      customData: `<dc:creator>${escape(item.creator)}</dc:creator>`,
    })),
  });
};
