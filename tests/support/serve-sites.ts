/**
 * Serves every built site the browser tests open, each on its port, from one
 * process that starts in a moment (five `astro preview` servers took ten
 * seconds of a loaded machine). It answers as a static host does: a folder's
 * index.html, and the site's 404.html with status 404 for anything else.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { SITES } from '../../playwright.config.ts';

await Promise.all(
  Object.entries(SITES).map(([name, site]) => {
    const dist = path.resolve(site.dist);
    const files = sirv(dist, { etag: true });
    const notFound = readFileSync(path.join(dist, '404.html'));
    const server = createServer((request, response) =>
      files(request, response, () => {
        response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(notFound);
      }),
    );
    return new Promise<void>((resolve, reject) => {
      server.once('error', (error) => reject(new Error(`site "${name}": ${error.message}`)));
      server.listen(site.port, '127.0.0.1', resolve);
    });
  }),
);
console.log(`serving ${Object.keys(SITES).join(', ')}`);
