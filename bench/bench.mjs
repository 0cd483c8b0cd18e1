// The benchmark: bytes and timings of the release build in headless Chromium over loopback.
// Run it with `bench/run` (which builds first). Prints a table and writes bench/results.json.
//
// Timings are taken inside the page (a MutationObserver installed before load, following the
// widget's shadow root; requestAnimationFrame after input), never by polling from the runner,
// and are compared with a static HTML page of the same first question measured in the same run.
import { writeFile, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir, cpus } from 'node:os';
import { serve } from '../scripts/lib/server.mjs';
import { sizes } from './sizes.mjs';
import { launch } from '../scripts/lib/browser.mjs';

const DIST = process.env.VERDICT_DIST ?? 'dist';
const LOADS = Number(process.env.BENCH_LOADS ?? 21);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 16); // 7 clicks each
const FIRST_QUESTION = 'Do you need an admin panel?';

// ---------- bytes: bench/sizes.mjs ----------

// ---------- in-page probes ----------
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
      if (marks[key] !== undefined) continue;
      for (const root of roots) {
        const el = root.querySelector && root.querySelector('#vd-question, [data-probe]');
        if (el && el.textContent.includes(text)) { marks[key] = performance.now(); break; }
      }
    }
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
  addEventListener('verdict:ready', (e) => { window.__wasmMemory = e.detail.wasm.memory; marks.ready = performance.now(); });
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
// Generated comparisons with N questions and N grid rows (3 options): navigation → first question
// rendered, and click → next question painted, to show how cost grows with content size.
const SCALES = (process.env.BENCH_SCALES ?? '10,100,1000').split(',').map(Number);
const SCALE_CLICKS = Number(process.env.BENCH_SCALE_CLICKS ?? 40);

function generated(n) {
  const options = ['alpha', 'beta', 'gamma'];
  return {
    id: `scale-${n}`,
    version: 1,
    title: `Generated comparison with ${n} questions`,
    options: options.map((id) => ({ id, name: id[0].toUpperCase() + id.slice(1) })),
    questions: Array.from({ length: n }, (_, i) => ({
      id: `q${i}`,
      text: `Scale question ${i + 1}?`,
      rows: [`r${i}`],
      answers: [
        { id: 'a', label: 'First', weights: { [options[i % 3]]: 2 }, reason: `Question ${i + 1} leans to ${options[i % 3]}.` },
        { id: 'b', label: 'Second', weights: { [options[(i + 1) % 3]]: 1 }, reason: `Question ${i + 1} leans to ${options[(i + 1) % 3]}.` },
      ],
    })),
    grid: { rows: Array.from({ length: n }, (_, i) => ({
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
    out.push({ questions: n, gridRows: n, jsonBytes: routes[n], firstQuestion: first.question, gridBuilt: first.grid, clickToPaint: stats(clicks) });
  }
  return out;
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
<verdict-widget src="scale-${n}.json"></verdict-widget><script type="module" src="./embed.js"></script></body></html>`);
  routes[`/scale-${n}.json`] = join(tmp, `scale-${n}.json`);
  routes[`/scale-${n}.html`] = join(tmp, `scale-${n}.html`);
}
const server = await serve(DIST, { routes });
const browser = await launch({ extraArgs: ['--enable-precise-memory-info'] });
try {
  const bytes = await sizes(DIST);
  // Same browser, same number of fresh-context loads for each; the floor runs first.
  const floor = await firstQuestion(browser, `${server.origin}/static-floor.html`);
  const live = await firstQuestion(browser, server.url, FIRST_QUESTION, LOADS, ['ready']);
  const widget = live.question;
  const interaction = await clickToPaint(browser, server.url);
  const results = {
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Chromium ${browser.version()}`,
    date: new Date().toISOString(),
    bytes,
    firstQuestion: { widget, staticFloor: floor, ratio: widget.p50 / floor.p50 },
    wasmReady: live.ready,
    clickToPaint: interaction.clicks,
    sevenClicksToResult: interaction.quizRun,
    memoryAfterRuns: interaction.memory,
    scaling: await scaling(browser, scaleBytes),
  };
  await writeFile('bench/results.json', JSON.stringify(results, null, 2) + '\n');

  console.log(`machine: ${results.machine}\n`);
  console.log('| file | raw B | gzip -9 B | brotli q11 B |\n|---|---:|---:|---:|');
  for (const r of bytes) console.log(`| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);
  console.log('\n| timing (ms) | n | p50 | p95 | min | max |\n|---|---:|---:|---:|---:|---:|');
  const line = (name, s) => console.log(`| ${name} | ${s.n} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.min)} | ${ms(s.max)} |`);
  line('navigation → first question (widget)', widget);
  line('navigation → first question (static HTML floor)', floor);
  line('navigation → WebAssembly started (widget interactive)', live.ready);
  line('click → next view painted', interaction.clicks);
  line('7 answers clicked → result shown (runner-driven)', interaction.quizRun);
  console.log(`\nfirst question, widget / static floor (p50): ${results.firstQuestion.ratio.toFixed(2)}×`);
  const m = interaction.memory;
  console.log(`memory after ${ROUNDS} full runs: JS heap ${m.jsHeap === null ? 'n/a' : kb(m.jsHeap) + ' KiB'}, wasm memory ${m.wasmMemory === null ? 'n/a' : kb(m.wasmMemory) + ' KiB'}`);
  console.log('\n| scaling: questions = grid rows | content JSON B | first question p50 (ms) | p95 | grid built p50 (ms) | p95 | click → paint p50 (ms) | p95 |\n|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results.scaling) {
    console.log(`| ${r.questions} | ${r.jsonBytes} | ${ms(r.firstQuestion.p50)} | ${ms(r.firstQuestion.p95)} | ${ms(r.gridBuilt.p50)} | ${ms(r.gridBuilt.p95)} | ${ms(r.clickToPaint.p50)} | ${ms(r.clickToPaint.p95)} |`);
  }
  console.log('\nwritten: bench/results.json');
} finally {
  await browser.close();
  await server.close();
}
