// End to end: publishing where nothing is hosted and where scripts are stripped. A link made by
// `npx verdict link` opens on guide.html and runs the quiz; a damaged, cut or newer link says so;
// what a link carries stays text; `?src=` takes a file from another site; frame.html runs inside
// `sandbox="allow-scripts"` without same-origin and tells a WordPress-style host its height;
// `npx verdict publish` writes a page with its card, og: tags and oEmbed discovery, an embed page,
// and a card of 1200×630; a shared result link starts the widget far down a post and lands on it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serve } from '../../scripts/lib/server.mjs';
import { launch } from '../../scripts/lib/browser.mjs';
import { DIST, STRICT_CSP, cleanPage as oneSite, wasmFetched } from './lib/harness.mjs';
import { Widget } from './lib/widget.mjs';

const THREE = 'content/django-flask-fastapi.json';
/** An answer to each of its questions. */
const THREE_ANSWERS = ['Yes', 'Yes', 'Yes, an API', 'No', 'No', 'No, a large product', 'Yes'];
const h = { browser: null, server: null, other: null, open: null, tmp: '' };
before(async () => {
  h.tmp = await mkdtemp(join(tmpdir(), 'verdict-publish-'));
  h.browser = await launch();
  // dist/ under the strict CSP, readable from other origins (a GitHub Pages site is).
  const cors = { 'access-control-allow-origin': '*' };
  h.server = await serve(DIST, { headers: { ...cors, 'content-security-policy': STRICT_CSP } });
  // Another site: hosts a comparison file, a post that frames the guide, and published folders.
  h.other = await serve(h.tmp, { headers: cors, routes: { '/favicon.ico': 'assets/favicon.svg' } });
  // The guide page of a site without a CSP header (GitHub Pages sends none): it may fetch `?src=`
  // from another site, which the README's strict CSP (connect-src 'self') refuses.
  h.open = await serve(DIST, { headers: cors });
});
after(async () => {
  await h.browser?.close();
  await h.server?.close();
  await h.other?.close();
  await h.open?.close();
});

/** A page that may reach both sites (the guide's and the other), and nothing else. */
const cleanPage = (_h, options = {}) => oneSite({ browser: h.browser, server: h.server, origins: [h.other.origin, h.open.origin] }, options);

