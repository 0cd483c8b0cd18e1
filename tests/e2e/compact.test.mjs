// The loader's own reading of a page's JSON (apps/widget/loader/src/compact.js) against the
// checker's: for every bundled comparison and for variations that use what the model allows
// (left-out fields and their defaults, nulls, negative weights, every script, a 6 × 50 one), the
// loader's bytes are the checker's, byte for byte; where serde would refuse the JSON, the loader
// gives null and the checker says why. Runs the release build's checker in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { shapeOf } from '../../scripts/loader.mjs';

const DIST = process.env.VERDICT_DIST ?? 'dist';
const schema = JSON.parse(readFileSync('docs/content.schema.json', 'utf8'));

// The encoder as the build bundles it, with the shape the build derives.
const bundled = await build({
  entryPoints: ['apps/widget/loader/src/compact.js'],
  bundle: true,
  format: 'esm',
  write: false,
  plugins: [{
    name: 'verdict-build',
    setup(b) {
      b.onResolve({ filter: /^verdict:build$/ }, () => ({ path: 'verdict:build', namespace: 'verdict' }));
      b.onLoad({ filter: /.*/, namespace: 'verdict' }, () => ({
        contents: `export const SHAPE = ${JSON.stringify(shapeOf(schema))}; export const MAX_BYTES = ${schema['x-max-bytes']};`,
        loader: 'js',
      }));
    },
  }],
});
const { compactText } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

// The release build's checker, in Node.
const glue = readdirSync(DIST).find((f) => /^verdict-checker-[0-9a-f]+\.js$/.test(f));
const checker = await import(join(process.cwd(), DIST, glue));
checker.initSync({ module: readFileSync(join(DIST, glue.replace(/\.js$/, '_bg.wasm'))) });

/** The checker's bytes for valid content (its first byte 0: Loaded::Content), else null. */
const checked = (json) => {
  const bytes = checker.read_text(json);
  return bytes[0] === 0 ? Buffer.from(bytes) : null;
};

const BASE = JSON.parse(readFileSync('content/django-vs-flask.json', 'utf8'));
const files = ['content/django-vs-flask.json', 'content/django-flask-fastapi.json', 'content/template.json',
  ...readdirSync('examples/content').map((f) => `examples/content/${f}`)];

/** Variations on the built-in comparison that the model allows. */
const variations = {
  'optional fields and defaulted ones left out': (c) => {
    for (const key of ['intro', 'short_answer', 'close_margin', 'usage', 'verdict', 'closing']) delete c[key];
    delete c.grid.feature_label;
    for (const o of c.options) for (const key of ['tagline', 'about', 'when_to_choose', 'used_by']) delete o[key];
  },
  'nulls where Options are': (c) => {
    c.intro = null;
    c.verdict = null;
    c.$schema = null;
    c.options[0].tagline = null;
  },
  'a $schema and every script': (c) => {
    c.$schema = 'https://example.org/content.schema.json';
    c.title = 'Django 🚀 или Flask? 选哪个 — أيهما أفضل؟ हिंदी';
    c.options[1].name = 'Flask ✨ 日本語';
  },
  'negative and large weights, a wide close margin': (c) => {
    c.close_margin = 100;
    const a = c.questions[0].answers[0];
    a.weights = { django: -10, flask: 10 };
    a.reason = a.reason ?? 'Because.';
  },
  'a 6-option, 50-question comparison': (c) => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    c.options = ids.map((id) => ({ id, name: `Option ${id.toUpperCase()}` }));
    c.questions = Array.from({ length: 50 }, (_, q) => ({
      id: `q${q}`,
      text: `Question ${q}: ${'long words '.repeat(q % 7)}?`,
      answers: [0, 1, 2].map((a) => ({ id: `a${a}`, label: `Answer ${a}`, weights: { [ids[(q + a) % 6]]: a + 1 }, reason: `Reason ${q}.${a}` })),
    }));
    c.grid.rows = c.grid.rows.map((r) => ({ ...r, cells: Object.fromEntries(ids.map((id) => [id, `${r.feature} ${id}`])) }));
    delete c.verdict;
    delete c.usage;
    delete c.short_answer;
  },
};

test('the loader writes every bundled comparison as the checker does, byte for byte', () => {
  for (const file of files) {
    const json = readFileSync(file, 'utf8');
    const want = checked(json);
    assert.ok(want, `${file} is valid`);
    assert.deepEqual(Buffer.from(compactText(json) ?? []), want, file);
    // Written compact (as a page may), and with a byte-order mark: the same bytes.
    assert.deepEqual(Buffer.from(compactText(JSON.stringify(JSON.parse(json)))), want, `${file}, compact`);
    assert.deepEqual(Buffer.from(compactText(`\uFEFF${json}`)), want, `${file}, with a byte-order mark`);
  }
});

for (const [name, change] of Object.entries(variations)) {
  test(`the loader writes a comparison as the checker does: ${name}`, () => {
    const content = structuredClone(BASE);
    change(content);
    const json = JSON.stringify(content, null, 2);
    const want = checked(json);
    assert.ok(want, `${name}: the checker reads it: ${checker.read_text(json).length} bytes of problems`);
    assert.deepEqual(Buffer.from(compactText(json) ?? []), want);
  });
}

test('JSON serde would refuse is left to the checker, which says why', () => {
  const refused = {
    'not JSON': '{"id": ',
    'an HTML page': '<!doctype html><p>Not found</p>',
    'an unknown field': JSON.stringify({ ...BASE, colour: 'red' }),
    'an unknown field in an answer': JSON.stringify({ ...BASE, questions: [{ ...BASE.questions[0], answers: [{ ...BASE.questions[0].answers[0], colour: 1 }, ...BASE.questions[0].answers.slice(1)] }, ...BASE.questions.slice(1)] }),
    'a required field left out': JSON.stringify({ ...BASE, title: undefined }),
    'null where a value is required': JSON.stringify({ ...BASE, title: null }),
    'a number as text': JSON.stringify({ ...BASE, version: '1' }),
    'a fraction for a whole number': JSON.stringify({ ...BASE, version: 1.5 }),
    'a negative version': JSON.stringify({ ...BASE, version: -1 }),
    'a weight past i32': JSON.stringify({ ...BASE, questions: [{ ...BASE.questions[0], answers: [{ ...BASE.questions[0].answers[0], weights: { django: 2 ** 31 } }, ...BASE.questions[0].answers.slice(1)] }, ...BASE.questions.slice(1)] }),
    'a list where an object goes': JSON.stringify({ ...BASE, grid: [] }),
    'an array at the root': '[]',
    'a key written twice': JSON.stringify(BASE).replace('"title":', '"title": "Twice", "title":'),
    'a map past the entries an id map takes': JSON.stringify({ ...BASE, questions: [{ ...BASE.questions[0], answers: [{ ...BASE.questions[0].answers[0], weights: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`o${i}`, 1])) }, ...BASE.questions[0].answers.slice(1)] }, ...BASE.questions.slice(1)] }),
    'nesting a hundred thousand deep': `{"id": ${'['.repeat(100000)}${']'.repeat(100000)}}`,
    'a lone surrogate': JSON.stringify(BASE).replace('"Django vs Flask', '"Django \\ud800 vs Flask'),
    'a file past the size limit': JSON.stringify({ ...BASE, intro: 'x'.repeat(schema['x-max-bytes']) }),
  };
  for (const [name, json] of Object.entries(refused)) {
    assert.equal(compactText(json), null, name);
    assert.equal(checked(json), null, `${name}: the checker refuses it too`);
  }
});
