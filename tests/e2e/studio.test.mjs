// End to end: the studio (editor.html) as an author uses it. Write a comparison in the form
// (every kind of field, reordering, renaming an option everywhere, undo and redo), see the JSON
// tab follow and the form follow the JSON; follow a problem to its field; make a guide from a
// post already written, piece by piece, by keyboard, in English and in another language; copy
// the snippet into a post served with the README's strict CSP and see it work; keep the draft
// across a reload; open and download files; at 375 px and in dark mode, with no axe violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { blogHarness, cleanPage } from './lib/harness.mjs';
import { Widget } from './lib/widget.mjs';

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = await readFile('content/django-vs-flask.md', 'utf8');

// dist/ under a blog's sub-path; the studio and the posts the tests write (added to the live
// routes as they go) are all served with the strict CSP.
const blog = blogHarness('studio');
const h = {
  get browser() { return blog.browser; },
  get server() { return blog.strict; },
};

/** A comparison an author might type: tea or coffee, two questions, a grid row. */
const teaOrCoffee = (patch = (c) => c) => JSON.stringify(patch({
  id: 'tea-or-coffee',
  version: 1,
  title: 'Tea or coffee?',
  intro: 'Two questions, one cup.',
  options: [{ id: 'tea', name: 'Tea' }, { id: 'coffee', name: 'Coffee' }],
  questions: [
    {
      id: 'late', text: 'Do you work late?', rows: ['caffeine'],
      answers: [
        { id: 'yes', label: 'Yes', weights: { coffee: 2 }, reason: 'Coffee keeps you up.' },
        { id: 'no', label: 'No', weights: { tea: 1 }, reason: 'Tea is gentler.' },
      ],
    },
    {
      id: 'milk', text: 'Do you take milk?',
      answers: [
        { id: 'yes', label: 'Yes', weights: { tea: 1 }, reason: 'Milk suits a strong tea.' },
        { id: 'no', label: 'No' },
      ],
    },
  ],
  grid: { rows: [{ id: 'caffeine', feature: 'Caffeine', cells: { tea: 'Some', coffee: 'Lots' } }] },
  closing: 'Write </script> in a post and the snippet still holds.',
}), null, 2);

/** The studio, opened fresh (or in `session`), ready to write in. */
async function openStudio(session) {
  const s = session ?? await cleanPage(h, { viewport: { width: 1280, height: 900 } });
  await s.page.goto(`${h.server.url}editor.html`);
  await s.page.locator('.studio-check').first().waitFor();
  return s;
}

const tab = (page, name) => page.getByRole('tab', { name, exact: true });
const field = (page, name) => page.getByRole('textbox', { name, exact: true });
const checkSays = (page, text) => page.locator('.studio-check').filter({ hasText: text }).waitFor();
const preview = (page) => new Widget(page, '.studio-preview-host');

/** The guide as the JSON tab shows it, read. */
async function jsonOf(page) {
  await tab(page, 'JSON').click();
  const text = await page.locator('#studio-json').inputValue();
  await tab(page, 'Form').click();
  return JSON.parse(text);
}

/** Replaces the guide with `json`, typed into the JSON tab, and goes back to the form. */
async function typeJson(page, json) {
  await tab(page, 'JSON').click();
  await page.locator('#studio-json').fill(json);
  await tab(page, 'Form').click();
}

/** Opens the folded question or row `n` (1-based) of the form. */
async function unfold(page, what, n) {
  const summary = page.locator('.form-fold > summary').filter({ hasText: new RegExp(`^${what} ${n}(?!\\d)`) });
  const details = summary.locator('..');
  if (!(await details.evaluate((d) => d.open))) await summary.click();
}

/** Answers the preview's questions with the first answer each, or `labels` in order. */
async function answerThrough(widget, count, labels = []) {
  for (let i = 0; i < count; i++) {
    await widget.count.filter({ hasText: new RegExp(`(^|\\D)${i + 1}\\D+${count}$`) }).waitFor();
    const group = widget.root.locator('.vd-answers, [role="group"]').first();
    const name = labels[i];
    await (name ? group.getByRole('button', { name, exact: true }) : group.getByRole('button').first()).click();
  }
  await widget.resultHeading.waitFor();
}

