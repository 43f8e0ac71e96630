/**
 * The second wall behind the content check: what Markdown from content/ may
 * become in a page. GitHub's schema, narrowed: links only to http, https and
 * mailto (or paths on this site), images only from this site, and no id
 * rewriting, as the site's own plugins add their ids after this step.
 */
import { defaultSchema, type Options } from 'rehype-sanitize';

export const contentSanitizeSchema: Options = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    // An empty list would allow every protocol: this one allows none, so only paths remain.
    src: ['none'],
  },
};
