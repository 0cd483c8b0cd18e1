// End to end: the studio (editor.html) as an author uses it. Type a comparison and run its quiz
// in the preview; break it, follow a problem to its place in the text, fix it; draft content from
// the source article in Markdown; copy the snippet, paste it into a post served with the README's
// strict CSP and see the widget work there; keep the draft across a reload; open and download
// files; all by keyboard, at 375 px and in dark mode, with no axe violations.
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

/** The studio, opened fresh (or in `session`), ready to type into. */
async function openStudio(session) {
  const s = session ?? await cleanPage(h, { viewport: { width: 1280, height: 900 } });
  await s.page.goto(`${h.server.url}editor.html`);
  await s.page.getByRole('textbox', { name: 'Content (JSON)' }).waitFor();
  return s;
}

const json = (page) => page.getByRole('textbox', { name: 'Content (JSON)' });
const checkSays = (page, text) => page.locator('.studio-check').filter({ hasText: text }).waitFor();
const preview = (page) => new Widget(page, '.studio-preview-host');

test('a comparison typed into the studio runs in the preview, quiz and all', async () => {
  const s = await openStudio();
  const { page } = s;
  // The template is there the first time, checked and previewed.
  await checkSays(page, 'No problems: 2 options, 2 questions, 2 grid rows.');
  await preview(page).root.getByRole('heading', { name: 'Option A or Option B?' }).waitFor();

  await json(page).fill(teaOrCoffee());
  await checkSays(page, 'No problems: 2 options, 2 questions, 1 grid row.');
  const widget = preview(page);
  await widget.root.getByRole('heading', { name: 'Tea or coffee?' }).waitFor();
  await widget.answerAll(['Yes', 'No']);
  assert.match(await widget.resultHeading.textContent(), /Coffee/);
  const shown = await widget.root.locator('.verdict-root').textContent();
  assert.match(shown, /Coffee keeps you up\./);
  // The closing line shows as text, "</script>" and all.
  assert.match(shown, /Write <\/script> in a post/);
  await s.done();
});

