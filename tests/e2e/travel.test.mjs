// End to end: a shared result that travels. Each outcome has a page whose tags give chat apps a
// preview card (fetched here without script, as an unfurler does); links and reloads keep a
// 300-question quiz's result; the iframe option's link opens the blog post, with the result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serve } from '../../scripts/lib/server.mjs';
import { launch } from '../../scripts/lib/browser.mjs';
import { blogSite } from '../../scripts/lib/pages.mjs';
import { cleanPage, DIST } from './lib/harness.mjs';
import { Widget } from './lib/widget.mjs';

const h = { browser: null, server: null, blog: null };
const linkIn = (text) => text.slice(text.lastIndexOf(' ') + 1);

/** A generated comparison with `n` questions (two options, two answers each). */
function bigQuiz(n) {
  return {
    id: `big-${n}`,
    version: 1,
    title: `A ${n}-question comparison`,
    options: [{ id: 'tea', name: 'Tea' }, { id: 'coffee', name: 'Coffee' }],
    questions: Array.from({ length: n }, (_, i) => ({
      id: `q${i}`,
      text: `Question number ${i + 1}?`,
      answers: [
        { id: 'a', label: 'Tea way', weights: { tea: 1 }, reason: 'Leans to tea.' },
        { id: 'b', label: 'Coffee way', weights: { coffee: 1 }, reason: 'Leans to coffee.' },
      ],
    })),
    grid: { rows: [{ id: 'r', feature: 'Caffeine', cells: { tea: 'Some', coffee: 'Lots' } }] },
  };
}

before(async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'verdict-travel-'));
  const site = await blogSite(tmp);
  await writeFile(join(tmp, 'big.json'), JSON.stringify(bigQuiz(300)));
  await writeFile(join(tmp, 'big.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big</title>
<link rel="icon" href="data:,"></head><body><verdict-widget src="big.json"></verdict-widget>
<script type="module" src="assets/verdict/embed.js"></script></body></html>`);
  site.routes['/blog/big.json'] = join(tmp, 'big.json');
  site.routes['/blog/big.html'] = join(tmp, 'big.html');
  h.browser = await launch();
  h.server = await serve(DIST);
  h.blog = await serve(DIST, site);
});
after(async () => {
  await h.browser?.close();
  await h.server?.close();
  await h.blog?.close();
});

/** Width and height from a PNG's header (IHDR). */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG', 'a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("a copied link's page, fetched without script as an unfurler does, previews that outcome", async () => {
  const { page, context, done } = await cleanPage(h);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });
  await page.goto(h.server.url);
  const w = new Widget(page);
  await w.answerAll(['Yes', 'Yes', 'Yes', 'No', 'No', 'No', 'Yes']);
  await w.button('Copy link').click();
  await w.root.getByText('Link copied').waitFor();
  const link = linkIn(await page.evaluate(() => navigator.clipboard.readText()));
  await done();

  const unfurler = await h.browser.newContext({ javaScriptEnabled: false });
  const card = await unfurler.newPage();
  const response = await card.goto(link);
  assert.equal(response.status(), 200);
  const meta = (property) => card.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');
  assert.equal(await meta('og:title'), 'Django fits me best · Django vs Flask: which should you pick?');
  assert.match(await meta('og:description'), /^I got Django on “Django vs Flask/);
  assert.equal(await meta('twitter:card'), 'summary_large_image');
  assert.ok(await meta('og:url'));
  const image = new URL(await meta('og:image'), link);
  const png = await card.request.get(image.href);
  assert.equal(png.status(), 200);
  assert.equal(png.headers()['content-type'], 'image/png');
  assert.deepEqual(pngSize(await png.body()), { width: 1200, height: 630 });
  await unfurler.close();

  // Opened in a browser, the same link shows the same result as the plain one.
  const reader = await cleanPage(h);
  await reader.page.goto(link);
  const r = new Widget(reader.page);
  await r.resultHeading.waitFor();
  assert.equal(await r.resultHeading.textContent(), 'Django fits you best');
  await reader.done();
});

test('a 300-question comparison: its link and a reload keep the result', async () => {
  const { page, context, done } = await cleanPage({ browser: h.browser, server: h.blog });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.blog.origin });
  await page.goto(`${h.blog.origin}/blog/big.html`);
  const w = new Widget(page);
  await w.ready();
  // Answer every question in the page (the quiz is long: a click per question, no waiting).
  for (let i = 0; i < 300; i++) {
    await w.answers.getByRole('button', { name: i % 3 ? 'Coffee way' : 'Tea way', exact: true }).click();
  }
  await w.resultHeading.waitFor();
  const heading = await w.resultHeading.textContent();
  assert.equal(heading, 'Coffee fits you best');
  const token = new URL(page.url()).hash;
  assert.ok(token.length > 300, `the link carries ${token.length} characters`);
  await page.reload();
  await w.resultHeading.filter({ hasText: heading }).waitFor();
  await w.button('Copy link').click();
  await w.root.getByText('Link copied').waitFor();
  const link = linkIn(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(new URL(link).hash, token);
  await done();

  const other = await cleanPage({ browser: h.browser, server: h.blog });
  await other.page.goto(link);
  const o = new Widget(other.page);
  await o.resultHeading.filter({ hasText: heading }).waitFor();
  assert.match(await o.root.locator('.vd-summary').textContent(), /Based on 300 answers/);
  await other.done();
});

test("inside the iframe option, the link is the blog post's, and opens the post with the result", async () => {
  const { page, context, done } = await cleanPage({ browser: h.browser, server: h.blog });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.blog.origin });
  await page.goto(`${h.blog.origin}/blog/frame-host.html`);
  const frame = page.frameLocator('#verdict-frame');
  const w = new Widget(frame);
  await w.ready();
  await w.answerAll(['No', 'No', 'No', 'Yes', 'Yes', 'Yes', 'No']);
  await w.button('Copy link').click();
  await w.root.getByText('Link copied').waitFor();
  const link = linkIn(await page.evaluate(() => navigator.clipboard.readText()));
  const url = new URL(link);
  assert.equal(url.pathname, '/blog/frame-host.html', 'the post, not the bare frame');
  assert.equal(url.hash, '#vd.django-vs-flask=v1.1.r1110001');
  await done();

  // Opening it: the post, with the framed widget on that result.
  const other = await cleanPage({ browser: h.browser, server: h.blog });
  await other.page.goto(link);
  const o = new Widget(other.page.frameLocator('#verdict-frame'));
  await o.resultHeading.filter({ hasText: 'Flask fits you best' }).waitFor();
  await other.done();
});

test('the outcome pages are in the build, one per option that can win, each with its image', async () => {
  const index = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.match(index, /<meta name="verdict:outcomes" content="django-vs-flask">/);
  for (const option of ['django', 'flask']) {
    const html = await readFile(join(DIST, `result-${option}.html`), 'utf8');
    assert.match(html, /<meta property="og:image" content="[^"]*result-[a-z]+\.png">/);
    assert.deepEqual(pngSize(await readFile(join(DIST, `result-${option}.png`))), { width: 1200, height: 630 });
  }
});
