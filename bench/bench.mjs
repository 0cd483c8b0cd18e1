// The benchmark: bytes and timings of the release build in headless Chromium over loopback.
// Run it with `bench/run` (which builds first). Prints a table and writes bench/results.json.
//
// Timings are taken inside the page (a MutationObserver installed before load, following the
// widget's shadow root; requestAnimationFrame after input), never by polling from the runner,
// and are compared with a static HTML page of the same first question measured in the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tmpdir, cpus } from 'node:os';
import { serve } from '../scripts/lib/server.mjs';
import { compared, englishPost, sizes } from './sizes.mjs';
import { CHROMIUM, CHROMIUM_ARGS, launch } from '../scripts/lib/browser.mjs';
import { blogSite, longPost } from '../scripts/lib/pages.mjs';

const DIST = process.env.VERDICT_DIST ?? 'dist';
const LOADS = Number(process.env.BENCH_LOADS ?? 21);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 16); // 7 clicks each
const FIRST_QUESTION = 'Do you need an admin panel?';
const LONG_TASK_LOADS = Number(process.env.BENCH_LONG_TASK_LOADS ?? 10);
const PHONE_LOADS = Number(process.env.BENCH_PHONE_LOADS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 100);
// BENCH_ONLY=lifecycle,bytes (comma-separated section names) runs those sections alone.
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;
const section = async (name, run) => (!ONLY || ONLY.includes(name) ? run() : undefined);

// ---------- bytes: bench/sizes.mjs ----------

// ---------- in-page probes ----------
// Keeps the widget's WebAssembly memory as the glue instantiates it (the widget exposes none).
const WASM_MEMORY = `for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const made = await original.apply(this, args);
      const exports = (made.instance ?? made).exports;
      if (exports?.memory && exports.mount) window.__wasmMemory = exports.memory;
      return made;
    };
  }`;

// Records performance.now() when the first question's text (or any given text) first shows,
// looking into shadow roots as they are attached.
const probe = (firstQuestion) => `(() => {
  const marks = (window.__verdictMarks = {});
  const want = { question: ${JSON.stringify(firstQuestion)} };
  const roots = [document];
  const check = () => {
    // A shadow root declared in the HTML (the pre-rendered first view) is attached by the parser,
    // not through attachShadow: pick those up as they appear.
    for (const host of document.querySelectorAll('verdict-widget')) {
      if (host.shadowRoot && !roots.includes(host.shadowRoot)) { roots.push(host.shadowRoot); observe(host.shadowRoot); }
    }
    if (marks.grid === undefined && roots.some((r) => r.querySelector && r.querySelector('.verdict-root:not([data-prerendered]) .vd-table'))) {
      marks.grid = performance.now();
    }
    for (const [key, text] of Object.entries(want)) {
      if (marks[key] !== undefined || pending) continue;
      for (const root of roots) {
        const el = root.querySelector && root.querySelector('#vd-question, [data-probe]');
        if (el && el.textContent.includes(text)) { shown(key, el); break; }
      }
    }
  };
  // In the DOM is not yet on screen: a pre-rendered view waits for its stylesheet. Frame by frame
  // until the text has a box, then the time of that frame.
  let pending = false;
  const shown = (key, el) => {
    pending = true;
    const frame = () => (el.getClientRects().length ? (marks[key] = performance.now()) : requestAnimationFrame(frame));
    frame();
  };
  const observe = (root) => new MutationObserver(check).observe(root, { childList: true, subtree: true, characterData: true });
  observe(document);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push(root);
    observe(root);
    return root;
  };
  ${WASM_MEMORY}
  // Every widget on the page answers presses (each says so as it starts).
  addEventListener('verdict:ready', () => {
    if (document.querySelectorAll('verdict-widget, [data-verdict]').length === ++window.__readyCount) marks.ready = performance.now();
  });
  window.__readyCount = 0;
  document.addEventListener('DOMContentLoaded', check);
})();`;

