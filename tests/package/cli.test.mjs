// `npx verdict` without Rust: the packed tarball installed into an empty folder, run with a PATH
// that has no cargo and no rustc. It checks, refuses a broken file with its path, drafts from an
// article exactly as the Rust `verdict-import` does, and renders a first view.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TARBALL, project, scratch } from './lib.mjs';

const h = {};
// Only where node and npm live, and the system's basics: no ~/.cargo/bin.
const PATH = [...new Set([dirname(process.execPath), '/usr/bin', '/bin'])].join(':');

before(async () => {
  h.dir = await project('cli', [TARBALL]);
  await copyFile('content/django-vs-flask.json', join(h.dir, 'django-vs-flask.json'));
  await copyFile('content/django-vs-flask.md', join(h.dir, 'django-vs-flask.md'));
  const json = await readFile('content/django-vs-flask.json', 'utf8');
  await writeFile(join(h.dir, 'broken.json'), json.replace('"django": 3', '"djano": 3'));
});

const npx = (...args) => spawnSync('npx', ['--no-install', 'verdict', ...args], { cwd: h.dir, encoding: 'utf8', env: { ...process.env, PATH } });

test('there is no Rust on this PATH', () => {
  for (const tool of ['cargo', 'rustc']) {
    assert.notEqual(spawnSync('sh', ['-c', `command -v ${tool}`], { env: { PATH } }).status, 0, `${tool} is on the PATH`);
  }
});

test('npx verdict check passes the bundled content and refuses a broken file with the path', () => {
  const ok = npx('check', 'django-vs-flask.json');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^django-vs-flask\.json: valid\n/);
  assert.match(ok.stdout, /Every option can win\./);
  const broken = npx('check', 'broken.json');
  assert.equal(broken.status, 1);
  assert.match(broken.stdout, /^broken\.json: 1 problem\n {2}questions\[\d+\]\.answers\[\d+\]\.weights\.djano: names option "djano", which does not exist; use one of: django, flask/m);
  const usage = npx('check');
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /usage: verdict check FILE\.json/);
});

test('npx verdict import gives the same draft as the Rust verdict-import, byte for byte', () => {
  const node = npx('import', 'django-vs-flask.md');
  const rust = spawnSync('cargo', ['run', '--quiet', '--bin', 'verdict-import', '--', 'content/django-vs-flask.md'], { encoding: 'utf8' });
  assert.equal(rust.status, 0, rust.stderr);
  assert.equal(node.status, rust.status);
  assert.equal(node.stdout, rust.stdout);
  assert.equal(node.stderr, rust.stderr.replaceAll('content/django-vs-flask.md', 'django-vs-flask.md'));
  assert.ok(node.stdout.length > 5000);
});

test('without installing anything: npx -p verdict-widget-<version>.tgz verdict check', async () => {
  const empty = await scratch('cli-bare');
  await copyFile('content/django-vs-flask.json', join(empty, 'django-vs-flask.json'));
  const run = spawnSync('npx', ['--yes', '-p', TARBALL, 'verdict', 'check', 'django-vs-flask.json'],
    { cwd: empty, encoding: 'utf8', env: { ...process.env, PATH } });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^django-vs-flask\.json: valid\n/);
});

test('npx verdict render prints the element with its first view, and refuses broken content', () => {
  const ok = npx('render', 'django-vs-flask.json', '--id', 'framework');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^<verdict-widget id="framework">\n<template shadowrootmode="open"><link rel="stylesheet" href="https:\/\/cdn\.jsdelivr\.net\/npm\/verdict-widget@[\d.]+\/dist\/widget-[0-9a-f]+\.css">/);
  assert.match(ok.stdout, /Do you need an admin panel\?/);
  assert.match(ok.stdout, /<script type="application\/json">/);
  const broken = npx('render', 'broken.json');
  assert.equal(broken.status, 1);
  assert.equal(broken.stdout, '');
  assert.match(broken.stderr, /weights\.djano/);
  assert.equal(npx('--help').status, 0);
  assert.match(execFileSync('npx', ['--no-install', 'verdict', '--version'], { cwd: h.dir, encoding: 'utf8', env: { ...process.env, PATH } }), /^verdict \d/);
});
