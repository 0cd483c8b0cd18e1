// Astro 5 from npm, in a scratch project that installs the packed tarball, with the component
// as integrations/astro/README.md says: a comparison by file and one given as an imported
// object, built by `astro build`; and two pages under Astro's view transitions (<ClientRouter />),
// navigated back and forth, a working widget on each visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '../../scripts/lib/server.mjs';
import { launch } from '../../scripts/lib/browser.mjs';
import { Widget } from '../e2e/lib/widget.mjs';
import { DATABASES, FRAMEWORKS, STRICT_CSP, TARBALL, checkWidget, must, project, sh, write, sqlite } from './lib.mjs';

const ASTRO = '5.9.4';
const h = {};
const SQLITE = await sqlite();
const FASTAPI = await readFile('content/django-flask-fastapi.json', 'utf8');

const layout = (router) => `---
${router ? "import { ClientRouter } from 'astro:transitions';\n" : ''}const { title } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="icon" href="/blog/favicon.svg">${router ? '<ClientRouter />' : ''}</head>
<body><nav><a id="to-databases" href="/blog/${router ? 'vt/databases/' : ''}">Databases</a> · <a id="to-frameworks" href="/blog/${router ? 'vt/' : ''}frameworks/">Frameworks</a></nav>
<main><article><h1>{title}</h1><slot /></article></main></body></html>`;

const page = (layoutFile, title, widget) => `---
import Post from '${layoutFile}';
import Verdict from 'verdict-widget/astro';
import comparison from '${layoutFile.replace(/layouts\/\w+\.astro$/, 'data/django-flask-fastapi.json')}';
---
<Post title="${title}"><p>Words before the widget.</p>${widget}<p>Words after the widget.</p></Post>`;

const DATABASES_USE = '<Verdict src="./src/data/sqlite-vs-postgresql.json" id="database" />';
const FRAMEWORKS_USE = '<Verdict content={comparison} id="framework" />';

