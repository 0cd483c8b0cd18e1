// Bytes of a release build: raw, gzip -9 and brotli q11 per file, and the total the default page
// loads. Shared by the benchmark (bench/bench.mjs) and the budget check (bench/budget.mjs).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** One row per file at the top of `dist`, then the default page's total (last row). */
export async function sizes(dist) {
  const rows = [];
  for (const name of (await readdir(dist)).sort()) {
    // Sub-directories hold files the default page does not load (the demo's other comparison).
    if ((await stat(join(dist, name))).isDirectory()) continue;
    const data = await readFile(join(dist, name));
    rows.push({
      file: name.replace(/-[0-9a-f]{8,16}(?=[._])/, ''),
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }).length,
    });
  }
  // The total is what the default page loads: not the iframe option's files, and not the reader,
  // which only pages giving a widget content of their own load.
  const total = { file: 'total (default page)', raw: 0, gzip: 0, brotli: 0 };
  // Nor the outcome pages and their images, which chat apps fetch for a preview.
  // Nor the studio (editor.html and its files), for authors.
  // Nor what describes the widget to tools (the manifest, types, the content's JSON Schema).
  // Nor the language tables: a page in another language loads its own one (a row each).
  const notLoaded = /^(frame|verdict-checker|verdict-studio|studio|editor|result-|locale-|custom-elements\.json|content\.schema\.json)|\.d\.ts$/;
  for (const r of rows.filter((r) => !notLoaded.test(r.file))) {
    for (const k of ['raw', 'gzip', 'brotli']) total[k] += r[k];
  }
  return [...rows, total];
}

/** What an English blog post with one widget loads of ours: the loader, the glue, the
 * WebAssembly and the stylesheet (no demo page, no language table). Brotli q11 bytes. A post with
 * a comparison of its own loads the same (the checker too only if its JSON is not of the model's
 * shape). */
export function englishPost(rows) {
  const post = /^(embed\.js|verdict\.js|verdict_bg\.wasm|widget\.css)$/;
  const files = rows.filter((r) => post.test(r.file));
  if (files.length !== 4) throw new Error(`expected the widget's four files, found ${files.map((r) => r.file).join(', ')}`);
  return files.reduce((sum, r) => sum + r.brotli, 0);
}

/**
 * Two builds' bytes side by side (brotli q11): every file either has, but the language tables
 * (one row for them all), then what an English post loads and the default page's total.
 * @param {{ file: string, brotli: number }[]} base
 * @param {{ file: string, brotli: number }[]} now
 */
export function compared(base, now) {
  const key = (file) => (file.startsWith('locale-') ? 'locale-* (all tables)' : file);
  const sum = (rows) => {
    const out = new Map();
    for (const r of rows.filter((r) => !r.file.startsWith('total'))) out.set(key(r.file), (out.get(key(r.file)) ?? 0) + r.brotli);
    return out;
  };
  const [a, b] = [sum(base), sum(now)];
  const files = [...new Set([...a.keys(), ...b.keys()])].sort();
  const row = (file, x, y) => ({ file, base: x, now: y, change: (y ?? 0) - (x ?? 0) });
  return [
    ...files.map((f) => row(f, a.get(f), b.get(f))).filter((r) => r.change !== 0),
    row("an English post's widget", englishPost(base), englishPost(now)),
    row('total (default page)', base.at(-1).brotli, now.at(-1).brotli),
  ];
}
