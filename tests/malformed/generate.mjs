// Writes the malformed-content corpus: one small valid comparison, then one mistake per file.
// Each file is checked by tests/malformed.rs, which names the problem path it must produce.
// Re-run with `node tests/malformed/generate.mjs` after changing a case; the files are committed.
import { writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));

const base = () => ({
  id: 'tea-vs-coffee',
  version: 1,
  title: 'Tea, coffee or cocoa?',
  short_answer: { title: 'The short answer', body: 'It depends on the hour.', bullets: ['Tea for calm', 'Coffee for speed'] },
  options: [
    { id: 'tea', name: 'Tea', about: { title: 'What is tea?', body: 'Leaves in hot water.', code: [{ language: 'text', source: 'steep 3 min' }] } },
    { id: 'coffee', name: 'Coffee' },
    { id: 'cocoa', name: 'Cocoa' },
  ],
  questions: [
    {
      id: 'morning', text: 'Is it morning?', help: 'Before noon counts.', rows: ['caffeine'],
      answers: [
        { id: 'yes', label: 'Yes', weights: { coffee: 2 }, reason: 'Coffee wakes you up.' },
        { id: 'no', label: 'No', weights: { tea: 1 }, reason: 'Tea is gentler later.' },
      ],
    },
    {
      id: 'sweet', text: 'Do you like sweet drinks?',
      answers: [
        { id: 'yes', label: 'Yes', weights: { cocoa: 2 }, reason: 'Cocoa is sweet.' },
        { id: 'no', label: 'No' },
      ],
    },
  ],
  grid: {
    rows: [
      { id: 'caffeine', feature: 'Caffeine', cells: { tea: 'Some', coffee: 'Lots', cocoa: 'A little' } },
      { id: 'sugar', feature: 'Usually sweet', cells: { tea: 'No', coffee: 'No', cocoa: 'Yes' } },
    ],
  },
  verdict: { title: 'Verdict', pick: 'tea', body: 'Tea, most of the day.' },
});

const json = (c) => JSON.stringify(c, null, 2) + '\n';
// [file name, content text]; a function gets a fresh base to change.
const edit = (name, change) => {
  const c = base();
  change(c);
  return [name, json(c)];
};
const q0 = (c) => c.questions[0];
const a = (c, q, i) => c.questions[q].answers[i];

