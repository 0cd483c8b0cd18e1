// End to end: accessibility. axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every state, light and
// dark, English (left to right) and Urdu (right to left); a keyboard-only run; target sizes, focus
// ring, reduced motion; no page-level horizontal scrolling at 320, 375 and 1280 px; printing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { harness, cleanPage } from './lib/harness.mjs';
import { Widget, openWidget } from './lib/widget.mjs';
import { violations } from './lib/axe.mjs';


// A page whose content is broken, for the error state.
const tmp = mkdtempSync(join(tmpdir(), 'verdict-a11y-'));
const broken = JSON.parse(readFileSync('content/django-flask-fastapi.json', 'utf8'));
broken.questions[0].answers = broken.questions[0].answers.slice(0, 1);
delete broken.grid.rows[1].cells.flask;
writeFileSync(join(tmp, 'broken.json'), JSON.stringify(broken));
// The same page for an Urdu blog: the widget takes its language from <html lang="ur">.
for (const [file, lang, dir] of [['broken.html', 'en', 'ltr'], ['broken-ur.html', 'ur', 'rtl']]) {
  writeFileSync(join(tmp, file), `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
<title>Broken content</title><link rel="icon" href="data:,"></head><body><main><h1>A post with broken content</h1>
<verdict-widget src="broken.json"></verdict-widget></main><script type="module" src="./embed.js"></script></body></html>`);
}

const h = harness({ routes: Object.fromEntries(['broken.json', 'broken.html', 'broken-ur.html']
  .map((f) => [`/${f}`, join(tmp, f)])) });

const open = (path, options = {}) => openWidget(h, path, options);

const QUIZ = (locale) => `/?content=django-flask-fastapi${locale === 'ur' ? '&locale=ur' : ''}`;
const NOT_SURE = { en: 'Not sure', ur: 'یقین نہیں' };

for (const locale of ['en', 'ur']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds nothing in any state (${locale}, ${colorScheme})`, async () => {
      const { page, w, done } = await open(QUIZ(locale), { colorScheme });
      const report = {};
      report['first question'] = await violations(page);
      await w.answer('Yes');
      await w.answer(NOT_SURE[locale]);
      await w.answer('Yes, an API');
      report['mid-quiz'] = await violations(page);
      for (const label of ['Yes', 'Yes', 'Yes, small', 'No']) await w.answer(label);
      await w.resultHeading.waitFor();
      report.result = await violations(page);
      // The grid with highlighted rows, and the article notes opened.
      await w.openAll();
      await w.grid.scrollIntoViewIfNeeded();
      report['grid and notes'] = await violations(page);
      // A damaged share link: the notice above a fresh quiz.
      await page.goto(h.server.origin + QUIZ(locale) + '#vd.django-flask-fastapi=v1.1.r1');
      await w.ready();
      await w.root.getByRole('status').first().waitFor();
      report['bad-link notice'] = await violations(page);
      await done();

      const broken = await open(locale === 'ur' ? '/broken-ur.html' : '/broken.html', { colorScheme });
      await broken.w.root.getByRole('alert').waitFor();
      assert.equal(await broken.w.root.locator('.vd-error').getAttribute('lang'), locale);
      report['error message'] = await violations(broken.page);
      await broken.done();

      assert.deepEqual(report, {
        'first question': [], 'mid-quiz': [], result: [], 'grid and notes': [], 'bad-link notice': [], 'error message': [],
      });
    });
  }
}

test('axe reaches into the widget: a planted violation in its shadow root is found', async () => {
  const { page, w, done } = await open('/');
  await w.root.evaluate((host) => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    host.shadowRoot.querySelector('.vd-head').append(img);
  });
  const found = await violations(page);
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /^image-alt/);
  await done();
});

test('the Urdu interface is right to left, translated, and leaves the content as written', async () => {
  const { page, w, done } = await open(QUIZ('ur'));
  const article = w.root.locator('article.vd');
  assert.equal(await article.getAttribute('lang'), 'ur');
  assert.equal(await article.getAttribute('dir'), 'rtl');
  assert.equal(await w.count.textContent(), 'سوال 1 از 7');
  // The question is English and keeps its own direction inside the right-to-left widget.
  assert.equal(await w.question.textContent(), 'Do you need an admin panel?');
  assert.equal(await w.question.evaluate((el) => getComputedStyle(el).direction), 'ltr');
  // Mirrored: the first answer sits at the right, and "back" is to the right of "skip".
  const box = async (locator) => (await locator.boundingBox()).x;
  const answers = w.answers.getByRole('button');
  assert.ok(await box(answers.first()) > await box(answers.nth(1)));
  assert.ok(await box(w.button('→ پیچھے')) > await box(w.button('چھوڑیں ←')));
  await w.answerAll(['No', 'No', 'Yes, an API', 'Yes', 'Yes', 'Yes, small', 'No']);
  assert.equal(await w.resultHeading.textContent(), 'FastAPI آپ کے لیے بہترین ہے');
  assert.deepEqual(await w.root.locator('.vd-score-points').allTextContents(), ['8 پوائنٹس', '3 پوائنٹس', '0 پوائنٹس']);
  assert.ok(await w.button('لنک کاپی کریں').isVisible());
  // Code samples read left to right whatever the interface language.
  assert.equal(await w.root.locator('.vd-code pre').first().evaluate((el) => getComputedStyle(el).direction), 'ltr');
  // No English chrome is left: every button's text is Urdu or content.
  const buttons = await w.root.getByRole('button').allTextContents();
  for (const english of ['Copy link', 'Start over', 'Change answers', 'Back', 'Next', 'Skip', 'Restart']) {
    assert.ok(!buttons.some((b) => b.includes(english)), `${english} in ${buttons.join(' | ')}`);
  }
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
  await done();
});

test('the language comes from the locale attribute, else from the page around the widget', async () => {
  const { w, done } = await open('/');
  assert.equal(await w.count.textContent(), 'Question 1 of 7');
  await done();
  // A blog written in Urdu (<html lang="ur">) gets the Urdu interface without any attribute.
  const s = await cleanPage(h);
  await s.page.route('**/urdu-blog.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="ur" dir="rtl"><head><meta charset="utf-8"><title>بلاگ</title>
      <link rel="icon" href="data:,"></head><body><verdict-widget></verdict-widget>
      <script type="module" src="./embed.js"></script></body></html>`,
  }));
  await s.page.goto(h.server.origin + '/urdu-blog.html');
  const uw = new Widget(s.page);
  await uw.ready();
  assert.equal(await uw.count.textContent(), 'سوال 1 از 7');
  await s.done();
});

