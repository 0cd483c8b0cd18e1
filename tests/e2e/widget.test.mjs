// End to end: the release build in headless Chromium, clicked through as a reader would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness, cleanPage } from './lib/harness.mjs';
import { Widget } from './lib/widget.mjs';

const h = harness();

async function open(options) {
  const session = await cleanPage(h, options);
  await session.page.goto(h.server.url);
  const w = new Widget(session.page);
  await w.ready();
  return { ...session, w };
}

test('admin, auth, SaaS and freelancing answers recommend Django, with reasons', async () => {
  const { w, done } = await open();
  await w.answerAll(['Yes', 'Yes', 'Yes', 'No', 'No', 'No', 'Yes']);
  assert.equal(await w.resultHeading.textContent(), 'Django fits you best');
  const reasons = await w.root.locator('.vd-reason').allTextContents();
  assert.equal(reasons.length, 4);
  assert.ok(reasons.some((r) => r.includes('admin')), reasons.join('\n'));
  assert.ok(reasons.some((r) => r.includes('Fiverr and Upwork')), reasons.join('\n'));
  assert.match(await w.root.locator('.vd-notes').textContent(), /learn Django first/);
  // Scores are drawn as bars and said in words.
  assert.deepEqual(await w.root.locator('.vd-score-points').allTextContents(), ['12 points', '0 points']);
  assert.equal(await w.root.locator('.vd-score svg').count(), 2);
  await done();
});

test('API, microservice and learning answers recommend Flask, keeping "Flask first, then Django"', async () => {
  const { w, done } = await open();
  await w.answerAll(['No', 'No', 'No', 'Yes', 'Yes', 'Yes', 'No']);
  assert.equal(await w.resultHeading.textContent(), 'Flask fits you best');
  assert.match(await w.root.locator('.vd-notes').textContent(), /Flask first, then Django/);
  assert.match(await w.root.locator('.vd-runner').textContent(), /When Django would be the better pick/);
  // The matching when-to-choose section, with its code sample in monospace.
  const code = w.root.locator('.vd-case pre').first();
  assert.match(await code.textContent(), /@app.route\('\/api\/posts', methods=\['GET'\]\)/);
  assert.match(await code.evaluate((el) => getComputedStyle(el).fontFamily), /mono/i);
  await done();
});

test('Back, Skip, Not sure and Restart behave', async () => {
  const { w, done } = await open();
  await w.answer('Yes');
  assert.equal(await w.question.textContent(), 'Do you need user authentication?');
  await w.button('← Back').click();
  assert.equal(await w.question.textContent(), 'Do you need an admin panel?');
  assert.equal(await w.answers.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed'), 'true');
  await w.button('Next →').click();
  await w.button('Skip →').click();
  await w.answer('Not sure');
  assert.equal(await w.count.textContent(), 'Question 4 of 7');
  // Skipping everything else reaches a result that says how little it had to go on.
  for (let i = 0; i < 4; i++) await w.button('Skip →').click();
  assert.equal(await w.resultHeading.textContent(), 'Django fits you best');
  assert.match(await w.root.locator('.vd-summary').textContent(), /Based on 1 answer, 1 not sure, 5 skipped\./);
  await w.button('← Change answers').click();
  assert.equal(await w.count.textContent(), 'Question 7 of 7');
  await w.button('Restart').click();
  assert.equal(await w.count.textContent(), 'Question 1 of 7');
  assert.equal(await w.answers.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed'), 'false');
  await done();
});

test("a tie is said honestly, with what decides it", async () => {
  const { w, done } = await open();
  for (const action of ['Skip →', 'Skip →', 'Skip →']) await w.button(action).click();
  await w.answer('Yes');
  await w.button('Skip →').click();
  await w.button('Skip →').click();
  await w.answer('Yes');
  assert.equal(await w.root.locator('.vd-eyebrow').textContent(), "It's a tie");
  assert.equal(await w.resultHeading.textContent(), 'Equally good fits: Django and Flask');
  const decide = await w.root.locator('.vd-decide li').allTextContents();
  assert.ok(decide.some((d) => /“Yes” to “Do you need an admin panel\?” would put Django ahead/.test(d)), decide.join('\n'));
  await done();
});

test("the grid shows the article's ten rows and highlights the ones the answers touch", async () => {
  const { w, done } = await open();
  assert.deepEqual(await w.gridRows(), [
    ['Setup time', '5-10 minutes', '2 minutes'],
    ['Built-in ORM', 'Yes', 'No (use SQLAlchemy)'],
    ['Admin panel', 'Yes (automatic)', 'No'],
    ['Authentication', 'Built-in', 'Use Flask-Login'],
    ['Learning curve', 'Steeper', 'Easier'],
    ['Flexibility', 'Less flexible', 'Very flexible'],
    ['Best for', 'Full web apps', 'APIs, microservices'],
    ['Performance', 'Slightly slower', 'Slightly faster'],
    ['Community', 'Huge', 'Large'],
    ['Jobs available', 'More', 'Less'],
  ]);
  assert.deepEqual(await w.highlightedRows(), []);
  await w.answer('Yes');
  await w.answer('Yes');
  assert.deepEqual(await w.highlightedRows(), ['Admin panel', 'Authentication']);
  await done();
});

test('the quiz works by keyboard alone, and focus follows the question', async () => {
  const { page, w, done } = await open();
  const focused = () => page.evaluate(() => {
    const host = document.querySelector('verdict-widget');
    const el = host.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}:${el.textContent.trim()}` : null;
  });
  // Tab past the demo page's own links into the widget: the first stop inside is the first answer.
  for (let i = 0; i < 10 && (await focused()) === null; i++) await page.keyboard.press('Tab');
  assert.equal(await focused(), 'button:Yes');
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'h3:Do you need user authentication?');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'button:No');
  await page.keyboard.press('Space');
  assert.equal(await w.count.textContent(), 'Question 3 of 7');
  await done();
});

test('on a 375 px phone nothing scrolls sideways, in quiz, result and grid', async () => {
  const { page, w, done } = await open({ viewport: { width: 375, height: 812 } });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0);
  await w.answerAll(['Yes', 'No', 'Not sure', 'Yes', 'No', 'Yes', 'Yes']);
  assert.equal(await overflow(), 0);
  // The table must fit its card (no scroll trap inside the widget either).
  const fits = await w.grid.evaluate((t) => t.scrollWidth <= t.parentElement.clientWidth);
  assert.ok(fits, 'the grid fits its container');
  await done();
});

test('dark mode follows prefers-color-scheme', async () => {
  const light = await open({ colorScheme: 'light' });
  const dark = await open({ colorScheme: 'dark' });
  const bg = (w) => w.root.locator('.vd-card').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await bg(light.w), 'rgb(255, 255, 255)');
  assert.equal(await bg(dark.w), 'rgb(23, 23, 31)');
  await light.done();
  await dark.done();
});