test('a mistake is listed with its path; activating it puts the caret there; fixing it clears it', async () => {
  const s = await openStudio();
  const { page } = s;
  const broken = teaOrCoffee((c) => ({ ...c, questions: [{ ...c.questions[0], answers: [
    { ...c.questions[0].answers[0], weights: { milk: 2 } }, c.questions[0].answers[1],
  ] }, c.questions[1]] }));
  await json(page).fill(broken);
  await checkSays(page, '1 problem');
  const problem = page.getByRole('button', { name: /questions\[0\]\.answers\[0\]\.weights\.milk/ });
  assert.match(await problem.textContent(), /names option "milk", which does not exist; use one of: tea, coffee/);
  // The preview says it shows the last good version (the template) rather than going blank.
  await page.getByText('The preview shows the last version without problems.').waitFor();

  // Activating the problem by keyboard moves the caret to `"milk"` in the text.
  await problem.focus();
  await page.keyboard.press('Enter');
  const at = await json(page).evaluate((area) => ({
    focused: document.activeElement === area,
    selected: area.value.slice(area.selectionStart, area.selectionEnd),
    before: area.value.slice(0, area.selectionStart),
  }));
  assert.equal(at.focused, true, 'the text area has the focus');
  // The value of the unknown option's weight is selected, on the line that names it.
  assert.equal(at.selected, '2');
  assert.match(at.before, /"weights": \{\s*"milk": $/);

  // A syntax error gives a line and column (the missing comma shows at the next field, line 5),
  // and its button goes to that place too.
  const syntax = broken.replace('"title": "Tea or coffee?",', '"title": "Tea or coffee?"');
  await json(page).fill(syntax);
  const where = page.locator('.studio-problem').first();
  await where.filter({ hasText: /line 5, column 3: expected ',' or '\}'/ }).waitFor();
  await where.click();
  const line = await json(page).evaluate((area) => area.value.slice(0, area.selectionStart).split('\n').length);
  assert.equal(line, 5);

  // In a long file with wrapped lines, the place is scrolled into view. The oracle: a clone of
  // the text area holding only the text before the caret is as tall as where the caret is.
  const long = (await readFile('content/django-vs-flask.json', 'utf8')).replace('"pick": "django"', '"pick": "djangoo"');
  await json(page).fill(long);
  await page.getByRole('button', { name: /\.pick / }).click();
  const view = await json(page).evaluate((area) => {
    const clone = area.cloneNode();
    clone.style.height = `${area.clientHeight}px`;
    area.after(clone);
    clone.value = area.value.slice(0, area.selectionStart);
    const caret = clone.scrollHeight;
    clone.remove();
    return { caret, top: area.scrollTop, bottom: area.scrollTop + area.clientHeight };
  });
  assert.ok(view.top > 0 && view.caret > view.top && view.caret < view.bottom, `the caret is in view: ${JSON.stringify(view)}`);

  // Fixed: no problems, and the preview shows the new content.
  await json(page).fill(teaOrCoffee());
  await checkSays(page, 'No problems');
  await preview(page).root.getByRole('heading', { name: 'Tea or coffee?' }).waitFor();
  assert.equal(await page.getByText('The preview shows the last version').count(), 0);
  await s.done();
});

test('the source article in Markdown drafts the bundled comparison, ready to run', async () => {
  const s = await openStudio();
  const { page } = s;
  const before = await json(page).inputValue();
  await page.getByText('Draft from an article').click();
  await page.getByRole('textbox', { name: 'Article (Markdown)' }).fill(ARTICLE);
  await page.getByRole('button', { name: 'Draft from article' }).click();
  // What it found comes first; the author's JSON is untouched until they use it.
  const found = page.getByRole('region', { name: 'What the article gave' });
  await found.waitFor();
  assert.deepEqual(await found.locator('.studio-found-options strong').allTextContents(), ['Django', 'Flask']);
  await found.getByRole('group', { name: 'Questions: 7 of 7 ticked' }).waitFor();
  await found.getByRole('group', { name: 'Grid rows: 10 of 10 ticked' }).waitFor();
  // Each question says which way it leans and quotes the line it came from.
  const why = await found.locator('.studio-found-why').allTextContents();
  assert.equal(why.length, 7);
  assert.ok(why.every((w) => /^Leans (to|away from) (Django|Flask); from .+: \S/.test(w)), why.join('\n'));
  assert.equal(await json(page).inputValue(), before);
  await found.getByRole('button', { name: 'Use 7 questions and 10 rows' }).click();
  await page.getByRole('status').filter({ hasText: 'Drafted from the article' }).waitFor();
  assert.equal(await found.count(), 0);
  await checkSays(page, 'No problems: 2 options, 7 questions, 10 grid rows.');
  const draft = JSON.parse(await json(page).inputValue());
  assert.deepEqual(draft.options.map((o) => o.name), ['Django', 'Flask']);
  assert.equal(draft.title, ARTICLE.match(/^# (.+)$/m)[1]);

  const widget = preview(page);
  await widget.root.getByRole('heading', { name: draft.title }).waitFor();
  const toward = (id) => draft.questions.map((q) => q.answers.find((a) => (a.weights ?? {})[id] > 0)?.label
    ?? q.answers.find((a) => !Object.keys(a.weights ?? {}).length).label);
  await widget.answerAll(toward('django'));
  assert.match(await widget.resultHeading.textContent(), /Django/);
  await widget.button('Start over').click();
  await widget.answerAll(toward('flask'));
  assert.match(await widget.resultHeading.textContent(), /Flask/);
  await s.done();
});

test('the author unticks a question and a row before the draft becomes JSON', async () => {
  const s = await openStudio();
  const { page } = s;
  await page.getByText('Draft from an article').click();
  await page.getByRole('textbox', { name: 'Article (Markdown)' }).fill(ARTICLE);
  await page.getByRole('button', { name: 'Draft from article' }).click();
  const found = page.getByRole('region', { name: 'What the article gave' });
  const questions = found.getByRole('group', { name: /^Questions/ }).getByRole('checkbox');
  const rows = found.getByRole('group', { name: /^Grid rows/ }).getByRole('checkbox');
  const dropped = (await found.locator('.studio-found-text').first().textContent()).trim();
  const droppedRow = (await found.locator('.studio-found-rows label').nth(1).textContent()).trim();
  await questions.first().uncheck();
  await rows.nth(1).uncheck();
  await found.getByRole('group', { name: 'Questions: 6 of 7 ticked' }).waitFor();
  await found.getByRole('button', { name: 'Use 6 questions and 9 rows' }).click();
  await checkSays(page, 'No problems: 2 options, 6 questions, 9 grid rows.');
  const draft = JSON.parse(await json(page).inputValue());
  assert.ok(!draft.questions.some((q) => q.text === dropped), dropped);
  assert.ok(!draft.grid.rows.some((r) => r.feature === droppedRow), droppedRow);
  // The preview asks the six.
  const widget = preview(page);
  await widget.count.filter({ hasText: /1\D+6$/ }).waitFor();
  // Undo brings back what the draft replaced; Close leaves the JSON alone.
  await page.getByRole('button', { name: 'Undo' }).click();
  await checkSays(page, 'No problems: 2 options, 2 questions');
  await page.getByRole('button', { name: 'Draft from article' }).click();
  await found.getByRole('button', { name: 'Close' }).click();
  assert.equal(await found.count(), 0);
  await checkSays(page, 'No problems: 2 options, 2 questions');
  await s.done();
});

test('what the importer could not find is listed in words an author understands', async () => {
  const s = await openStudio();
  const { page } = s;
  await page.getByText('Draft from an article').click();
  await page.getByRole('textbox', { name: 'Article (Markdown)' }).fill('# Tabs or spaces?\n\nPeople argue.\n');
  await page.getByRole('button', { name: 'Draft from article' }).click();
  const notes = page.locator('.studio-notes li');
  await notes.first().waitFor();
  const said = (await notes.allTextContents()).join('\n');
  assert.match(said, /table/i);
  assert.doesNotMatch(said, /panic|unwrap|Err\(/);
  await page.getByText('None found: name them in the title').waitFor();
  // The draft is still JSON an author can go on with, and it says what it needs.
  await page.getByRole('button', { name: 'Use 0 questions and 0 rows' }).click();
  await page.getByRole('status').filter({ hasText: 'Drafted from the article' }).waitFor();
  JSON.parse(await json(page).inputValue());
  await checkSays(page, /problem/);
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

/** The studio with tea-or-coffee typed in and checked, allowed to use the clipboard. */
async function studioWithTea() {
  const s = await openStudio();
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });
  await json(s.page).fill(teaOrCoffee());
  await checkSays(s.page, 'No problems');
  return s;
}

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

test('the draft survives a reload; a file can be opened; New from template starts over', async () => {
  const s = await openStudio();
  const { page } = s;
  await json(page).fill(teaOrCoffee());
  await checkSays(page, 'No problems');
  await page.reload();
  await checkSays(page, 'No problems: 2 options, 2 questions, 1 grid row.');
  assert.equal(await json(page).inputValue(), teaOrCoffee());
  await preview(page).root.getByRole('heading', { name: 'Tea or coffee?' }).waitFor();

  // Open file…: a file chooser, and the file's text replaces the draft.
  const bundled = await readFile('content/django-flask-fastapi.json', 'utf8');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open file…' }).click(),
  ]);
  await chooser.setFiles({ name: 'three.json', mimeType: 'application/json', buffer: Buffer.from(bundled) });
  await page.getByRole('status').filter({ hasText: 'Opened three.json.' }).waitFor();
  await checkSays(page, 'No problems: 3 options');
  assert.equal(await json(page).inputValue(), bundled);

  // Scrolled down the file, the author starts over: the new text is shown from its top.
  await json(page).evaluate((area) => { area.scrollTop = area.scrollHeight; });
  await page.getByRole('button', { name: 'New from template' }).click();
  await checkSays(page, 'No problems: 2 options, 2 questions, 2 grid rows.');
  assert.match(await json(page).inputValue(), /"Option A or Option B\?"/);
  assert.equal(await json(page).evaluate((area) => area.scrollTop), 0);

  // One click replaced the author's text: Undo brings it back, and the draft kept is that text.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('status').filter({ hasText: 'Your text is back.' }).waitFor();
  await checkSays(page, 'No problems: 3 options');
  assert.equal(await json(page).inputValue(), bundled);
  assert.equal(await page.getByRole('button', { name: 'Undo' }).count(), 0);
  await page.reload();
  await checkSays(page, 'No problems: 3 options');
  await s.done();
});

test('the check waits until the author pauses, and an article being written is kept too', async () => {
  const s = await openStudio();
  const { page } = s;
  await checkSays(page, 'No problems');
  // Every text the check line shows while the author types, steadily, faster than the pause.
  await page.locator('.studio-pane').first().evaluate((pane) => {
    window.__said = [];
    new MutationObserver(() => window.__said.push(pane.querySelector('.studio-check')?.textContent))
      .observe(pane, { subtree: true, childList: true, characterData: true });
  });
  await json(page).evaluate((area) => {
    const at = area.value.indexOf('Option A or Option B?') + 'Option A'.length;
    area.focus();
    area.setSelectionRange(at, at);
  });
  await page.keyboard.type(' (the first)', { delay: 120 });
  const whileTyping = await page.evaluate(() => window.__said);
  assert.ok(whileTyping.length > 0, 'the check line said something while typing');
  assert.ok(whileTyping.every((said) => /Checking when you pause/.test(said)), JSON.stringify(whileTyping));
  await checkSays(page, 'No problems');
  await preview(page).root.getByRole('heading', { name: 'Option A (the first) or Option B?' }).waitFor();

  // The article is kept as it is written, before any draft is made from it.
  await page.getByText('Draft from an article').click();
  await page.getByRole('textbox', { name: 'Article (Markdown)' }).fill('# Tabs or spaces?');
  await page.waitForFunction(() => (localStorage.getItem('verdict:studio:draft') ?? '').includes('Tabs or spaces'));
  await page.reload();
  await page.getByText('Draft from an article').click();
  assert.equal(await page.getByRole('textbox', { name: 'Article (Markdown)' }).inputValue(), '# Tabs or spaces?');
  await s.done();
});

test('where storage is blocked, the studio still works and says nothing is kept', async () => {
  const s = await cleanPage(h);
  await s.page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await openStudio(s);
  await json(s.page).fill(teaOrCoffee());
  await checkSays(s.page, 'No problems');
  await preview(s.page).root.getByRole('heading', { name: 'Tea or coffee?' }).waitFor();
  await s.page.getByText('This browser does not let the studio keep your draft: use Download JSON to keep it.').waitFor();
  await s.done();
});

test('by keyboard alone: write, draft from the article, and answer in the preview', async () => {
  const s = await openStudio();
  const { page } = s;
  await checkSays(page, 'No problems');
  // Tab from the top reaches the toolbar, then the text.
  const reached = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement.id || document.activeElement.textContent.trim()));
  }
  assert.deepEqual(reached.slice(0, 4), ['New from template', 'Open file…', 'Download JSON', 'studio-json']);
  assert.equal(await page.locator('.studio-file').evaluate((input) => input.tabIndex), -1);

  // The import section opens with Enter on its summary, and its button works by Space.
  await page.locator('.studio-import > summary').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Article (Markdown)' }).focus();
  await page.keyboard.insertText(ARTICLE);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  // Then into what it found: Space unticks the first question, Tab goes on to the button.
  await page.getByRole('region', { name: 'What the article gave' }).waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.type), 'checkbox');
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  for (let i = 0; i < 40 && !/^Use /.test(await page.evaluate(() => document.activeElement.textContent)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await checkSays(page, 'No problems: 2 options, 7 questions, 10 grid rows.');

  // Into the preview's first answer by Tab, and through the quiz by Enter.
  const widget = preview(page);
  await widget.answers.first().waitFor();
  await widget.answers.getByRole('button').first().focus();
  for (let i = 0; i < 7; i++) {
    await widget.count.filter({ hasText: new RegExp(`${i + 1}\\D+7$`) }).waitFor();
    await widget.answers.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
  }
  await widget.resultHeading.waitFor();
  await s.done();
});