const STATIC_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>static floor</title></head>
<body><main><h1>An embeddable decision guide</h1><section>
<p>Question 1 of 7</p><h2 id="vd-question" data-probe>${FIRST_QUESTION}</h2>
<div role="group"><button>Yes</button><button>No</button><button>Not sure</button></div>
</section></main></body></html>`;

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, min: s[0], p50: q(0.5), p95: q(0.95), max: s[s.length - 1] };
};

/**
 * Navigation → the first question's text in the DOM, over fresh loads. With `also`, waits for
 * those marks too ('ready': the wasm started; 'grid': the comparison table exists) and returns
 * their statistics alongside.
 */
async function firstQuestion(browser, url, text = FIRST_QUESTION, loads = LOADS, also = []) {
  const times = { question: [] };
  for (const key of also) times[key] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    await context.addInitScript(probe(text));
    const page = await context.newPage();
    await page.goto(url);
    const keys = Object.keys(times);
    await page.waitForFunction((keys) => keys.every((k) => window.__verdictMarks[k] !== undefined), keys);
    const marks = await page.evaluate(() => window.__verdictMarks);
    for (const k of keys) times[k].push(marks[k]);
    await context.close();
  }
  return also.length ? Object.fromEntries(Object.entries(times).map(([k, v]) => [k, stats(v)])) : stats(times.question);
}

// Click → next question painted: the input event's timestamp to the first animation frame
// after the DOM shows the new question (measured by a listener in the page).
async function clickToPaint(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(probe(FIRST_QUESTION));
  const page = await context.newPage();
  await page.goto(url);
  const host = page.locator('verdict-widget').first();
  // The live widget, not the pre-rendered copy in the HTML (its buttons do nothing yet).
  await host.locator('.verdict-root:not([data-prerendered]) #vd-question').waitFor();
  await page.evaluate(() => {
    const root = document.querySelector('verdict-widget').shadowRoot;
    window.__clicks = [];
    root.addEventListener('click', (event) => {
      const before = root.querySelector('#vd-question')?.textContent;
      const t0 = event.timeStamp;
      const frame = () => {
        const now = root.querySelector('#vd-question, .vd-headline')?.textContent;
        if (now !== before) window.__clicks.push(performance.now() - t0);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, true);
  });
  let toResult = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = await page.evaluate(() => performance.now());
    for (let q = 0; q < 7; q++) {
      await host.getByRole('group').getByRole('button', { name: q % 2 ? 'No' : 'Yes', exact: true }).click();
    }
    await host.locator('.vd-headline').waitFor();
    toResult.push((await page.evaluate(() => performance.now())) - started);
    await host.getByRole('button', { name: /Start over|Restart/ }).first().click();
    await host.locator('#vd-question').waitFor();
  }
  const clicks = await page.evaluate(() => window.__clicks);
  const memory = await page.evaluate(() => ({
    jsHeap: performance.memory?.usedJSHeapSize ?? null,
    wasmMemory: window.__wasmMemory?.buffer.byteLength ?? null,
  }));
  await context.close();
  return { clicks: stats(clicks), quizRun: stats(toResult), memory };
}

// ---------- scaling ----------
// Generated comparisons with N questions and N grid rows, at most the 200 rows content may have
// (3 options): navigation → first question rendered, and click → next question painted, to show
// how cost grows with content size.
const SCALES = (process.env.BENCH_SCALES ?? '10,100,1000').split(',').map(Number);
const SCALE_CLICKS = Number(process.env.BENCH_SCALE_CLICKS ?? 40);

const MAX_ROWS = 200;
function generated(n) {
  const options = ['alpha', 'beta', 'gamma'];
  const rows = Math.min(n, MAX_ROWS);
  return {
    id: `scale-${n}`,
    version: 1,
    title: `Generated comparison with ${n} questions`,
    options: options.map((id) => ({ id, name: id[0].toUpperCase() + id.slice(1) })),
    questions: Array.from({ length: n }, (_, i) => ({
      id: `q${i}`,
      text: `Scale question ${i + 1}?`,
      rows: [`r${i % rows}`],
      answers: [
        { id: 'a', label: 'First', weights: { [options[i % 3]]: 2 }, reason: `Question ${i + 1} leans to ${options[i % 3]}.` },
        { id: 'b', label: 'Second', weights: { [options[(i + 1) % 3]]: 1 }, reason: `Question ${i + 1} leans to ${options[(i + 1) % 3]}.` },
      ],
    })),
    grid: { rows: Array.from({ length: rows }, (_, i) => ({
      id: `r${i}`, feature: `Feature ${i + 1}`, cells: Object.fromEntries(options.map((o) => [o, `${o} value ${i + 1}`])),
    })) },
  };
}

async function scaling(browser, routes) {
  const out = [];
  for (const n of SCALES) {
    const url = `${server.origin}/scale-${n}.html`;
    const first = await firstQuestion(browser, url, 'Scale question 1?', Math.min(LOADS, 15), ['grid']);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    const host = page.locator('verdict-widget').first();
    await host.locator('#vd-question').waitFor();
    const clicks = [];
    for (let i = 0; i < Math.min(SCALE_CLICKS, n - 1); i++) {
      const t = await page.evaluate(() => new Promise((resolve) => {
        const root = document.querySelector('verdict-widget').shadowRoot;
        const before = root.querySelector('#vd-question').textContent;
        const button = root.querySelector('.vd-answers button');
        const t0 = performance.now();
        button.click();
        const frame = () => {
          if (root.querySelector('#vd-question')?.textContent !== before) resolve(performance.now() - t0);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }));
      clicks.push(t);
    }
    await context.close();
    out.push({ questions: n, gridRows: Math.min(n, MAX_ROWS), jsonBytes: routes[n], firstQuestion: first.question, gridBuilt: first.grid, clickToPaint: stats(clicks) });
  }
  return out;
}

// ---------- a phone's CPU: long tasks at 4x ----------
// Every main-thread task over 50 ms (a longtask PerformanceObserver) from navigation until a
// second after the widgets are mounted, with Chromium's CPU throttled 4x (CDP).
async function longTasks(browser, url, loads = LONG_TASK_LOADS) {
  const perLoad = [];
  const mounting = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__tasks = [];
      window.__ready = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__tasks.push([e.startTime, e.duration])))
        .observe({ type: 'longtask', buffered: true });
      addEventListener('verdict:ready', () => window.__ready.push(performance.now()));
      addEventListener('verdict:ready', () => setTimeout(() => (window.__settled = true), 1000));
      // A page without script never mounts: it is settled a second after it has loaded.
      addEventListener('load', () => setTimeout(() => (window.__settled ??= !document.querySelector('script[src$="embed.js"]')), 1500));
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__settled, null, { timeout: 30_000 });
    const { tasks, ready, wasm } = await page.evaluate(() => ({
      tasks: window.__tasks,
      ready: window.__ready,
      wasm: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).map((r) => r.responseEnd),
    }));
    perLoad.push(tasks.map(([, d]) => d));
    // The widgets' own tasks: those from the WebAssembly's arrival to the last widget ready (0:
    // none of them was over 50 ms).
    const from = Math.min(...wasm);
    const to = Math.max(...ready);
    mounting.push(Math.max(0, ...tasks.filter(([at]) => at >= from && at <= to).map(([, d]) => d)));
    await context.close();
  }
  const longest = perLoad.map((tasks) => Math.max(0, ...tasks));
  return { loads, longest: stats(longest), loadsWithLongTask: longest.filter((t) => t > 50).length, mountTask: stats(mounting), perLoad };
}

// ---------- a throttled phone: the pages real readers get ----------
// The profile issue 27 measured with: 150 ms round trips, 1.6 Mbps down, 750 kbps up, the CPU 4x
// slower (CDP), the server sending brotli. Per load: bytes on the wire (encoded), WebAssembly
// files fetched, navigation → every widget ready, and the longest main-thread task until a
// second after that. Medians of PHONE_LOADS loads.
const PHONE = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
async function onPhone(browser, url, loads = PHONE_LOADS) {
  const runs = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', PHONE);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let wire = 0;
    const wasm = new Set();
    cdp.on('Network.loadingFinished', (e) => (wire += e.encodedDataLength));
    cdp.on('Network.responseReceived', (e) => e.response.url.endsWith('.wasm') && wasm.add(e.response.url));
    await page.addInitScript(() => {
      window.__tasks = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__tasks.push(e.duration)))
        .observe({ type: 'longtask', buffered: true });
      let waiting = 0;
      addEventListener('verdict:ready', () => {
        if (document.querySelectorAll('verdict-widget').length === ++waiting) {
          window.__ready = performance.now();
          setTimeout(() => (window.__settled = true), 1000);
        }
      });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__settled, null, { timeout: 60_000 });
    const { ready, tasks } = await page.evaluate(() => ({ ready: window.__ready, tasks: window.__tasks }));
    runs.push({ ready, longest: Math.max(0, ...tasks), wire, wasm: wasm.size });
    await context.close();
  }
  const median = (key) => stats(runs.map((r) => r[key])).p50;
  return { loads, wire: median('wire'), wasmFiles: median('wasm'), ready: median('ready'), longestTask: median('longest'), runs };
}

// ---------- Lighthouse, mobile ----------
async function lighthouseScores(url, runs = LIGHTHOUSE_RUNS) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS.filter((a) => a !== '--headless')] });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const score = (id) => Math.round(lhr.categories[id].score * 100);
      const a = lhr.audits;
      results.push({ performance: score('performance'), accessibility: score('accessibility'),
        bestPractices: score('best-practices'), seo: score('seo'),
        fcp: a['first-contentful-paint'].numericValue, lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue, cls: a['cumulative-layout-shift'].numericValue,
        held: Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0)
          .map((r) => a[r.id]).filter((x) => x.score !== null && x.score < 1).map((x) => `${c.id}: ${x.id}`)) });
    }
  } finally {
    await chrome.kill();
  }
  // The run with the median performance score.
  return results.sort((x, y) => x.performance - y.performance)[Math.floor(results.length / 2)];
}

// ---------- a long post: what is fetched before the reader scrolls ----------
async function bytesBeforeScrolling(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const fetched = [];
  page.on('response', async (r) => {
    if (r.url().startsWith('http')) fetched.push({ file: new URL(r.url()).pathname.split('/').pop() || 'index.html', bytes: (await r.body().catch(() => Buffer.alloc(0))).length });
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const before = fetched.splice(0);
  for (let i = 0; i < 60; i++) { await page.mouse.wheel(0, 400); await page.waitForTimeout(30); }
  await page.waitForFunction(() => document.querySelector('#far')?.shadowRoot?.querySelector('.verdict-root:not([data-prerendered]):not(.vd-placeholder)'));
  await page.waitForLoadState('networkidle');
  await context.close();
  const sum = (list) => list.reduce((a, f) => a + f.bytes, 0);
  return { before: { files: before.map((f) => f.file), bytes: sum(before) }, afterScrolling: { files: fetched.map((f) => f.file), bytes: sum(fetched) } };
}

// ---------- the lost-input check ----------
// The WebAssembly held back 2 s; "Yes" pressed on the pre-rendered view at once. Kept and applied?
async function lostInput(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/*_bg.wasm', async (route) => { await new Promise((ok) => setTimeout(ok, 2000)); await route.continue(); });
  await page.goto(url);
  const host = page.locator('verdict-widget').first();
  await page.locator('verdict-widget[data-vd-scheme]').waitFor({ state: 'attached' });
  const pressedAt = await page.evaluate(() => performance.now());
  await host.locator('[data-prerendered] .vd-answers button').first().click();
  await host.locator('#vd-count', { hasText: 'Question 2 of 7' }).waitFor({ timeout: 15_000 });
  const appliedAt = await page.evaluate(() => performance.now());
  const applied = new URL(page.url()).hash.includes('v1.1.1-0');
  await context.close();
  return { kept: applied, pressToAppliedMs: appliedAt - pressedAt };
}

// ---------- widgets that come and go ----------
// A client-rendered blog inserts and removes posts: each cycle inserts a widget, waits for it to
// start, answers a question (state, listeners, the address and storage all in play) and removes
// it. After cycles 1, 10, 50 and 100: the JS heap after a forced garbage collection, the
// WebAssembly memory, and a heap snapshot's self sizes outside compiled code and DevTools' own
// records (the benchmark's connection keeps one per stylesheet request: each new shadow root
// links the cached stylesheet), which is what a widget could leave behind.
async function lifecycle(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Only the memory probe: the timing probe keeps every shadow root it sees.
  await page.addInitScript(WASM_MEMORY);
  await page.goto(url);
  const heapObjects = async () => {
    const chunks = [];
    const take = (e) => chunks.push(e.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
    const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
    const width = snapshot.meta.node_fields.length;
    const types = snapshot.meta.node_types[0];
    let bytes = 0;
    for (let i = 0; i < nodes.length; i += width) {
      const type = types[nodes[i]];
      const name = strings[nodes[i + 1]];
      if (type === 'code' || name.startsWith('blink::NetworkResourcesData') || name.includes('WasmNativeModule')) continue;
      bytes += nodes[i + 3];
    }
    return bytes;
  };
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { wasm, live } = await page.evaluate(() => ({
      wasm: window.__wasmMemory?.buffer.byteLength ?? null,
      live: document.querySelectorAll('verdict-widget').length,
    }));
    return { jsHeap: usedSize, heapObjects: await heapObjects(), wasmMemory: wasm, widgetsOnPage: live };
  };
  const after = {};
  const started = performance.now();
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    await page.evaluate(async () => {
      // Each cycle from a fresh start (else the link would bring the reader to the result).
      history.replaceState(null, '', location.pathname);
      localStorage.clear();
      // The browser's resource timing entry for each stylesheet request (its buffer stops at 250).
      performance.clearResourceTimings();
      const el = document.createElement('verdict-widget');
      el.setAttribute('loading', 'eager');
      const ready = new Promise((done) => el.addEventListener('verdict:ready', done, { once: true }));
      document.querySelector('article').append(el);
      await ready;
      const answered = new Promise((done) => el.addEventListener('verdict:answer', done, { once: true }));
      el.shadowRoot.querySelector('.verdict-root:not([data-prerendered]) .vd-answers button').click();
      await answered;
      el.remove();
      // The widget stops in the task after the one that removed it.
      await new Promise((done) => setTimeout(done, 10));
    });
    if ([1, 10, 50, 100, CYCLES].includes(cycle)) after[cycle] = await measure();
  }
  const msPerCycle = (performance.now() - started) / CYCLES;
  await context.close();
  return { cycles: CYCLES, msPerCycle, after };
}

// ---------- a blogger's own comparison: drawn at build time (Eleventy) or not ----------
// The same post with the same comparison, two ways: built by Eleventy with the plugin (checked
// and drawn at build time, the loader render-blocking in the head), and as today's own-content
// page (a placeholder, then the widget and the reader's WebAssembly). Bytes fetched until the
// widget runs, navigation → first question shown, navigation → interactive.
const OWN_QUESTION = 'Will many users write data at the same moment?';
async function ownContent(browser, tmp) {
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const site = join(tmp, 'eleventy');
  mkdirSync(join(site, 'posts'), { recursive: true });
  writeFileSync(join(site, 'package.json'), '{"name":"bench-eleventy","private":true,"type":"module"}');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '@11ty/eleventy@3.1.8', resolve(`target/package/verdict-widget-${version}.tgz`)], { cwd: site });
  writeFileSync(join(site, 'eleventy.config.js'), "import verdict from 'verdict-widget/eleventy';\nexport default (c) => { c.addPlugin(verdict, { loader: 'local' }); };\n");
  const words = '<p>Every project needs somewhere to keep its data, and the choice shapes what comes after. '.repeat(3) + '</p>';
  const page = (widget, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pick a database</title><link rel="icon" href="data:,">${head}</head><body><article><h1>SQLite or PostgreSQL?</h1>${words}\n${widget}\n${words}</article></body></html>`;
  writeFileSync(join(site, 'posts/sqlite.json'), readFileSync('examples/content/sqlite-vs-postgresql.json'));
  writeFileSync(join(site, 'posts/drawn.njk'), page('{% verdict "sqlite.json" %}'));
  execFileSync('npx', ['--no-install', '@11ty/eleventy', '--quiet'], { cwd: site });
  // Today's own-content page: the same post, the comparison by src=, the loader in the head.
  writeFileSync(join(site, '_site/posts/sqlite.json'), readFileSync('examples/content/sqlite-vs-postgresql.json'));
  writeFileSync(join(site, '_site/posts/plain.html'), page('<verdict-widget src="sqlite.json"></verdict-widget>', '<script type="module" src="/assets/verdict/embed.js" blocking="render"></script>'));
  // And the same post with the built-in comparison: the page the budget measures.
  writeFileSync(join(site, '_site/posts/default.html'), page('<verdict-widget></verdict-widget>', '<script type="module" src="/assets/verdict/embed.js" blocking="render"></script>'));
  const server = await serve(join(site, '_site'), { brotli: true });
  const bytesOf = async (url) => {
    const context = await browser.newContext();
    const p = await context.newPage();
    let bytes = 0;
    const files = [];
    p.on('response', async (r) => {
      const body = await r.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
      files.push(new URL(r.url()).pathname.split('/').pop());
    });
    await p.goto(url);
    await p.waitForFunction(() => document.querySelector('verdict-widget')?.shadowRoot?.querySelector('.verdict-root:not([data-prerendered]):not(.vd-placeholder) .vd'));
    await p.waitForLoadState('networkidle');
    await context.close();
    return { bytes, files };
  };
  try {
    const drawnUrl = `${server.origin}/posts/drawn/`;
    const plainUrl = `${server.origin}/posts/plain.html`;
    return {
      drawn: { ...(await firstQuestion(browser, drawnUrl, OWN_QUESTION, LOADS, ['ready'])), ...(await bytesOf(drawnUrl)) },
      plain: { ...(await firstQuestion(browser, plainUrl, OWN_QUESTION, LOADS, ['ready'])), ...(await bytesOf(plainUrl)) },
      phone: {
        'the default widget (built-in comparison)': await onPhone(browser, `${server.origin}/posts/default.html`),
        'own comparison by src=': await onPhone(browser, plainUrl),
        'own comparison drawn at build time (Eleventy)': await onPhone(browser, drawnUrl),
      },
    };
  } finally {
    await server.close();
  }
}