/** `npx verdict ARGS…` as a blogger runs it (the package's tool), with its output and code. */
function verdict(...args) {
  try {
    return { code: 0, stdout: execFileSync('node', ['apps/cli/js/verdict.js', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { code: error.status, stdout: error.stdout, stderr: error.stderr };
  }
}

/** A link to the guide page that carries `file`. */
const linkTo = (file) => {
  const out = verdict('link', file, '--base', `${h.server.url}guide.html`);
  assert.equal(out.code, 0, out.stderr);
  return out.stdout.trim();
};

test('a link made by the tool opens on guide.html and runs the quiz; its result link keeps both parts', async () => {
  const url = linkTo(THREE);
  assert.ok(url.length < 8000, `a link of ${url.length} characters`);
  const s = await cleanPage(h);
  const wasm = wasmFetched(s.page);
  await s.page.goto(url);
  await s.page.getByText('written by whoever shared this link, not by this site').waitFor();
  const widget = new Widget(s.page);
  await widget.ready();
  await widget.root.getByRole('heading', { name: 'Django, Flask or FastAPI?' }).waitFor();
  // A valid comparison in a link is read by the loader: one WebAssembly, no checker.
  assert.equal(wasm.length, 1, wasm.join(', '));
  assert.doesNotMatch(wasm[0], /checker/);
  assert.equal(await s.page.title(), 'Django, Flask or FastAPI? · decision guide');
  await widget.answerAll(THREE_ANSWERS);
  // The address now holds the comparison and the answers: opening it lands on the same result.
  const result = await s.page.evaluate(() => location.href);
  assert.match(result, /#guide=v1\.[A-Za-z0-9_-]+&vd\.django-flask-fastapi=v1\./);
  const headline = await widget.resultHeading.textContent();
  const again = await cleanPage(h);
  await again.page.goto(result);
  const w2 = new Widget(again.page);
  await w2.resultHeading.waitFor();
  assert.equal(await w2.resultHeading.textContent(), headline);
  assert.deepEqual(h.server.reports, []);
  await again.done();
  await s.done();
});

test('a damaged, cut or newer link gets a notice, not a blank page or a misread guide', async () => {
  const url = linkTo(THREE);
  const [page, value] = url.split('#guide=');
  for (const [broken, said] of [
    [`${page}#guide=${value.slice(0, value.length / 2)}`, /damaged: cut short or edited/],
    [`${page}#guide=${value.slice(0, 20)}!!${value.slice(22)}`, /damaged/],
    [`${page}#guide=v9.${value.slice(3)}`, /newer version of verdict \(v9\)/],
    [`${page}?src=javascript:alert(1)`, /must start with https:\/\/ or http:\/\//],
  ]) {
    const s = await cleanPage(h);
    await s.page.goto(broken);
    const notice = s.page.getByRole('alert');
    await notice.waitFor();
    assert.match(await notice.textContent(), said, broken);
    assert.equal(await s.page.locator('verdict-widget').count(), 0);
    await s.done();
  }
});

/** A link written here (as anyone can write one), without the tool's check. */
const handMade = (json) => `${h.server.url}guide.html#guide=v1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`;

test('what a link carries stays text: markup in it is shown, never run; a bad link in it is a problem', async () => {
  const hostile = JSON.parse(await readFile(THREE, 'utf8'));
  hostile.title = '<img src=x onerror="window.__pwned=1">Tabs <b>or</b> spaces?';
  hostile.intro = '<script>window.__pwned=2</script> and <iframe src="javascript:window.__pwned=3"></iframe>';
  const file = join(h.tmp, 'hostile.json');
  await writeFile(file, JSON.stringify(hostile));
  const s = await cleanPage(h);
  await s.page.goto(linkTo(file));
  const widget = new Widget(s.page);
  await widget.ready();
  await widget.root.getByText('<img src=x onerror="window.__pwned=1">Tabs <b>or</b> spaces?').first().waitFor();
  assert.equal(await s.page.evaluate(() => window.__pwned ?? null), null);
  assert.equal(await widget.root.locator('.verdict-root img, .verdict-root script, .verdict-root iframe').count(), 0);
  // The page's title is the words too.
  assert.match(await s.page.title(), /^<img src=x/);

  // A link the tool would refuse (a javascript: link in the text): the widget lists the problem.
  hostile.intro = '[a link](javascript:window.__pwned=4)';
  await s.page.goto(handMade(JSON.stringify(hostile)));
  await s.page.reload();
  await widget.root.getByText(/only http:\/\/ and https:\/\/ links are allowed/).waitFor();
  assert.equal(await widget.root.locator('a[href^="javascript"]').count(), 0);
  assert.equal(await s.page.evaluate(() => window.__pwned ?? null), null);
  await s.done();
});

test('?src= takes a comparison another site hosts (with CORS)', async () => {
  await writeFile(join(h.tmp, 'three.json'), await readFile(THREE));
  const s = await cleanPage(h);
  await s.page.goto(`${h.open.url}guide.html?src=${encodeURIComponent(`${h.other.url}three.json`)}`);
  const widget = new Widget(s.page);
  await widget.root.getByRole('heading', { name: 'Django, Flask or FastAPI?' }).waitFor();
  await s.done();
});

test('frame.html runs in a sandbox without same-origin and tells a WordPress-style host its height', async () => {
  const url = linkTo(THREE).replace('guide.html', 'frame.html');
  // The host page frames it as WordPress does: sandboxed, with a secret in the fragment.
  await writeFile(join(h.tmp, 'host.html'), `<!doctype html><html><body><p>A post.</p>
<iframe id="f" sandbox="allow-scripts" width="600" height="200" src="${url}#?secret=s3cr3t" title="Decision guide"></iframe>
<script>window.heights = []; addEventListener('message', (e) => {
  if (e.data && e.data.message === 'height' && e.data.secret === 's3cr3t') window.heights.push(e.data.value);
});</script></body></html>`);
  const s = await cleanPage(h);
  await s.page.goto(`${h.other.url}host.html`);
  await s.page.waitForFunction(() => window.heights.length > 0);
  const widget = new Widget(/** @type {any} */ (s.page.frameLocator('#f')));
  await widget.root.getByRole('heading', { name: 'Django, Flask or FastAPI?' }).waitFor();
  await widget.answerAll(THREE_ANSWERS);
  const heights = await s.page.evaluate(() => window.heights);
  assert.ok(heights.at(-1) > 300, `the host heard the result's height: ${heights.join(', ')}`);
  await s.done();
});

test('publish writes a page with card and oEmbed discovery, an embed page and a 1200×630 card', async () => {
  const out = join(h.tmp, 'guides');
  const base = `${h.other.url}guides/`;
  const run = verdict('publish', THREE, '--out', out, '--base', base, '--assets', h.server.url);
  assert.equal(run.code, 0, run.stderr);
  const here = `${base}django-flask-fastapi/`;
  const page = await readFile(join(out, 'django-flask-fastapi', 'index.html'), 'utf8');
  assert.match(page, new RegExp(`<link rel="alternate" type="application/json\\+oembed" href="${here}oembed.json" title="Django, Flask or FastAPI\\?">`));
  assert.match(page, new RegExp(`<meta property="og:image" content="${here}card.png">`));
  assert.match(page, /<meta name="twitter:card" content="summary_large_image">/);
  const oembed = JSON.parse(await readFile(join(out, 'django-flask-fastapi', 'oembed.json'), 'utf8'));
  assert.equal(oembed.version, '1.0');
  assert.equal(oembed.type, 'rich');
  assert.equal(typeof oembed.width, 'number');
  assert.equal(typeof oembed.height, 'number');
  assert.equal(oembed.title, 'Django, Flask or FastAPI?');
  assert.equal(oembed.provider_name, 'verdict');
  assert.equal(oembed.thumbnail_url, `${here}card.png`);
  assert.match(oembed.html, new RegExp(`^<blockquote class="wp-embedded-content"><a href="${here}">Django, Flask or FastAPI\\?</a></blockquote><iframe src="${here}embed.html" title="Django, Flask or FastAPI\\?" width="\\d+" height="\\d+" loading="lazy"`));
  const card = await readFile(join(out, 'django-flask-fastapi', 'card.png'));
  assert.deepEqual([card.readUInt32BE(16), card.readUInt32BE(20)], [1200, 630]);
  const md = await readFile(join(out, 'django-flask-fastapi', 'django-flask-fastapi.md'), 'utf8');
  assert.ok(md.includes(`[![Django, Flask or FastAPI?: take the quiz](${here}card.png)](${here})`), md.slice(0, 300));

  // The page: its first view drawn before the widget runs, then the quiz.
  const s = await cleanPage(h);
  await s.page.goto(here);
  const widget = new Widget(s.page);
  await widget.ready();
  await widget.answerAll(THREE_ANSWERS);
  // The embed page, framed as oEmbed's html says, sizes its frame.
  await writeFile(join(h.tmp, 'oembed-host.html'), `<!doctype html><html><body>${oembed.html.replace(/^<blockquote.*<\/blockquote>/, '').replace('<iframe ', '<iframe id="f" sandbox="allow-scripts" ')}
<script src="${h.server.url}frame-host.js"></script></body></html>`);
  await s.page.goto(`${h.other.url}oembed-host.html`);
  await s.page.frameLocator('#f').locator('verdict-widget').getByRole('heading', { name: 'Django, Flask or FastAPI?' }).waitFor();
  await s.page.waitForFunction(() => document.getElementById('f').getBoundingClientRect().height > 300);
  await s.done();
});

test('a shared result link starts the widget far down a post and lands on its result', async () => {
  // A result made by a reader, in the address.
  const first = await cleanPage(h);
  await first.page.goto(`${h.server.url}index.html`);
  const w = new Widget(first.page);
  await w.ready();
  await w.answerAll(['Yes', 'Yes', 'Yes', 'No', 'No', 'No', 'Yes']);
  const hash = await first.page.evaluate(() => location.hash);
  assert.match(hash, /vd\.django-vs-flask=v1\./);
  await first.done();
  // A long post with the widget 6,000 px down, lazily started.
  await writeFile(join(h.tmp, 'long.html'), `<!doctype html><html><head><meta charset="utf-8">
<script type="module" src="${h.server.url}embed.js"></script></head><body>
<h1>A long post</h1><div style="height:6000px">Text.</div><verdict-widget></verdict-widget><p>The end.</p></body></html>`);
  const s = await cleanPage(h, { viewport: { width: 1000, height: 800 } });
  await s.page.goto(`${h.other.url}long.html${hash}`);
  const widget = new Widget(s.page);
  await widget.resultHeading.waitFor();
  const inView = await widget.root.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top < innerHeight && box.bottom > 0;
  });
  assert.ok(inView, 'the widget is scrolled into view');
  await s.done();
});
