// @ts-check
// `verdict hugo` and `verdict jekyll`: the build step for site generators that cannot run the
// tool themselves. It finds every widget the site's posts place, checks each comparison (a
// broken one fails the step with the checker's message, naming the post), draws each first view
// (`render`), and writes it as data the theme's shortcode or include puts in the page. Run it
// before the generator: `npx verdict-widget hugo && hugo`. With `--local`, it also copies the
// widget's files into the site, for a loader served by the site itself.
//
// The views are written with the widget's files' address left open (`__VERDICT_BASE__/`): the
// shortcode or include fills in the one the site's configuration names, so the two never differ.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { cdn, DIST, render, version } from './lib.js';

export const BASE_SLOT = '__VERDICT_BASE__/';

/**
 * A widget a post places: where, its attributes, its comparison's file (when by `src`) and text
 * (null: the file does not exist).
 * @typedef {{ at: string, attrs: Record<string, string>, path?: string, json: string | null }} Placed
 */

/**
 * Every file under `dir` whose name matches `pattern`.
 * @param {string} dir
 * @param {RegExp} pattern
 * @returns {string[]}
 */
function walk(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/**
 * The widget's files, copied where the site serves them from.
 * @param {string} to
 */
function copyFiles(to) {
  mkdirSync(to, { recursive: true });
  cpSync(DIST, to, { recursive: true });
}

/**
 * Line number of `index` in `text`.
 * @param {string} text
 * @param {number | undefined} index
 */
const lineOf = (text, index) => text.slice(0, index).split('\n').length;

/**
 * Hugo's key for a comparison's text: what its templates compute (`sha256` of the trimmed text).
 * @param {string} json
 */
export const hugoKey = (json) => createHash('sha256').update(json.trim()).digest('hex');

/**
 * Jekyll's `slugify` (its default mode), which the include applies to `src`.
 * @param {string} src
 */
export const jekyllKey = (src) => src.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * The widgets the Markdown of one Hugo post places: shortcodes (by src or inline) and fences.
 * @param {string} site
 * @param {string} file
 * @param {string} text
 */
function hugoWidgets(site, file, text) {
  /** @type {Placed[]} */
  const found = [];
  /** @param {string} s @returns {Record<string, string>} */
  const attrs = (s) => Object.fromEntries([...s.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  // {{< verdict src="x.json" >}} and {{< verdict >}}JSON{{< /verdict >}} (also with %).
  for (const m of text.matchAll(/\{\{[<%]\s*verdict\b([^}]*?)\s*\/?[>%]\}\}(?:([\s\S]*?)\{\{[<%]\s*\/verdict\s*[>%]\}\})?/g)) {
    const a = attrs(m[1]);
    const at = `${file}:${lineOf(text, m.index)}`;
    if (a.src) {
      // Next to the post (a page bundle), else in the site's assets/ (as the shortcode looks).
      const beside = join(dirname(file), a.src);
      const path = existsSync(beside) ? beside : join(site, 'assets', a.src);
      found.push({ at, attrs: a, path, json: existsSync(path) ? readFileSync(path, 'utf8') : null });
    } else if (m[2] !== undefined) {
      found.push({ at, attrs: a, json: m[2] });
    }
  }
  // ```verdict fences (and ~~~verdict).
  for (const m of text.matchAll(/^(```|~~~)verdict\b[^\n]*\n([\s\S]*?)^\1\s*$/gm)) {
    found.push({ at: `${file}:${lineOf(text, m.index)}`, attrs: {}, json: m[2] });
  }
  return found;
}

/**
 * The widgets one Jekyll page or post places: `{% include verdict.html src="…" %}`.
 * @param {string} site
 * @param {string} file
 * @param {string} text
 */
function jekyllWidgets(site, file, text) {
  /** @type {Placed[]} */
  const found = [];
  for (const m of text.matchAll(/\{%-?\s*include\s+verdict\.html\b([^%]*)-?%\}/g)) {
    const a = Object.fromEntries([...m[1].matchAll(/(\w+)=["']([^"']*)["']/g)].map((x) => [x[1], x[2]]));
    if (!a.src) continue;
    const path = join(site, a.src.replace(/^\//, ''));
    found.push({ at: `${file}:${lineOf(text, m.index)}`, attrs: a, path, json: existsSync(path) ? readFileSync(path, 'utf8') : null });
  }
  return found;
}

/**
 * Checks and draws each widget; the problems of all of them, or the drawn ones.
 * @param {Placed[]} widgets
 * @param {string} site
 */
async function draw(widgets, site) {
  /** @type {string[]} */
  const problems = [];
  /** @type {(Placed & { json: string, html: string })[]} */
  const drawn = [];
  for (const w of widgets) {
    const where = relative(site, w.at.split(':')[0]) + ':' + w.at.split(':').pop();
    if (w.json === null) {
      problems.push(`${where}: the comparison file "${w.attrs.src}" does not exist (looked for ${relative(site, w.path ?? '')})`);
      continue;
    }
    const name = w.path ? relative(site, w.path) : `${where} (inline)`;
    try {
      const html = await render({ content: w.json, name, base: BASE_SLOT, id: w.attrs.id, locale: w.attrs.locale, layout: /** @type {'full' | 'compact' | undefined} */ (w.attrs.layout), parts: w.attrs.parts });
      drawn.push({ ...w, json: w.json, html });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push(`${where}: the comparison cannot be used\n${message.replace(/^/gm, '  ')}`);
    }
  }
  return { problems, drawn };
}

/**
 * Writes one data file per drawn widget; removes none (a site may keep its own files there).
 * @param {string} dir
 * @param {[string, string][]} entries each widget's key and drawn element
 */
function writeData(dir, entries) {
  mkdirSync(dir, { recursive: true });
  // The version that drew it, and where the CDN serves that version: a CDN loader takes it.
  for (const [key, html] of entries) writeFileSync(join(dir, `${key}.json`), JSON.stringify({ version, cdn, html }) + '\n');
}

/**
 * `verdict hugo [SITE] [--local]`: for a Hugo site using integrations/hugo (the `verdict`
 * shortcode and the `verdict` code-block render hook), writes `data/verdict/<key>.json`.
 */
export async function hugo(site = '.', { local = false } = {}) {
  site = resolve(site);
  const widgets = walk(join(site, 'content'), /\.(md|markdown)$/).flatMap((f) => hugoWidgets(site, f, readFileSync(f, 'utf8')));
  const { problems, drawn } = await draw(widgets, site);
  if (problems.length) return { code: 1, stderr: problems.join('\n') + '\n' };
  writeData(join(site, 'data/verdict'), drawn.map((w) => /** @type {[string, string]} */ ([hugoKey(w.json), w.html])));
  if (local) copyFiles(join(site, 'static/verdict'));
  return { code: 0, stderr: `verdict: ${drawn.length} widget${drawn.length === 1 ? '' : 's'} checked and drawn into data/verdict/${local ? '; the widget\'s files copied to static/verdict/' : ''}\n` };
}

/**
 * `verdict jekyll [SITE] [--local]`: for a Jekyll site using integrations/jekyll (the
 * `verdict.html` include), writes `_data/verdict/<key>.json`.
 */
export async function jekyll(site = '.', { local = false } = {}) {
  site = resolve(site);
  const sources = walk(site, /\.(md|markdown|html)$/).filter((f) => !/\/(_site|node_modules|_includes|_layouts|vendor)\//.test(f));
  const widgets = sources.flatMap((f) => jekyllWidgets(site, f, readFileSync(f, 'utf8')));
  const { problems, drawn } = await draw(widgets, site);
  if (problems.length) return { code: 1, stderr: problems.join('\n') + '\n' };
  writeData(join(site, '_data/verdict'), drawn.map((w) => /** @type {[string, string]} */ ([jekyllKey(w.attrs.src), w.html])));
  if (local) copyFiles(join(site, 'assets/verdict'));
  return { code: 0, stderr: `verdict: ${drawn.length} widget${drawn.length === 1 ? '' : 's'} checked and drawn into _data/verdict/${local ? '; the widget\'s files copied to assets/verdict/' : ''}\n` };
}
