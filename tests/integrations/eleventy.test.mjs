// Eleventy 3 from npm, in a scratch project that installs the packed tarball, with the plugin as
// integrations/eleventy/README.md says: a Markdown post placing a comparison by file (Liquid) and
// a Nunjucks post holding one inline, built by `npx @11ty/eleventy`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '../../scripts/lib/server.mjs';
import { launch } from '../../scripts/lib/browser.mjs';
import { DATABASES, FRAMEWORKS, STRICT_CSP, TARBALL, checkWidget, must, project, sh, write, sqlite } from './lib.mjs';

const ELEVENTY = '3.1.8';
const h = {};
// Markdown's own signs in the content's strings (the widget's inline markup): a post's Markdown
// must leave them to the widget.
const SQLITE = (await sqlite())
  .replace('"Four questions about how your app stores data, and which database fits."', '"Four questions about *how* your app stores data, and `which` database fits."');
const FASTAPI = await readFile('content/django-flask-fastapi.json', 'utf8');

const CONFIG = (loader) => `import verdict from 'verdict-widget/eleventy';
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(verdict, { loader: '${loader}' });
  eleventyConfig.addPassthroughCopy('favicon.svg');
  return { pathPrefix: '/blog/' };
}
`;

const LAYOUT = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ title }}</title>
<link rel="icon" href="/blog/favicon.svg"></head>
<body><main><article><h1>{{ title }}</h1>{{ content }}</article></main></body></html>`;

before(async () => {
  h.site = await project('eleventy-site', [`@11ty/eleventy@${ELEVENTY}`, TARBALL]);
  await write(h.site, {
    'eleventy.config.js': CONFIG('local'),
    '_includes/post.liquid': LAYOUT,
    'posts/databases/index.md': `---\nlayout: post.liquid\ntitle: SQLite or PostgreSQL?\n---\nPick a database for your next project: answer four questions.\n\n{% verdict "sqlite-vs-postgresql.json", "id=database" %}\n\nWords after the widget.\n`,
    'posts/databases/sqlite-vs-postgresql.json': SQLITE,
    'posts/frameworks.njk': `---\nlayout: post.liquid\ntitle: Django, Flask or FastAPI?\n---\n<p>Three frameworks, one question at a time.</p>\n{% verdictInline { id: "framework" } %}${FASTAPI}{% endverdictInline %}\n<p>Words after the widget.</p>\n`,
    'index.md': '---\nlayout: post.liquid\ntitle: Home\n---\nNo widget here.\n',
    'favicon.svg': await readFile('assets/favicon.svg', 'utf8'),
  });
  h.build = must(h.site, 'npx', ['--no-install', '@11ty/eleventy', '--quiet']);
  h.server = await serve(join(h.site, '_site'), { base: '/blog/', headers: { 'content-security-policy': STRICT_CSP } });
  h.browser = await launch();
});
after(async () => {
  await h.browser?.close();
  await h.server?.close();
});

test(`Eleventy ${ELEVENTY}: a comparison by file in a Markdown post, checked and drawn during the build`, async () => {
  const html = await readFile(join(h.site, '_site/posts/databases/index.html'), 'utf8');
  assert.equal(html.match(/embed\.js/g)?.length, 1, 'the loader, once');
  assert.match(html, /<script type="module" src="\/blog\/assets\/verdict\/embed.js" blocking="render"><\/script><\/head>/);
  assert.doesNotMatch(await readFile(join(h.site, '_site/index.html'), 'utf8'), /embed\.js/);
  // Markdown left the content's own markup alone.
  assert.ok(html.includes('*how* your app stores data, and `which` database'));
  await checkWidget(h.browser, h.server, '/blog/posts/databases/', {
    host: '#database', ...DATABASES,
  });
});

test('a comparison inline, by the paired shortcode in Nunjucks', async () => {
  await checkWidget(h.browser, h.server, '/blog/posts/frameworks/', {
    host: '#framework', ...FRAMEWORKS,
  });
});

test('the CDN loader: this version, from jsDelivr', async () => {
  await write(h.site, { 'eleventy.config.js': CONFIG('cdn') });
  must(h.site, 'npx', ['--no-install', '@11ty/eleventy', '--quiet', '--output=_site_cdn']);
  const html = await readFile(join(h.site, '_site_cdn/posts/databases/index.html'), 'utf8');
  const version = JSON.parse(await readFile(join(h.site, 'node_modules/verdict-widget/package.json'), 'utf8')).version;
  const base = `https://cdn.jsdelivr.net/npm/verdict-widget@${version}/dist/`;
  assert.ok(html.includes(`<script type="module" src="${base}embed.js" blocking="render"></script>`));
  assert.ok(html.includes(`<link rel="stylesheet" href="${base}widget-`));
  await write(h.site, { 'eleventy.config.js': CONFIG('local') });
});

test('a broken comparison fails the Eleventy build with its path, naming the template', async () => {
  await write(h.site, { 'posts/databases/sqlite-vs-postgresql.json': SQLITE.replace('"postgresql": 3', '"postgres": 3') });
  const build = sh(h.site, 'npx', ['--no-install', '@11ty/eleventy', '--quiet', '--output=_site_broken']);
  assert.notEqual(build.status, 0);
  const said = build.stderr + build.stdout;
  assert.match(said, /verdict: \.\/posts\/databases\/index\.md: the comparison cannot be used/);
  assert.match(said, /weights\.postgres: names option "postgres", which does not exist/);
  await write(h.site, { 'posts/databases/sqlite-vs-postgresql.json': SQLITE });
});
