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

// ---------- Posts styled by real, popular stylesheets ----------

const words = (n) => 'Every week someone asks which framework to learn. The answer depends on what you build, '.repeat(n);

/** A post: a title, two paragraphs, the pasted widget, two more paragraphs. */
const post = ({ head = '', html = '', body = '', open = '<article>', close = '</article>' }) => `<!doctype html>
<html lang="en"${html}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Django or Flask?</title><link rel="icon" href="data:,">${head}</head><body${body}>${open}
<h1>Django or Flask?</h1>
<p>${words(3)}<a href="#more">read more</a>.</p>
<p id="before">${words(2)}</p>
<script type="module" src="/verdict/embed.js"></script>
<verdict-widget></verdict-widget>
<p id="after">${words(2)}</p>
<p>${words(3)}</p>
${close}</body></html>`;

const css = (href) => `<link rel="stylesheet" href="${href}">`;

// The stylesheets, each as its authors ship it (installed from npm).
export const BLOGS = {
  bootstrap: post({
    head: css('/npm/bootstrap/dist/css/bootstrap.min.css'),
    open: '<main class="container py-5"><div class="row"><article class="col-lg-8 mx-auto">',
    close: '</article></div></main>',
  }),
  'bootstrap, dark': post({
    head: css('/npm/bootstrap/dist/css/bootstrap.min.css'),
    html: ' data-bs-theme="dark"',
    open: '<main class="container py-5"><div class="row"><article class="col-lg-8 mx-auto">',
    close: '</article></div></main>',
  }),
  pico: post({ head: css('/npm/@picocss/pico/css/pico.classless.min.css'), open: '<main><article>', close: '</article></main>' }),
  'water.css': post({ head: css('/npm/water.css/out/water.min.css') }),
  'water.css, dark': post({ head: css('/npm/water.css/out/dark.min.css') }),
  tufte: post({ head: css('/npm/tufte-css/tufte.min.css'), open: '<article><section>', close: '</section></article>' }),
  'github-markdown': post({
    head: css('/npm/github-markdown-css/github-markdown.css'),
    open: '<article class="markdown-body">',
  }),
};

/** Where the post styled as `name` is served. */
export const postPath = (name) => `/${name.replace(/\W+/g, '-')}.html`;

/**
 * Server options for the themed posts (written into `tmp`): dist/ at /verdict/, each post at
 * postPath(name), the npm packages at /npm/.
 */
export async function themedPosts(tmp) {
  const routes = {};
  for (const [name, html] of Object.entries(BLOGS)) {
    const file = join(tmp, postPath(name).slice(1));
    await writeFile(file, html);
    routes[postPath(name)] = file;
  }
  const npm = resolve('node_modules');
  return {
    base: '/verdict/',
    routes: new Proxy(routes, {
      get: (target, path) => target[path] ?? (typeof path === 'string' && path.startsWith('/npm/') ? join(npm, path.slice(5)) : undefined),
    }),
  };
}
