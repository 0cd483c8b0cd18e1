// Shared by the package tests: the packed tarball (scripts/package.sh), unpacked or installed
// into a scratch folder, never the source tree.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const VERSION = JSON.parse(await readFile('package.json', 'utf8')).version;
export const TARBALL = resolve(`target/package/verdict-widget-${VERSION}.tgz`);
export const ZIP = resolve(`target/package/verdict-widget-${VERSION}.zip`);

/** A fresh temporary folder. */
export const scratch = (name) => mkdtemp(join(tmpdir(), `verdict-${name}-`));

/** The tarball unpacked into a fresh folder: its `package/` folder. */
export async function unpacked() {
  const dir = await scratch('unpacked');
  execFileSync('tar', ['xzf', TARBALL, '-C', dir]);
  return join(dir, 'package');
}

/** A fresh project (package.json with `type: module`) with `packages` installed from npm. */
export async function project(name, packages, files = {}) {
  const dir = await scratch(name);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }, null, 2));
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packages], { cwd: dir, stdio: 'inherit' });
  return dir;
}