test('the template is a guide the form edits and the preview runs; the JSON tab follows both ways', async () => {
  const s = await openStudio();
  const { page } = s;
  await checkSays(page, 'Ready: 2 options, 2 questions, 2 grid rows, no problems.');
  await field(page, 'Title').fill('Tabs or spaces?');
  await field(page, 'Option 1').fill('Tabs');
  await field(page, 'Option 2').fill('Spaces');
  // The JSON tab shows what the form wrote.
  const doc = await jsonOf(page);
  assert.equal(doc.title, 'Tabs or spaces?');
  assert.deepEqual(doc.options.map((o) => o.name), ['Tabs', 'Spaces']);
  // And the preview runs it, the renamed options everywhere.
  await tab(page, 'Preview').click();
  const widget = preview(page);
  await widget.root.getByRole('heading', { name: 'Tabs or spaces?' }).waitFor();
  await answerThrough(widget, 2);
  assert.match(await widget.resultHeading.textContent(), /Tabs|Spaces/);

  // Typed into the JSON tab, read once the author pauses, and the form shows it.
  await tab(page, 'JSON').click();
  await page.locator('#studio-json').fill(teaOrCoffee());
  await checkSays(page, 'Reading when you pause');
  await checkSays(page, 'Ready: 2 options, 2 questions, 1 grid row, no problems.');
  await tab(page, 'Form').click();
  assert.equal(await field(page, 'Title').inputValue(), 'Tea or coffee?');
  assert.equal(await field(page, 'Option 2').inputValue(), 'Coffee');
  await s.done();
});

test('every field of the form edits its part of the guide', async () => {
  const s = await openStudio();
  const { page } = s;
  await typeJson(page, teaOrCoffee());
  await checkSays(page, 'Ready: 2 options, 2 questions, 1 grid row');
  await field(page, 'Introduction').fill('A short guide.');
  await field(page, 'Closing line').fill('Enjoy the cup.');
  await page.getByRole('textbox', { name: 'Tagline' }).first().fill('Leaves in water');
  await unfold(page, 'Question', 1);
  const q1 = page.locator('.form-question').first();
  await q1.getByRole('textbox', { name: 'Question 1', exact: true }).fill('Do you often work late?');
  await q1.getByRole('textbox', { name: 'Help line' }).fill('After eight, say.');
  await q1.getByRole('textbox', { name: 'Answer 1' }).fill('Often');
  // A leaning is chosen per option, in words, not typed as a number.
  await q1.getByRole('combobox', { name: 'Leans for Coffee' }).first().selectOption({ label: '+3 strongly toward' });
  await q1.getByRole('combobox', { name: 'Leans for Tea' }).first().selectOption({ label: '−1 a little away' });
  await q1.getByRole('textbox', { name: 'Why it counts (shown in the result)' }).first().fill('Coffee keeps you going.');
  await q1.getByRole('textbox', { name: 'Advice whoever wins' }).first().fill('Mind your sleep.');
  await q1.getByRole('button', { name: 'Add answer' }).click();
  await q1.getByRole('textbox', { name: 'Answer 3' }).fill('Sometimes');
  await page.getByRole('button', { name: 'Remove answer 3 of question 1' }).click();
  await q1.getByRole('checkbox', { name: 'Caffeine' }).uncheck();
  await field(page, 'Grid heading').fill('At a glance');
  await field(page, "First column's header").fill('What');
  await unfold(page, 'Row', 1);
  await field(page, 'Row 1').fill('Caffeine per cup');
  await page.locator('.form-row').first().getByRole('textbox', { name: 'Coffee', exact: true }).fill('About 95 mg');
  await page.getByRole('button', { name: 'Add a situation for Tea' }).click();
  await field(page, 'Situation').fill('You drink it all day');
  await field(page, 'Paragraph').first().fill('Tea is gentle enough for a fourth cup.');
  await field(page, 'List (one item a line)').fill('Green tea\nRooibos');
  await page.locator('#f-verdict').getByRole('textbox', { name: 'Heading' }).fill('My pick');
  await page.getByRole('combobox', { name: 'Favours' }).selectOption({ label: 'Tea' });
  await page.locator('#f-verdict').getByRole('textbox', { name: 'Paragraph' }).fill('Tea, most days.');
  await field(page, 'Reasons (one a line)').fill('Gentler\nCheaper');
  await checkSays(page, 'Ready: 2 options, 2 questions, 1 grid row, no problems.');

  const doc = await jsonOf(page);
  assert.equal(doc.intro, 'A short guide.');
  assert.equal(doc.closing, 'Enjoy the cup.');
  assert.equal(doc.options[0].tagline, 'Leaves in water');
  const [late] = doc.questions;
  assert.equal(late.text, 'Do you often work late?');
  assert.equal(late.help, 'After eight, say.');
  assert.equal(late.answers.length, 2);
  assert.deepEqual(late.answers[0], {
    id: 'yes', label: 'Often', weights: { coffee: 3, tea: -1 }, reason: 'Coffee keeps you going.', note: 'Mind your sleep.',
  });
  assert.deepEqual(late.rows ?? [], []);
  assert.equal(doc.grid.title, 'At a glance');
  assert.equal(doc.grid.feature_label, 'What');
  assert.deepEqual(doc.grid.rows[0], { id: 'caffeine', feature: 'Caffeine per cup', cells: { tea: 'Some', coffee: 'About 95 mg' } });
  assert.deepEqual(doc.options[0].when_to_choose, [
    { title: 'You drink it all day', body: 'Tea is gentle enough for a fourth cup.', bullets: ['Green tea', 'Rooibos'] },
  ]);
  assert.deepEqual(doc.verdict, { title: 'My pick', pick: 'tea', body: 'Tea, most days.', bullets: ['Gentler', 'Cheaper'] });
  await s.done();
});

