// Screenshots of the release build for people to look at: desktop and 375 px phone, light and
// dark, at the quiz, the result, the grid, the resume offer and a bad link's notice; the Urdu
// interface on the three-option comparison at 1280, 375 and 320 px and printed; Japanese, Hindi,
// Arabic, German and Russian at 375 px; the example blog
// post; the widget pasted into a serif (Tufte CSS) and a dark (water.css) post; the preview card a
// chat app draws from an outcome page's tags; the reader's say (a must-have ruling an option out,
// why not the other); the studio with a post read into a guide, its preview and a mistake. Writes PNGs to tests/e2e/artifacts/screenshots/,
// and the README's pictures to docs/.
//   node tests/e2e/screenshots.mjs [dist-dir]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '../../scripts/lib/server.mjs';
import { launch } from '../../scripts/lib/browser.mjs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { postPath, themedPosts } from '../../scripts/lib/pages.mjs';
import { Widget } from './lib/widget.mjs';

const dist = process.argv[2] ?? 'dist';
const out = 'tests/e2e/artifacts/screenshots';
mkdirSync(out, { recursive: true });
mkdirSync('docs', { recursive: true });

const server = await serve(dist);
const browser = await launch();
const shots = [];
try {
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 812 }]]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: device === 'phone' ? 2 : 1 });
      const w = new Widget(page);
      await page.goto(server.url);
      await w.ready();
      const shot = async (name, full = false) => {
        const file = join(out, `${device}-${scheme}-${name}.png`);
        await page.screenshot({ path: file, fullPage: full });
        shots.push(file);
      };
      await shot('quiz');
      // A Flask-leaning reader, with one "Not sure", to show a result with reasons and notes.
      for (const label of ['No', 'No', 'Not sure', 'Yes', 'Yes', 'Yes', 'No']) await w.answer(label);
      await w.resultHeading.waitFor();
      await shot('result', true);
      if (device === 'desktop' && scheme === 'light') {
        // The README's picture: the top of the result, at a readable size.
        await page.screenshot({ path: 'docs/screenshot.png', clip: { x: 240, y: 180, width: 800, height: 900 } });
        shots.push('docs/screenshot.png');
      }
      await w.grid.scrollIntoViewIfNeeded();
      await shot('grid');
      // Coming back without the link: the saved progress is offered.
      await page.goto(server.url + '?back');
      await w.ready();
      await shot('resume');
      // A damaged link: a short notice and a fresh quiz.
      await page.goto(server.url + '#vd.django-vs-flask=v1.1.r11');
      await w.ready();
      await shot('bad-link');
      await page.close();
    }
  }
  // The Urdu interface (right to left) on the three-option comparison, at 1280, 375 and 320 px,
  // and the printed result.
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 812 }],
    ['narrow', { width: 320, height: 700 }]]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: device === 'desktop' ? 1 : 2 });
      const w = new Widget(page);
      const shot = async (name, full = false) => {
        const file = join(out, `ur-${device}-${scheme}-${name}.png`);
        await page.screenshot({ path: file, fullPage: full });
        shots.push(file);
      };
      await page.goto(server.url + '?content=django-flask-fastapi&locale=ur');
      await w.ready();
      await shot('quiz');
      for (const label of ['No', 'No', 'Yes, an API', 'Yes', 'یقین نہیں', 'Yes, small', 'No']) await w.answer(label);
      await w.resultHeading.waitFor();
      await shot('result', true);
      await w.grid.scrollIntoViewIfNeeded();
      await shot('grid');
      if (device === 'desktop' && scheme === 'light') {
        await page.emulateMedia({ media: 'print' });
        await shot('print', true);
      }
      await page.close();
    }
  }
  // Other scripts and lengths of the interface's words, at 375 px: Japanese, Hindi, Arabic (right
  // to left, Arabic-Indic digits from the page's ar-EG), German (long words) and Russian, light
  // and dark, at the quiz and the result (each question answered with its first answer).
  for (const lang of ['ja', 'hi', 'ar-EG', 'de', 'ru']) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width: 375, height: 812 }, colorScheme: scheme, deviceScaleFactor: 2 });
      const w = new Widget(page);
      const shot = async (name, full = false) => {
        const file = join(out, `${lang}-phone-${scheme}-${name}.png`);
        await page.screenshot({ path: file, fullPage: full });
        shots.push(file);
      };
      await page.goto(server.url + `?locale=${lang}`);
      await w.ready();
      await page.evaluate(() => document.fonts.ready);
      await shot('quiz');
      for (let i = 0; i < 7; i++) {
        const question = await w.question.textContent();
        await w.answers.getByRole('button').first().click();
        if (i < 6) await w.root.locator('#vd-question').filter({ hasNotText: question }).waitFor();
      }
      await w.resultHeading.waitFor();
      await shot('result', true);
      await page.close();
    }
  }
  // The example blog post (examples/blog-post.html) with its two widgets under a hostile theme.
  const ex = resolve('examples');
  const blog = await serve(dist, { base: '/blog/assets/verdict/', routes: {
    '/blog/post.html': join(ex, 'blog-post.html'),
    '/blog/hostile-theme.css': join(ex, 'hostile-theme.css'),
    '/blog/content/sqlite-vs-postgresql.json': join(ex, 'content/sqlite-vs-postgresql.json'),
  } });
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 812 }]]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      await page.goto(blog.origin + '/blog/post.html');
      // Widgets start when they come near the screen: bring the lower one there first.
      await page.locator('#database').scrollIntoViewIfNeeded();
      await new Widget(page, '#database').question.waitFor();
      const file = join(out, `blog-${device}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      shots.push(file);
      await page.close();
    }
  }
  await blog.close();

  // The widget at home in posts: a serif long-form layout and a dark blog (README pictures).
  const posts = await serve(dist, await themedPosts(await mkdtemp(join(tmpdir(), 'verdict-shots-'))));
  for (const [name, scheme, file] of [['tufte', 'light', 'docs/blog-serif.png'], ['water.css, dark', 'dark', 'docs/blog-dark.png']]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    await page.goto(posts.origin + postPath(name));
    const w = new Widget(page);
    await w.ready();
    await page.evaluate(() => document.fonts.ready);
    const from = await page.locator('#before').boundingBox();
    const to = await page.locator('#after').boundingBox();
    const x = Math.max(0, Math.min(from.x, to.x) - 40);
    await page.screenshot({ path: file, fullPage: true, clip: { x, y: from.y, width: Math.min(1280 - x, from.width + 80), height: to.y + to.height - from.y } });
    shots.push(file);
    await page.close();
  }
  await posts.close();

  // The reader's say, at 1280 and 375 px, light and dark: Flask-leaning answers with "Yes, I need
  // an admin panel" made a must-have, the auth question weighed "A lot": Flask ruled out, why not
  // Flask, and the grid cut to the differences.
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 812 }]]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: device === 'phone' ? 2 : 1 });
      await page.goto(server.url);
      const w = new Widget(page);
      await w.ready();
      await w.answerAll(['Yes', 'No', 'No', 'Yes', 'Yes', 'No', 'No']);
      await w.root.locator('.vd-must input').first().check();
      await w.root.locator('.vd-ruled-out').waitFor();
      const file = join(out, `say-${device}-${scheme}.png`);
      await w.root.locator('.vd-result').screenshot({ path: file });
      shots.push(file);
      await page.close();
    }
  }

  // The studio (editor.html), at desktop and 375 px, light and dark: the source article pasted
  // and read, its pieces beside the guide the draft made of them (the form, a question open);
  // the preview at its result; then a mistake, its problem followed to its field. The desktop
  // light one is the README's picture.
  const article = await readFile('content/django-vs-flask.md', 'utf8');
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 812 }]]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: device === 'phone' ? 2 : 1 });
      await page.goto(server.url + 'editor.html');
      await page.getByRole('textbox', { name: /^Post/ }).fill(article);
      await page.getByRole('button', { name: 'Read post' }).click();
      await page.locator('.studio-check.is-valid').filter({ hasText: '10 questions' }).waitFor();
      // The first marked piece current, and the first question unfolded.
      await page.locator('.post-piece.is-used').first().focus();
      await page.locator('.form-fold > summary').first().click();
      await page.evaluate(() => window.scrollTo(0, 0));
      const file = join(out, `studio-${device}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: device === 'phone' });
      shots.push(file);
      if (device === 'desktop' && scheme === 'light') {
        await page.screenshot({ path: 'docs/studio.png' });
        shots.push('docs/studio.png');
      }
      await page.getByRole('tab', { name: 'Preview' }).click();
      const w = new Widget(page, '.studio-preview-host');
      await w.root.getByRole('heading', { name: /^Django vs Flask/ }).waitFor();
      for (const label of ['No', 'No', 'Yes', 'Yes', 'Yes', 'Yes', 'No', 'No', 'Yes', 'No']) await w.answer(label);
      await w.resultHeading.waitFor();
      const result = join(out, `studio-${device}-${scheme}-preview.png`);
      await page.locator('.studio-work').screenshot({ path: result });
      shots.push(result);
      // A mistake: an option's name emptied; its problem takes the focus to the field.
      await page.getByRole('tab', { name: 'Form' }).click();
      await page.getByRole('textbox', { name: 'Option 2', exact: true }).fill('');
      await page.locator('.studio-problem').first().click();
      const problems = join(out, `studio-${device}-${scheme}-problem.png`);
      await page.screenshot({ path: problems });
      shots.push(problems);
      await page.close();
    }
  }

  // The preview card a chat app draws from an outcome page's tags (og:title, og:description,
  // og:image), drawn here the way such cards look, from the tags the build wrote.
  const outcome = await readFile(join(dist, 'result-flask.html'), 'utf8');
  const tag = (p) => outcome.match(new RegExp(`<meta (?:property|name)="${p}" content="([^"]*)"`))?.[1] ?? '';
  const card = await browser.newPage({ viewport: { width: 560, height: 520 }, deviceScaleFactor: 2 });
  await card.goto(server.url + 'result-flask.html');
  await card.setContent(`<!doctype html><html><body style="margin:0;background:#e9edef;font:15px system-ui,sans-serif">
    <div style="margin:24px;max-width:500px;background:#d9fdd3;border-radius:10px;padding:6px;box-shadow:0 1px 1px #0002">
      <div style="background:#0000000d;border-radius:8px;overflow:hidden">
        <img src="${new URL(tag('og:image'), server.url + 'result-flask.html')}" style="display:block;width:100%">
        <div style="padding:8px 10px"><div style="font-weight:600;color:#111b21">${tag('og:title')}</div>
        <div style="color:#667781;font-size:13px;margin-top:2px">${tag('og:description')}</div>
        <div style="color:#667781;font-size:12px;margin-top:4px">example.com</div></div></div>
      <div style="padding:8px 4px 2px;color:#027eb5">https://example.com/verdict/result-flask.html#vd.django-vs-flask=v1.1.r11x0001</div>
    </div></body></html>`);
  await card.locator('img').evaluate((img) => img.decode());
  await card.screenshot({ path: 'docs/preview-card.png', fullPage: true });
  shots.push('docs/preview-card.png');
  await card.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(shots.join('\n'));
