// Jekyll (Debian's, 4.3): a real site with the include from the installed package, built as
// integrations/jekyll/README.md says (`npx verdict jekyll --local && jekyll build`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '../../scripts/lib/server.mjs';
import { launch } from '../../scripts/lib/browser.mjs';
import { DATABASES, FRAMEWORKS, STRICT_CSP, TARBALL, checkWidget, copyIntegration, must, project, sh, versionOf, write, sqlite } from './lib.mjs';

const h = {};
// Markdown's own signs in the content's strings (the widget's inline markup): kramdown must
// leave them to the widget.
const SQLITE = (await sqlite())
  .replace('"Four questions about how your app stores data, and which database fits."', '"Four questions about *how* your app stores data, and `which` database fits."');
const FASTAPI = await readFile('content/django-flask-fastapi.json', 'utf8');

const SITE = {
  '_config.yml': `title: A Jekyll blog
baseurl: /blog
verdict:
  loader: local
  loader_in_head: true
`,
  // A plain theme of the blog's own.
  '_layouts/default.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ page.title }}</title>
<link rel="icon" href="{{ '/favicon.svg' | relative_url }}">{% include verdict-head.html %}</head>
<body><main><article><h1>{{ page.title }}</h1>{{ content }}</article></main></body></html>`,
  '_posts/2026-11-01-databases.md': `---
layout: default
title: SQLite or PostgreSQL?
---
Pick a database for your next project: answer four questions.

{% include verdict.html src="comparisons/sqlite-vs-postgresql.json" id="database" %}

Words after the widget.
`,
  '_posts/2026-11-02-frameworks.md': `---
layout: default
title: Django, Flask or FastAPI?
---
Three frameworks, one question at a time.

{% include verdict.html src="comparisons/django-flask-fastapi.json" %}

Words after the widget.
`,
  'comparisons/sqlite-vs-postgresql.json': SQLITE,
  'comparisons/django-flask-fastapi.json': FASTAPI,
  'index.md': '---\nlayout: default\ntitle: Home\n---\nNo widget here.\n',
};

before(async () => {
  h.site = await project('jekyll-site', [TARBALL]);
  await write(h.site, SITE);
  await write(h.site, { 'favicon.svg': await readFile('assets/favicon.svg', 'utf8') });
  await copyIntegration(h.site, 'jekyll/_includes', '_includes');
  h.step = must(h.site, 'npx', ['--no-install', 'verdict', 'jekyll', '--local']);
  h.build = must(h.site, 'jekyll', ['build', '--quiet']);
  h.server = await serve(join(h.site, '_site'), { base: '/blog/', headers: { 'content-security-policy': STRICT_CSP } });
  h.browser = await launch();
});
after(async () => {
  await h.browser?.close();
  await h.server?.close();
});

test(`${versionOf('jekyll')}: a comparison by file, the loader in the head`, async () => {
  assert.match(h.step.stderr, /2 widgets checked and drawn into _data\/verdict\//);
  const html = await readFile(join(h.site, '_site/2026/11/01/databases.html'), 'utf8');
  assert.equal(html.match(/embed\.js/g)?.length, 1, 'the loader, once');
  assert.match(html, /<head>[\s\S]*<script type="module" src="\/blog\/assets\/verdict\/embed.js" blocking="render"><\/script>[\s\S]*<\/head>/);
  assert.doesNotMatch(await readFile(join(h.site, '_site/index.html'), 'utf8'), /embed\.js/, 'not on pages without a widget');
  assert.ok(html.includes('*how* your app stores data, and `which` database'), 'kramdown left the content alone');
  assert.doesNotMatch(html, /nomarkdown|<p><verdict-widget/);
  await checkWidget(h.browser, h.server, '/blog/2026/11/01/databases.html', {
    host: '#database', ...DATABASES,
  });
  await checkWidget(h.browser, h.server, '/blog/2026/11/02/frameworks.html', {
    host: 'verdict-widget', ...FRAMEWORKS,
  });
});

test('without the loader in the head, the first widget adds it, once; from the CDN', async () => {
  await write(h.site, { '_config.yml': SITE['_config.yml'].replace('  loader: local\n  loader_in_head: true\n', '  loader: cdn\n') });
  must(h.site, 'jekyll', ['build', '--quiet', '-d', '_site_cdn']);
  const html = await readFile(join(h.site, '_site_cdn/2026/11/01/databases.html'), 'utf8');
  const version = JSON.parse(await readFile(join(h.site, 'node_modules/verdict-widget/package.json'), 'utf8')).version;
  const base = `https://cdn.jsdelivr.net/npm/verdict-widget@${version}/dist/`;
  assert.equal(html.split(`<script type="module" src="${base}embed.js"></script>`).length, 2, 'the loader, once, in the post');
  assert.ok(html.includes(`<link rel="stylesheet" href="${base}widget-`));
  await write(h.site, { '_config.yml': SITE['_config.yml'] });
});

test('a broken comparison fails the build step with its path; a skipped step, the Jekyll build', async () => {
  await write(h.site, { 'comparisons/sqlite-vs-postgresql.json': SQLITE.replace('"postgresql": 3', '"postgres": 3') });
  const step = sh(h.site, 'npx', ['--no-install', 'verdict', 'jekyll']);
  assert.equal(step.status, 1);
  assert.match(step.stderr, /_posts\/2026-11-01-databases\.md:7: the comparison cannot be used/);
  assert.match(step.stderr, /weights\.postgres: names option "postgres", which does not exist/);
  await write(h.site, { 'comparisons/sqlite-vs-postgresql.json': SQLITE });
  // A new widget the step has not seen: Jekyll stops, naming the post.
  await write(h.site, { '_posts/2026-11-03-new.md': '---\nlayout: default\ntitle: New\n---\n{% include verdict.html src="comparisons/new.json" %}\n' });
  const build = sh(h.site, 'jekyll', ['build', '--quiet', '-d', '_site_new']);
  assert.notEqual(build.status, 0);
  assert.match(build.stderr + build.stdout, /not-checked-run-npx-verdict-widget-jekyll-before-jekyll-build/);
  assert.match(build.stderr + build.stdout, /2026-11-03-new\.md/);
});
