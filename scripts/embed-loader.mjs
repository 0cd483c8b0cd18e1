// Trunk post-build hook: the widget's loader and stylesheet as files of their own.
//
// Trunk's own loader is an inline <script type="module">, which a strict Content-Security-Policy
// (script-src 'self') blocks and a blogger cannot paste into a post; Trunk.toml turns it off
// (inject_scripts = false). This hook writes instead:
// - widget-<hash>.css: styles/widget.css minified (csso). Each widget's shadow root links it, so
//   it is a file a strict CSP allows (style-src 'self'), cached across pages and widgets, and
//   not carried inside the WebAssembly;
// - embed.js: embed/loader.js with the hashed file names filled in, minified (terser). It
//   resolves them against its own URL, so it works from any host and sub-path;
// - locale-<lang>-<hash>.json: each language's table (scripts/lib/locales.mjs), fetched by the
//   loader only for widgets speaking that language;
// - the reader's and the studio's files under content-hashed names (Trunk names a second app's
//   files without a hash), so every file but the loaders can be cached for good;
// - studio.js, the studio's loader, and editor.html's tags for it and the widget's stylesheet;
// - the JavaScript glue of both, minified (terser);
// - into index.html: the loader's script tag and a preload for the stylesheet;
// - custom-elements.json, the TypeScript declarations and content.schema.json beside embed.js.
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify as minifyCss } from 'csso';
import { minify as minifyJs } from 'terser';
import { shipLocales } from './lib/locales.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('embed-loader: TRUNK_STAGING_DIR is not set (run through trunk)');
const files = await readdir(dir);
const find = (pattern) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`embed-loader: expected one ${pattern} in ${dir}, found ${found}`);
  return found[0];
};
const js = find(/^verdict-[0-9a-f]+\.js$/);
const wasm = find(/^verdict-[0-9a-f]+_bg\.wasm$/);
const hashOf = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

// The reader and the studio: hashed names, like the widget's.
async function hashed(app) {
  const hash = hashOf(await readFile(join(dir, find(new RegExp(`^${app}_bg\\.wasm$`)))));
  const names = { js: `${app}-${hash}.js`, wasm: `${app}-${hash}_bg.wasm` };
  await rename(join(dir, `${app}.js`), join(dir, names.js));
  await rename(join(dir, `${app}_bg.wasm`), join(dir, names.wasm));
  return names;
}
const { js: readerJs, wasm: readerWasm } = await hashed('verdict-checker');
const studio = await hashed('verdict-studio');

// wasm-bindgen's glue, minified (Trunk's minifier leaves it as it is).
for (const glue of [js, readerJs, studio.js]) {
  const path = join(dir, glue);
  const { code } = await minifyJs(await readFile(path, 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 } });
  await writeFile(path, code);
}

const css = minifyCss(await readFile('crates/ui/widget.css', 'utf8')).css;
const cssName = `widget-${hashOf(css)}.css`;
await writeFile(join(dir, cssName), css);

// Each language's table beside the loader, named in it by one `new URL('./locale-<lang>-<hash>.json',
// import.meta.url)` apiece: bundlers (Vite, webpack) emit a file so named, but not the files of a
// pattern with variables in a package they bundle. `?no-inline` keeps Vite from writing a table
// under 4 KB into the bundle as a data: URL, which the strict CSP would not let the loader fetch
// (Vite drops the query from the emitted name; a static host or CDN ignores it).
const locales = await shipLocales(dir, process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug');
const tableUrls = `{ ${locales.langs
  .map((lang) => `${lang}: new URL('./locale-${lang}-${locales.hash}.json?no-inline', import.meta.url)`)
  .join(', ')} }`;

const version = (await readFile('Cargo.toml', 'utf8')).match(/^version = "([^"]+)"/m)[1];
const source = (await readFile('apps/widget/loader/loader.js', 'utf8'))
  .replaceAll('__VERSION__', version)
  .replaceAll('__CSS__', `./${cssName}`)
  .replaceAll('__JS__', `./${js}`)
  .replaceAll('__WASM__', `./${wasm}`)
  .replaceAll('__READER_JS__', `./${readerJs}`)
  .replaceAll('__READER_WASM__', `./${readerWasm}`)
  .replace('/* __TABLES__ */ {}', tableUrls)
  .replaceAll('__TABLES_HASH__', locales.hash)
  .replace('/* __COULD_NOT_LOAD__ */ -1', String(locales.slots.could_not_load));
// No constant folding: the first-view slot ("__FIRST_VIEW__") must stay a string the release
// build's pre-render can fill in (scripts/prerender.mjs).
const loader = await minifyJs(source, { module: true, ecma: 2020, compress: { evaluate: false, reduce_vars: false } });
await writeFile(
  join(dir, 'embed.js'),
  `// verdict's loader: mounts a decision widget into every <verdict-widget>. Source: embed/loader.js\n${loader.code}\n`,
);

// The element's description for editors and tools (Custom Elements Manifest, TypeScript types)
// and the content format's JSON Schema, beside the loader they describe.
for (const [from, to] of [['apps/widget/loader/custom-elements.json', 'custom-elements.json'], ['apps/widget/loader/embed.d.ts', 'embed.d.ts'],
  ['apps/widget/loader/jsx.d.ts', 'jsx.d.ts'], ['docs/content.schema.json', 'content.schema.json']]) {
  await copyFile(from, join(dir, to));
}

// The studio's loader and page: editor.html gets the widget's stylesheet (its preview) and
// studio.js, which starts the studio's WebAssembly.
await writeFile(join(dir, 'studio.js'), `// verdict studio's loader (editor.html).
import init from './${studio.js}';
await init({ module_or_path: new URL('./${studio.wasm}', import.meta.url) });
`);
const editorPath = join(dir, 'editor.html');
// Its icon is the demo's (a `data:` icon would break the strict CSP's img-src).
const favicon = files.find((f) => /^favicon-[0-9a-f]+\.svg$/.test(f));
if (!favicon) throw new Error('embed-loader: no favicon-*.svg in dist/');
const editor = (await readFile(editorPath, 'utf8')).replace('__FAVICON__', `./${favicon}`);
await writeFile(editorPath, editor.replace('</head>',
  `<link rel="preload" href="./${cssName}" as="style" data-verdict-css><script type="module" src="./studio.js"></script></head>`));

const indexPath = join(dir, 'index.html');
const html = await readFile(indexPath, 'utf8');
if (!html.includes('</head>')) throw new Error('embed-loader: index.html has no </head>');
// The stylesheet is preloaded: the pre-rendered first view shows once it is here. The script and
// the WebAssembly are not: the loader fetches them, so they never compete with the first paint
// (a press before they arrive is kept, see embed/loader.js).
const tags = `<link rel="preload" href="./${cssName}" as="style"><script type="module" src="./embed.js"></script>`;
// Trunk leaves the main bin's `<link data-trunk rel=rust>` in place when it injects no script.
await writeFile(indexPath, html.replace(/<link\b[^>]*\bdata-trunk\b[^>]*>/g, '').replace('</head>', `${tags}</head>`));
console.log(`embed-loader: wrote embed.js (loads ${js}, ${wasm}), ${cssName} and ${locales.langs.length} language tables`);