test('options, questions and rows are added, reordered and removed; a rename shows everywhere', async () => {
  const s = await openStudio();
  const { page } = s;
  await typeJson(page, teaOrCoffee());
  await checkSays(page, 'Ready: 2 options, 2 questions, 1 grid row');
  // Adding takes the focus to the new item's first field.
  const focused = (id) => page.waitForFunction((want) => document.activeElement.id === want, id);
  await page.getByRole('button', { name: 'Add option' }).click();
  await focused('f-options-2-name');
  await page.keyboard.type('Cocoa');
  await page.getByRole('button', { name: 'Add question' }).click();
  await focused('f-questions-2-text');
  await page.keyboard.type('Do you like chocolate?');
  await page.getByRole('button', { name: 'Add row' }).click();
  await focused('f-grid-rows-1-feature');
  await page.keyboard.type('Sugar');
  await page.getByRole('button', { name: 'Move question 3 up' }).click();
  await page.getByRole('button', { name: 'Move option Cocoa up' }).click();
  await page.getByRole('button', { name: 'Move row 2 up' }).click();
  let doc = await jsonOf(page);
  assert.deepEqual(doc.options.map((o) => o.name), ['Tea', 'Cocoa', 'Coffee']);
  assert.deepEqual(doc.questions.map((q) => q.text), ['Do you work late?', 'Do you like chocolate?', 'Do you take milk?']);
  assert.deepEqual(doc.grid.rows.map((r) => r.feature), ['Sugar', 'Caffeine']);

  // A rename is one edit: the leaning controls, the grid's cells and the verdict's choices all
  // say the new name; an id made from the old name follows it, in every answer and row.
  await field(page, 'Option 3').fill('Espresso');
  await unfold(page, 'Question', 1);
  await page.locator('.form-question').first().getByRole('combobox', { name: 'Leans for Espresso' }).first().waitFor();
  await unfold(page, 'Row', 2);
  await page.locator('.form-row').nth(1).getByRole('textbox', { name: 'Espresso', exact: true }).waitFor();
  assert.ok((await page.getByRole('combobox', { name: 'Favours' }).locator('option').allTextContents()).includes('Espresso'));
  doc = await jsonOf(page);
  assert.equal(doc.options[2].id, 'espresso');
  assert.deepEqual(doc.questions[0].answers[0].weights, { espresso: 2 });
  assert.equal(doc.grid.rows[1].cells.espresso, 'Lots');

  // Removing an option takes it out of every answer and row.
  await page.getByRole('button', { name: 'Remove option Cocoa' }).click();
  await page.getByRole('button', { name: 'Remove question 2' }).click();
  await page.getByRole('button', { name: 'Remove row 1' }).click();
  doc = await jsonOf(page);
  assert.deepEqual(doc.options.map((o) => o.name), ['Tea', 'Espresso']);
  assert.deepEqual(doc.questions.map((q) => q.text), ['Do you work late?', 'Do you take milk?']);
  assert.ok(doc.grid.rows.every((r) => !('cocoa' in r.cells)));
  await checkSays(page, 'Ready: 2 options, 2 questions, 1 grid row, no problems.');
  await s.done();
});