const cases = [
  // Not JSON at all.
  ['broken-truncated', json(base()).slice(0, 200)],
  ['broken-trailing-comma', json(base()).replace('"version": 1,', '"version": 1,,')],
  ['broken-single-quotes', json(base()).replace('"title": "Tea, coffee or cocoa?"', "'title': 'Tea, coffee or cocoa?'")],
  ['broken-comment', json(base()).replace('{\n', '{\n  // a comment\n')],
  ['broken-duplicate-key', json(base()).replace('"version": 1,', '"version": 1,\n  "version": 2,')],
  ['broken-raw-newline', json(base()).replace('Leaves in hot water.', 'Leaves in\nhot water.')],
  ['broken-empty-file', ''],
  ['broken-bad-escape', json(base()).replace('It depends', 'It \\depends')],
  ['root-not-object', '[]\n'],
  // Shape: missing fields, wrong types, unknown fields.
  edit('missing-id', (c) => delete c.id),
  edit('missing-version', (c) => delete c.version),
  edit('missing-title', (c) => delete c.title),
  edit('missing-options', (c) => delete c.options),
  edit('missing-questions', (c) => delete c.questions),
  edit('missing-grid', (c) => delete c.grid),
  edit('missing-grid-rows', (c) => delete c.grid.rows),
  edit('missing-question-text', (c) => delete q0(c).text),
  edit('missing-answer-label', (c) => delete a(c, 0, 1).label),
  edit('missing-row-cells', (c) => delete c.grid.rows[0].cells),
  edit('missing-code-source', (c) => delete c.options[0].about.code[0].source),
  edit('type-id-number', (c) => (c.id = 42)),
  edit('type-version-string', (c) => (c.version = '1')),
  edit('type-version-negative', (c) => (c.version = -1)),
  edit('type-version-fraction', (c) => (c.version = 1.5)),
  edit('type-close-margin-string', (c) => (c.close_margin = 'two')),
  edit('type-options-object', (c) => (c.options = { tea: 'Tea' })),
  edit('type-option-string', (c) => (c.options[1] = 'coffee')),
  edit('type-answers-object', (c) => (q0(c).answers = { yes: 'Yes' })),
  edit('type-weights-list', (c) => (a(c, 0, 0).weights = ['coffee', 2])),
  edit('type-weight-string', (c) => (a(c, 0, 0).weights.coffee = '2')),
  edit('type-weight-fraction', (c) => (a(c, 0, 0).weights.coffee = 1.5)),
  edit('type-weight-huge', (c) => (a(c, 0, 0).weights.coffee = 1e12)),
  edit('type-cell-number', (c) => (c.grid.rows[0].cells.coffee = 3)),
  edit('type-section-string', (c) => (c.short_answer = 'Tea.')),
  edit('type-bullet-number', (c) => (c.short_answer.bullets[1] = 2)),
  edit('type-rows-string', (c) => (q0(c).rows = 'caffeine')),
  edit('type-help-true', (c) => (q0(c).help = true)),
  edit('unknown-top-level-typo', (c) => { c.titel = c.title; delete c.title; }),
  edit('unknown-answer-weight', (c) => { a(c, 0, 0).weight = a(c, 0, 0).weights; delete a(c, 0, 0).weights; }),
  edit('unknown-option-field', (c) => (c.options[0].description = 'Leaves.')),
  edit('unknown-code-field', (c) => { c.options[0].about.code[0].lang = 'text'; delete c.options[0].about.code[0].language; }),
  edit('unknown-question-field', (c) => (q0(c).hint = 'Before noon.')),
  // Rules.
  edit('rule-empty-id', (c) => (c.id = '')),
  edit('rule-id-uppercase', (c) => (c.options[0].id = 'Tea')),
  edit('rule-id-too-long', (c) => (c.id = 'x'.repeat(65))),
  edit('rule-duplicate-option-id', (c) => (c.options[1].id = 'tea')),
  edit('rule-duplicate-question-id', (c) => (c.questions[1].id = 'morning')),
  edit('rule-duplicate-answer-id', (c) => (a(c, 0, 1).id = 'yes')),
  edit('rule-duplicate-row-id', (c) => (c.grid.rows[1].id = 'caffeine')),
  edit('rule-one-option', (c) => {
    c.options = c.options.slice(0, 1);
    for (const q of c.questions) for (const ans of q.answers) if (ans.weights) ans.weights = {};
    for (const r of c.grid.rows) r.cells = { tea: r.cells.tea };
    delete c.verdict.pick;
  }),
  edit('rule-seven-options', (c) => {
    for (const id of ['mate', 'juice', 'water', 'milk']) {
      c.options.push({ id, name: id });
      for (const r of c.grid.rows) r.cells[id] = '-';
    }
  }),
  edit('rule-one-answer', (c) => (q0(c).answers = q0(c).answers.slice(0, 1))),
  edit('rule-seven-answers', (c) => {
    for (let i = 0; i < 5; i++) q0(c).answers.push({ id: `extra${i}`, label: `Extra ${i}` });
  }),
  edit('rule-no-questions', (c) => (c.questions = [])),
  (() => {
    const c = base();
    for (let i = 0; i < 999; i++) c.questions.push({ id: `q${i}`, text: `Question ${i}?`, answers: [{ id: 'y', label: 'Yes' }, { id: 'n', label: 'No' }] });
    return ['rule-too-many-questions', JSON.stringify(c) + '\n']; // one line: the file is long
  })(),
  edit('rule-empty-title', (c) => (c.title = '')),
  edit('rule-blank-label', (c) => (a(c, 0, 0).label = '   ')),
  edit('rule-long-question', (c) => (c.questions[1].text = 'Why? '.repeat(41))),
  edit('rule-long-body', (c) => (c.short_answer.body = 'Long. '.repeat(400))),
  edit('rule-long-code-language', (c) => (c.options[0].about.code[0].language = 'l'.repeat(41))),
  edit('rule-empty-code-source', (c) => (c.options[0].about.code[0].source = '')),
  edit('rule-unknown-option-in-weights', (c) => (a(c, 0, 0).weights.fastapi = 1)),
  edit('rule-unknown-option-in-cells', (c) => (c.grid.rows[1].cells.fastapi = 'Yes')),
  edit('rule-row-missing-option', (c) => delete c.grid.rows[0].cells.cocoa),
  edit('rule-weight-too-high', (c) => (a(c, 0, 0).weights.coffee = 11)),
  edit('rule-weight-too-low', (c) => (a(c, 0, 1).weights.tea = -11)),
  edit('rule-unknown-row', (c) => (q0(c).rows = ['caffeine', 'price'])),
  edit('rule-unknown-verdict-pick', (c) => (c.verdict.pick = 'water')),
  edit('rule-javascript-link', (c) => (q0(c).help = 'See [this](javascript:alert(1)).')),
  edit('rule-data-link-in-cell', (c) => (c.grid.rows[0].cells.tea = '[Some](data:text/html,x)')),
  edit('rule-missing-reason', (c) => delete c.questions[1].answers[0].reason),
  edit('rule-no-grid-rows', (c) => { c.grid.rows = []; q0(c).rows = []; }),
  edit('rule-close-margin-too-big', (c) => (c.close_margin = 101)),
  // More than one shape mistake: every one is reported, not only serde's first.
  edit('shape-two-typos', (c) => {
    c.options[1].nmae = c.options[1].name;
    delete c.options[1].name;
    c.questions[1].txet = c.questions[1].text;
    delete c.questions[1].text;
  }),
  // Hostile input: each bounded, each said.
  edit('rule-control-character', (c) => (c.title = 'Tea\u001b[2J or coffee?')),
  edit('rule-too-many-rows', (c) => {
    for (let i = 0; i < 200; i++) c.grid.rows.push({ id: `r${i}`, feature: `Row ${i}`, cells: { tea: '-', coffee: '-', cocoa: '-' } });
  }),
  ['broken-html-page', '<!doctype html>\n<html><head><title>Home</title></head><body>Welcome</body></html>\n'],
  ['broken-lone-surrogate', json(base()).replace('It depends on the hour.', 'It depends \\ud800 on the hour.')],
  edit('type-close-margin-negative', (c) => (c.close_margin = -1)),
  edit('type-weight-beyond-doubles', (c) => (a(c, 0, 0).weights.coffee = 2 ** 53 + 1)),
];

// The unbroken base, so the tests can show that each file fails only for its own mistake.
writeFileSync(join(dir, '..', 'valid', 'tea-coffee-cocoa.json'), json(base()));
for (const file of readdirSync(dir)) if (file.endsWith('.json')) unlinkSync(join(dir, file));
cases.forEach(([name, text], i) => {
  writeFileSync(join(dir, `${String(i + 1).padStart(2, '0')}-${name}.json`), text);
});
console.log(`wrote ${cases.length} files to ${dir}`);
