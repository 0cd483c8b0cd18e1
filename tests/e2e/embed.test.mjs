// End to end: the widget embedded in a blog post (examples/), as a blogger would paste it:
// two widgets, hostile theme CSS, content from the page, a strict CSP, a sub-path, an iframe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { blogHarness, cleanPage, DIST } from './lib/harness.mjs';
import { serve } from '../../scripts/lib/server.mjs';
import { Widget } from './lib/widget.mjs';

const EX = resolve('examples');
// The example blog, with three more posts: the post without the widget (the blog's own look, for
// comparison), a widget with inline content, and widgets with broken content.
const h = blogHarness('embed', async (tmp) => {
  const post = await readFile(join(EX, 'blog-post.html'), 'utf8');
  await writeFile(join(tmp, 'no-widget.html'), post.replace(/<script type="module"[^>]*><\/script>/, ''));
  const json = await readFile(join(EX, 'content/sqlite-vs-postgresql.json'), 'utf8');
  const page = (widgets) => post.replace(/<h2>The framework<\/h2>[\s\S]*<h2>Your theme/, `${widgets}<h2>Your theme`)
    .replace('<h2>Your theme', '<script type="module" src="assets/verdict/embed.js"></script><h2>Your theme');
  await writeFile(join(tmp, 'inline.html'), page(
    `<verdict-widget id="inline"><script type="application/json">${json}</script></verdict-widget>`));
  await writeFile(join(tmp, 'broken.html'), page(
    `<verdict-widget id="bad-json"><script type="application/json">{ "id": "x", </script></verdict-widget>
     <verdict-widget id="bad-rules"><script type="application/json">${json.replace('"postgresql": 3', '"mysql": 3')}</script></verdict-widget>
     <verdict-widget id="missing" src="content/nowhere.json"></verdict-widget>`));
  return Object.fromEntries(['no-widget.html', 'inline.html', 'broken.html'].map((f) => [`/blog/${f}`, join(tmp, f)]));
});

const STYLE_PROPS = ['font-family', 'font-size', 'color', 'background-color', 'box-sizing', 'text-transform',
  'border-top-style', 'border-top-width', 'padding-top', 'letter-spacing', 'width'];

function computed(locator) {
  return locator.evaluate((el, props) => {
    const s = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
  }, STYLE_PROPS);
}

async function open(server, path, options) {
  const session = await cleanPage({ browser: h.browser, server }, options);
  await session.context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
  await session.page.goto(server.origin + path);
  return session;
}

async function flaskResult(w) {
  await w.answerAll(['No', 'No', 'No', 'Yes', 'Yes', 'Yes', 'No']);
  assert.equal(await w.resultHeading.textContent(), 'Flask fits you best');
}

async function postgresResult(w) {
  await w.question.filter({ hasText: 'Will many users write data at the same moment?' }).waitFor();
  await w.answerAll(['Yes', 'No', 'Yes', 'Yes']);
  assert.equal(await w.resultHeading.textContent(), 'PostgreSQL fits you best');
}

test('the blog post shows two working widgets under its hostile theme, and keeps its own look', async () => {
  const { page, done } = await open(h.server, '/blog/post.html');
  const framework = new Widget(page, '#framework');
  const database = new Widget(page, '#database');
  await framework.ready();
  await database.ready();
  await flaskResult(framework);
  await postgresResult(database);
  assert.equal(await database.grid.locator('tbody tr').count(), 4);

  // The blog's own elements look exactly as they do without the widget.
  const baseline = await cleanPage({ browser: h.browser, server: h.server });
  await baseline.page.goto(h.server.origin + '/blog/no-widget.html');
  for (const sel of ['#blog-button', '#blog-table', '#blog-code', '#blog-li', 'h2', 'body', 'p.byline']) {
    assert.deepEqual(await computed(page.locator(sel).first()), await computed(baseline.page.locator(sel).first()), sel);
  }
  await baseline.done();

  // The widget's key elements look exactly as on its own page.
  const own = await cleanPage({ browser: h.browser, server: h.server });
  await own.page.goto(h.server.url);
  const ownWidget = new Widget(own.page);
  await ownWidget.ready();
  const blogWidget = new Widget(page, '#framework');
  await blogWidget.button('Start over').click();
  for (const [name, pick] of [
    ['answer button', (w) => w.answers.getByRole('button', { name: 'Yes', exact: true })],
    ['question', (w) => w.question],
    ['grid cell', (w) => w.grid.locator('tbody td').first()],
    ['title', (w) => w.root.locator('.vd-title')],
  ]) {
    const a = await computed(pick(blogWidget));
    const b = await computed(pick(ownWidget));
    // The blog's column is narrower than the demo page's, and the type is the post's own (so are sizes in em).
    for (const s of [a, b]) for (const p of ['width', 'font-family', 'font-size', 'padding-top']) delete s[p];
    assert.deepEqual(a, b, name);
  }
  // The type follows the post: its typeface, and its size (here 19px) for the body text.
  const post = await computed(page.locator('p.byline ~ p').first());
  const question = await computed(blogWidget.root.locator('.vd-help'));
  assert.equal(question['font-family'], post['font-family']);
  assert.ok(Math.abs(parseFloat(question['font-size']) - parseFloat(post['font-size'])) <= 2, `${question['font-size']} vs ${post['font-size']}`);
  await own.done();
  await done();
});

