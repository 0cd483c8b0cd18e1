// Trunk post-build hook: gives the build a loader that is a file, not an inline script.
//
// Trunk starts the app with an inline <script type="module">, which a strict
// Content-Security-Policy (script-src 'self') blocks, and which a blogger cannot paste into a
// post anyway. This writes `embed.js` next to the hashed files, loading them relative to its
// own URL (so it works from any host and sub-path), and points index.html at it.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('embed-loader: TRUNK_STAGING_DIR is not set (run through trunk)');
const indexPath = join(dir, 'index.html');
const html = await readFile(indexPath, 'utf8');

const inline = /<script type="module">\s*import init, \* as bindings from '\.\/([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/([^']+\.wasm)' \}\);[\s\S]*?<\/script>/;
const found = html.match(inline);
if (!found) throw new Error("embed-loader: Trunk's loader script was not found in index.html");
const [script, js, wasm] = found;

await writeFile(
  join(dir, 'embed.js'),
  `// verdict's loader: mounts a decision widget into every <verdict-widget> on the page.
// Paste <script type="module" src=".../embed.js"></script> once, then the elements anywhere.
import init from './${js}';
const wasm = await init({ module_or_path: new URL('./${wasm}', import.meta.url) });
dispatchEvent(new CustomEvent('verdict:ready', { detail: { wasm } }));
`,
);
await writeFile(indexPath, html.replace(script, '<script type="module" src="./embed.js"></script>'));
console.log(`embed-loader: wrote embed.js (loads ${js}, ${wasm})`);