test('undo and redo walk back and forth over every edit, by button and by keyboard', async () => {
  const s = await openStudio();
  const { page } = s;
  await checkSays(page, 'Ready');
  const title = field(page, 'Title');
  const before = await title.inputValue();
  // Typing in one field is one step.
  await title.fill('');
  await title.pressSequentially('Mugs');
  await page.getByRole('button', { name: 'Add option' }).click();
  await page.waitForFunction(() => document.activeElement.id === 'f-options-2-name');
  await page.keyboard.type('Cups');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await page.locator('#f-options-2-name').count(), 0);
  assert.equal(await title.inputValue(), 'Mugs');
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await title.inputValue(), before);
  await page.getByRole('button', { name: 'Redo' }).click();
  assert.equal(await title.inputValue(), 'Mugs');
  // Ctrl+Z and Ctrl+Shift+Z outside a text field.
  await page.getByRole('button', { name: 'Redo' }).focus();
  await page.keyboard.press('Control+Z');
  assert.equal(await title.inputValue(), before);
  await page.keyboard.press('Control+Shift+Z');
  assert.equal(await title.inputValue(), 'Mugs');
  // A JSON edit is a step too.
  await typeJson(page, teaOrCoffee());
  await checkSays(page, 'Ready: 2 options, 2 questions, 1 grid row');
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await title.inputValue(), 'Mugs');
  await s.done();
});

