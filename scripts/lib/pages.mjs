// Pages the end-to-end tests and the benchmark both open: the example blog post (served under a
// blog's sub-path, with dist/ at /blog/assets/verdict/) and a long post with a widget far down.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const EX = resolve('examples');

/** A long post: `screens` viewports of text, then `widgets` (markup), then more text. */
export const longPost = (screens, widgets) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A long post</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="hostile-theme.css"></head><body><article class="post">
<h1>A long post</h1>${'<p>Words that come before the widget, as a post has them. '.repeat(12).concat('</p>\n').repeat(screens * 4)}
${widgets}
${'<p>And words after it, to the end of the post.</p>\n'.repeat(20)}</article>
<script type="module" src="assets/verdict/embed.js"></script></body></html>`;

/**
 * Server options for a blog around dist/: the example posts at /blog/…, dist/ at
 * /blog/assets/verdict/, and the long posts (written into `tmp`) at /blog/long*.html.
 */
export async function blogSite(tmp) {
  const long = {
    'long.html': longPost(4, '<verdict-widget id="far"></verdict-widget>'),
    'long-two.html': longPost(4,
      '<verdict-widget id="far"></verdict-widget><p>Between the two.</p><verdict-widget id="farther"></verdict-widget>'),
    'long-eager.html': longPost(4, '<verdict-widget id="far" loading="eager"></verdict-widget>'),
  };
  for (const [name, html] of Object.entries(long)) await writeFile(join(tmp, name), html);
  return {
    base: '/blog/assets/verdict/',
    routes: {
      '/favicon.ico': resolve('assets/favicon.svg'),
      '/blog/post.html': join(EX, 'blog-post.html'),
      '/blog/frame-host.html': join(EX, 'frame-host.html'),
      '/blog/hostile-theme.css': join(EX, 'hostile-theme.css'),
      '/blog/content/sqlite-vs-postgresql.json': join(EX, 'content/sqlite-vs-postgresql.json'),
      ...Object.fromEntries(Object.keys(long).map((name) => [`/blog/${name}`, join(tmp, name)])),
    },
  };
}
