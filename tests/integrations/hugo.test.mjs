// Hugo (Debian's, 0.111): a real site with the theme component from the installed package, a
// page bundle placing a comparison by file and a post holding one in a `verdict` code block,
// built as integrations/hugo/README.md says (`npx verdict hugo --local && hugo`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '../../scripts/lib/server.mjs';
import { launch } from '../../scripts/lib/browser.mjs';
import { DATABASES, FRAMEWORKS, STRICT_CSP, TARBALL, checkWidget, copyIntegration, must, project, sh, versionOf, write, sqlite } from './lib.mjs';

const h = {};
const SQLITE = await sqlite();
const FASTAPI = await readFile('content/django-flask-fastapi.json', 'utf8');

const SITE = {
  'hugo.toml': `baseURL = "http://example.org/blog/"
languageCode = "en"
title = "A Hugo blog"
theme = ["verdict"]
[params.verdict]
  loader = "local"
`,
  // A plain theme of the blog's own.
  'layouts/_default/baseof.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title>
<link rel="icon" href="{{ "favicon.svg" | relURL }}">{{ partial "verdict/loader.html" . }}</head>
<body><main><article>{{ block "main" . }}{{ end }}</article></main></body></html>`,
  'layouts/_default/single.html': '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}',
  'layouts/_default/list.html': '{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Pages }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}{{ end }}',
  'content/posts/databases/index.md': `---
title: "SQLite or PostgreSQL?"
---
Pick a database for your next project: answer four questions.

{{< verdict src="sqlite-vs-postgresql.json" id="database" />}}

Words after the widget.
`,
  'content/posts/databases/sqlite-vs-postgresql.json': SQLITE,
  'content/posts/frameworks.md': `---
title: "Django, Flask or FastAPI?"
---
The comparison lives in this post, in a code block.

\`\`\`verdict
${FASTAPI.trim()}
\`\`\`

Words after the widget.
`,
};

before(async () => {
  h.site = await project('hugo-site', [TARBALL]);
  await write(h.site, SITE);
  await copyIntegration(h.site, 'hugo', 'themes/verdict');
  await write(h.site, { 'static/favicon.svg': await readFile('assets/favicon.svg', 'utf8') });
  h.step = must(h.site, 'npx', ['--no-install', 'verdict', 'hugo', '--local']);
  h.build = must(h.site, 'hugo', ['-d', 'public']);
  h.server = await serve(join(h.site, 'public'), { base: '/blog/', headers: { 'content-security-policy': STRICT_CSP } });
  h.browser = await launch();
});
after(async () => {
  await h.browser?.close();
  await h.server?.close();
});

test(`${versionOf('hugo', ['version'])}: a comparison in a page bundle, by the shortcode`, async () => {
  assert.match(h.step.stderr, /2 widgets checked and drawn into data\/verdict\//);
  const html = await readFile(join(h.site, 'public/posts/databases/index.html'), 'utf8');
  assert.equal(html.match(/<script type="module" src="\/blog\/verdict\/embed.js"[^>]*><\/script>/g)?.length, 1, 'the loader, once');
  assert.match(html, /<head>[\s\S]*<script type="module" src="\/blog\/verdict\/embed.js" blocking="render"><\/script>[\s\S]*<\/head>/);
  // Pages without a widget do not load it.
  assert.doesNotMatch(await readFile(join(h.site, 'public/index.html'), 'utf8'), /embed\.js/);
  await checkWidget(h.browser, h.server, '/blog/posts/databases/', {
    host: '#database', ...DATABASES,
  });
});

test('a comparison in the post itself, in a verdict code block', async () => {
  await checkWidget(h.browser, h.server, '/blog/posts/frameworks/', {
    host: 'verdict-widget', ...FRAMEWORKS,
  });
});

test('the CDN loader: the version that drew the widgets, from jsDelivr', async () => {
  await write(h.site, { 'hugo.toml': SITE['hugo.toml'].replace('loader = "local"', 'loader = "cdn"') });
  must(h.site, 'hugo', ['-d', 'public-cdn']);
  const html = await readFile(join(h.site, 'public-cdn/posts/databases/index.html'), 'utf8');
  const base = `https://cdn.jsdelivr.net/npm/verdict-widget@${JSON.parse(await readFile(join(h.site, 'node_modules/verdict-widget/package.json'), 'utf8')).version}/dist/`;
  assert.ok(html.includes(`<script type="module" src="${base}embed.js" blocking="render"></script>`));
  assert.ok(html.includes(`<link rel="stylesheet" href="${base}widget-`));
  await write(h.site, { 'hugo.toml': SITE['hugo.toml'] });
});

test('a broken comparison fails the build step with its path; a changed one the Hugo build', async () => {
  const broken = SQLITE.replace('"postgresql": 3', '"postgres": 3');
  await write(h.site, { 'content/posts/databases/sqlite-vs-postgresql.json': broken });
  const step = sh(h.site, 'npx', ['--no-install', 'verdict', 'hugo', '--local']);
  assert.equal(step.status, 1);
  assert.match(step.stderr, /content\/posts\/databases\/index\.md:6: the comparison cannot be used/);
  assert.match(step.stderr, /questions\[\d+\]\.answers\[\d+\]\.weights\.postgres: names option "postgres", which does not exist/);
  // Hugo alone (the step skipped): the drawn view no longer matches, and the build stops.
  const build = sh(h.site, 'hugo', ['-d', 'public-broken']);
  assert.notEqual(build.status, 0);
  assert.match(build.stderr + build.stdout, /has not been checked and drawn: run `npx verdict-widget hugo`/);
  await write(h.site, { 'content/posts/databases/sqlite-vs-postgresql.json': SQLITE });
});
