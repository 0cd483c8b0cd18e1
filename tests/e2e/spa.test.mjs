// End to end: widgets on blogs that render posts on the client. A React 19 app with React Router
// (built by Vite from npm), and a plain page that swaps its post with innerHTML and
// history.pushState (as Docusaurus or a Turbo-driven theme does): every visit, by link and by
// Back/Forward, shows a working widget, and the console stays clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../../scripts/lib/server.mjs';
import { launch } from '../../scripts/lib/browser.mjs';
import { cleanPage, DIST, STRICT_CSP } from './lib/harness.mjs';
import { Widget } from './lib/widget.mjs';

const VISITS = 20;
const h = { browser: null, server: null, plain: null };

// The plain router: links carry the post to show; the post's HTML replaces <main>'s.
const ROUTER = `const posts = {
  '/plain/frameworks': '<article><h1>Django or Flask?</h1><p>Words before.</p><verdict-widget id="framework"></verdict-widget><p>Words after.</p></article>',
  '/plain/databases': '<article><h1>SQLite or PostgreSQL?</h1><p>Words before.</p><verdict-widget id="database" src="/content/sqlite-vs-postgresql.json"></verdict-widget><p>Words after.</p></article>',
};
const show = () => (document.querySelector('main').innerHTML = posts[location.pathname] ?? '<p>Not found</p>');
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-route]');
  if (!link) return;
  event.preventDefault();
  history.pushState(null, '', link.getAttribute('href'));
  show();
});
addEventListener('popstate', show);
show();`;

const PLAIN = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog that swaps its posts</title>
<link rel="icon" href="/favicon.svg"><script type="module" src="/verdict/embed.js"></script></head><body>
<nav><a data-route id="to-frameworks" href="/plain/frameworks">Frameworks</a> · <a data-route id="to-databases" href="/plain/databases">Databases</a></nav>
<main></main><script type="module" src="/plain/router.js"></script></body></html>`;

before(async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'verdict-spa-'));
  const out = join(tmp, 'out');
  execFileSync(resolve('node_modules/.bin/vite'), ['build', '--config', 'tests/e2e/apps/react-router/vite.config.mjs',
    '--outDir', out, '--emptyOutDir'], { stdio: 'inherit' });
  await cp(DIST, join(out, 'verdict'), { recursive: true });
  await cp('examples/content/sqlite-vs-postgresql.json', join(out, 'content/sqlite-vs-postgresql.json'));
  await writeFile(join(out, 'plain.html'), PLAIN);
  await writeFile(join(out, 'router.js'), ROUTER);
  const index = join(out, 'index.html');
  // A host that answers every route of the app with its page, as blog hosts do for such apps.
  const routes = {
    '/favicon.svg': resolve('assets/favicon.svg'),
    '/databases': index,
    '/plain/frameworks': join(out, 'plain.html'),
    '/plain/databases': join(out, 'plain.html'),
    '/plain/router.js': join(out, 'router.js'),
  };
  h.server = await serve(out, { routes, headers: { 'content-security-policy': STRICT_CSP } });
  h.browser = await launch();
});
after(async () => {
  await h.browser?.close();
  await h.server?.close();
});

/** Where the reader is, and the widget there: it must be live and answer a press. */
async function visit(page, id, title) {
  const w = new Widget(page, `#${id}`);
  await w.ready();
  await w.root.locator('.vd-title').filter({ hasText: title }).waitFor();
  await w.question.or(w.resultHeading).first().waitFor();
  const count = await w.count.textContent().catch(() => null);
  await w.answers.getByRole('button').first().click();
  // The press moved it on: another question, or the result.
  await page.waitForFunction(([id, count]) => {
    const root = document.querySelector(`#${id}`)?.shadowRoot;
    return root && (root.querySelector('#vd-count')?.textContent ?? 'result') !== count;
  }, [id, count]);
  assert.equal(await page.locator('verdict-widget').count(), 1, 'one widget on the page');
  return w;
}

const FRAMEWORKS = 'Django vs Flask';
const DATABASES = 'SQLite or PostgreSQL';

/** Twenty visits: by link, then Back and Forward, over and over. */
async function travel(page, start) {
  await page.goto(h.server.origin + start);
  await visit(page, 'framework', FRAMEWORKS);
  let visits = 1;
  while (visits < VISITS) {
    await page.locator('#to-databases').click();
    await visit(page, 'database', DATABASES);
    await page.goBack();
    await visit(page, 'framework', FRAMEWORKS);
    await page.goForward();
    await visit(page, 'database', DATABASES);
    await page.locator('#to-frameworks').click();
    await visit(page, 'framework', FRAMEWORKS);
    visits += 4;
  }
  // Every widget that left the page has stopped: only the one on screen is live.
  const live = await page.evaluate(() => [...document.querySelectorAll('verdict-widget')]
    .filter((el) => el.shadowRoot?.querySelector('.verdict-root:not([data-prerendered]):not(.vd-placeholder)')).length);
  assert.equal(live, 1);
}

test('a React Router blog shows a working widget on every one of 20 visits, under the strict CSP', async () => {
  const { page, done } = await cleanPage(h);
  await travel(page, '/');
  await done();
});

test('a blog that swaps its post with innerHTML and pushState does too', async () => {
  const { page, done } = await cleanPage(h);
  await travel(page, '/plain/frameworks');
  await done();
});
