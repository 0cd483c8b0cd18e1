// End to end: sharing a result by link, the browser's Back/Forward/reload, resuming saved
// progress, bad links, blocked storage, sub-path hosting and two widgets on one page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { harness, cleanPage, DIST } from './lib/harness.mjs';
import { serve } from '../../scripts/lib/server.mjs';
import { Widget } from './lib/widget.mjs';

const h = harness();
const FLASK = ['No', 'No', 'Not sure', 'Yes', 'Yes', 'Yes', 'No'];

async function open(url = h.server.url, options = {}, target = h) {
  const session = await cleanPage(target, options);
  await session.page.goto(url);
  const w = new Widget(session.page);
  await w.ready();
  return { ...session, w };
}

const reasonsOf = (w) => w.root.locator('.vd-reason').allTextContents();
/** The link at the end of copied text ("I got Flask on “…” https://…"). */
const linkIn = (text) => text.slice(text.lastIndexOf(' ') + 1);

test('a copied link opens the same result, with its reasons, in a fresh browser context', async () => {
  const { page, context, w, done } = await open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });
  await w.answerAll(FLASK);
  const heading = await w.resultHeading.textContent();
  const reasons = await reasonsOf(w);
  await w.button('Copy link').click();
  await w.root.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  // One plain sentence, then the link: the outcome's own page (its tags make a preview card).
  assert.match(text, /^I got Flask on “Django vs Flask: which should you pick\?” http/);
  const link = linkIn(text);
  assert.equal(new URL(link).pathname, '/result-flask.html');
  const fragment = new URL(link).hash;
  assert.equal(fragment, '#vd.django-vs-flask=v1.1.r11x0001');
  console.log(`example link: ${link} (fragment ${fragment.length - 1} characters)`);
  // "Link only": the link alone.
  await w.button('Link only').click();
  await page.waitForFunction((before) => navigator.clipboard.readText().then((t) => t !== before), text);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await done();

  const other = await open(link);
  assert.equal(await other.w.resultHeading.textContent(), heading);
  assert.deepEqual(await reasonsOf(other.w), reasons);
  await other.done();
});

test('where the clipboard refuses, the link is offered selected, to copy by hand', async () => {
  const session = await cleanPage(h);
  await session.context.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await session.page.goto(h.server.url);
  const w = new Widget(session.page);
  await w.answerAll(FLASK);
  await w.button('Copy link').click();
  const field = w.root.getByRole('textbox', { name: /Copy this link/ });
  await field.waitFor();
  assert.equal(new URL(linkIn(await field.inputValue())).hash, '#vd.django-vs-flask=v1.1.r11x0001');
  const selected = await field.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  assert.equal(selected, await field.inputValue());
  await session.done();
});