for (const [label, options] of [
  ['desktop, light', { viewport: { width: 1280, height: 900 } }],
  ['desktop, dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
  ['375 px, light', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }],
  ['375 px, dark', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, colorScheme: 'dark' }],
]) {
  test(`the studio has no axe violations and fits the screen (${label})`, async () => {
    // axe sets inline styles as it works, which the strict CSP refuses; the other tests hold
    // the studio itself to that CSP.
    const s = await openStudio(await cleanPage(h, { ...options, bypassCSP: true }));
    const { page } = s;
    // With problems listed, the import open and its notes shown: everything the page can show.
    await json(page).fill(teaOrCoffee((c) => ({ ...c, options: [{ id: 'tea' }, ...c.options.slice(1)] })));
    await checkSays(page, 'problem');
    await page.getByText('Draft from an article').click();
    await page.getByRole('textbox', { name: 'Article (Markdown)' }).fill(ARTICLE);
    await page.getByRole('button', { name: 'Draft from article' }).click();
    await page.locator('.studio-notes li').first().waitFor();
    await page.locator('.studio-found-list input').first().waitFor();
    await json(page).fill(teaOrCoffee());
    await checkSays(page, 'No problems');
    await preview(page).root.getByRole('heading', { name: 'Tea or coffee?' }).waitFor();
    // Then a mistake with a long path, listed while the preview shows the last good version.
    await json(page).fill(teaOrCoffee((c) => ({ ...c, grid: { rows: [{ ...c.grid.rows[0], cells: { tea: 'Some', coffee: 'Lots', milkybrew: '?' } }] } })));
    await page.locator('.studio-problem').first().waitFor();
    await page.evaluate(AXE);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(found, []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `nothing wider than the screen (${overflow} px over)`);
    // Nothing spills out of its box either (a long path in a problem's button, say).
    const spilled = await page.locator('.studio-problem, .studio-notes li, .studio-check, .studio-found li, button').evaluateAll((all) =>
      all.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent.slice(0, 40)));
    assert.deepEqual(spilled, []);
    if (options.viewport.width < 600) {
      // On a phone the preview comes below the text, not beside it.
      const [write, see] = await Promise.all(['#studio-json', '.studio-preview-host']
        .map((sel) => page.locator(sel).boundingBox()));
      assert.ok(see.y > write.y + write.height, 'the preview is below the text');
    }
    await s.done();
  });
}
