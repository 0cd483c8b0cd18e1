// Assembles the npm package (scripts/package.sh builds what it needs first): the files below in
// target/package/stage/, then `npm pack` (the .tgz) and a zip of the same files; and the
// WordPress plugin's zip.
//
// - dist/: the loader embed.js and its types, the widget's stylesheet, the widget's and the
//   checker's WebAssembly and glue (hashed names kept, so a CDN can cache them for good), the
//   iframe option (frame.html, frame.css, frame.js, frame-host.js), the page a shared comparison
//   opens on (guide.html, guide.css, guide.js), the language tables (locale-<lang>-<hash>.json),
//   custom-elements.json and the content format's JSON Schema. Not the demo page, the outcome
//   pages or the studio;
// - cli/: `npx verdict` (cli/verdict.js), its API (cli/lib.js), the site generators' build step
//   (cli/sites.js), from apps/cli/js/, and the tool's WebAssembly;
// - integrations/: Hugo, Jekyll, Eleventy, Astro, WordPress;
// - package.json (the repository's, without what only the repository uses), README.md (written
//   for npm: npm/README.md), LICENSE, CHANGELOG.md, docs/content-format.md.
import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

const root = JSON.parse(await readFile('package.json', 'utf8'));
const version = root.version;
const cargo = (await readFile('Cargo.toml', 'utf8')).match(/^version = "([^"]+)"/m)[1];
if (cargo !== version) throw new Error(`package: Cargo.toml says ${cargo}, package.json ${version}: they must agree`);

const out = 'target/package';
const stage = join(out, 'stage');
await rm(stage, { recursive: true, force: true });
await mkdir(stage, { recursive: true });
const put = async (from, to = from) => {
  await mkdir(dirname(join(stage, to)), { recursive: true });
  await copyFile(from, join(stage, to));
};

const built = await readdir('dist');
const wanted = [
  /^embed\.js$/, /^embed\.d\.ts$/, /^jsx\.d\.ts$/, /^content\.d\.ts$/, /^custom-elements\.json$/, /^content\.schema\.json$/,
  /^widget-[0-9a-f]+\.css$/, /^verdict-[0-9a-f]+(_bg\.wasm|\.js)$/, /^verdict-checker-[0-9a-f]+(_bg\.wasm|\.js)$/,
  /^frame\.(html|css|js)$/, /^frame-host\.js$/, /^guide\.(html|css|js)$/, /^framed\.js$/, /^locale-[a-z]{2,3}-[0-9a-f]+\.json$/,
];
const dist = built.filter((f) => wanted.some((w) => w.test(f)));
for (const w of wanted) {
  if (!dist.some((f) => w.test(f))) throw new Error(`package: dist/ has no file matching ${w} (run scripts/build.sh)`);
}
for (const f of dist) await put(join('dist', f));
for (const f of ['verdict.js', 'lib.js', 'lib.d.ts', 'sites.js']) await put(join('apps/cli/js', f), join('cli', f));
// The site generators' integrations (integrations/<tool>/): the JavaScript ones are exported
// (verdict-widget/eleventy, verdict-widget/astro); the others are folders to copy into a site.
await cp('integrations', join(stage, 'integrations'), { recursive: true });
for (const f of ['verdict-cli.js', 'verdict-cli_bg.wasm']) await put(join('target/cli', f), join('cli', f));
for (const f of ['LICENSE', 'CHANGELOG.md', 'docs/content-format.md']) await put(f);
await writeFile(join(stage, 'README.md'), (await readFile('npm/README.md', 'utf8')).replaceAll('__VERSION__', version));

const manifest = { ...root };
delete manifest.private;
delete manifest.devDependencies;
delete manifest.scripts;
// The stylesheet under a name that does not change, for bundlers (the Astro component imports
// it with `?url`, so the pre-rendered view links the file the bundle emits).
const css = dist.find((f) => /^widget-[0-9a-f]+\.css$/.test(f));
manifest.exports = Object.fromEntries(Object.entries(manifest.exports).flatMap(([key, value]) =>
  key === './package.json' ? [['./stylesheet.css', `./dist/${css}`], [key, value]] : [[key, value]]));
await writeFile(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', '..'], { cwd: stage, encoding: 'utf8' }))[0];
const tarball = join(out, packed.filename);
/**
 * Zips every file under `root` into `file`, each named by its path under `root` after `prefix`
 * (fflate, a maintained zip library: no zip program needed).
 * @param {string} root
 * @param {string} file
 */
async function zipFolder(root, file, prefix = '') {
  /** @type {Record<string, Uint8Array>} */
  const entries = {};
  for (const path of (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const full = join(path.parentPath, path.name);
    entries[prefix + relative(root, full).split(sep).join('/')] = await readFile(full);
  }
  const sorted = Object.fromEntries(Object.keys(entries).sort().map((name) => [name, entries[name]]));
  await writeFile(file, zipSync(sorted, { level: 9 }));
}

const zip = join(out, `verdict-widget-${version}.zip`);
await zipFolder(stage, zip, `verdict-widget-${version}/`);

// The WordPress plugin, ready to upload: integrations/wordpress/verdict/ with the widget's files
// in assets/ and the command-line tool's WebAssembly (the editor draws first views with it) in
// assets/cli/.
const plugin = join(out, 'wordpress');
await rm(plugin, { recursive: true, force: true });
await cp('integrations/wordpress/verdict', join(plugin, 'verdict'), { recursive: true });
await mkdir(join(plugin, 'verdict/assets/cli'), { recursive: true });
for (const f of dist) await copyFile(join('dist', f), join(plugin, 'verdict/assets', f));
for (const f of ['verdict-cli.js', 'verdict-cli_bg.wasm']) await copyFile(join('target/cli', f), join(plugin, 'verdict/assets/cli', f));
const wordpress = join(out, `verdict-wordpress-${version}.zip`);
await zipFolder(plugin, wordpress);
console.log(`package: ${tarball} (${packed.entryCount} files, ${packed.size} B packed, ${packed.unpackedSize} B unpacked), ${zip} and ${wordpress}`);
