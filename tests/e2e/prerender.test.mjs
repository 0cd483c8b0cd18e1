// End to end: the release index.html carries the widget's first view, pre-rendered at build time
// (scripts/prerender.mjs), and the live widget takes over without moving anything. A post whose
// element `npx verdict render` drew carries its content checked: one WebAssembly, no checker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, cleanPage, wasmFetched } from './lib/harness.mjs';
import { Widget } from './lib/widget.mjs';

// Pages the tests add as they go (a post with a drawn element).
const ROUTES = {};
const h = harness({ routes: ROUTES });

/** Where the first question, the first answer and the grid are. (Not the page's height: the
 *  article's sections, below everything, are built by the widget and not pre-rendered.) */
const layout = (page) => page.evaluate(() => {
  const root = document.querySelector('verdict-widget').shadowRoot;
  const box = (sel) => {
    const r = root.querySelector(sel).getBoundingClientRect();
    return [r.x, r.y, r.width, r.height].map(Math.round);
  };
  return {
    question: box('#vd-question'), answer: box('.vd-answers button'), grid: box('table'),
  };
});

test('without any script the page already shows the first question and the grid, styled', async () => {
  const s = await cleanPage(h, { javaScriptEnabled: false });
  await s.page.goto(h.server.url);
  const w = new Widget(s.page);
  assert.equal(await w.question.textContent(), 'Do you need an admin panel?');
  assert.equal(await w.count.textContent(), 'Question 1 of 7');
  assert.equal((await w.gridRows()).length, 10);
  // Styled by the widget's own sheet: the answer is a bordered button, not a bare browser one.
  const border = await w.answers.getByRole('button').first().evaluate((b) => getComputedStyle(b).borderTopWidth);
  assert.equal(border, '2px');
  await s.done();
});

test('the live widget replaces the pre-rendered view without moving anything, then works', async () => {
  const still = await cleanPage(h, { javaScriptEnabled: false });
  await still.page.goto(h.server.url);
  const before = await layout(still.page);
  await still.done();

  const { page, done } = await cleanPage(h);
  // Record every layout shift from the start of the load.
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value)))
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(h.server.url);
  const w = new Widget(page);
  // Mounted: the live root has replaced the pre-rendered template's.
  await w.ready();
  assert.equal(await w.root.locator('[data-prerendered], style').count(), 0);
  await w.grid.waitFor();
  assert.deepEqual(await layout(page), before);
  const shift = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  assert.equal(shift, 0, 'cumulative layout shift');
  await w.answer('Yes');
  assert.equal(await w.count.textContent(), 'Question 2 of 7');
  await done();
});

test('a share link or another pick replaces the pre-rendered view with the right one', async () => {
  const { page, done } = await cleanPage(h);
  await page.goto(h.server.url + '#vd.django-vs-flask=v1.1.r11x0001');
  const w = new Widget(page);
  await w.resultHeading.waitFor();
  assert.equal(await w.question.count(), 0);
  await page.goto(h.server.url + '?content=django-flask-fastapi');
  await w.root.getByText('Django, Flask or FastAPI?').waitFor();
  assert.equal(await w.root.locator('.verdict-root').count(), 1);
  await done();
});

/** A post with the element `npx verdict render` drew for `file` (the widget's files from this
 *  server), and, with `version`, its checked form claimed for another version. */
async function drawnPost(name, file, version, json = (text) => text) {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  let element = execFileSync('node', ['apps/cli/js/verdict.js', 'render', file, '--base', h.server.url], { encoding: 'utf8' });
  if (version) element = element.replace(/data-version="[^"]+"/, `data-version="${version}"`);
  element = element.replace(/(<script type="application\/json">)([^]*?)(<\/script>)/, (_, open, text, close) => open + json(text) + close);
  const dir = mkdtempSync(join(tmpdir(), 'verdict-drawn-'));
  const path = join(dir, name);
  writeFileSync(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,">
<script type="module" src="${h.server.url}embed.js"></script></head><body><h1>A post</h1>${element}</body></html>`);
  ROUTES[`/${name}`] = path;
  return `${h.server.origin}/${name}`;
}

test('content drawn and checked at build time runs without the checker: one WebAssembly', async () => {
  const url = await drawnPost('drawn.html', 'content/django-flask-fastapi.json');
  const { page, done } = await cleanPage(h);
  const wasm = wasmFetched(page);
  await page.goto(url);
  const w = new Widget(page);
  await w.ready();
  await w.answer('Yes');
  assert.equal(await w.count.textContent(), 'Question 2 of 7');
  assert.equal(wasm.length, 1, wasm.join(', '));
  assert.doesNotMatch(wasm[0], /checker/);
  await done();
});

test('a checked form written for another version is left aside: the JSON is read as ever, by the loader', async () => {
  // The JSON says something the form does not: what the widget shows tells which it read.
  const url = await drawnPost('drawn-other.html', 'content/django-flask-fastapi.json', '0.0.1',
    (json) => json.replace('Do you need an admin panel?', 'Do you need an admin site?'));
  const { page, done } = await cleanPage(h);
  const wasm = wasmFetched(page);
  await page.goto(url);
  const w = new Widget(page);
  await w.ready();
  await w.root.locator('.verdict-root:not([data-prerendered]) #vd-question').filter({ hasText: 'Do you need an admin site?' }).waitFor();
  // Valid JSON needs no checker: the loader writes it in the widget's form, the widget checks it.
  assert.deepEqual(wasm.filter((f) => /checker/.test(f)), [], wasm.join(', '));
  await done();
});