before(async () => {
  h.site = await project('astro-site', [`astro@${ASTRO}`, TARBALL]);
  await write(h.site, {
    'astro.config.mjs': "import { defineConfig } from 'astro/config';\nexport default defineConfig({ base: '/blog' });\n",
    'public/favicon.svg': await readFile('assets/favicon.svg', 'utf8'),
    'src/data/sqlite-vs-postgresql.json': SQLITE,
    'src/data/django-flask-fastapi.json': FASTAPI,
    'src/layouts/Post.astro': layout(false),
    'src/layouts/Routed.astro': layout(true),
    'src/pages/index.astro': page('../layouts/Post.astro', 'SQLite or PostgreSQL?', DATABASES_USE),
    'src/pages/frameworks.astro': page('../layouts/Post.astro', 'Django, Flask or FastAPI?', FRAMEWORKS_USE),
    'src/pages/vt/databases.astro': page('../../layouts/Routed.astro', 'SQLite or PostgreSQL?', DATABASES_USE),
    'src/pages/vt/frameworks.astro': page('../../layouts/Routed.astro', 'Django, Flask or FastAPI?', FRAMEWORKS_USE),
    'src/layouts/Cdn.astro': "---\nimport VerdictHead from 'verdict-widget/astro-head';\nconst { title } = Astro.props;\n---\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title><VerdictHead /></head><body><main><slot /></main></body></html>",
    'src/pages/cdn.astro': "---\nimport Cdn from '../layouts/Cdn.astro';\nimport Verdict from 'verdict-widget/astro';\n---\n<Cdn title=\"CDN\"><p>Words.</p><Verdict src=\"./src/data/sqlite-vs-postgresql.json\" loader=\"cdn\" /></Cdn>",
    'src/pages/vt/index.astro': "---\nimport Post from '../../layouts/Routed.astro';\n---\n<Post title=\"Posts\"><p>No widget on this page.</p></Post>",
  });
  h.build = must(h.site, 'npx', ['--no-install', 'astro', 'build', '--silent']);
  h.server = await serve(join(h.site, 'dist'), { base: '/blog/', headers: { 'content-security-policy': STRICT_CSP } });
  // Astro's view transitions put an inline <style> of their own (the route announcer's) on the
  // page: the README's strict CSP with that style's hash added, as integrations/astro/README.md says.
  const routed = await readFile(join(h.site, 'dist/vt/databases/index.html'), 'utf8');
  const styles = [...routed.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  h.routedCsp = STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${styles.join(' ')}`);
  h.routed = await serve(join(h.site, 'dist'), { base: '/blog/', headers: { 'content-security-policy': h.routedCsp } });
  h.browser = await launch();
});
after(async () => {
  await h.browser?.close();
  await h.server?.close();
  await h.routed?.close();
});

test(`Astro ${ASTRO}: a comparison by file, checked and drawn at build time, bundled loader`, async () => {
  const html = await readFile(join(h.site, 'dist/index.html'), 'utf8');
  assert.equal(html.match(/<verdict-widget/g)?.length, 1);
  assert.match(html, /<link rel="stylesheet" href="\/blog\/_astro\/widget-[^"]+\.css">/);
  await checkWidget(h.browser, h.server, '/blog/', {
    host: '#database', ...DATABASES, blockingHead: false,
  });
});

test('loader="cdn" with <VerdictHead />: this version from jsDelivr, render-blocking in the head', async () => {
  const html = await readFile(join(h.site, 'dist/cdn/index.html'), 'utf8');
  const version = JSON.parse(await readFile(join(h.site, 'node_modules/verdict-widget/package.json'), 'utf8')).version;
  const base = `https://cdn.jsdelivr.net/npm/verdict-widget@${version}/dist/`;
  assert.match(html, new RegExp(`<head>.*<script type="module" src="${base.replace(/[.]/g, '\\.')}embed\\.js" blocking="render"></script>.*</head>`, 's'));
  assert.ok(html.includes(`<link rel="stylesheet" href="${base}widget-`));
  assert.doesNotMatch(html, /_astro\/Verdict\.astro_astro_type_script/, 'no bundled loader besides');
});

test('a comparison given as an imported object', async () => {
  await checkWidget(h.browser, h.server, '/blog/frameworks/', {
    host: '#framework', ...FRAMEWORKS, blockingHead: false,
  });
});

test('after view transitions (<ClientRouter />), each page shows a working widget, drawn view first', async () => {
  const context = await h.browser.newContext();
  const p = await context.newPage();
  const trouble = [];
  p.on('console', (m) => m.type() === 'error' && trouble.push(m.text()));
  p.on('pageerror', (e) => trouble.push(e.message));
  // From a page without a widget, by a transition, the WebAssembly held back: the next page's
  // drawn view shows (its declarative shadow root, which the router's parsing leaves inert, is
  // attached by the loader), then the live widget takes over.
  await p.goto(`${h.routed.origin}/blog/vt/`);
  let release;
  const held = new Promise((done) => (release = done));
  await p.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await p.locator('#to-databases').click();
  await p.locator('#database .verdict-root[data-prerendered] #vd-question').waitFor();
  release();
  for (let visit = 0; visit < 6; visit++) {
    const [host, title] = visit % 2 ? ['#framework', 'Django, Flask or FastAPI?'] : ['#database', 'SQLite or PostgreSQL'];
    const w = new Widget(p, host);
    await w.root.locator('.vd-title').filter({ hasText: title }).waitFor();
    await w.ready();
    const before = await w.count.textContent();
    await w.answers.getByRole('button').first().click();
    await w.count.filter({ hasNotText: before }).or(w.resultHeading).first().waitFor();
    await p.locator(visit % 2 ? '#to-databases' : '#to-frameworks').click();
  }
  await context.close();
  assert.deepEqual([...trouble, ...h.routed.reports], []);
});

test('a broken comparison fails astro build with its path', async () => {
  await write(h.site, { 'src/data/sqlite-vs-postgresql.json': SQLITE.replace('"postgresql": 3', '"postgres": 3') });
  const build = sh(h.site, 'npx', ['--no-install', 'astro', 'build', '--silent', '--outDir', 'dist-broken']);
  assert.notEqual(build.status, 0);
  const said = build.stderr + build.stdout;
  assert.match(said, /the comparison cannot be used/);
  assert.match(said, /weights\.postgres: names option "postgres", which does not exist/);
  await write(h.site, { 'src/data/sqlite-vs-postgresql.json': SQLITE });
});
