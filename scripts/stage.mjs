// Trunk post-build step 1 (scripts/post-build.mjs): the build's files as a page and a CDN need
// them. Trunk's own loader is an inline <script type="module">, which a strict
// Content-Security-Policy (script-src 'self') blocks and a blogger cannot paste into a post;
// Trunk.toml turns it off (inject_scripts = false). This writes instead:
// - widget-<hash>.css: crates/ui/widget.css minified (esbuild). Each widget's shadow root links
//   it, so it is a file a strict CSP allows (style-src 'self'), cached across pages and widgets,
//   and not carried inside the WebAssembly;
// - locale-<lang>-<hash>.json: each language's table (scripts/lib/locales.mjs), fetched by the
//   loader only for widgets speaking that language;
// - the checker's and the studio's files under content-hashed names (Trunk names a second app's
//   files without a hash), so every file but the loaders can be cached for good;
// - the JavaScript glue of all three, minified (esbuild);
// - studio.js, the studio's loader, and editor.html's tags for it and the widget's stylesheet;
// - custom-elements.json, the TypeScript declarations and content.schema.json beside embed.js.
// It returns what the loader's bundle (scripts/loader.mjs) writes in.
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { shipLocales } from './lib/locales.mjs';

const hashOf = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/**
 * @param {string} dir Trunk's staging folder
 * @param {'release' | 'debug'} profile
 */
export async function stage(dir, profile) {
  const files = await readdir(dir);
  const find = (pattern) => {
    const found = files.filter((f) => pattern.test(f));
    if (found.length !== 1) throw new Error(`stage: expected one ${pattern} in ${dir}, found ${found}`);
    return found[0];
  };
  const widget = { js: find(/^verdict-[0-9a-f]+\.js$/), wasm: find(/^verdict-[0-9a-f]+_bg\.wasm$/) };

  // The checker and the studio: hashed names, like the widget's.
  const hashed = async (app) => {
    const hash = hashOf(await readFile(join(dir, find(new RegExp(`^${app}_bg\\.wasm$`)))));
    const names = { js: `${app}-${hash}.js`, wasm: `${app}-${hash}_bg.wasm` };
    await rename(join(dir, `${app}.js`), join(dir, names.js));
    await rename(join(dir, `${app}_bg.wasm`), join(dir, names.wasm));
    return names;
  };
  const checker = await hashed('verdict-checker');
  const studio = await hashed('verdict-studio');

  // wasm-bindgen's glue, minified (Trunk's minifier leaves it as it is).
  for (const glue of [widget.js, checker.js, studio.js]) {
    const path = join(dir, glue);
    const { code } = await transform(await readFile(path, 'utf8'), { minify: true, format: 'esm', target: 'es2020' });
    await writeFile(path, code);
  }

  const { code: css } = await transform(await readFile('crates/ui/widget.css', 'utf8'), { loader: 'css', minify: true });
  const cssName = `widget-${hashOf(css)}.css`;
  await writeFile(join(dir, cssName), css);

  const locales = await shipLocales(dir, profile);

  // The element's description for editors and tools (Custom Elements Manifest, TypeScript types)
  // and the content format's JSON Schema, beside the loader they describe.
  for (const [from, to] of [
    ['apps/widget/loader/custom-elements.json', 'custom-elements.json'],
    ['apps/widget/loader/embed.d.ts', 'embed.d.ts'],
    ['apps/widget/loader/jsx.d.ts', 'jsx.d.ts'],
    ['apps/widget/loader/content.d.ts', 'content.d.ts'],
    ['docs/content.schema.json', 'content.schema.json'],
  ]) {
    await copyFile(from, join(dir, to));
  }

  // The studio's loader and page: editor.html gets the widget's stylesheet (its preview) and
  // studio.js, which starts the studio's WebAssembly.
  await writeFile(
    join(dir, 'studio.js'),
    `// verdict studio's loader (editor.html).\nimport init from './${studio.js}';\nawait init({ module_or_path: new URL('./${studio.wasm}', import.meta.url) });\n`,
  );
  const editorPath = join(dir, 'editor.html');
  // Its icon is the demo's (a `data:` icon would break the strict CSP's img-src).
  const favicon = files.find((f) => /^favicon-[0-9a-f]+\.svg$/.test(f));
  if (!favicon) throw new Error('stage: no favicon-*.svg in dist/');
  const editor = (await readFile(editorPath, 'utf8')).replace('__FAVICON__', `./${favicon}`);
  await writeFile(
    editorPath,
    editor.replace('</head>', `<link rel="preload" href="./${cssName}" as="style" data-verdict-css><script type="module" src="./studio.js"></script></head>`),
  );

  const indexPath = join(dir, 'index.html');
  const html = await readFile(indexPath, 'utf8');
  if (!html.includes('</head>')) throw new Error('stage: index.html has no </head>');
  // The stylesheet is preloaded: the pre-rendered first view shows once it is here. The script and
  // the WebAssembly are not: the loader fetches them, so they never compete with the first paint
  // (a press before they arrive is kept, see apps/widget/loader/src/view.js).
  const tags = `<link rel="preload" href="./${cssName}" as="style"><script type="module" src="./embed.js"></script>`;
  // Trunk leaves the main bin's `<link data-trunk rel=rust>` in place when it injects no script.
  await writeFile(indexPath, html.replace(/<link\b[^>]*\bdata-trunk\b[^>]*>/g, '').replace('</head>', `${tags}</head>`));
  return { widget, checker, cssName, locales };
}