// ---------- the command-line tool ----------
// Cold starts, each a fresh process: `verdict check` on the bundled content, by the native binary
// and by `npx verdict`'s WebAssembly in Node, against a bare `node -e 0`; and `verdict render`
// (the first view a site's build writes into a page), per widget, for 1 and for 10 files.
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 15);
function cli(tmp) {
  execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'verdict-check']);
  execFileSync('scripts/build-cli.sh');
  const time = (command, args) => {
    const runs = [];
    for (let i = 0; i < CLI_RUNS; i++) {
      const start = performance.now();
      const done = spawnSync(command, args, { encoding: 'utf8' });
      runs.push(performance.now() - start);
      if (done.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${done.stderr}`);
    }
    return stats(runs);
  };
  const files = [];
  for (let i = 0; i < 10; i++) {
    const file = join(tmp, `comparison-${i}.json`);
    writeFileSync(file, readFileSync('examples/content/sqlite-vs-postgresql.json'));
    files.push(file);
  }
  const out = join(tmp, 'rendered');
  return {
    nodeBare: time('node', ['-e', '0']),
    checkNative: time('target/release/verdict-check', ['content/django-vs-flask.json']),
    checkNode: time('node', ['apps/cli/js/verdict.js', 'check', 'content/django-vs-flask.json']),
    renderOne: time('node', ['apps/cli/js/verdict.js', 'render', 'content/django-vs-flask.json']),
    renderTen: time('node', ['apps/cli/js/verdict.js', 'render', ...files, '--out', out]),
  };
}

// ---------- publishing: links, published folders, cards ----------
// How long the link `verdict link` makes is for each bundled comparison and for a generated one
// at the size a link must still carry (6 options, 50 questions of 3 answers with reasons); the
// time `verdict publish` takes per comparison (a fresh process each, as a site's build runs it),
// the card's and the published page's bytes; navigation → first question on a published page
// and on guide.html opening a link.
function sixByFifty() {
  // Words drawn from this project's README, so the text is about as varied (and compresses about
  // as well) as a real comparison's prose.
  const words = [...new Set(readFileSync('README.md', 'utf8').toLowerCase().match(/[a-z]{3,12}/g))];
  let seed = 50;
  // A 32-bit LCG in integer arithmetic (a float product loses its low bits and falls into a short
  // cycle: repeated text, which compresses far better than prose), its high bits taken.
  const pick = () => words[((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % words.length];
  const sentence = (n) => Array.from({ length: n }, pick).join(' ');
  const base = JSON.parse(readFileSync('content/template.json', 'utf8'));
  const options = Array.from({ length: 6 }, (_, i) => ({ id: `option-${i}`, name: `Option ${i} with a longer name`, tagline: `What option ${i} is, in a few words of its own` }));
  return {
    ...base,
    id: 'six-by-fifty',
    options,
    questions: Array.from({ length: 50 }, (_, q) => ({
      id: `q${q}`,
      text: `Does your ${sentence(6)}?`,
      answers: ['Yes', 'No', 'Sometimes'].map((label, a) => ({ id: `a${a}`, label, weights: { [`option-${(q + a) % 6}`]: 1 + (a % 3) }, reason: `${sentence(12)}.` })),
    })),
    grid: { ...base.grid, rows: base.grid.rows.map((r) => ({ ...r, cells: Object.fromEntries(options.map((o) => [o.id, '-'])) })) },
    verdict: undefined,
  };
}

async function publishing(browser, tmp) {
  execFileSync('scripts/build-cli.sh');
  const tool = (...args) => execFileSync('node', ['apps/cli/js/verdict.js', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const big = join(tmp, 'six-by-fifty.json');
  writeFileSync(big, JSON.stringify(sixByFifty()));
  const files = ['content/django-vs-flask.json', 'content/django-flask-fastapi.json',
    ...readdirSync('examples/content').filter((f) => f.endsWith('.json')).map((f) => `examples/content/${f}`), big];
  const links = files.map((file) => ({
    file: file.startsWith(tmp) ? '6 options × 50 questions (generated)' : file,
    jsonBytes: Buffer.byteLength(JSON.stringify(JSON.parse(readFileSync(file, 'utf8')))),
    chars: tool('link', file, '--base', 'https://example.org/verdict/').trim().length,
  }));
  const out = join(tmp, 'published');
  const runs = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    const start = performance.now();
    tool('publish', 'content/django-flask-fastapi.json', '--out', out, '--base', `${server.origin}/published/`, '--assets', server.url);
    runs.push(performance.now() - start);
  }
  const folder = join(out, 'django-flask-fastapi');
  const brotli = (file) => brotliCompressSync(readFileSync(file), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const page = ['index.html', 'page.css'].reduce((n, f) => n + brotli(join(folder, f)), 0);
  routes['/published/django-flask-fastapi/'] = join(folder, 'index.html');
  routes['/published/django-flask-fastapi/page.css'] = join(folder, 'page.css');
  const link = tool('link', 'content/django-flask-fastapi.json', '--base', `${server.url}guide.html`).trim();
  return {
    links,
    publish: stats(runs),
    cardBytes: readFileSync(join(folder, 'card.png')).length,
    pageBrotli: page,
    publishedFirstQuestion: await firstQuestion(browser, `${server.origin}/published/django-flask-fastapi/`, FIRST_QUESTION, LOADS, ['ready']),
    guideFirstQuestion: await firstQuestion(browser, link, FIRST_QUESTION, LOADS, ['ready']),
  };
}

// ---------- report ----------
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => n.toFixed(1);

const tmp = await mkdtemp(join(tmpdir(), 'verdict-bench-'));
const routes = { '/static-floor.html': join(tmp, 'static-floor.html') };
await writeFile(routes['/static-floor.html'], STATIC_PAGE);
const scaleBytes = {};
for (const n of SCALES) {
  const json = JSON.stringify(generated(n));
  scaleBytes[n] = json.length;
  await writeFile(join(tmp, `scale-${n}.json`), json);
  await writeFile(join(tmp, `scale-${n}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>scale ${n}</title><link rel="icon" href="data:,"></head><body>
<verdict-widget src="scale-${n}.json" data-layout="full"></verdict-widget><script type="module" src="./embed.js"></script></body></html>`);
  routes[`/scale-${n}.json`] = join(tmp, `scale-${n}.json`);
  routes[`/scale-${n}.html`] = join(tmp, `scale-${n}.html`);
}
// A post in English, Japanese and Arabic (<html lang>), the widget with no attribute and no view
// drawn ahead: the other two fetch their language's table alongside the WebAssembly.
const LANGUAGE_PAGES = ['en', 'ja', 'ar'];
for (const lang of LANGUAGE_PAGES) {
  await writeFile(join(tmp, `lang-${lang}.html`), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<title>${lang}</title><link rel="icon" href="data:,"></head><body><h1>Post</h1>
<verdict-widget loading="eager"></verdict-widget><script type="module" src="./embed.js"></script></body></html>`);
  routes[`/lang-${lang}.html`] = join(tmp, `lang-${lang}.html`);
}
const server = await serve(DIST, { routes });
const site = await blogSite(tmp);
// The floor for long tasks: the demo page as built, pre-rendered view and all, with no script.
const staticDemo = (await readFile(join(DIST, 'index.html'), 'utf8')).replace(/<script\b[^>]*><\/script>/g, '');
await writeFile(join(tmp, 'static-demo.html'), staticDemo);
site.routes['/blog/assets/verdict/static-demo.html'] = join(tmp, 'static-demo.html');
await writeFile(join(tmp, 'empty-post.html'), longPost(0, ''));
site.routes['/blog/empty-post.html'] = join(tmp, 'empty-post.html');
const blog = await serve(DIST, site);
const browser = await launch({ extraArgs: ['--enable-precise-memory-info'] });
try {
  const results = {
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Chromium ${browser.version()}`,
    date: new Date().toISOString(),
    bytes: await section('bytes', () => sizes(DIST)),
  };
  if (process.env.BENCH_BASE_DIST) {
    results.bytesAgainstBase = await section('bytes', async () => ({
      base: process.env.BENCH_BASE ?? 'main',
      rows: compared(await sizes(process.env.BENCH_BASE_DIST), results.bytes),
    }));
  }
  await section('timings', async () => {
    // Same browser, same number of fresh-context loads for each; the floor runs first.
    const floor = await firstQuestion(browser, `${server.origin}/static-floor.html`);
    const live = await firstQuestion(browser, server.url, FIRST_QUESTION, LOADS, ['ready']);
    const interaction = await clickToPaint(browser, server.url);
    Object.assign(results, {
      firstQuestion: { widget: live.question, staticFloor: floor, ratio: live.question.p50 / floor.p50 },
      wasmReady: live.ready,
      clickToPaint: interaction.clicks,
      sevenClicksToResult: interaction.quizRun,
      memoryAfterRuns: interaction.memory,
    });
  });
  results.languages = await section('languages', async () => {
    const out = {};
    for (const lang of LANGUAGE_PAGES) {
      out[lang] = await firstQuestion(browser, `${server.origin}/lang-${lang}.html`, FIRST_QUESTION, LOADS, ['ready']);
    }
    return out;
  });
  results.scaling = await section('scaling', () => scaling(browser, scaleBytes));
  results.longTasksAt4x = await section('longtasks', async () => ({
    'demo page as HTML only (no script: the floor)': await longTasks(browser, `${blog.url}static-demo.html`),
    demo: await longTasks(browser, blog.url),
    blogPost: await longTasks(browser, `${blog.origin}/blog/post.html`),
  }));
  results.lighthouseMobile = await section('lighthouse', async () => ({
    demo: await lighthouseScores(blog.url),
    blogPost: await lighthouseScores(`${blog.origin}/blog/post.html`),
  }));
  results.longPost = await section('longpost', () => bytesBeforeScrolling(browser, `${blog.origin}/blog/long.html`));
  results.lostInput = await section('lostinput', () => lostInput(browser, blog.url));
  results.lifecycle = await section('lifecycle', () => lifecycle(browser, `${blog.origin}/blog/empty-post.html`));
  results.cli = await section('cli', () => cli(tmp));
  results.ownContent = await section('own', () => ownContent(browser, tmp));
  results.publishing = await section('publishing', () => publishing(browser, tmp));
  await writeFile(ONLY ? 'bench/results-partial.json' : 'bench/results.json', JSON.stringify(results, null, 2) + '\n');

  console.log(`machine: ${results.machine}\n`);
  if (results.bytes) {
    console.log('| file | raw B | gzip -9 B | brotli q11 B |\n|---|---:|---:|---:|');
    for (const r of results.bytes) console.log(`| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);
    const tables = results.bytes.filter((r) => r.file.startsWith('locale-')).map((r) => r.brotli);
    console.log(`\nan English post's widget (embed.js, glue, WebAssembly, stylesheet): ${englishPost(results.bytes)} B brotli; a language table ${Math.min(...tables)}–${Math.max(...tables)} B brotli more (${tables.length} tables)`);
  }
  if (results.bytesAgainstBase) {
    const { base, rows } = results.bytesAgainstBase;
    console.log(`\n| brotli q11 B, against ${base} | ${base} | this build | change |\n|---|---:|---:|---:|`);
    for (const r of rows) console.log(`| ${r.file} | ${r.base ?? '-'} | ${r.now ?? '-'} | ${r.change > 0 ? '+' : ''}${r.change} |`);
  }
  const line = (name, s) => console.log(`| ${name} | ${s.n} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.min)} | ${ms(s.max)} |`);
  if (results.firstQuestion) {
    console.log('\n| timing (ms) | n | p50 | p95 | min | max |\n|---|---:|---:|---:|---:|---:|');
    line('navigation → first question (widget)', results.firstQuestion.widget);
    line('navigation → first question (static HTML floor)', results.firstQuestion.staticFloor);
    line('navigation → WebAssembly started (widget interactive)', results.wasmReady);
    line('click → next view painted', results.clickToPaint);
    line('7 answers clicked → result shown (runner-driven)', results.sevenClicksToResult);
    console.log(`\nfirst question, widget / static floor (p50): ${results.firstQuestion.ratio.toFixed(2)}×`);
    const m = results.memoryAfterRuns;
    console.log(`memory after ${ROUNDS} full runs: JS heap ${m.jsHeap === null ? 'n/a' : kb(m.jsHeap) + ' KiB'}, wasm memory ${m.wasmMemory === null ? 'n/a' : kb(m.wasmMemory) + ' KiB'}`);
  }
  if (results.languages) {
    console.log('\n| a post in (no view drawn ahead) | first question p50 (ms) | p95 | interactive p50 (ms) | p95 |\n|---|---:|---:|---:|---:|');
    for (const [lang, r] of Object.entries(results.languages)) {
      console.log(`| ${lang} | ${ms(r.question.p50)} | ${ms(r.question.p95)} | ${ms(r.ready.p50)} | ${ms(r.ready.p95)} |`);
    }
  }
  if (results.scaling) {
    console.log('\n| scaling: questions = grid rows | content JSON B | first question p50 (ms) | p95 | grid built p50 (ms) | p95 | click → paint p50 (ms) | p95 |\n|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of results.scaling) {
      console.log(`| ${r.questions} | ${r.jsonBytes} | ${ms(r.firstQuestion.p50)} | ${ms(r.firstQuestion.p95)} | ${ms(r.gridBuilt.p50)} | ${ms(r.gridBuilt.p95)} | ${ms(r.clickToPaint.p50)} | ${ms(r.clickToPaint.p95)} |`);
    }
  }
  if (results.longTasksAt4x) {
    console.log('\n| 4x CPU: main-thread tasks over 50 ms, navigation → mounted + 1 s | loads | loads with one | longest p50 (ms) | longest max (ms) | longest from the WebAssembly’s arrival to ready, p50 / max (ms) |\n|---|---:|---:|---:|---:|---:|');
    for (const [name, t] of Object.entries(results.longTasksAt4x)) {
      console.log(`| ${name} | ${t.loads} | ${t.loadsWithLongTask} | ${ms(t.longest.p50)} | ${ms(t.longest.max)} | ${ms(t.mountTask.p50)} / ${ms(t.mountTask.max)} |`);
    }
  }
  if (results.lighthouseMobile) {
    console.log('\n| Lighthouse mobile (median of runs) | performance | accessibility | best practices | SEO | FCP (ms) | LCP (ms) | TBT (ms) | CLS | held back by |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const [name, l] of Object.entries(results.lighthouseMobile)) {
      console.log(`| ${name} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${Math.round(l.fcp)} | ${Math.round(l.lcp)} | ${Math.round(l.tbt)} | ${l.cls.toFixed(3)} | ${l.held.join(', ') || '-'} |`);
    }
  }
  const lp = results.longPost;
  if (lp) console.log(`\nlong post, widget 4 viewports down: before scrolling ${lp.before.bytes} B (${lp.before.files.join(', ')}); on scrolling near it ${lp.afterScrolling.bytes} B (${lp.afterScrolling.files.join(', ')})`);
  if (results.lostInput) console.log(`lost input: "Yes" pressed on the pre-rendered view with the WebAssembly held back 2 s: ${results.lostInput.kept ? 'kept' : 'LOST'}, applied ${ms(results.lostInput.pressToAppliedMs)} ms after the press`);
  const lc = results.lifecycle;
  if (lc) {
    console.log(`\n| ${lc.cycles} insert → start → answer → remove cycles (${ms(lc.msPerCycle)} ms each) | JS heap after GC (KiB) | heap objects, no compiled code or DevTools records (KiB) | wasm memory (KiB) | widgets on the page |\n|---|---:|---:|---:|---:|`);
    for (const [cycle, m] of Object.entries(lc.after)) {
      console.log(`| after cycle ${cycle} | ${kb(m.jsHeap)} | ${kb(m.heapObjects)} | ${m.wasmMemory === null ? 'n/a' : kb(m.wasmMemory)} | ${m.widgetsOnPage} |`);
    }
  }
  if (results.cli) {
    const c = results.cli;
    console.log(`\n| command-line tool, cold start (ms, ${CLI_RUNS} runs) | p50 | p95 | min | max |\n|---|---:|---:|---:|---:|`);
    const row = (name, s) => console.log(`| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.min)} | ${ms(s.max)} |`);
    row('node -e 0 (the floor)', c.nodeBare);
    row('verdict-check, native', c.checkNative);
    row('npx verdict check (WebAssembly in Node)', c.checkNode);
    row('verdict render, 1 widget', c.renderOne);
    row('verdict render, 10 widgets (--out)', c.renderTen);
    console.log(`render adds about ${ms((c.renderTen.p50 - c.renderOne.p50) / 9)} ms per widget after the first`);
  }
  if (results.ownContent) {
    const o = results.ownContent;
    console.log(`\n| a blogger's own comparison (${LOADS} loads) | bytes until it runs | first question p50 (ms) | p95 | interactive p50 (ms) | p95 |\n|---|---:|---:|---:|---:|---:|`);
    const row = (name, r) => console.log(`| ${name} | ${r.bytes} | ${ms(r.question.p50)} | ${ms(r.question.p95)} | ${ms(r.ready.p50)} | ${ms(r.ready.p95)} |`);
    row('Eleventy post, drawn at build time', o.drawn);
    row('the same post, today\'s own-content page (src=)', o.plain);
    console.log(`\n| on a phone (150 ms RTT, 1.6 Mbps, 4x CPU, brotli; median of ${PHONE_LOADS}) | on the wire B | WebAssembly files | ready (ms) | longest task (ms) |\n|---|---:|---:|---:|---:|`);
    for (const [name, r] of Object.entries(o.phone)) console.log(`| ${name} | ${r.wire} | ${r.wasmFiles} | ${ms(r.ready)} | ${ms(r.longestTask)} |`);
  }
  if (results.publishing) {
    const p = results.publishing;
    console.log('\n| a comparison in a link | compact JSON B | link characters |\n|---|---:|---:|');
    for (const l of p.links) console.log(`| ${l.file} | ${l.jsonBytes} | ${l.chars} |`);
    console.log(`\nverdict publish, one comparison (a fresh process, ${CLI_RUNS} runs): p50 ${ms(p.publish.p50)} ms, p95 ${ms(p.publish.p95)} ms; card.png ${p.cardBytes} B; the page (index.html, page.css) ${p.pageBrotli} B brotli besides the widget's files`);
    console.log(`first question p50: published page ${ms(p.publishedFirstQuestion.question.p50)} ms (interactive ${ms(p.publishedFirstQuestion.ready.p50)} ms); guide.html opening a link ${ms(p.guideFirstQuestion.question.p50)} ms (interactive ${ms(p.guideFirstQuestion.ready.p50)} ms)`);
  }
  console.log(`\nwritten: ${ONLY ? 'bench/results-partial.json' : 'bench/results.json'}`);
} finally {
  await browser.close();
  await server.close();
  await blog.close();
}
