// @ts-check
// verdict's command-line tool and build-time API for Node (`npx verdict`, and the Eleventy and
// Astro integrations): the widget's own Rust core and views, compiled to WebAssembly, so it
// needs no Rust and runs the same on every platform (Node 18 or later).
//
//   import { check, render } from 'verdict-widget/cli';
//   const { problems } = await check(json);              // [] when the comparison is valid
//   const html = await render({ content: json, base: '/assets/verdict/' });
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @param {string} name */
const here = (name) => fileURLToPath(new URL(name, import.meta.url));
// In the package the WebAssembly sits beside this file; in the repository (apps/cli/js/), in
// target/cli/.
const folder = ['./', '../../../target/cli/'].find((dir) => existsSync(here(`${dir}verdict-cli_bg.wasm`)));
if (!folder) throw new Error('verdict: the command-line tool\'s WebAssembly is missing (in the repository: scripts/build-cli.sh)');
/** The widget's files: in the package, dist/ beside cli/; in the repository, the release build. */
export const DIST = here(existsSync(here('../dist/')) ? '../dist/' : '../../../dist/');

/** @type {any} the tool's glue (wasm-bindgen's module) */
let glue = null;
async function tool() {
  if (!glue) {
    glue = await import(new URL(`${folder}verdict-cli.js`, import.meta.url).href);
    glue.initSync({ module: readFileSync(here(`${folder}verdict-cli_bg.wasm`)) });
  }
  return glue;
}

/** The package's version (its manifest: beside cli/ in the package, at the root in the
 *  repository). @type {string} */
export const version = JSON.parse(
  readFileSync(here(existsSync(here('../package.json')) ? '../package.json' : '../../../package.json'), 'utf8'),
).version;

/** Where jsDelivr serves this version's files: the default base of every widget the tool draws
 *  and of the integrations' loaders (the Rust side's is apps/cli/src/render.rs). */
export const cdn = `https://cdn.jsdelivr.net/npm/verdict-widget@${version}/dist/`;

/** The widget's stylesheet's (hashed) file name in `dist`, the folder of the widget's files. */
export function stylesheet(dist = DIST) {
  const css = existsSync(dist) && readdirSync(dist).find((f) => /^widget-[0-9a-f]+\.css$/.test(f));
  if (!css) throw new Error(`verdict: no widget-*.css in ${dist}`);
  return css;
}

/** @param {string} path */
const fromDisk = (path) => readFileSync(path, 'utf8');

/**
 * Runs a command as `verdict ARGS…` would, without printing: `{ stdout, stderr, code, files }`.
 * @param {string[]} args e.g. ['check', 'my.json']
 * @param {(path: string) => string} read how files are read (the disk by default)
 * @param {{ dist?: string }} where the widget's files are (`render` links their stylesheet)
 */
export async function run(args, read = fromDisk, { dist = DIST } = {}) {
  const cli = await tool();
  if (args[0] === 'render') return cli.render(args.slice(1), read, stylesheet(dist), version);
  if (args[0] === 'publish') return cli.publish(args.slice(1), read, stylesheet(dist), version);
  return cli.run(args, read);
}

/** JSON text on one line where it parses (a page's Markdown ends an HTML block at a blank line);
 *  as written where it does not, so the messages' lines and columns are the author's. */
/** @param {string} text */
function compact(text) {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

/**
 * A comparison given as text or an object, under a name the messages use.
 * @param {string | object} content
 * @param {string} name
 */
const given = (content, name) => {
  const text = typeof content === 'string' ? compact(content) : JSON.stringify(content);
  /** @param {string} path */
  return (path) => {
    if (path !== name) throw new Error(`only ${name} can be read here`);
    return text;
  };
};

/**
 * Checks a comparison with the widget's rules and messages.
 * @param {string | object} content the comparison (JSON text or an object)
 * @param {string} [name] how the messages name it (a file's path)
 * @returns {Promise<{ valid: boolean, report: string }>} the checker's report
 */
export async function check(content, name = 'content.json') {
  const out = await run(['check', name], given(content, name));
  return { valid: out.code === 0, report: out.stdout };
}

/**
 * A `<verdict-widget>` with its first view drawn in, for a page.
 * @param {{ content?: string | object, name?: string, base?: string, stylesheet?: string,
 *   src?: string, id?: string, locale?: string, layout?: 'full' | 'compact', parts?: string }}
 *   options the comparison (none: the built-in article) and the element's attributes; `base` is
 *   where the widget's files are served (default: this version on jsDelivr), `stylesheet` the
 *   stylesheet's own address where a bundler moved it
 * @returns {Promise<string>} the element's HTML
 * @throws {Error} when the comparison has problems: the message lists each with its path
 */
export async function render({ content, name = 'content.json', ...options } = {}) {
  const args = ['render'];
  if (content !== undefined) args.push(name);
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined && value !== null) args.push(`--${key}`, String(value));
  }
  const out = await run(args, content === undefined ? fromDisk : given(content, name));
  if (out.code !== 0) throw new Error(out.stderr.trim());
  return out.stdout.trim();
}
