// End to end: alive from the first byte. Every page the build ships obeys the README's strict
// Content-Security-Policy with script on and off; a press on the pre-rendered view before the
// WebAssembly arrives is kept; a widget far down a long post loads nothing until the reader
// scrolls near it, and nothing moves when it arrives.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { blogHarness, cleanPage } from './lib/harness.mjs';
import { Widget } from './lib/widget.mjs';

const h = blogHarness('first-byte');

/** A link to the guide page that carries the three-option comparison (as `verdict link` makes). */
const guideLink = `guide.html#guide=v1.${deflateRawSync(readFileSync('content/django-flask-fastapi.json')).toString('base64url')}`;

// Every page the build ships, and the example pages around it.
const PAGES = [
  ['the demo page', '/blog/assets/verdict/'],
  ['the demo page, three options', '/blog/assets/verdict/?content=django-flask-fastapi'],
  ['the demo page, in Urdu', '/blog/assets/verdict/?locale=ur'],
  ['the framed page', '/blog/assets/verdict/frame.html'],
  ['an outcome page (a shared result)', '/blog/assets/verdict/result-django.html'],
  ['the studio', '/blog/assets/verdict/editor.html'],
  ['a shared guide (a link)', `/blog/assets/verdict/${guideLink}`],
  ['the example post', '/blog/post.html'],
  ['the example post with the iframe', '/blog/frame-host.html'],
];

for (const javaScriptEnabled of [true, false]) {
  test(`no page the build ships breaks the strict CSP, with script ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
    for (const [name, path] of PAGES) {
      h.strict.reports.length = 0;
      const context = await h.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const refused = [];
      page.on('console', (m) => /Content Security Policy/.test(m.text()) && refused.push(m.text()));
      if (javaScriptEnabled) {
        await page.addInitScript(() => {
          window.__violations = [];
          document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
      }
      await page.goto(h.strict.origin + path);
      if (javaScriptEnabled && path.endsWith('editor.html')) {
        await page.getByRole('tab', { name: 'Preview' }).click();
        await new Widget(page, '.studio-preview-host').ready();
      } else if (javaScriptEnabled && !path.includes('frame-host')) {
        await new Widget(page).ready();
      }
      await page.waitForLoadState('networkidle');
      if (javaScriptEnabled) refused.push(...await page.evaluate(() => window.__violations));
      refused.push(...h.strict.reports);
      assert.deepEqual(refused, [], name);
      await context.close();
    }
  });
}

/** A page whose WebAssembly arrives `delay` ms late, as on a slow phone network. */
async function slowWasm(delay) {
  const session = await cleanPage({ browser: h.browser, server: h.server });
  await session.page.route('**/*_bg.wasm', async (route) => {
    await new Promise((ok) => setTimeout(ok, delay));
    await route.continue();
  });
  await session.page.goto(h.server.url);
  const w = new Widget(session.page);
  // The loader has run (it marks the scheme) but the widget has not: the copy is still there.
  await session.page.locator('verdict-widget[data-vd-scheme]').waitFor({ state: 'attached' });
  assert.equal(await w.root.locator('[data-prerendered]').count(), 1);
  return { ...session, w };
}

test('a press on the pre-rendered view before the widget runs is kept and applied', async () => {
  const { page, w, done } = await slowWasm(2500);
  const yes = w.answers.getByRole('button', { name: 'Yes', exact: true });
  await yes.click();
  // Shown as pressed at once…
  assert.equal(await yes.getAttribute('aria-pressed'), 'true');
  assert.equal(await w.root.locator('[data-prerendered]').count(), 1, 'the widget had not started');
  // …and applied when the widget starts: question 2, with "Yes" to question 1 in the link.
  await w.count.filter({ hasText: 'Question 2 of 7' }).waitFor({ timeout: 10_000 });
  assert.equal(new URL(page.url()).hash, '#vd.django-vs-flask=v1.1.1-0______');
  // Focus follows the reader to the new question, as after any answer.
  assert.equal(await w.root.evaluate((host) => host.shadowRoot.activeElement?.id), 'vd-question');
  await done();
});

test('a key press works the same: the last choice counts', async () => {
  const { page, w, done } = await slowWasm(2500);
  await w.answers.getByRole('button', { name: 'Yes', exact: true }).focus();
  await page.keyboard.press('Enter');
  // The reader changes their mind before the widget runs.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.equal(await w.answers.getByRole('button', { name: 'No', exact: true }).getAttribute('aria-pressed'), 'true');
  await w.count.filter({ hasText: 'Question 2 of 7' }).waitFor({ timeout: 10_000 });
  assert.equal(new URL(page.url()).hash, '#vd.django-vs-flask=v1.1.1-1______');
  await done();
});

/** Opens a long post, recording WebAssembly requests and layout shifts. */
async function longPage(path) {
  const session = await cleanPage({ browser: h.browser, server: h.server }, { viewport: { width: 1280, height: 800 } });
  const wasm = [];
  session.page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  await session.page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__shift += e.hadRecentInput ? 0 : e.value)))
      .observe({ type: 'layout-shift', buffered: true });
  });
  await session.page.goto(h.server.origin + path);
  await session.page.waitForLoadState('networkidle');
  return { ...session, wasm };
}

/** Scrolls down the way a reader does, a little at a time, until `locator` is in view. */
async function scrollTo(page, locator) {
  for (let i = 0; i < 200; i++) {
    const top = await locator.evaluate((el) => el.getBoundingClientRect().top);
    if (top < 400) return;
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(40);
  }
  throw new Error('never reached the widget');
}

test('a widget far down a long post fetches no WebAssembly until the reader scrolls near it, and nothing shifts', async () => {
  const { page, wasm, done } = await longPage('/blog/long.html');
  const host = page.locator('#far');
  const below = await host.evaluate((el) => el.getBoundingClientRect().top / innerHeight);
  assert.ok(below > 2, `the widget starts ${below.toFixed(1)} viewports down`);
  assert.deepEqual(wasm, [], 'nothing fetched before scrolling');
  // The placeholder keeps the widget's place meanwhile.
  assert.ok((await host.evaluate((el) => el.getBoundingClientRect().height)) > 300);
  await scrollTo(page, host);
  const w = new Widget(page, '#far');
  await w.ready();
  assert.equal(wasm.filter((u) => u.includes('verdict-checker')).length, 0, 'the checker is not needed here');
  assert.equal(wasm.length, 1);
  await w.answer('Yes');
  assert.equal(await w.count.textContent(), 'Question 2 of 7');
  assert.equal(await page.evaluate(() => window.__shift), 0, 'cumulative layout shift');
  await done();
});

test('two widgets far down share one download; loading="eager" fetches at once', async () => {
  const two = await longPage('/blog/long-two.html');
  await scrollTo(two.page, two.page.locator('#farther'));
  await new Widget(two.page, '#far').ready();
  await new Widget(two.page, '#farther').ready();
  assert.equal(two.wasm.length, 1);
  await two.done();

  const eager = await longPage('/blog/long-eager.html');
  assert.equal(eager.wasm.length, 1, 'fetched without scrolling');
  await eager.done();
});

test('if the widget cannot start, the element shows its fallback and a notice', async () => {
  const context = await h.browser.newContext();
  const page = await context.newPage();
  await page.route('**/*_bg.wasm', (route) => route.abort());
  page.on('pageerror', () => {}); // the refused download is the point
  await page.goto(h.server.origin + '/blog/post.html');
  const notice = page.locator('#framework').locator('.vd-load-error');
  await notice.waitFor();
  assert.match(await notice.textContent(), /could not be loaded/);
  await context.close();
});
