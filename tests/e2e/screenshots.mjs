// Screenshots of the release build for people to look at: desktop and 375 px phone, light and
// dark, at the quiz, the result, the grid, the resume offer and a bad link's notice; the Urdu
// interface on the three-option comparison at 1280, 375 and 320 px and printed; the example blog
// post. Writes PNGs to tests/e2e/artifacts/screenshots/, and the README's picture to
// docs/screenshot.png.
//   node tests/e2e/screenshots.mjs [dist-dir]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '../../scripts/lib/server.mjs';
import { launch } from '../../scripts/lib/browser.mjs';
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
      await page.locator('#database #vd-question').waitFor();
      const file = join(out, `blog-${device}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      shots.push(file);
      await page.close();
    }
  }
  await blog.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(shots.join('\n'));