test('under a strict Content-Security-Policy the widgets work with no violation', async () => {
  const { page, done } = await open(h.strict, '/blog/post.html');
  const framework = new Widget(page, '#framework');
  await framework.ready();
  await flaskResult(framework);
  await postgresResult(new Widget(page, '#database'));
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  await done();
});

test('content written inline in the page is used', async () => {
  const { page, done } = await open(h.strict, '/blog/inline.html');
  await postgresResult(new Widget(page, '#inline'));
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  await done();
});

test('bad or unreachable content shows a precise message inside the widget', async () => {
  const session = await cleanPage({ browser: h.browser, server: h.server });
  await session.page.goto(h.server.origin + '/blog/broken.html');
  const problems = async (id) => {
    const w = new Widget(session.page, `#${id}`);
    await w.root.locator('.vd-error').waitFor();
    return (await w.root.locator('.vd-problems li').allTextContents()).join('\n');
  };
  assert.match(await problems('bad-json'), /not valid JSON/);
  assert.match(await problems('bad-rules'), /questions\[0\]\.answers\[0\]\.weights\.mysql.*names option "mysql", which does not exist/);
  assert.match(await problems('missing'), /^src .*content\/nowhere\.json" could not be loaded: the server answered HTTP 404/);
  // The 404 is the point of this page; anything else would still be trouble.
  await session.context.close();
});

test('the iframe page reports its height and the host page sizes the frame to it', async () => {
  const { page, done } = await open(h.server, '/blog/frame-host.html');
  const frame = page.locator('#verdict-frame');
  const inner = page.frameLocator('#verdict-frame');
  await inner.locator('verdict-widget .vd-question').waitFor();
  await page.waitForFunction(() => document.querySelector('#verdict-frame').style.height !== '');
  const content = await frame.evaluate((f) => f.contentDocument.documentElement.getBoundingClientRect().height);
  const sized = await frame.evaluate((f) => parseFloat(f.style.height));
  assert.ok(Math.abs(sized - Math.ceil(content)) <= 1, `frame ${sized}px, content ${content}px`);
  await done();
});

test('the build has no absolute paths: it works from any sub-path', async () => {
  for (const name of await readdir(DIST)) {
    if (!/\.(html|js|css)$/.test(name)) continue;
    const text = await readFile(join(DIST, name), 'utf8');
    assert.doesNotMatch(text, /(?:src|href)=["']\/(?!\/)/, `${name} has an absolute path`);
    assert.doesNotMatch(text, /from\s+['"]\/(?!\/)/, `${name} imports from an absolute path`);
  }
});

test('from another origin: works when that host sends CORS headers, and not without them', async () => {
  const cors = await serve(DIST, { headers: { 'access-control-allow-origin': '*' } });
  const plain = await serve(DIST);
  const pageFor = async (cdn, name) => {
    const file = join(h.tmp, name);
    await writeFile(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cross-origin</title>
<link rel="icon" href="data:,"></head><body><h1>A post</h1><verdict-widget><p>Loading…</p></verdict-widget>
<script type="module" src="${cdn.origin}/embed.js"></script></body></html>`);
    return file;
  };
  const blog = await serve(EX, { routes: {
    '/cors.html': await pageFor(cors, 'cors.html'),
    '/plain.html': await pageFor(plain, 'plain.html'),
  } });
  try {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    const trouble = [];
    page.on('pageerror', (e) => trouble.push(e.message));
    page.on('console', (m) => m.type() === 'error' && trouble.push(m.text()));
    page.on('request', (r) => {
      const origin = new URL(r.url()).origin;
      if (r.url().startsWith('http') && ![blog.origin, cors.origin].includes(origin)) trouble.push(`request to ${r.url()}`);
    });
    await page.goto(blog.origin + '/cors.html');
    const w = new Widget(page);
    await w.ready();
    await w.answer('Yes');
    assert.equal(await w.count.textContent(), 'Question 2 of 7');
    assert.deepEqual(trouble, []);

    // The same page against a host that sends no CORS header: the module script is refused and
    // the blogger's fallback text stays (the README says which headers are needed).
    const blocked = [];
    page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()));
    await page.goto(blog.origin + '/plain.html');
    await page.waitForLoadState('networkidle');
    assert.ok(blocked.some((t) => /CORS|Access-Control-Allow-Origin/.test(t)), blocked.join('\n'));
    assert.equal(await page.locator('verdict-widget').evaluate((el) => el.shadowRoot), null);
    assert.match(await page.locator('verdict-widget').textContent(), /Loading…/);
    await context.close();
  } finally {
    await Promise.all([cors.close(), plain.close(), blog.close()]);
  }
});
