// Trunk post-build step 3 (scripts/post-build.mjs): embed.js, the loader, bundled and minified by
// esbuild from its modules (apps/widget/loader/src/). What only the build knows (the hashed file
// names, the language tables, the pasted widget's first view) reaches the source as the module
// `verdict:build`, which esbuild is given here: the source holds no placeholder to replace.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * @param {string} dir Trunk's staging folder
 * @param {Awaited<ReturnType<typeof import('./stage.mjs').stage>>} staged
 * @param {string} firstView the pasted widget's first view ('' in a development build)
 */
export async function bundleLoader(dir, staged, firstView) {
  const version = JSON.parse(await readFile('package.json', 'utf8')).version;
  const schema = JSON.parse(await readFile('docs/content.schema.json', 'utf8'));
  if (!Number.isInteger(schema['x-max-bytes'])) throw new Error('docs/content.schema.json has no x-max-bytes');
  const { widget, checker, cssName, locales } = staged;
  const names = { css: cssName, js: widget.js, wasm: widget.wasm, checkerJs: checker.js, checkerWasm: checker.wasm };
  // Each file a `new URL('./…', import.meta.url)` of its own, so that bundlers (Vite, webpack) see
  // every one and emit it. `?no-inline` keeps Vite from writing a table under 4 KB into the
  // bundle as a data: URL, which the strict CSP would not let the loader fetch (Vite drops the
  // query from the emitted name; a static host or CDN ignores it).
  const url = (name) => `new URL(${JSON.stringify(`./${name}`)}, import.meta.url)`;
  const module = [
    `export const VERSION = ${JSON.stringify(version)};`,
    `export const FILES = { ${Object.entries(names).map(([key, name]) => `${key}: ${url(name)}`).join(', ')} };`,
    `export const NAMES = ${JSON.stringify(names)};`,
    `export const TABLES = { ${locales.langs.map((lang) => `${lang}: ${url(`locale-${lang}-${locales.hash}.json?no-inline`)}`).join(', ')} };`,
    `export const TABLES_HASH = ${JSON.stringify(locales.hash)};`,
    `export const COULD_NOT_LOAD = ${Number(locales.slots.could_not_load)};`,
    `export const FIRST_VIEW = ${JSON.stringify(firstView)};`,
    `export const BUILT_IN_ID = ${JSON.stringify(JSON.parse(await readFile('content/django-vs-flask.json', 'utf8')).id)};`,
    `export const SHAPE = ${JSON.stringify(shapeOf(schema))};`,
    `export const MAX_BYTES = ${Number(schema['x-max-bytes'])};`,
  ].join('\n');
  const result = await build({
    entryPoints: ['apps/widget/loader/src/embed.js'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    banner: { js: "// verdict's loader: mounts a decision widget into every <verdict-widget>. Source: apps/widget/loader/src/" },
    plugins: [buildModule(module)],
  });
  await writeFile(join(dir, 'embed.js'), result.outputFiles[0].text);
  return names;
}

/**
 * An esbuild plugin giving the source the module `verdict:build`, with `contents`.
 * @param {string} contents
 * @returns {import('esbuild').Plugin}
 */
function buildModule(contents) {
  return {
    name: 'verdict-build',
    setup(b) {
      b.onResolve({ filter: /^verdict:build$/ }, () => ({ path: 'verdict:build', namespace: 'verdict' }));
      b.onLoad({ filter: /.*/, namespace: 'verdict' }, () => ({ contents, loader: 'js' }));
    },
  };
}

/**
 * The content model as the loader's encoder walks it (apps/widget/loader/src/compact.js), from the
 * JSON Schema the model derives (docs/content.schema.json, which a test holds to the Rust types):
 * one entry per struct, Content first, each a list of fields in the types' order (postcard's),
 * `[key, type, required, default]`. A type is 's' (string), 'u' (u32), 'i' (i32), a struct's
 * index, or `['?', t]` (an Option), `['[', t]` (a Vec), `['{', t, most]` (an id map of at most
 * `most` entries). A schema this cannot say fails the build.
 * @param {any} schema
 */
export function shapeOf(schema) {
  const defs = schema.$defs ?? {};
  const names = ['Content', ...Object.keys(defs)];
  /** @param {any} p @returns {any} */
  const type = (p) => {
    if (p.$ref) {
      const at = names.indexOf(p.$ref.split('/').pop());
      if (at < 1) throw new Error(`content schema: unknown reference ${p.$ref}`);
      return at;
    }
    if (p.anyOf) {
      const inner = p.anyOf.filter((/** @type {any} */ x) => x.type !== 'null');
      if (inner.length !== 1 || inner.length === p.anyOf.length) throw new Error(`content schema: cannot encode ${JSON.stringify(p)}`);
      return ['?', type(inner[0])];
    }
    const types = [p.type].flat();
    const nullable = types.includes('null');
    const [only, ...more] = types.filter((t) => t !== 'null');
    let out;
    if (more.length) out = null;
    else if (only === 'string') out = 's';
    else if (only === 'integer' && p.format === 'uint32') out = 'u';
    else if (only === 'integer' && p.format === 'int32') out = 'i';
    else if (only === 'array') out = ['[', type(p.items)];
    else if (only === 'object' && p.additionalProperties && Number.isInteger(p.maxProperties)) {
      out = ['{', type(p.additionalProperties), p.maxProperties];
    }
    if (!out) throw new Error(`content schema: the loader cannot encode ${JSON.stringify(p)}`);
    return nullable ? ['?', out] : out;
  };
  return names.map((name) => {
    const s = name === 'Content' ? schema : defs[name];
    return Object.entries(s.properties).map(([key, p]) => [key, type(p), (s.required ?? []).includes(key) ? 1 : 0, p.default ?? null]);
  });
}

/**
 * demo.js, the demo page's pickers: bundled as a classic script (it runs while the page is parsed).
 * @param {string} dir Trunk's staging folder
 */
/** The hosted pages' scripts (frame.html's, guide.html's, and framed.js for the pages `verdict
 *  publish` writes), each with what it imports. */
export async function bundlePages(dir) {
  const schema = JSON.parse(await readFile('docs/content.schema.json', 'utf8'));
  await build({
    // What they know of the build: the model's size limit, for a link's unpacked content.
    plugins: [buildModule(`export const MAX_BYTES = ${Number(schema['x-max-bytes'])};`)],
    entryPoints: ['apps/frame/frame.js', 'apps/frame/guide.js', 'apps/frame/framed.js'],
    bundle: true,
    // frame.js imports framed.js for what it does, not for exports: package.json's sideEffects
    // (which names only the loader, for the package's users) must not drop it.
    ignoreAnnotations: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    outdir: dir,
  });
}

export async function bundleDemo(dir) {
  await build({
    entryPoints: ['demo/demo.js'],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    outfile: join(dir, 'demo.js'),
  });
}