test('keyboard only: the whole quiz, the result, copying the link and the grid', async () => {
  const { page, context, w, done } = await open('/');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });
  const focused = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { text: el?.textContent?.trim() ?? '', tag: el?.tagName, outline: el ? getComputedStyle(el).outlineStyle : '' };
  });
  /** Presses Tab until the focused element's text is `text` (at most 40 presses). */
  const tabTo = async (text) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (f.text === text) return f;
    }
    throw new Error(`Tab never reached "${text}"`);
  };
  // Seven questions: Tab to the answer, Enter. Focus moves to the new question's heading, so the
  // next Tab starts from there.
  const answers = ['No', 'No', 'No', 'Yes', 'Yes', 'Yes', 'No'];
  for (const [i, label] of answers.entries()) {
    await w.count.filter({ hasText: `Question ${i + 1} of 7` }).waitFor();
    const f = await tabTo(label);
    assert.notEqual(f.outline, 'none', 'a visible focus ring');
    await page.keyboard.press('Enter');
  }
  await w.resultHeading.waitFor();
  assert.equal((await focused()).text, 'Flask fits you best', 'focus moves to the result');
  await tabTo('Copy link');
  await page.keyboard.press('Enter');
  await w.root.getByText('Link copied').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /#vd\.django-vs-flask=v1\.1\.r/);
  // The grid: a focusable region that scrolls with the arrow keys where it is wider than the widget.
  await page.setViewportSize({ width: 700, height: 800 });
  const region = await tabTo(await w.root.locator('.vd-table-wrap').textContent().then((t) => t.trim()));
  assert.equal(region.tag, 'DIV');
  const wrap = w.root.locator('.vd-table-wrap');
  assert.equal(await wrap.getAttribute('role'), 'region');
  // The first fold of the article notes opens with Enter.
  await tabTo('The Short Answer');
  await page.keyboard.press('Enter');
  assert.equal(await w.root.locator('details').first().evaluate((d) => d.open), true);
  await done();
});

test('controls are at least 24 by 24 px, have a focus ring and stop moving for reduced motion', async () => {
  const { w, done } = await open('/', { reducedMotion: 'reduce' });
  const small = async () => w.root.evaluate((host) => [...host.shadowRoot.querySelectorAll('button, summary, input, [tabindex="0"]')]
    .filter((el) => el.getClientRects().length)
    .map((el) => [el.textContent.trim().slice(0, 30), el.getBoundingClientRect()])
    .filter(([, r]) => r.width < 24 || r.height < 24)
    .map(([t, r]) => `${t}: ${Math.round(r.width)}×${Math.round(r.height)}`));
  assert.deepEqual(await small(), []);
  const answer = w.answers.getByRole('button').first();
  assert.equal(await answer.evaluate((el) => getComputedStyle(el).transitionDuration), '0s');
  await w.answerAll(['Yes', 'Yes', 'Yes', 'No', 'No', 'No', 'Yes']);
  assert.deepEqual(await small(), []);
  await done();
});

for (const width of [320, 375, 1280]) {
  for (const locale of ['en', 'ur']) {
    test(`no page-level horizontal scrolling at ${width} px (${locale}): quiz, result, grid`, async () => {
      const { page, w, done } = await open(QUIZ(locale), { viewport: { width, height: 800 } });
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.equal(await overflow(), 0, 'quiz');
      await w.answerAll(['Yes', 'No', 'Yes, an API', 'No', 'Yes', 'No, a large product', 'Yes']);
      assert.equal(await overflow(), 0, 'result');
      await w.openAll();
      await w.grid.scrollIntoViewIfNeeded();
      assert.equal(await overflow(), 0, 'grid and notes');
      await done();
    });
  }
}

test('printing shows the result and the whole grid, without buttons', async () => {
  const { page, w, done } = await open('/');
  await w.answerAll(['Yes', 'Yes', 'Yes', 'No', 'No', 'No', 'Yes']);
  await page.emulateMedia({ media: 'print' });
  const shown = (selector) => w.root.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none');
  assert.equal(await shown('.vd-headline'), true);
  assert.equal(await shown('.vd-table'), true);
  assert.equal(await shown('.vd-nav'), false);
  assert.equal(await shown('.vd-share'), false);
  const visibleButtons = await w.root.evaluate((host) => [...host.shadowRoot.querySelectorAll('button')]
    .filter((b) => b.getClientRects().length).length);
  assert.equal(visibleButtons, 0);
  // Every grid row is laid out in full (the table is not clipped by a scroll box).
  const clipped = await w.root.locator('.vd-table-wrap').evaluate((el) => el.scrollWidth > el.clientWidth);
  assert.equal(clipped, false);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000);
  await done();
});
