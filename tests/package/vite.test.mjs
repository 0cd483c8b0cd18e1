// The package in a bundled app: a fresh Vite 8 project with Vite from npm and the packed tarball
// by path, whose entry imports 'verdict-widget'. `vite build` emits the WebAssembly and the
// stylesheet (and the language tables) as assets, and the built app runs the quiz to a result under the strict CSP; Vite's
// dev server serves the same app working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { serve } from '../../scripts/lib/server.mjs';
import { launch } from '../../scripts/lib/browser.mjs';
import { STRICT_CSP } from '../e2e/lib/harness.mjs';
import { Widget } from '../e2e/lib/widget.mjs';
import { TARBALL, project } from './lib.mjs';

const VITE = JSON.parse(execFileSync('npm', ['pkg', 'get', 'devDependencies.vite'], { encoding: 'utf8' }));
const h = {};

const INDEX = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An app</title>
<link rel="icon" href="/favicon.svg"></head><body><main><h1>An app built by Vite</h1>
<p>Words before the widget.</p><verdict-widget id="framework"></verdict-widget><p>Words after it.</p>
<p lang="de">Und auf Deutsch:</p><verdict-widget id="auf-deutsch" locale="de"></verdict-widget></main>
<script type="module" src="/main.js"></script></body></html>`;

before(async () => {
  h.app = await project('vite-app', [`vite@${VITE}`, TARBALL], {
    'index.html': INDEX,
    'main.js': "import 'verdict-widget';\n",
  });
  execFileSync('cp', [resolve('assets/favicon.svg'), join(h.app, 'favicon.svg')]);
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: h.app, stdio: 'inherit' });
  h.browser = await launch();
});
after(async () => {
  await h.browser?.close();
});

async function quiz(url) {
  const context = await h.browser.newContext();
  const page = await context.newPage();
  const trouble = [];
  page.on('console', (m) => m.type() === 'error' && trouble.push(m.text()));
  page.on('pageerror', (e) => trouble.push(e.message));
  page.on('response', (r) => r.status() >= 400 && trouble.push(`HTTP ${r.status()} ${r.url()}`));
  await page.goto(url);
  const w = new Widget(page, '#framework');
  await w.ready();
  await w.answerAll(['No', 'No', 'No', 'Yes', 'Yes', 'Yes', 'No']);
  assert.equal(await w.resultHeading.textContent(), 'Flask fits you best');
  assert.ok(await w.root.evaluate((el) => Boolean(el.shadowRoot.querySelector('link[rel="stylesheet"]').sheet)));
  // The German widget's table came along as an asset (the loader names it with new URL(…,
  // import.meta.url), which Vite follows).
  const de = new Widget(page, '#auf-deutsch');
  await de.root.scrollIntoViewIfNeeded();
  await de.ready();
  assert.equal(await de.count.textContent(), 'Frage 1 von 7');
  await context.close();
  assert.deepEqual(trouble, []);
}

test('vite build emits the widget\'s files as assets, and the built app runs the quiz under the strict CSP', async () => {
  const assets = await readdir(join(h.app, 'dist/assets'));
  for (const want of [/^verdict-[0-9a-f]+_bg-.+\.wasm$/, /^widget-[0-9a-f]+-.+\.css$/, /^verdict-[0-9a-f]+-.+\.js$/, /^locale-de-[0-9a-f]+-.+\.json$/]) {
    assert.ok(assets.some((f) => want.test(f)), `${want} in ${assets.join(', ')}`);
  }
  // Every table a file of its own, none written into the bundle as a data: URL (under 4 KB Vite
  // would inline them, and the strict CSP forbids fetching one).
  assert.equal(assets.filter((f) => /^locale-[a-z]+-[0-9a-f]+-.+\.json$/.test(f)).length, 19, assets.join(', '));
  for (const js of assets.filter((f) => f.endsWith('.js'))) {
    assert.ok(!(await readFile(join(h.app, 'dist/assets', js), 'utf8')).includes('data:application/json'), `a table inlined in ${js}`);
  }
  const server = await serve(join(h.app, 'dist'), { headers: { 'content-security-policy': STRICT_CSP } });
  try {
    await quiz(server.url);
  } finally {
    await server.close();
  }
});

/** A free port on loopback. */
const freePort = () => new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});

test('Vite\'s dev server serves the same app working', async () => {
  const port = await freePort();
  const dev = spawn('npx', ['vite', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: h.app, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  try {
    await new Promise((ready, fail) => {
      dev.stdout.on('data', (chunk) => /ready in/.test(String(chunk)) && ready());
      dev.on('exit', (code) => fail(new Error(`vite exited with ${code}`)));
    });
    await quiz(`http://127.0.0.1:${port}/`);
  } finally {
    process.kill(-dev.pid);
  }
});
