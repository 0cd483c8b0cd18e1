// Trunk post-build step 2 (release builds, scripts/post-build.mjs): pre-renders the widget's first view into index.html,
// with the widget's own Yew views through server-side rendering (the command-line tool's
// `render`, apps/cli/js/lib.js): no browser.
//
// The release page would otherwise show a placeholder until the WebAssembly has arrived and run.
// The view goes into index.html as a declarative shadow root linking the widget's stylesheet (a
// file: a strict CSP allows it, where it blocks a <style> element). The reader sees the first
// question as soon as the HTML and that stylesheet arrive, and search engines can index it; when
// the widget mounts it replaces that markup with the same markup, in one task, so nothing moves.
// A press on the copy before then is kept by the loader and applied by the widget.
//
// The comparison grid, below the first view, goes in a <noscript>: readers without script get
// it; with script the browser does not even build it, and the widget adds its own, below, in the
// tasks after its first view (nothing above it moves). The article's sections are left out: they
// are the article itself, and would double this page's size.
//
// It also gives the loader (embed.js) the first view of a widget as a blogger pastes it (the
// built-in article, compact, in English), which it shows in place of a placeholder: a post's
// widget then shows its real first question, the size it will be, before the WebAssembly arrives,
// and a press on it is kept like one on the demo page's.
//
// Debug builds (`trunk serve`) skip it.
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Draws the demo page's first view into index.html; returns the pasted widget's first view, for
 * the loader.
 * @param {string} dir Trunk's staging folder
 */
export async function prerender(dir) {
  execFileSync('scripts/build-cli.sh', { stdio: 'inherit' });
  const { run } = await import('../apps/cli/js/lib.js');

  const indexPath = join(dir, 'index.html');
  const html = await readFile(indexPath, 'utf8');
  if (html.includes('shadowrootmode')) throw new Error('prerender: index.html is already pre-rendered');
  const css = (await readdir(dir)).find((f) => /^widget-[0-9a-f]+\.css$/.test(f));
  if (!css) throw new Error('prerender: no widget-*.css in the build (scripts/stage.mjs runs first)');

  /** The built-in article's element, drawn by `verdict render` with these options. */
  const element = async (...options) => {
    // This build's stylesheet (in the staging folder), not the one of an earlier build's dist/.
    const out = await run(['render', '--base', './', ...options], undefined, { dist: dir });
    if (out.code !== 0) throw new Error(`prerender: ${out.stderr}`);
    return out.stdout;
  };
  const template = (element) => element.match(/<template shadowrootmode="open">[\s\S]*<\/template>/)[0];

  const full = template(await element('--layout', 'full'));
  const host = /<verdict-widget( [^>]*)?>/;
  if (!host.test(html)) throw new Error('prerender: no <verdict-widget> in index.html');
  await writeFile(indexPath, html.replace(host, (tag) => `${tag}${full}`));
  console.log(`prerender: wrote the first view into index.html (${full.length} B of markup, styled by ${css})`);

  // The pasted widget's first view, as the loader inserts it (with script on: no <noscript> needed).
  const compact = template(await element())
    .match(/<div class="verdict-root"[\s\S]*<\/div><\/template>$/)[0]
    .replace(/<\/template>$/, '')
    .replace(/<noscript>[\s\S]*<\/noscript>/, '');
  console.log(`prerender: the loader gets the compact first view (${compact.length} B)`);
  return compact;
}