test('a problem takes the focus to its field; where the JSON does not read, to its place in the JSON', async () => {
  const s = await openStudio();
  const { page } = s;
  await typeJson(page, teaOrCoffee());
  await checkSays(page, 'Ready');
  // An answer leaning to no one and a blank option name, made in the form.
  await field(page, 'Option 2').fill('');
  await checkSays(page, '1 problem');
  const problem = page.getByRole('button', { name: /options\[1\]\.name/ });
  await problem.click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-options-1-name');
  await page.keyboard.type('Coffee');
  await checkSays(page, 'Ready');

  // A problem inside a folded question opens it.
  await typeJson(page, teaOrCoffee((c) => ({ ...c, questions: [c.questions[0], { ...c.questions[1], text: '' }] })));
  await checkSays(page, '1 problem');
  await page.getByRole('button', { name: /questions\[1\]\.text/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-questions-1-text');
  assert.equal(await page.locator('#f-questions-1-text').isVisible(), true);

  // JSON that does not read: the form waits, and the problem puts the caret at its place.
  const broken = teaOrCoffee().replace('"title": "Tea or coffee?",', '"title": "Tea or coffee?"');
  await typeJson(page, broken);
  await page.getByText('The JSON does not read as a guide yet').waitFor();
  const where = page.locator('.studio-problem').first();
  await where.filter({ hasText: /line 5, column 3: expected ',' or '\}'/ }).waitFor();
  await where.click();
  const at = await page.locator('#studio-json').evaluate((area) => ({
    focused: document.activeElement === area,
    line: area.value.slice(0, area.selectionStart).split('\n').length,
  }));
  assert.deepEqual(at, { focused: true, line: 5 });
  // The preview keeps the last good version meanwhile.
  await tab(page, 'Preview').click();
  await page.getByText('The preview shows the last version without problems.').waitFor();
  await preview(page).root.getByRole('heading', { name: 'Tea or coffee?' }).waitFor();
  await s.done();
});

test('a post becomes a guide: the draft marks its pieces; a piece is taken back, another used, by keyboard', async () => {
  const s = await openStudio();
  const { page } = s;
  await page.getByRole('textbox', { name: /^Post/ }).fill(ARTICLE);
  await page.getByRole('button', { name: 'Read post' }).click();
  await checkSays(page, 'Ready: 2 options, 10 questions, 10 grid rows, no problems.');
  const pieces = page.getByRole('list', { name: "The post's pieces" }).getByRole('listitem');
  const used = page.locator('.post-piece.is-used');
  assert.ok(await pieces.count() > 40, 'the post is in pieces');
  assert.equal(await used.count(), 17, '10 questions and 10 rows marked (three rows are also questions)');
  // Each decision line's piece says what it became.
  const line = pieces.filter({ hasText: 'Are you freelancing? → Django' });
  assert.match(await line.getAttribute('aria-label'), /in the comparison as a question/);

  // By keyboard: onto that piece, D takes its question back; Undo brings it back.
  await line.focus();
  await page.keyboard.press('d');
  await checkSays(page, 'Ready: 2 options, 9 questions, 10 grid rows');
  assert.doesNotMatch(await line.getAttribute('aria-label') ?? '', /in the comparison/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await checkSays(page, 'Ready: 2 options, 10 questions, 10 grid rows');

  // Arrow keys move between pieces; Q makes a question of one, W a section, V the verdict.
  const pick = pieces.filter({ hasText: /^Flask is excellent for lightweight APIs/ }).first();
  await pick.focus();
  await page.keyboard.press('q');
  await checkSays(page, 'Ready: 2 options, 11 questions, 10 grid rows');
  await page.keyboard.press('ArrowDown');
  const next = await page.evaluate(() => document.activeElement.dataset.piece);
  assert.equal(Number(next), Number(await pick.getAttribute('data-piece')) + 1);
  const doc = await jsonOf(page);
  const asked = doc.questions.at(-1);
  assert.ok(asked.answers[0].weights.flask > 0, JSON.stringify(asked));
  assert.equal(asked.answers[0].label, 'Yes');
  await s.done();
});

test('a prose-only post, whose draft finds no question, becomes a passing guide in 20 keyboard actions', async () => {
  const prose = [
    '# Svelte or React',
    'Notes from a year of shipping both.',
    'Svelte compiles components to plain JavaScript, while React ships a runtime of about 40 KB.',
    'React has the larger ecosystem of component libraries.',
    'Svelte templates read like HTML, while React mixes markup into JavaScript.',
    'React Native lets a team reuse its skills on mobile.',
    'Svelte builds came out three times smaller in our tests.',
    'Hiring React developers is easier in most cities.',
    'Svelte reactivity needs no hooks, while React hooks take a while to learn.',
  ].join('\n\n');
  const s = await openStudio();
  const { page } = s;
  await checkSays(page, 'Ready');
  let actions = 0;
  const press = async (key) => { actions += 1; await page.keyboard.press(key); };
  // The post's box is where the author starts; pasting is one action.
  await page.getByRole('textbox', { name: /^Post/ }).focus();
  actions += 1;
  await page.keyboard.insertText(prose);
  await press('Tab');
  await press('Enter');
  // The draft has the options and no question: the rules say so.
  await checkSays(page, /questions: is empty|problem/);
  await press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.piece), '0');
  for (const key of ['ArrowDown', 'ArrowDown', 'r', 'ArrowDown', 'q', 'ArrowDown', 'r', 'ArrowDown', 'q',
    'ArrowDown', 'q', 'ArrowDown', 'q', 'ArrowDown', 'r']) {
    await press(key);
  }
  await checkSays(page, 'Ready: 2 options, 4 questions, 3 grid rows, no problems.');
  assert.ok(actions <= 20, `${actions} actions`);

  const doc = await jsonOf(page);
  assert.deepEqual(doc.options.map((o) => o.name), ['Svelte', 'React']);
  assert.deepEqual(doc.grid.rows[0].cells, { svelte: 'Compiles components to plain JavaScript', react: 'Ships a runtime of about 40 KB' });
  // Each question leans to the option its line is about.
  const leaning = doc.questions.map((q) => Object.keys(q.answers[0].weights ?? {}));
  assert.deepEqual(leaning, [['react'], ['react'], ['svelte'], ['react']]);
  await tab(page, 'Preview').click();
  const widget = preview(page);
  await answerThrough(widget, 4, ['No', 'No', 'Yes', 'No']);
  assert.match(await widget.resultHeading.textContent(), /Svelte/);
  await s.done();
});

test('a post in German is read as German: the draft asks in German and answers Ja or Nein', async () => {
  const post = `---
title: "Docker oder Podman?"
lang: de
---

## Vorteile von Podman

- Läuft ohne Daemon und ohne Root-Rechte
- Kann Kubernetes-YAML direkt erzeugen

## Vorteile von Docker

- Riesiges Ökosystem an fertigen Images
- Docker Desktop für Mac und Windows

## Fazit

Wenn du Pods lokal bauen willst, nimm Podman.
`;
  const s = await openStudio();
  const { page } = s;
  await page.getByRole('textbox', { name: /^Post/ }).fill(post);
  await page.getByRole('button', { name: 'Read post' }).click();
  await checkSays(page, /Ready: 2 options, [4-9] questions/);
  const doc = await jsonOf(page);
  assert.deepEqual(doc.options.map((o) => o.name), ['Docker', 'Podman']);
  for (const q of doc.questions) {
    assert.deepEqual(q.answers.map((a) => a.label), ['Ja', 'Nein'], q.text);
    assert.doesNotMatch(q.text, /Does this|Would this|Do you/, 'asked in German');
  }
  // A question added by hand gets the post's yes and no too.
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.waitForFunction(() => document.activeElement.id.startsWith('f-questions-'));
  await page.keyboard.type('Arbeitest du unter Windows?');
  const added = (await jsonOf(page)).questions.at(-1);
  assert.deepEqual(added.answers.map((a) => a.label), ['Ja', 'Nein']);
  await s.done();
});

/** Writes `html` as a post at /blog/<name> and returns its address. */
async function post(name, body) {
  const file = join(blog.tmp, name);
  await writeFile(file, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>My post</title>
</head><body><article><h1>My post</h1><p>Before the widget.</p>
${body}
<p>After the widget.</p></article></body></html>`);
  blog.routes[`/blog/${name}`] = file;
  return `${h.server.origin}/blog/${name}`;
}

/** Opens `url` and checks the pasted widget runs the tea-or-coffee quiz under the strict CSP. */
async function runsThere(url) {
  h.server.reports.length = 0;
  const s = await cleanPage(h);
  const violations = [];
  s.page.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
  await s.page.goto(url);
  const widget = new Widget(s.page);
  await widget.ready();
  await widget.root.getByRole('heading', { name: 'Tea or coffee?' }).waitFor();
  await widget.answerAll(['No', 'Yes']);
  assert.match(await widget.resultHeading.textContent(), /Tea/);
  await widget.openAll();
  assert.match(await widget.root.locator('.verdict-root').textContent(), /Write <\/script> in a post and the snippet still holds\./);
  assert.equal(await s.page.getByText('After the widget.').isVisible(), true, 'the post goes on after it');
  assert.deepEqual([...violations, ...h.server.reports], []);
  await s.done();
}

/** The studio with tea-or-coffee written and checked, allowed to use the clipboard; its snippets
 *  load the widget from this site (the tests have no CDN). */
async function studioWithTea() {
  const s = await openStudio();
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });
  await typeJson(s.page, teaOrCoffee());
  await checkSays(s.page, 'Ready');
  await s.page.getByRole('radio', { name: /^this site/ }).check();
  return s;
}

test('the snippets load this version from jsDelivr by default, tying the post to no one\'s site', async () => {
  const s = await openStudio();
  const { version } = JSON.parse(await readFile('package.json', 'utf8'));
  const cdn = `https://cdn.jsdelivr.net/npm/verdict-widget@${version}/dist/embed.js`;
  assert.ok((await field(s.page, 'Embed snippet').inputValue()).startsWith(`<script type="module" src="${cdn}"></script>`));
  assert.ok((await field(s.page, 'Embed snippet with a file').inputValue()).startsWith(`<script type="module" src="${cdn}">`));
  await s.page.getByRole('radio', { name: /^this site/ }).check();
  assert.ok((await field(s.page, 'Embed snippet').inputValue()).startsWith(`<script type="module" src="${h.server.url}embed.js">`));
  await s.done();
});

test('Copy link gives one address that runs the guide; Open as page opens it', async () => {
  const s = await studioWithTea();
  const { page } = s;
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied the link.' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(`${h.server.url}guide.html#guide=v1.`), link);
  const [opened] = await Promise.all([s.context.waitForEvent('page'), page.getByRole('button', { name: 'Open as page' }).click()]);
  assert.equal(opened.url(), link);
  const widget = new Widget(opened);
  await widget.root.getByRole('heading', { name: 'Tea or coffee?' }).waitFor();
  await widget.answerAll(['No', 'Yes']);
  assert.match(await widget.resultHeading.textContent(), /Tea/);
  await s.done();
});

test('the copied snippet, pasted into a post with the strict CSP, shows the widget working', async () => {
  const s = await studioWithTea();
  const { page } = s;
  await page.getByRole('button', { name: 'Copy embed snippet' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied the embed snippet.' }).waitFor();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  // The `</script>` in the content cannot end the tag it travels in.
  assert.equal(snippet.match(/<\/script>/gi).length, 2, 'only the two tags the snippet opens are closed');
  assert.equal(snippet, await page.getByRole('textbox', { name: 'Embed snippet', exact: true }).inputValue());
  await s.done();
  await runsThere(await post('pasted.html', snippet));
});

test('the snippet with src and the downloaded file work together in a post', async () => {
  const s = await studioWithTea();
  const { page } = s;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'tea-or-coffee.json');
  const file = join(blog.tmp, 'tea-or-coffee.json');
  await download.saveAs(file);
  assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), JSON.parse(teaOrCoffee()));
  blog.routes['/blog/tea-or-coffee.json'] = file;

  await page.getByRole('button', { name: 'Copy snippet with src' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied the snippet with src.' }).waitFor();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(snippet, /src="tea-or-coffee\.json"/);
  await s.done();
  await runsThere(await post('with-src.html', snippet));
});

test('the draft and the post survive a reload; a file can be opened; New from template starts over, undoably', async () => {
  const s = await openStudio();
  const { page } = s;
  await typeJson(page, teaOrCoffee());
  await checkSays(page, 'Ready');
  await page.getByRole('textbox', { name: /^Post/ }).fill('# Tabs or spaces?');
  await page.waitForFunction(() => (localStorage.getItem('verdict:studio:draft') ?? '').includes('Tabs or spaces'));
  await page.reload();
  await checkSays(page, 'Ready: 2 options, 2 questions, 1 grid row, no problems.');
  assert.equal(await field(page, 'Title').inputValue(), 'Tea or coffee?');
  assert.equal(await page.getByRole('textbox', { name: /^Post/ }).inputValue(), '# Tabs or spaces?');

  // Open file…: a file chooser, and the file's text replaces the guide.
  const bundled = await readFile('content/django-flask-fastapi.json', 'utf8');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open file…' }).click(),
  ]);
  await chooser.setFiles({ name: 'three.json', mimeType: 'application/json', buffer: Buffer.from(bundled) });
  await page.getByRole('status').filter({ hasText: 'Opened three.json.' }).waitFor();
  await checkSays(page, 'Ready: 3 options');

  await page.getByRole('button', { name: 'New from template' }).click();
  await checkSays(page, 'Ready: 2 options, 2 questions, 2 grid rows, no problems.');
  assert.equal(await field(page, 'Title').inputValue(), 'Option A or Option B?');
  // One click replaced the author's guide: Undo brings it back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await checkSays(page, 'Ready: 3 options');
  await page.reload();
  await checkSays(page, 'Ready: 3 options');
  await s.done();
});

