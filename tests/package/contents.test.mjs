// The packed tarball holds what package.json declares and nothing else, publint finds nothing
// to say, and the version is the same everywhere it is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { TARBALL, VERSION, ZIP, unpacked } from './lib.mjs';

const pkg = await unpacked();
const manifest = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8'));

async function walk(dir) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else files.push(relative(pkg, path));
  }
  return files.sort();
}
const files = await walk(pkg);

/** Every target package.json names (exports, bin, types, customElements, CDN fields). */
function declared(m) {
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(m.exports);
  collect(m.bin);
  for (const field of ['types', 'customElements', 'jsdelivr', 'unpkg']) collect(m[field]);
  return [...new Set(targets)];
}

test('every file in the tarball is one package.json declares, and every declared file is there', () => {
  const always = ['package.json', 'README.md', 'LICENSE'];
  const covered = (file) => always.includes(file) || manifest.files.some((f) => file === f || file.startsWith(`${f}/`));
  assert.deepEqual(files.filter((f) => !covered(f)), [], 'files outside "files"');
  for (const target of declared(manifest)) assert.ok(files.includes(target), `${target} is declared and missing`);
  // The widget's pieces, under their hashed names, and nothing of the demo site.
  for (const want of [/^dist\/widget-[0-9a-f]+\.css$/, /^dist\/verdict-[0-9a-f]+_bg\.wasm$/, /^dist\/verdict-[0-9a-f]+\.js$/,
    /^dist\/verdict-checker-[0-9a-f]+_bg\.wasm$/, /^dist\/frame\.html$/, /^dist\/frame\.js$/, /^dist\/frame-host\.js$/,
    /^dist\/content\.schema\.json$/, /^dist\/custom-elements\.json$/, /^cli\/verdict-cli_bg\.wasm$/, /^CHANGELOG\.md$/]) {
    assert.ok(files.some((f) => want.test(f)), `no ${want}`);
  }
  assert.deepEqual(files.filter((f) => f.startsWith('dist/') && /studio|editor|index\.html|result-|favicon|demo/.test(f)), []);
});

test('the loader names only files that are in the package', async () => {
  const loader = await readFile(join(pkg, 'dist/embed.js'), 'utf8');
  const named = [...new Set(loader.match(/\.\/[\w.-]+\.(?:json|js|wasm|css)\b/g))].map((f) => `dist/${f.slice(2)}`);
  // Its five files and the tables of the 19 languages besides English.
  assert.ok(named.length >= 5, named.join(', '));
  assert.equal(named.filter((f) => /^dist\/locale-[a-z]+-[0-9a-f]+\.json$/.test(f)).length, 19, named.join(', '));
  for (const file of named) assert.ok(files.includes(file), `embed.js loads ${file}, which is not in the package`);
});

test('package.json: an ES module with exports, a bin, the custom elements manifest and no runtime dependencies', () => {
  assert.equal(manifest.name, 'verdict-widget');
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.private, undefined);
  for (const key of ['.', './embed.js', './frame-host.js', './schema.json', './custom-elements.json', './package.json']) {
    assert.ok(manifest.exports[key], `exports ${key}`);
  }
  assert.equal(manifest.bin.verdict, 'cli/verdict.js');
  assert.equal(manifest.customElements, 'dist/custom-elements.json');
  assert.equal(manifest.jsdelivr, 'dist/embed.js');
  assert.equal(manifest.unpkg, 'dist/embed.js');
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies']) {
    assert.equal(manifest[field], undefined, field);
  }
});

test('publint finds nothing to report, even as errors', () => {
  const report = execFileSync('node_modules/.bin/publint', ['run', TARBALL, '--strict', '--level', 'suggestion'], { encoding: 'utf8' });
  assert.match(report, /All good!/, report);
});

test('the version agrees in Cargo.toml, package.json, the changelog, the loader and the tool', async () => {
  const cargo = (await readFile('Cargo.toml', 'utf8')).match(/^version = "([^"]+)"/m)[1];
  const changelog = (await readFile(join(pkg, 'CHANGELOG.md'), 'utf8')).match(/^## (\d+\.\d+\.\d+)/m)[1];
  const loader = await import(join(pkg, 'dist/embed.js'));
  const tool = execFileSync('node', [join(pkg, 'cli/verdict.js'), '--version'], { encoding: 'utf8' }).trim();
  assert.match(VERSION, /^\d+\.\d+\.\d+(-[\w.]+)?$/, 'semver');
  assert.deepEqual([cargo, manifest.version, changelog, loader.version, tool], Array(5).fill(VERSION).map((v, i) => (i === 4 ? `verdict ${v}` : v)));
  // The WordPress plugin names it in its header, its constant and its readme.
  const plugin = await readFile(join(pkg, 'integrations/wordpress/verdict/verdict.php'), 'utf8');
  const readme = await readFile(join(pkg, 'integrations/wordpress/verdict/readme.txt'), 'utf8');
  assert.deepEqual([plugin.match(/\* Version: +(\S+)/)[1], plugin.match(/VERDICT_VERSION = '([^']+)'/)[1], readme.match(/Stable tag: (\S+)/)[1]], [VERSION, VERSION, VERSION]);
  // The README's CDN line pins this version.
  assert.ok((await readFile(join(pkg, 'README.md'), 'utf8')).includes(`verdict-widget@${VERSION}/dist/embed.js`));
});

test('the zip holds the same files as the tarball', async () => {
  const listing = execFileSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', ZIP], { encoding: 'utf8' });
  const zipped = listing.trim().split('\n').map((f) => f.replace(`verdict-widget-${VERSION}/`, '')).sort();
  assert.deepEqual(zipped, files);
  assert.ok((await stat(ZIP)).size > 100_000);
});
