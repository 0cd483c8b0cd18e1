// End to end: hostile input. Content built to hang a page (long runs of markup, huge grids, maps
// and files), requests that never finish, content from script that JSON cannot hold, a page that
// answers with HTML, another library's <verdict-widget>, a right-to-left override left open, and
// a page's own anchor beside a widget's state. Each must end in a clear message or a working
// widget, and the page must stay responsive: none of these waits on a timing figure (bench/
// measures the times); each would time out on the code that hung.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { harness, cleanPage } from './lib/harness.mjs';
import { Widget } from './lib/widget.mjs';

const BASE = JSON.parse(readFileSync('tests/valid/tea-coffee-cocoa.json', 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'verdict-hostile-'));
const routes = {};
const file = (name, text) => {
  writeFileSync(join(tmp, name), text);
  routes[`/${name}`] = join(tmp, name);
};
const page = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<link rel="icon" href="data:,">${head}</head><body>${body}<script type="module" src="./embed.js"></script></body></html>`;
const inline = (content) => `<verdict-widget loading="eager"><script type="application/json">${
  JSON.stringify(content).replaceAll('<', '\\u003c')}</script></verdict-widget>`;
const edited = (change) => {
  const c = structuredClone(BASE);
  change(c);
  return c;
};

file('brackets.html', page(inline(edited((c) => (c.intro = '['.repeat(100_000))))));
file('brackets-at-limit.html', page(inline(edited((c) => {
  c.intro = '[a]('.repeat(500);
  for (const q of c.questions) q.help = '[**'.repeat(666);
}))));
file('rows.html', page(inline(edited((c) => {
  for (let i = 0; i < 1000; i++) c.grid.rows.push({ id: `r${i}`, feature: `Row ${i}`, cells: { tea: '-', coffee: '-', cocoa: '-' } });
}))));
const huge = edited((c) => {
  for (let i = 0; i < 20_000; i++) c.grid.rows.push({ id: `r${i}`, feature: `Row ${i}`, cells: { tea: '-', coffee: '-', cocoa: '-' } });
});
file('huge.json', JSON.stringify(huge));
file('huge.html', page('<verdict-widget src="huge.json" loading="eager"></verdict-widget>'));
const map = {};
for (let i = 0; i < 10_000; i++) map[`o${i}`] = 1;
file('map.html', page(inline(edited((c) => (c.questions[0].answers[0].weights = map)))));
file('hanging.html', page('<verdict-widget src="never" timeout="1" loading="eager"><p>Fallback: read the post.</p></verdict-widget>'));
file('six.html', page(Array.from({ length: 6 }, (_, i) => `<verdict-widget id="w${i}" src="never?${i}" loading="eager"></verdict-widget>`).join('')));
file('leaving.html', page('<verdict-widget src="held" loading="eager"></verdict-widget>'));
file('blank-src.html', page('<verdict-widget src=" " loading="eager"></verdict-widget>'));
file('html-src.html', page('<verdict-widget src="spa-route" loading="eager"></verdict-widget>'));
file('array.html', page('<verdict-widget loading="eager"><script type="application/json">[]</script></verdict-widget>'));
file('surrogate.html', page(`<verdict-widget loading="eager"><script type="application/json">${
  JSON.stringify(BASE).replace('"Tea, coffee or cocoa?"', '"Tea \\ud800 or coffee?"')}</script></verdict-widget>`));
file('script.html', page('<verdict-widget loading="eager"></verdict-widget>'));
file('other-element.html', page('<verdict-widget loading="eager"><p>Their widget.</p></verdict-widget>',
  '<script src="./other-element.js"></script>'));
file('other-element.js', "customElements.define('verdict-widget', class extends HTMLElement {});\n");
file('rlo.html', page(inline(edited((c) => (c.questions[1].text = 'Do you like \u202Esweet drinks?')))));
file('anchor.html', page(`<p>Top.</p><div style="height: 3000px"></div>
<verdict-widget id="guide" loading="eager"></verdict-widget><div style="height: 3000px"></div><h2 id="bottom">Bottom</h2><div style="height: 3000px"></div>`));

/** Requests to `never` stay open; `held` is recorded, and whether the browser went away. */
const open = { held: { closed: false, started: false } };
const h = harness({
  routes,
  handlers: {
    '/never': (req) => req.on('close', () => {}),
    '/held': (req) => {
      open.held.started = true;
      req.on('close', () => (open.held.closed = true));
    },
    '/spa-route': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><html><body><div id="app"></div></body></html>');
    },
    '/ping': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('pong');
    },
  },
});

/** The problems a widget lists (its error view's items), once they show. */
async function problems(page, host = 'verdict-widget') {
  const items = page.locator(`${host} .vd-error li`);
  await items.first().waitFor();
  return items.allTextContents();
}

test('100 KB of "[" in a prose field: the length problem is listed at once', async () => {
  const { page, done } = await cleanPage(h);
  await page.goto(`${h.server.origin}/brackets.html`);
  const said = await problems(page);
  assert.deepEqual(said.map((t) => t.replace(/\s+/g, ' ').trim()), ['intro is 100000 characters long; shorten it to at most 2000']);
  await done();
});

test('prose at its length limit, all unclosed markup, runs as a widget', async () => {
  const { page, done } = await cleanPage(h);
  await page.goto(`${h.server.origin}/brackets-at-limit.html`);
  const w = new Widget(page);
  await w.ready();
  assert.equal((await w.question.textContent()).trim(), 'Is it morning?');
  await done();
});

test('a grid past its 200 rows, a file past 1 MiB and a map of 10,000 ids: each said at once', async () => {
  const { page, done } = await cleanPage(h);
  await page.goto(`${h.server.origin}/rows.html`);
  assert.match((await problems(page)).join('\n'), /grid\.rows has 1002 rows; at most 200 are allowed/);
  await page.goto(`${h.server.origin}/huge.html`);
  assert.match((await problems(page)).join('\n'), /the file has \d+ bytes; a comparison may have at most 1048576/);
  await page.goto(`${h.server.origin}/map.html`);
  assert.match((await problems(page)).join('\n'), /weights has more than 64 entries/);
  await done();
});

test('a src that never finishes: after its timeout the post\'s fallback returns with a notice, and verdict:error', async () => {
  const { page, context } = await cleanPage(h);
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    window.__errors = [];
    document.addEventListener('verdict:error', (e) => window.__errors.push(e.detail.problems[0].message));
  });
  await page.goto(`${h.server.origin}/hanging.html`);
  const root = page.locator('verdict-widget .verdict-root');
  await root.locator('.vd-load-error').waitFor();
  assert.equal(await root.getAttribute('aria-busy'), null, 'no longer busy');
  assert.equal(await page.getByText('Fallback: read the post.').isVisible(), true);
  const heard = await page.evaluate(() => window.__errors);
  assert.equal(heard.length, 1);
  assert.match(heard[0], /did not arrive within 1 s/);
  assert.ok(errors.some((e) => e.includes('did not arrive within 1 s')), 'the console says why');
  await context.close();
});

test('six widgets waiting on a slow host leave the page its own requests to that host', async () => {
  const { page, context } = await cleanPage(h);
  await page.goto(`${h.server.origin}/six.html`);
  await page.locator('verdict-widget').first().locator('.verdict-root').waitFor({ state: 'attached' });
  // Content requests are at most two per origin: the page's own fetch is not stuck behind them.
  const answer = await page.evaluate(() => fetch('./ping').then((r) => r.text()));
  assert.equal(answer, 'pong');
  await context.close();
});

test('a widget removed while its content loads aborts the request', async () => {
  const { page, done } = await cleanPage(h);
  await page.goto(`${h.server.origin}/leaving.html`);
  await page.waitForFunction(() => true);
  while (!open.held.started) await new Promise((next) => setTimeout(next, 20));
  await page.evaluate(() => document.querySelector('verdict-widget').remove());
  while (!open.held.closed) await new Promise((next) => setTimeout(next, 20));
  assert.ok(open.held.closed, 'the browser gave up the request');
  await done();
});

test('a blank src, a page answering with HTML, an array and half a character: each said plainly', async () => {
  const { page, done } = await cleanPage(h);
  await page.goto(`${h.server.origin}/blank-src.html`);
  assert.match((await problems(page)).join('\n'), /src is empty; give the address of your comparison's JSON file/);
  await page.goto(`${h.server.origin}/html-src.html`);
  assert.match((await problems(page)).join('\n'), /the file is HTML, not JSON: is the address right\?/);
  await page.goto(`${h.server.origin}/array.html`);
  const array = await problems(page);
  assert.equal(array.length, 1, array.join('\n'));
  assert.match(array[0], /should be an object \(\{…\}\) but is a list/);
  await page.goto(`${h.server.origin}/surrogate.html`);
  assert.match((await problems(page)).join('\n'), /half of a character/);
  await done();
});

test('content from script that JSON cannot hold (a cycle, a BigInt, a toJSON that throws) is said as such', async () => {
  const { page, done } = await cleanPage(h);
  await page.goto(`${h.server.origin}/script.html`);
  await new Widget(page).ready();
  for (const [make, words] of [
    ['(() => { const c = { id: "x" }; c.self = c; return c; })()', /cannot be read as JSON \(Converting circular structure to JSON/],
    ['({ id: "x", version: 1n })', /cannot be read as JSON \(Do not know how to serialize a BigInt\)/],
    ['({ toJSON() { throw new Error("no") } })', /cannot be read as JSON \(no\)/],
  ]) {
    await page.evaluate(`document.querySelector('verdict-widget').content = ${make}`);
    const said = await problems(page);
    assert.equal(said.length, 1, said.join('\n'));
    assert.match(said[0], /^content the content set from script/);
    assert.match(said[0], words);
    assert.doesNotMatch(said[0], /\n/);
  }
  await done();
});

test("another library's <verdict-widget> is not called a second copy of ours", async () => {
  const { page, context } = await cleanPage(h);
  const said = [];
  page.on('console', (m) => said.push(`${m.type()}: ${m.text()}`));
  await page.goto(`${h.server.origin}/other-element.html`);
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(0);
  await page.evaluate(() => new Promise((next) => setTimeout(next, 50)));
  assert.ok(said.some((t) => t.startsWith('error: verdict: another script has already defined <verdict-widget>')), said.join('\n'));
  assert.ok(!said.some((t) => t.includes('was loaded again')), said.join('\n'));
  await context.close();
});

test('a right-to-left override left open in a question stays inside it', async () => {
  const { page, done } = await cleanPage(h);
  await page.goto(`${h.server.origin}/rlo.html`);
  const w = new Widget(page);
  await w.ready();
  await w.answerAll(['Yes', 'Yes']);
  await w.openAll();
  // In the result's reasons, the question and the answer are each isolated from the other.
  const isolated = await page.evaluate(() => {
    const root = document.querySelector('verdict-widget').shadowRoot;
    const line = [...root.querySelectorAll('.vd-reason-q')].find((p) => p.textContent.includes('\u202E'));
    return {
      question: line.querySelector('bdi')?.textContent,
      label: line.querySelector('strong bdi')?.textContent,
    };
  });
  assert.deepEqual(isolated, { question: 'Do you like \u202Esweet drinks?', label: 'Yes' });
  await done();
});

test("a page opened at its own anchor, beside a widget's state, scrolls to the anchor", async () => {
  const { page, done } = await cleanPage(h);
  await page.goto(`${h.server.origin}/anchor.html#bottom&vd.guide=v1.1.r11x0001`);
  await new Widget(page).ready();
  await page.waitForFunction(() => document.getElementById('bottom').getBoundingClientRect().top < innerHeight);
  // Rounded: the browser may leave the anchor a fraction of a pixel above the top.
  const top = await page.evaluate(() => Math.round(document.getElementById('bottom').getBoundingClientRect().top));
  assert.ok(top >= 0 && top < 100, `the anchor is at the top of the view (${top})`);
  await done();
});
