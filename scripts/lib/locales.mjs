// The language tables a build ships: build.rs writes each table (crates/core/src/locale/tables/*.toml)
// as the JSON list of its strings into cargo's OUT_DIR for the crate; this finds the ones cargo
// just wrote for the widget's WebAssembly and copies them beside the loader as
// locale-<lang>-<hash>.json (all but English, which is built into the widget).
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const TABLES = 'crates/core/src/locale/tables';

/**
 * Copies the tables into `dir` as locale-<lang>-<hash>.json; returns `{ hash, langs, slots }`
 * (`slots`: where the strings the loader reads sit in a table).
 * @param {string} dir the build's output folder
 * @param {string} profile cargo's profile folder (`release`, `debug`)
 */
export async function shipLocales(dir, profile) {
  const target = process.env.CARGO_TARGET_DIR ?? 'target';
  const builds = join(target, 'wasm32-unknown-unknown', profile, 'build');
  const candidates = [];
  for (const build of await readdir(builds).catch(() => [])) {
    if (!build.startsWith('verdict-')) continue;
    const index = join(builds, build, 'out', 'locales', 'index.json');
    const made = await stat(index).catch(() => null);
    if (made) candidates.push({ folder: join(builds, build, 'out', 'locales'), index, made: made.mtimeMs });
  }
  candidates.sort((a, b) => b.made - a.made);
  const newest = candidates[0];
  if (!newest) throw new Error(`locales: build.rs wrote no tables under ${builds} (run the cargo build first)`);
  // The tables must be newer than their sources: cargo reruns build.rs when a table changes.
  for (const source of [...(await readdir(TABLES)).map((f) => join(TABLES, f)), 'crates/model/src/texts.rs']) {
    if ((await stat(source)).mtimeMs > newest.made) {
      throw new Error(`locales: ${source} changed after the tables in ${newest.folder} were written`);
    }
  }
  // One hash for the set (of every table's bytes): names change together, and the loader
  // carries one hash and the list of languages rather than a hash each.
  const langs = JSON.parse(await readFile(newest.index, 'utf8')).filter((lang) => lang !== 'en');
  const tables = await Promise.all(langs.map((lang) => readFile(join(newest.folder, `${lang}.json`))));
  const hash = createHash('sha256');
  tables.forEach((bytes, i) => hash.update(`${langs[i]}\0`).update(bytes));
  // Where the strings the loader reads itself sit in a table (build.rs).
  const slots = JSON.parse(await readFile(join(newest.folder, 'loader.json'), 'utf8'));
  const shipped = { hash: hash.digest('hex').slice(0, 8), langs, slots };
  await Promise.all(tables.map((bytes, i) => writeFile(join(dir, `locale-${langs[i]}-${shipped.hash}.json`), bytes)));
  return shipped;
}