test('where storage is blocked, the studio still works and says nothing is kept', async () => {
  const s = await cleanPage(h);
  await s.page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await openStudio(s);
  await typeJson(s.page, teaOrCoffee());
  await checkSays(s.page, 'Ready');
  await tab(s.page, 'Preview').click();
  await preview(s.page).root.getByRole('heading', { name: 'Tea or coffee?' }).waitFor();
  await s.page.getByText('This browser does not let the studio keep your draft: use Download JSON to keep it.').waitFor();
  await s.done();
});

test('the tabs follow the arrow keys, and the toolbar and the post come first in the tab order', async () => {
  const s = await openStudio();
  const { page } = s;
  await checkSays(page, 'Ready');
  const reached = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement.id || document.activeElement.textContent.trim()));
  }
  // Undo and Redo have nothing to do yet, so they are skipped; then the post, then the guide.
  assert.deepEqual(reached.slice(0, 4), ['New from template', 'Open file…', 'Download JSON', 'Paste your post']);
  assert.ok(reached.indexOf('studio-markdown') < reached.indexOf('studio-tab-form'), reached.join(', '));
  await tab(page, 'Form').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await tab(page, 'JSON').getAttribute('aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'studio-tab-json');
  await page.keyboard.press('ArrowRight');
  assert.equal(await tab(page, 'Preview').getAttribute('aria-selected'), 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await tab(page, 'Form').getAttribute('aria-selected'), 'true');
  await s.done();
});