test("the browser's Back from the result returns to the quiz, Forward to the result; reload keeps the place", async () => {
  const s = await cleanPage(h);
  // Arrive from another page, so "Back" could leave the site if the widget got it wrong.
  await s.page.goto(`${h.server.url}?from=elsewhere`);
  await s.page.goto(h.server.url);
  const widget = new Widget(s.page);
  await widget.answerAll(FLASK);
  await s.page.goBack();
  await widget.count.filter({ hasText: 'Question 7 of 7' }).waitFor();
  assert.equal(new URL(s.page.url()).search, '', 'still on the widget page');
  assert.equal(await widget.answers.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed'), 'false');
  await s.page.goForward();
  await widget.resultHeading.filter({ hasText: 'Flask fits you best' }).waitFor();
  await s.page.reload();
  await widget.resultHeading.filter({ hasText: 'Flask fits you best' }).waitFor();
  // Mid-quiz, a reload keeps the question and the answers.
  await widget.button('Start over').click();
  await widget.answer('Yes');
  await widget.answer('No');
  await s.page.reload();
  await widget.count.filter({ hasText: 'Question 3 of 7' }).waitFor();
  await widget.button('← Back').click();
  assert.equal(await widget.answers.getByRole('button', { name: 'No', exact: true }).getAttribute('aria-pressed'), 'true');
  await s.done();
});

test('a returning reader is offered to continue or start over', async () => {
  const { page, w, done } = await open();
  await w.answer('Yes');
  await w.answer('Yes');
  await w.answer('Not sure');
  // Come back later through the bare address (no fragment): storage remembers.
  await page.goto(h.server.url.replace(/#.*$/, '') + '?later');
  await w.ready();
  const offer = w.root.getByRole('region', { name: 'Saved progress' });
  await offer.waitFor();
  assert.match(await offer.textContent(), /question 4 of 7/);
  assert.equal(await w.count.textContent(), 'Question 1 of 7');
  await w.button('Continue').click();
  await w.count.filter({ hasText: 'Question 4 of 7' }).waitFor();
  // Start over instead: the offer goes and the quiz is fresh.
  await page.goto(h.server.url + '?again');
  await w.ready();
  await offer.waitFor();
  await offer.getByRole('button', { name: 'Start over' }).click();
  assert.equal(await offer.count(), 0);
  assert.equal(await w.count.textContent(), 'Question 1 of 7');
  await done();
});

test('bad links give a short notice and a fresh quiz; fragments that are not ours are left alone', async () => {
  for (const fragment of [
    '#vd.django-vs-flask=v1.1.r11x00',  // truncated
    '#vd.django-vs-flask=v1.1.r11x0009', // tampered
    '#vd.django-vs-flask=v7.1.r11x0001', // another format
    '#vd.django-vs-flask=v1.4.r11x0001', // another edition of the content
    '#vd.django-vs-flask=%F0%9F%98%80%00<script>', // garbage
    '#vd.django-vs-fl',                  // cut inside the key
  ]) {
    const { page, w, done } = await open(h.server.url + fragment);
    const notice = w.root.locator('.vd-notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /could not be opened/, fragment);
    assert.equal(await w.count.textContent(), 'Question 1 of 7', fragment);
    assert.equal(new URL(page.url()).hash, '', `${fragment}: our damaged part is removed`);
    await done();
  }
  const { page, w, done } = await open(h.server.url + '#section-2');
  assert.equal(await w.root.locator('.vd-notice').count(), 0);
  await w.answer('Yes');
  await w.count.filter({ hasText: 'Question 2 of 7' }).waitFor();
  assert.equal(new URL(page.url()).hash, '#section-2&vd.django-vs-flask=v1.1.1-0______');
  await done();
});

test('with storage blocked, the quiz still completes', async () => {
  const session = await cleanPage(h);
  await session.context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await session.page.goto(h.server.url);
  const w = new Widget(session.page);
  await w.answerAll(FLASK);
  assert.equal(await w.resultHeading.textContent(), 'Flask fits you best');
  await session.page.reload();
  await w.resultHeading.waitFor();
  await session.done();
});

test('with storage holding garbage or full, the widget runs without it', async () => {
  const session = await cleanPage(h);
  await session.context.addInitScript(() => {
    localStorage.setItem('verdict:django-vs-flask:1:django-vs-flask', '\u0000{garbage');
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  await session.page.goto(h.server.url);
  const w = new Widget(session.page);
  await w.ready();
  assert.equal(await w.root.locator('.vd-resume').count(), 0);
  await w.answerAll(FLASK);
  await session.done();
});

test('the hosted build works under a sub-path, links included', async () => {
  const sub = await serve(DIST, { base: '/blog/verdict/' });
  try {
    const target = { browser: h.browser, server: sub };
    const { w, done } = await open(sub.url, {}, target);
    await w.answerAll(FLASK);
    const url = (await w.page.url());
    assert.match(url, /\/blog\/verdict\/#vd\.django-vs-flask=v1\.1\.r11x0001$/);
    await done();
    const other = await open(url, {}, target);
    assert.equal(await other.w.resultHeading.textContent(), 'Flask fits you best');
    await other.done();
  } finally {
    await sub.close();
  }
});

test('two widgets on one page keep their own state and their own links', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const two = html.replace(
    /<verdict-widget[^>]*>[\s\S]*?<\/verdict-widget>/,
    '<verdict-widget></verdict-widget><verdict-widget id="second"></verdict-widget>',
  );
  const dir = await mkdtemp(join(tmpdir(), 'verdict-two-'));
  await writeFile(join(dir, 'two.html'), two);
  const server = await serve(DIST, { routes: { '/two.html': join(dir, 'two.html') } });
  try {
    const target = { browser: h.browser, server };
    const { page, done } = await open(`${server.origin}/two.html`, {}, target);
    const first = new Widget(page, 'verdict-widget >> nth=0');
    const second = new Widget(page, '#second');
    await first.answerAll(FLASK);
    await second.answer('Yes');
    await second.count.filter({ hasText: 'Question 2 of 7' }).waitFor();
    const hash = new URL(page.url()).hash;
    assert.equal(hash, '#vd.django-vs-flask=v1.1.r11x0001&vd.second=v1.1.1-0______');
    await page.reload();
    await first.resultHeading.filter({ hasText: 'Flask fits you best' }).waitFor();
    await second.count.filter({ hasText: 'Question 2 of 7' }).waitFor();
    await done();
  } finally {
    await server.close();
  }
});
