// End to end: <verdict-widget> as a real custom element. Widgets that arrive after load, leave,
// come back and move; attributes followed on a live widget; the content property and reset();
// the events a page hears; two copies of embed.js; and the manifest (custom-elements.json)
// against what the element really observes, offers and dispatches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { blogHarness, cleanPage, DIST } from './lib/harness.mjs';
import { Widget } from './lib/widget.mjs';

const SQLITE = JSON.parse(await readFile('examples/content/sqlite-vs-postgresql.json', 'utf8'));
const DJANGO_ALL_YES = ['Yes', 'Yes', 'Yes', 'Yes', 'Yes', 'Yes', 'Yes'];
// The article's answers that tie Django and Flask (found by tests/events.rs' search, by labels).
const DJANGO_TIE = ['No', 'Yes', 'Yes', 'Yes', 'Yes', 'Yes', 'Yes'];

/** A post with the loader and an empty place for widgets; `extra` goes before </body>. */
const post = (extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A post</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="hostile-theme.css"></head><body>
<article class="post"><h1>A post</h1><p>Words before the widgets, as a post has them.</p>
<div id="here"></div><p>Words between.</p><div id="there"></div><p>Words after.</p></article>
<script type="module" src="assets/verdict/embed.js"></script>${extra}</body></html>`;

const h = blogHarness('element', async (tmp) => {
  const pages = {
    'empty.html': post(),
    'late.html': post(`<script src="late.js"></script>`),
    // A second copy of the loader at another address (as a second version would be): the first
    // runs every widget, the second must load nothing (its files would 404 here) and not throw.
    'twice.html': post(`<script type="module" src="assets/verdict/embed.js"></script>
      <script type="module" src="copy/embed.js"></script>
      <script type="module">document.querySelector('#here').innerHTML = '<verdict-widget id="one"></verdict-widget>';</script>`),
  };
  for (const [name, html] of Object.entries(pages)) await writeFile(join(tmp, name), html);
  // 2 s after load, a default widget, one with src=, and a <div data-verdict> (a CMS's "load more").
  await writeFile(join(tmp, 'late.js'), `addEventListener('load', () => setTimeout(() => {
    document.querySelector('#here').insertAdjacentHTML('beforeend',
      '<verdict-widget id="late"></verdict-widget><verdict-widget id="late-src" src="content/sqlite-vs-postgresql.json"></verdict-widget>');
    document.querySelector('#there').insertAdjacentHTML('beforeend', '<div data-verdict id="late-div"></div>');
  }, 2000));`);
  return {
    ...Object.fromEntries(Object.keys(pages).map((f) => [`/blog/${f}`, join(tmp, f)])),
    '/blog/late.js': join(tmp, 'late.js'),
    '/blog/copy/embed.js': join(DIST, 'embed.js'),
  };
});

/** Opens `path`, recording every verdict:* event the document hears (bubbling, composed). */
async function open(path, server = h.server) {
  const session = await cleanPage({ browser: h.browser, server });
  await session.context.addInitScript(() => {
    window.__events = [];
    for (const type of ['verdict:ready', 'verdict:answer', 'verdict:result', 'verdict:error']) {
      document.addEventListener(type, (e) => window.__events.push({ type, target: e.target.id, detail: e.detail }));
    }
  });
  await session.page.goto(server.origin + path);
  return session;
}

const events = (page, type) =>
  page.evaluate((type) => window.__events.filter((e) => !type || e.type === type), type);

/** Inserts `html` into #here (after the page has loaded and the loader ran). */
const insert = (page, html, where = '#here') =>
  page.evaluate(([html, where]) => document.querySelector(where).insertAdjacentHTML('beforeend', html), [html, where]);

async function postgres(w) {
  await w.question.filter({ hasText: 'Will many users write data at the same moment?' }).waitFor();
  await w.answerAll(['Yes', 'No', 'Yes', 'Yes']);
  assert.equal(await w.resultHeading.textContent(), 'PostgreSQL fits you best');
}

test('widgets inserted 2 s after load start: the default, one with src= and a <div data-verdict>', async () => {
  const { page, done } = await open('/blog/late.html');
  const late = new Widget(page, '#late');
  await late.ready();
  assert.ok(await page.evaluate(() => performance.now() > 2000), 'inserted after 2 s');
  await late.answerAll(['Yes', 'Yes', 'Yes', 'No', 'No', 'No', 'Yes']);
  assert.equal(await late.resultHeading.textContent(), 'Django fits you best');
  const src = new Widget(page, '#late-src');
  await src.ready();
  await postgres(src);
  const div = new Widget(page, '#late-div');
  await div.ready();
  await div.answer('Yes');
  assert.equal(await div.count.textContent(), 'Question 2 of 7');
  // Each is named by its id in links and storage.
  assert.deepEqual((await events(page, 'verdict:ready')).map((e) => e.detail.instance).sort(), ['late', 'late-div', 'late-src']);
  await done();
});

test('removed, a widget stops; inserted again, it starts where the reader was', async () => {
  const { page, done } = await open('/blog/empty.html');
  await insert(page, '<verdict-widget id="w"></verdict-widget>');
  const w = new Widget(page, '#w');
  await w.ready();
  await w.answer('Yes');
  await w.answer('No');
  assert.equal(await w.count.textContent(), 'Question 3 of 7');
  const element = await page.evaluateHandle(() => {
    const el = document.querySelector('#w');
    el.remove();
    return el;
  });
  // Stopped: its live view is gone from the detached element once the task that removed it ended.
  await page.waitForFunction((el) => !el.shadowRoot.querySelector('.verdict-root'), element);
  await page.evaluate((el) => document.querySelector('#there').append(el), element);
  await w.ready();
  assert.equal(await w.count.textContent(), 'Question 3 of 7');
  await w.answer('Yes');
  assert.equal(await w.count.textContent(), 'Question 4 of 7');
  await done();
});

test('moved within the page, a widget keeps going as it was', async () => {
  const { page, done } = await open('/blog/empty.html');
  await insert(page, '<verdict-widget id="w" loading="eager"></verdict-widget>');
  const w = new Widget(page, '#w');
  await w.ready();
  await w.answer('Yes');
  await page.evaluate(() => {
    const root = document.querySelector('#w').shadowRoot.querySelector('.verdict-root');
    root.__marked = true;
    document.querySelector('#there').append(document.querySelector('#w'));
  });
  // After the task: the same live view (not a new one), at the same question.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  assert.equal(await page.evaluate(() => document.querySelector('#w').shadowRoot.querySelector('.verdict-root').__marked), true);
  assert.equal(await w.count.textContent(), 'Question 2 of 7');
  assert.equal((await events(page, 'verdict:ready')).length, 1, 'started once');
  await done();
});

test('a live widget follows data-theme, locale, parts and data-layout, keeping the reader\'s place', async () => {
  const { page, done } = await open('/blog/empty.html');
  await insert(page, '<verdict-widget id="w" data-theme="light"></verdict-widget>');
  const w = new Widget(page, '#w');
  await w.ready();
  await w.answer('Yes');
  const background = () => w.root.locator('.vd-stage').evaluate((el) => getComputedStyle(el).backgroundColor);
  const light = await background();
  await page.evaluate(() => document.querySelector('#w').setAttribute('data-theme', 'dark'));
  await page.waitForFunction((light) =>
    getComputedStyle(document.querySelector('#w').shadowRoot.querySelector('.vd-stage')).backgroundColor !== light, light);
  assert.notEqual(await background(), light);

  await page.evaluate(() => document.querySelector('#w').setAttribute('locale', 'ur'));
  await w.root.locator('.vd[lang="ur"]').waitFor();
  assert.equal(await w.count.textContent(), 'سوال 2 از 7');
  assert.equal(await w.root.locator('.vd').getAttribute('dir'), 'rtl');
  await page.evaluate(() => document.querySelector('#w').removeAttribute('locale'));
  await w.root.locator('.vd[lang="en"]').waitFor();

  await page.evaluate(() => document.querySelector('#w').setAttribute('parts', 'grid'));
  await w.grid.waitFor();
  assert.equal(await w.root.locator('.vd-stage').count(), 0);
  await page.evaluate(() => document.querySelector('#w').setAttribute('data-layout', 'full'));
  await page.evaluate(() => document.querySelector('#w').removeAttribute('parts'));
  await w.root.locator('.vd:not(.is-compact) .vd-stage').waitFor();
  assert.equal(await w.count.textContent(), 'Question 2 of 7', 'the reader\'s place is kept');
  assert.equal((await events(page, 'verdict:ready')).length, 1, 'never restarted');
  await done();
});

test('new content on a live widget starts a fresh quiz: src, the inline JSON, and its problems', async () => {
  const { page, done } = await open('/blog/empty.html');
  await insert(page, '<verdict-widget id="w"></verdict-widget>');
  const w = new Widget(page, '#w');
  await w.ready();
  await w.answer('Yes');
  await page.evaluate(() => document.querySelector('#w').setAttribute('src', 'content/sqlite-vs-postgresql.json'));
  await w.question.filter({ hasText: 'Will many users write data at the same moment?' }).waitFor();
  assert.equal(await w.count.textContent(), 'Question 1 of 4');

  // The inline JSON changes: the new comparison (here, a broken one: its problems are listed).
  const broken = JSON.stringify({ ...SQLITE, questions: SQLITE.questions.map((q, i) => (i ? q : { ...q, rows: ['nowhere'] })) });
  await page.evaluate((json) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    document.querySelector('#w').append(script);
  }, broken);
  await w.root.locator('.vd-error').waitFor();
  assert.match(await w.root.locator('.vd-error').textContent(), /questions\[0\]\.rows\[0\]/);
  const [error] = await events(page, 'verdict:error');
  assert.equal(error.target, 'w');
  assert.equal(error.detail.problems[0].path, 'questions[0].rows[0]');
  assert.match(error.detail.problems[0].message, /nowhere/);
  // Mended in place: the text of the same script.
  await page.evaluate((json) => (document.querySelector('#w script').textContent = json), JSON.stringify(SQLITE));
  await postgres(w);
  await done();
});

test('content given from script is checked like src=, and reset() starts over', async () => {
  const { page, done } = await open('/blog/empty.html');
  await insert(page, '<verdict-widget id="w"></verdict-widget>');
  const w = new Widget(page, '#w');
  await w.ready();
  await page.evaluate((content) => (document.querySelector('#w').content = content), SQLITE);
  await postgres(w);
  assert.equal(await page.evaluate(() => document.querySelector('#w').content.id), 'sqlite-vs-postgresql');
  const result = await page.evaluate(() => document.querySelector('#w').result);
  assert.equal(result.winner, 'postgresql');
  assert.match(await page.evaluate(() => location.hash), /vd\.w=/);
  assert.ok(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('verdict:sqlite-vs-postgresql'))));

  await page.evaluate(() => document.querySelector('#w').reset());
  await w.question.filter({ hasText: 'Will many users write data at the same moment?' }).waitFor();
  assert.equal(await w.count.textContent(), 'Question 1 of 4');
  assert.equal(await page.evaluate(() => document.querySelector('#w').result), null);
  assert.doesNotMatch(await page.evaluate(() => location.hash), /vd\.w=/);
  assert.ok(!(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('verdict:sqlite-vs-postgresql')))));
  // A reload shows the fresh start, not the old answers.
  await page.reload();
  await page.evaluate((content) => (document.querySelector('#here').innerHTML = '<verdict-widget id="w"></verdict-widget>',
    document.querySelector('#w').content = content), SQLITE);
  await w.ready();
  assert.equal(await w.count.textContent(), 'Question 1 of 4');
  assert.equal(await w.root.locator('.vd-resume').count(), 0);

  // Bad content from script: the problems, each with its path, in the widget and the event.
  await page.evaluate(() => (document.querySelector('#w').content = { id: 'x', version: 1 }));
  await w.root.locator('.vd-error').waitFor();
  const [error] = await events(page, 'verdict:error');
  assert.ok(error.detail.problems.length >= 1);
  assert.ok(error.detail.problems.every((p) => typeof p.path === 'string' && p.message.length > 0));
  await done();
});

/** Answers by labels, then returns what the page heard. */
async function run(labels) {
  const session = await open('/blog/empty.html');
  await insert(session.page, '<verdict-widget id="w"></verdict-widget>');
  const w = new Widget(session.page, '#w');
  await w.ready();
  await w.answerAll(labels);
  return { ...session, w, heard: await events(session.page) };
}

test('the page hears every answer by id, then the result with its ranking', async () => {
  const { page, heard, done } = await run(DJANGO_ALL_YES);
  const content = JSON.parse(await readFile('content/django-vs-flask.json', 'utf8'));
  assert.deepEqual(heard.map((e) => e.type), ['verdict:ready', ...Array(7).fill('verdict:answer'), 'verdict:result']);
  assert.deepEqual(heard[0].detail, { content: 'django-vs-flask', instance: 'w' });
  heard.slice(1, 8).forEach((e, i) => {
    const q = content.questions[i];
    assert.deepEqual(e.detail, { question: q.id, answer: q.answers.find((a) => a.label === 'Yes').id, index: i });
    assert.equal(e.target, 'w');
  });
  const result = heard[8].detail;
  assert.deepEqual(Object.keys(result), ['winner', 'ranking', 'answers', 'ruledOut', 'whyNot']);
  assert.deepEqual(result.ruledOut, []);
  // Flask lost: what counted against it, by question ids; no change of one or two answers turns it.
  assert.deepEqual(result.whyNot.map((w) => w.option), ['flask']);
  assert.ok(result.whyNot[0].against.every((id) => content.questions.some((q) => q.id === id)));
  assert.ok(Array.isArray(result.whyNot[0].flip));
  assert.equal(result.winner, result.ranking[0].option);
  assert.deepEqual(result.ranking.map((r) => r.option).sort(), ['django', 'flask']);
  assert.ok(result.ranking[0].points > result.ranking[1].points);
  assert.deepEqual(Object.keys(result.answers), content.questions.map((q) => q.id));
  assert.deepEqual(await page.evaluate(() => document.querySelector('#w').result), result);
  await done();
});

test('a tie is heard with no winner, and "Not sure" as an answer without an id', async () => {
  const { page, heard, w, done } = await run(DJANGO_TIE);
  const result = heard.at(-1);
  assert.equal(result.type, 'verdict:result');
  assert.equal(result.detail.winner, null);
  assert.equal(result.detail.ranking[0].points, result.detail.ranking[1].points);
  assert.match(await w.resultHeading.textContent(), /Equally good fits/);
  await w.button('Start over').click();
  await w.answer('Not sure');
  const last = (await events(page, 'verdict:answer')).at(-1);
  assert.deepEqual(last.detail, { question: 'admin', answer: null, index: 0 });
  assert.equal(await page.evaluate(() => document.querySelector('#w').result), null);
  await done();
});

test('two copies of embed.js: one runs the widgets, the other loads nothing and throws nothing', async () => {
  const { page, done } = await open('/blog/twice.html');
  const w = new Widget(page, '#one');
  await w.ready();
  await w.answer('Yes');
  assert.equal(await w.root.evaluate((el) => el.shadowRoot.querySelectorAll('.verdict-root').length), 1);
  assert.equal(await w.root.evaluate((el) => el.shadowRoot.querySelectorAll('link[rel="stylesheet"]').length), 1);
  assert.equal((await events(page, 'verdict:ready')).length, 1);
  await done();
});

test('a page with no DOM can import embed.js (server-side rendering) and nothing happens', async () => {
  const module = await import(`${process.cwd()}/${DIST}/embed.js`);
  assert.equal(typeof module.setBasePath, 'function');
  assert.equal(typeof module.check, 'function');
  assert.match(module.version, /^\d+\.\d+\.\d+/);
});

test('custom-elements.json describes exactly what the element observes, offers and dispatches', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'custom-elements.json'), 'utf8'));
  const [module] = manifest.modules;
  const element = module.declarations.find((d) => d.customElement);
  assert.equal(element.tagName, 'verdict-widget');
  const { page, done, heard } = await run(DJANGO_ALL_YES);
  const seen = await page.evaluate(() => {
    const Class = customElements.get('verdict-widget');
    const el = document.querySelector('#w');
    const root = el.shadowRoot;
    return {
      observed: Class.observedAttributes,
      members: { content: 'content' in el, result: 'result' in el, reset: typeof el.reset },
      parts: [...new Set([...root.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part').split(/\s+/)))].sort(),
    };
  });
  const observed = element.members.find((m) => m.name === 'observedAttributes');
  assert.deepEqual(JSON.parse(observed.default), seen.observed);
  const attributes = element.attributes.map((a) => a.name);
  assert.ok(seen.observed.every((a) => attributes.includes(a)), 'every observed attribute is documented');
  assert.deepEqual(seen.members, { content: true, result: true, reset: 'function' });
  assert.deepEqual(element.members.filter((m) => !m.static).map((m) => m.name).sort(), ['content', 'reset', 'result']);
  assert.deepEqual(element.cssParts.map((p) => p.name).sort(), seen.parts);
  // Events: what a run dispatched, and the error a broken content sends, are the manifest's four.
  await page.evaluate(() => (document.querySelector('#w').content = { id: 'x' }));
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'verdict:error'));
  const dispatched = [...new Set([...heard, ...(await events(page))].map((e) => e.type))].sort();
  assert.deepEqual(element.events.map((e) => e.name).sort(), dispatched);
  // CSS custom properties: the manifest's are the ones widget.css reads.
  const css = await readFile('crates/ui/widget.css', 'utf8');
  const used = [...new Set(css.match(/--verdict-[a-z-]+/g))].sort();
  assert.deepEqual(element.cssProperties.map((p) => p.name).sort(), used);
  // Every export of the module is declared.
  const module_ = await import(`${process.cwd()}/${DIST}/embed.js`);
  assert.deepEqual(Object.keys(module_).sort(), module.exports.filter((e) => e.kind === 'js').map((e) => e.name).sort());
  await done();
});