for (const [label, options] of [
  ['desktop, light', { viewport: { width: 1280, height: 900 } }],
  ['desktop, dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
  ['768 px, light', { viewport: { width: 768, height: 900 } }],
  ['375 px, light', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }],
  ['375 px, dark', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, colorScheme: 'dark' }],
]) {
  test(`the studio has no axe violations and fits the screen in every state (${label})`, async () => {
    // axe sets inline styles as it works, which the strict CSP refuses; the other tests hold
    // the studio itself to that CSP.
    const s = await openStudio(await cleanPage(h, { ...options, bypassCSP: true }));
    const { page } = s;
    await page.evaluate(AXE);
    const violations = async (state) => {
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const found = result.violations.map((v) => `${state}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) found.push(`${state}: ${overflow} px wider than the screen`);
      const spilled = await page.locator('.studio-problem, .studio-notes li, .studio-check, .post-piece, button, .form-fold > summary').evaluateAll((all) =>
        all.filter((e) => e.offsetParent && e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent.slice(0, 40)));
      if (spilled.length) found.push(`${state}: spilled out of its box: ${spilled.join(' | ')}`);
      return found;
    };
    const all = [];
    // The post read (its pieces, what the importer could not find), the form with a question open.
    await page.getByRole('textbox', { name: /^Post/ }).fill(ARTICLE);
    await page.getByRole('button', { name: 'Read post' }).click();
    await checkSays(page, 'Ready');
    await page.locator('.studio-notes > summary').click();
    await unfold(page, 'Question', 1);
    all.push(...await violations('post read'));
    // Problems listed, with a long path.
    await field(page, 'Option 2').fill('');
    await page.locator('.studio-problem').first().waitFor();
    all.push(...await violations('problems'));
    // The JSON tab and the preview tab.
    await tab(page, 'JSON').click();
    all.push(...await violations('JSON'));
    await tab(page, 'Preview').click();
    await preview(page).root.locator('.vd').first().waitFor();
    all.push(...await violations('preview'));
    assert.deepEqual(all, []);
    if (options.viewport.width < 900) {
      // On a narrow screen the guide comes below the post, not beside it.
      const [post, guide] = await Promise.all(['.studio-post', '.studio-work'].map((sel) => page.locator(sel).boundingBox()));
      assert.ok(guide.y >= post.y + post.height, 'the guide is below the post');
    }
    await s.done();
  });
}
