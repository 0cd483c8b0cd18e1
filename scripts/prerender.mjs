// Trunk post-build hook (release builds): pre-renders the widget's first view into index.html.
//
// The release page would otherwise show a placeholder until the WebAssembly has arrived and run.
// This opens the built page in headless Chromium, takes the widget's own rendering of its first
// screen and writes it into index.html as a declarative shadow root linking the widget's
// stylesheet (a file: a strict CSP allows it, where it blocks a <style> element). The reader sees
// the first question as soon as the HTML and that stylesheet arrive, and search engines can index
// it; when the widget mounts it replaces that markup with the same markup, in one task, so nothing
// moves. A press on the copy before then is kept by the loader and applied by the widget.
//
// The comparison grid, below the first view, goes in a <noscript>: readers without script get
// it; with script the browser does not even build it, and the widget adds its own, below, in the
// tasks after its first view (nothing above it moves). The article's sections are left out of
// the copy: they are the article itself, folded, and would double this page's size.
//
// It also takes the first view of a widget as a blogger pastes it (the built-in article, compact,
// in English) and gives it to the loader (embed.js), which shows it in place of a placeholder:
// a post's widget then shows its real first question, the size it will be, before the
// WebAssembly arrives, and a press on it is kept like one on the demo page's.
//
// Debug builds (`trunk serve`) skip it. Without Chromium it warns and leaves the page as it is
// (the end-to-end tests then fail on purpose).
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('prerender: no directory (TRUNK_STAGING_DIR or an argument)');
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const { CHROMIUM, launch } = await import('./lib/browser.mjs');
if (!existsSync(CHROMIUM)) {
  console.warn(`prerender: ${CHROMIUM} not found; index.html keeps its loading text (run scripts/setup.sh --browser)`);
  process.exit(0);
}
const { serve } = await import('./lib/server.mjs');

const indexPath = join(dir, 'index.html');
const html = await readFile(indexPath, 'utf8');
if (html.includes('shadowrootmode')) throw new Error('prerender: index.html is already pre-rendered');
const css = (await readdir(dir)).find((f) => /^widget-[0-9a-f]+\.css$/.test(f));
if (!css) throw new Error('prerender: no widget-*.css in the build (scripts/embed-loader.mjs runs first)');

const post = join(await mkdtemp(join(tmpdir(), 'verdict-prerender-')), 'post.html');
await writeFile(post, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>post</title></head>' +
  '<body><verdict-widget></verdict-widget><script type="module" src="./embed.js"></script></body></html>');
const server = await serve(dir, { routes: { '/__post.html': post } });
const browser = await launch();
let view;
let compact;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  // Everything built (the parts below the first view come in the tasks after it).
  await page.locator('verdict-widget .vd-article').waitFor();
  // Marked, so tests, the loader (and anyone curious) can tell the static copy from the live
  // widget. Hidden until its stylesheet has loaded (widget.css shows it), so it never shows
  // unstyled: a stylesheet inside a shadow root does not hold back the page's first paint.
  view = await page.evaluate(() => {
    const copy = document.querySelector('verdict-widget').shadowRoot.querySelector('.verdict-root').cloneNode(true);
    copy.setAttribute('data-prerendered', '');
    copy.setAttribute('hidden', '');
    const below = [...copy.querySelectorAll('.vd > .vd-grid, .vd > .vd-article')];
    const noscript = document.createElement('noscript');
    noscript.textContent = below.filter((part) => part.matches('.vd-grid')).map((part) => part.outerHTML).join('');
    below.forEach((part) => part.remove());
    copy.querySelector('.vd').append(noscript);
    // With script on, a noscript's text is serialised as it is: the markup itself, unescaped.
    return copy.outerHTML;
  });
  // The compact first view of a pasted widget (its folded parts are not built: nothing to wait for).
  await page.goto(`${server.origin}/__post.html`);
  await page.locator('verdict-widget #vd-question').waitFor();
  await page.locator('verdict-widget .vd-more-toggle').first().waitFor();
  compact = await page.evaluate(() => {
    const copy = document.querySelector('verdict-widget').shadowRoot.querySelector('.verdict-root').cloneNode(true);
    copy.setAttribute('data-prerendered', '');
    copy.setAttribute('hidden', '');
    return copy.outerHTML;
  });
} finally {
  await browser.close();
  await server.close();
}

const template = `<template shadowrootmode="open"><link rel="stylesheet" href="./${css}">${view}</template>`;
const host = /<verdict-widget( [^>]*)?>/;
if (!host.test(html)) throw new Error('prerender: no <verdict-widget> in index.html');
await writeFile(indexPath, html.replace(host, (tag) => `${tag}${template}`));
console.log(`prerender: wrote the first view into index.html (${view.length} B of markup, styled by ${css})`);

const loaderPath = join(dir, 'embed.js');
const loader = await readFile(loaderPath, 'utf8');
if (!loader.includes('"__FIRST_VIEW__"')) throw new Error('prerender: embed.js has no first-view slot');
await writeFile(loaderPath, loader.replaceAll('"__FIRST_VIEW__"', () => JSON.stringify(compact)));
console.log(`prerender: gave embed.js the compact first view (${compact.length} B)`);
