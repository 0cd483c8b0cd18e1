// Trunk post-build hook (release builds): pre-renders the widget's first view into index.html.
//
// The release page would otherwise show "Loading…" until the WebAssembly has arrived and run.
// This opens the built page in headless Chromium, takes the widget's own rendering of its first
// screen (the first question, the comparison grid and the folded article notes) and writes it into
// index.html as a declarative shadow root with the widget's stylesheet. The reader sees the
// question as soon as the HTML arrives and search engines can index it; when the widget mounts it
// replaces that markup with the same markup, in one task, so nothing moves.
//
// Debug builds (`trunk serve`) skip it. Without Chromium it warns and leaves the page as it is
// (the end-to-end tests then fail on purpose).
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('prerender: no directory (TRUNK_STAGING_DIR or an argument)');
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const { CHROMIUM, launch } = await import('../tests/e2e/lib/browser.mjs');
if (!existsSync(CHROMIUM)) {
  console.warn(`prerender: ${CHROMIUM} not found; index.html keeps its loading text (run scripts/setup.sh --browser)`);
  process.exit(0);
}
const { serve } = await import('../tests/e2e/lib/server.mjs');

const indexPath = join(dir, 'index.html');
const html = await readFile(indexPath, 'utf8');
if (html.includes('shadowrootmode')) throw new Error('prerender: index.html is already pre-rendered');
const css = await readFile(await compactedCss(), 'utf8');

/** The stylesheet exactly as the wasm carries it: build.rs's compacted copy from this build. */
async function compactedCss() {
  const build = join(process.env.CARGO_TARGET_DIR ?? 'target', 'wasm32-unknown-unknown', 'release', 'build');
  const found = [];
  for (const name of existsSync(build) ? await readdir(build) : []) {
    const file = join(build, name, 'out', 'widget.css');
    if (name.startsWith('verdict-') && existsSync(file)) found.push({ file, time: (await stat(file)).mtimeMs });
  }
  if (!found.length) throw new Error(`prerender: no compacted widget.css under ${build}`);
  return found.sort((a, b) => b.time - a.time)[0].file;
}

const server = await serve(dir);
const browser = await launch();
let view;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await page.locator('verdict-widget #vd-question').waitFor();
  // Marked, so tests (and anyone curious) can tell the static copy from the live widget.
  view = await page.evaluate(() => {
    const copy = document.querySelector('verdict-widget').shadowRoot.querySelector('.verdict-root').cloneNode(true);
    copy.setAttribute('data-prerendered', '');
    return copy.outerHTML;
  });
} finally {
  await browser.close();
  await server.close();
}

// The widget's CSS goes in as text: a <style> inside the shadow root styles it before first paint.
if (css.includes('</')) throw new Error('prerender: widget.css contains "</", which would end the <style> early');
const template = `<template shadowrootmode="open"><style>${css}</style>${view}</template>`;
const host = /<verdict-widget>/;
if (!host.test(html)) throw new Error('prerender: no <verdict-widget> in index.html');
await writeFile(indexPath, html.replace(host, `<verdict-widget>${template}`));
console.log(`prerender: wrote the first view into index.html (${view.length} B of markup, ${css.length} B of CSS)`);
