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
// - the reader's files under content-hashed names (Trunk names a second app's files without a
//   hash), so every file but embed.js can be cached for good;
// - the JavaScript glue of both, minified (terser);
// - into index.html: the loader's script tag and a preload for the stylesheet.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify as minifyCss } from 'csso';
import { minify as minifyJs } from 'terser';

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

// The reader: hashed names, like the widget's.
const readerHash = hashOf(await readFile(join(dir, find(/^verdict-reader_bg\.wasm$/))));
const readerJs = `verdict-reader-${readerHash}.js`;
const readerWasm = `verdict-reader-${readerHash}_bg.wasm`;
await rename(join(dir, 'verdict-reader.js'), join(dir, readerJs));
await rename(join(dir, 'verdict-reader_bg.wasm'), join(dir, readerWasm));

// wasm-bindgen's glue, minified (Trunk's minifier leaves it as it is).
for (const glue of [js, readerJs]) {
  const path = join(dir, glue);
  const { code } = await minifyJs(await readFile(path, 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 } });
  await writeFile(path, code);
}

const css = minifyCss(await readFile('styles/widget.css', 'utf8')).css;
const cssName = `widget-${hashOf(css)}.css`;
await writeFile(join(dir, cssName), css);

const source = (await readFile('embed/loader.js', 'utf8'))
  .replace('__CSS__', `./${cssName}`)
  .replace('__JS__', `./${js}`)
  .replace('__WASM__', `./${wasm}`)
  .replace('__READER_JS__', `./${readerJs}`)
  .replace('__READER_WASM__', `./${readerWasm}`);
// No constant folding: the first-view slot ("__FIRST_VIEW__") must stay a string the release
// build's pre-render can fill in (scripts/prerender.mjs).
const loader = await minifyJs(source, { module: true, ecma: 2020, compress: { evaluate: false, reduce_vars: false } });
await writeFile(
  join(dir, 'embed.js'),
  `// verdict's loader: mounts a decision widget into every <verdict-widget>. Source: embed/loader.js\n${loader.code}\n`,
);

const indexPath = join(dir, 'index.html');
const html = await readFile(indexPath, 'utf8');
if (!html.includes('</head>')) throw new Error('embed-loader: index.html has no </head>');
// The stylesheet is preloaded: the pre-rendered first view shows once it is here. The script and
// the WebAssembly are not: the loader fetches them, so they never compete with the first paint
// (a press before they arrive is kept, see embed/loader.js).
const tags = `<link rel="preload" href="./${cssName}" as="style"><script type="module" src="./embed.js"></script>`;
await writeFile(indexPath, html.replace('</head>', `${tags}</head>`));
console.log(`embed-loader: wrote embed.js (loads ${js}, ${wasm}) and ${cssName}`);
