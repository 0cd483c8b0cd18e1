// The package as a CDN serves it: the unpacked tarball on a second origin with jsDelivr's
// headers, a blog post on the first under the README's CSP (with that origin in jsDelivr's
// place). The built-in quiz, a comparison by src= from the blog's own origin and an inline one
// each run to a result, with the stylesheet in the shadow root and a clean console; a Spanish one
// speaks Spanish, its table from the CDN. Then again
// with .wasm served as application/octet-stream, as some hosts do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serve, CSP_REPORTS } from '../../scripts/lib/server.mjs';
import { launch } from '../../scripts/lib/browser.mjs';
import { Widget } from '../e2e/lib/widget.mjs';
import { VERSION, scratch, unpacked } from './lib.mjs';

const CDN_HEADERS = {
  'access-control-allow-origin': '*',
  'cache-control': 'public, max-age=31536000, immutable',
  'cross-origin-resource-policy': 'cross-origin',
};
// The README's CSP line for the CDN, as written there.
const README_CSP = (await readFile('npm/README.md', 'utf8')).match(/^Content-Security-Policy: (.+)$/m)[1];
const h = {};

before(async () => {
  const pkg = await unpacked();
  const blog = await scratch('cdn-blog');
  h.cdn = await serve(pkg, { base: `/npm/verdict-widget@${VERSION}/`, headers: CDN_HEADERS });
  h.octet = await serve(pkg, { base: `/npm/verdict-widget@${VERSION}/`, headers: CDN_HEADERS, types: { '.wasm': 'application/octet-stream' } });
  const sqlite = await readFile('examples/content/sqlite-vs-postgresql.json', 'utf8');
  await writeFile(join(blog, 'my-comparison.json'), sqlite);
  const post = (cdn, widget) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
<link rel="icon" href="/favicon.svg">
<script type="module" src="${cdn.origin}/npm/verdict-widget@${VERSION}/dist/embed.js"></script></head>
<body><article><h1>A post</h1><p>Words before the widget.</p>${widget}<p>Words after it.</p></article></body></html>`;
  const widgets = {
    default: '<verdict-widget></verdict-widget>',
    src: '<verdict-widget src="/my-comparison.json"></verdict-widget>',
    inline: `<verdict-widget><script type="application/json">${sqlite.replace(/</g, '\\u003c')}</script></verdict-widget>`,
    spanish: '<verdict-widget locale="es"></verdict-widget>',
  };
  const routes = { '/favicon.svg': resolve('assets/favicon.svg'), '/my-comparison.json': join(blog, 'my-comparison.json') };
  for (const [server, name] of [[h.cdn, 'cdn'], [h.octet, 'octet']]) {
    for (const [kind, widget] of Object.entries(widgets)) {
      const file = join(blog, `${name}-${kind}.html`);
      await writeFile(file, post(server, widget));
      routes[`/${name}-${kind}.html`] = file;
    }
  }
  const policy = (cdn) => `${README_CSP.replaceAll('https://cdn.jsdelivr.net', cdn.origin)}; report-uri ${CSP_REPORTS}`;
  h.blog = await serve(blog, { routes, headers: { 'content-security-policy': policy(h.cdn) } });
  h.blogOctet = await serve(blog, { routes, headers: { 'content-security-policy': policy(h.octet) } });
  h.browser = await launch();
});
after(async () => {
  await h.browser?.close();
  for (const s of [h.cdn, h.octet, h.blog, h.blogOctet]) await s?.close();
});

/** Opens a post and records what would make it unfit: errors, violations, other hosts. */
async function open(blog, cdn, path) {
  const context = await h.browser.newContext();
  const page = await context.newPage();
  const trouble = [];
  const warnings = [];
  page.on('console', (m) => (m.type() === 'error' ? trouble : warnings).push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => trouble.push(`uncaught: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && trouble.push(`HTTP ${r.status()}: ${r.url()}`));
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(blog.origin + path);
  return {
    page,
    warnings,
    requests,
    async done() {
      trouble.push(...(await page.evaluate(() => window.__violations)), ...blog.reports);
      await context.close();
      assert.deepEqual(trouble, [], 'no errors, CSP violations or failed requests');
      const elsewhere = requests.filter((u) => !u.startsWith(blog.origin) && !u.startsWith(cdn.origin));
      assert.deepEqual(elsewhere, [], 'no request to any other host');
    },
  };
}

async function stylesheetIsIn(w, cdn) {
  const sheet = await w.root.evaluate((el) => {
    const link = el.shadowRoot.querySelector('link[rel="stylesheet"]');
    return { href: link.href, loaded: Boolean(link.sheet) };
  });
  assert.ok(sheet.href.startsWith(`${cdn.origin}/npm/verdict-widget@${VERSION}/dist/widget-`), sheet.href);
  assert.ok(sheet.loaded, 'the stylesheet applies in the shadow root');
  assert.notEqual(await w.root.locator('.vd-stage').evaluate((el) => getComputedStyle(el).borderTopLeftRadius), '0px');
}

async function runs(blog, cdn, name) {
  {
    const { page, done, requests } = await open(blog, cdn, `/${name}-default.html`);
    const w = new Widget(page);
    await w.ready();
    await stylesheetIsIn(w, cdn);
    await w.answerAll(['Yes', 'Yes', 'Yes', 'No', 'No', 'No', 'Yes']);
    assert.equal(await w.resultHeading.textContent(), 'Django fits you best');
    assert.ok(requests.some((u) => u.startsWith(cdn.origin) && u.endsWith('_bg.wasm')), 'the WebAssembly came from the CDN');
    await done();
  }
  {
    // Another language: its table comes from the CDN too, and the widget speaks it.
    const { page, done, requests } = await open(blog, cdn, `/${name}-spanish.html`);
    const w = new Widget(page);
    await w.ready();
    assert.equal(await w.count.textContent(), 'Pregunta 1 de 7');
    assert.ok(requests.some((u) => u.startsWith(cdn.origin) && /\/dist\/locale-es-[0-9a-f]+\.json(\?no-inline)?$/.test(u)), 'the table came from the CDN');
    await done();
  }
  for (const kind of ['src', 'inline']) {
    const { page, done, requests } = await open(blog, cdn, `/${name}-${kind}.html`);
    const w = new Widget(page);
    await w.ready();
    await stylesheetIsIn(w, cdn);
    await w.question.filter({ hasText: 'Will many users write data at the same moment?' }).waitFor();
    await w.answerAll(['Yes', 'No', 'Yes', 'Yes']);
    assert.equal(await w.resultHeading.textContent(), 'PostgreSQL fits you best');
    if (kind === 'src') assert.ok(requests.includes(`${blog.origin}/my-comparison.json`), 'the content came from the blog');
    await done();
  }
}

test('from a CDN origin under the README\'s CSP: the built-in quiz, src= and inline content', async () => {
  await runs(h.blog, h.cdn, 'cdn');
});

test('the same with .wasm served as application/octet-stream', async () => {
  await runs(h.blogOctet, h.octet, 'octet');
});
