// End to end: the reader's say. How much a question matters and must-haves, from the result's
// reasons, by mouse and by keyboard; a ruled-out option and "why not"; every option ruled out;
// the grid cut down (only differences, only what the answers touched, which options); links that
// carry it all and the page's events; axe in each new state, light and dark, at 320 px, in
// English and in Urdu (right to left).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { harness, cleanPage } from './lib/harness.mjs';
import { Widget, openWidget } from './lib/widget.mjs';
import { violations } from './lib/axe.mjs';


// A comparison whose content has a dealbreaker on each side: "Yes" to the admin panel rules
// Flask out, "Yes" to a simple API rules Django out.
const tmp = mkdtempSync(join(tmpdir(), 'verdict-say-'));
const dealbreakers = JSON.parse(readFileSync('content/django-vs-flask.json', 'utf8'));
dealbreakers.questions[0].answers[0].rules_out = ['flask'];
dealbreakers.questions[3].answers[0].rules_out = ['django'];
writeFileSync(join(tmp, 'dealbreakers.json'), JSON.stringify(dealbreakers));
writeFileSync(join(tmp, 'dealbreakers.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Dealbreakers</title><link rel="icon" href="data:,"></head><body><main><h1>A post</h1>
<verdict-widget src="dealbreakers.json" data-layout="full"></verdict-widget></main><script type="module" src="./embed.js"></script></body></html>`);
const h = harness({ routes: { '/dealbreakers.json': join(tmp, 'dealbreakers.json'), '/dealbreakers.html': join(tmp, 'dealbreakers.html') } });

/** Flask-leaning answers, except "Yes" to the admin panel. */
const MOSTLY_FLASK = ['Yes', 'No', 'No', 'Yes', 'Yes', 'No', 'No'];

const open = (path, options = {}) => openWidget(h, path, options);

const points = (w) => w.root.locator('.vd-score').evaluateAll((all) =>
  Object.fromEntries(all.map((s) => [s.querySelector('.vd-score-name').firstChild.textContent.trim(), s.querySelector('.vd-score-points').textContent])));

test('a must-have rules an option out; "why not" says what would make it win; links carry it', async () => {
  const { page, w, done } = await open('/');
  await w.answerAll(MOSTLY_FLASK);
  assert.match(await w.resultHeading.textContent(), /Flask/);
  const results = [];
  await page.exposeFunction('heard', (detail) => results.push(detail));
  await page.evaluate(() => document.querySelector('verdict-widget').addEventListener('verdict:result', (e) => window.heard(e.detail)));
  // By keyboard: the admin panel's "Must-have" box, Space.
  const must = w.root.getByRole('checkbox', { name: 'Must-have' }).first();
  await must.focus();
  await page.keyboard.press('Space');
  await w.resultHeading.filter({ hasText: /Django/ }).waitFor();
  assert.match(await w.root.locator('.vd-ruled-out').textContent(), /Flask is ruled out by your answer “Yes” to “Do you need an admin panel\?”/);
  assert.match(await w.root.locator('.vd-score.is-out').textContent(), /Flask\s*ruled out/);
  assert.match(await w.root.locator('.vd-why-not').textContent(), /Why not Flask\?It would win if you answered “No” to “Do you need an admin panel\?”/);
  // The page heard the new result, with what is ruled out and why not.
  await page.waitForFunction(() => true);
  const last = results.at(-1);
  assert.equal(last.winner, 'django');
  assert.deepEqual(last.ruledOut, ['flask']);
  assert.deepEqual(last.whyNot, [{ option: 'flask', against: ['admin'], flip: [{ question: 'admin', answer: 'no' }] }]);
  // The link carries it (a v2 token): opened afresh, the same result.
  const link = await page.evaluate(() => location.href);
  assert.match(link, /vd\.django-vs-flask=v2\.1\.r0110011\.Nnnnnnn/);
  const again = await cleanPage(h);
  await again.page.goto(link);
  const w2 = new Widget(again.page);
  await w2.resultHeading.filter({ hasText: /Django/ }).waitFor();
  assert.equal(await w2.root.getByRole('checkbox', { name: 'Must-have' }).first().isChecked(), true);
  await again.done();
  await done();
});

test('how much a question matters changes the ranking at once, by mouse and by keyboard', async () => {
  const { page, w, done } = await open('/');
  await w.answerAll(MOSTLY_FLASK);
  const before = await points(w);
  // The admin panel's "A lot", clicked: Django's +3 counts twice.
  const first = w.root.locator('.vd-reason').filter({ hasText: 'Do you need an admin panel?' });
  await first.getByRole('button', { name: 'A lot' }).click();
  await page.waitForFunction((was) => {
    const root = document.querySelector('verdict-widget').shadowRoot;
    return [...root.querySelectorAll('.vd-score-points')].map((p) => p.textContent).join() !== was;
  }, Object.values(before).join());
  const after = await points(w);
  assert.equal(after.Django, '6 points', JSON.stringify(after));
  assert.equal(await first.getByRole('button', { name: 'A lot' }).getAttribute('aria-pressed'), 'true');
  // "Not at all" by keyboard: Tab from "A lot" back is Shift+Tab twice, then Enter.
  await first.getByRole('button', { name: 'Not at all' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('verdict-widget').shadowRoot.querySelector('.vd-score-points').textContent !== '6 points');
  const none = await points(w);
  assert.equal(none.Django, '0 points', JSON.stringify(none));
  // The reason is still there to weigh again.
  assert.equal(await first.count(), 1);
  assert.match(await page.evaluate(() => location.hash), /=v2\.1\.r0110011\.znnnnnn/);
  await done();
});

test('dealbreakers in the content; every option ruled out is said plainly, with the closest', async () => {
  const { w, done } = await open('/dealbreakers.html');
  await w.answerAll(MOSTLY_FLASK);
  assert.equal(await w.resultHeading.textContent(), 'No option gets past your dealbreakers');
  await w.root.getByText('These come closest:').waitFor();
  assert.equal(await w.root.locator('.vd-ruled-out li').count(), 2);
  await w.button('Start over').click();
  await w.answerAll(['Yes', 'Yes', 'Yes', 'No', 'No', 'No', 'Yes']);
  assert.match(await w.resultHeading.textContent(), /Django/);
  await done();
});

test('the grid answers back: only differences, only what the answers touched, two of three options', async () => {
  const { page, w, done } = await open('/?content=django-flask-fastapi');
  await w.answerAll(['Yes', 'Yes', 'Yes, an API', 'No', 'No', 'No, a large product', 'Yes']);
  await w.openAll();
  const rows = () => w.root.locator('.vd-table tbody tr').count();
  const all = await rows();
  // By keyboard: Space on "Only what my answers touched".
  await w.root.getByRole('checkbox', { name: 'Only what my answers touched' }).focus();
  await page.keyboard.press('Space');
  const mine = await rows();
  assert.ok(mine < all && mine > 0, `${mine} of ${all}`);
  assert.equal(await w.root.locator('.vd-table tbody tr:not(.is-relevant)').count(), 0);
  await w.root.getByRole('checkbox', { name: 'Only what my answers touched' }).uncheck();
  // Two of three options: FastAPI's column goes; the last two cannot both go.
  await w.root.getByRole('checkbox', { name: 'FastAPI' }).uncheck();
  assert.deepEqual(await w.root.locator('.vd-table thead th').allTextContents().then((t) => t.map((x) => x.replace('Your pick', '').trim())), ['Feature', 'Django', 'Flask']);
  assert.equal(await w.root.getByRole('checkbox', { name: 'Django' }).isDisabled(), true);
  // Only differences, among the two shown: rows equal for Django and Flask go.
  await w.root.getByRole('checkbox', { name: 'Only differences' }).check();
  const differing = await w.root.locator('.vd-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
  assert.ok(differing.every(([a, b]) => a !== b), JSON.stringify(differing));
  await done();
});

for (const [label, path, options] of [
  ['English, light', '/', {}],
  ['English, dark, 320 px', '/', { colorScheme: 'dark', viewport: { width: 320, height: 700 } }],
  ['Urdu (right to left), light', '/?locale=ur', {}],
  ['Urdu, dark, 320 px', '/?locale=ur', { colorScheme: 'dark', viewport: { width: 320, height: 700 } }],
]) {
  test(`axe finds nothing with a ruled-out option, "why not" and the grid cut down (${label})`, async () => {
    const { page, w, done } = await open(path, options);
    await w.answerAll(MOSTLY_FLASK);
    await w.root.locator('.vd-must input').first().check();
    await w.root.locator('.vd-say-choice').nth(5).click();
    await w.root.locator('.vd-ruled-out').waitFor();
    await w.openAll();
    await w.root.locator('#vd-only-differences').check();
    const found = await violations(page);
    assert.deepEqual(found, []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${overflow} px wider than the screen`);
    await done();
  });
}
