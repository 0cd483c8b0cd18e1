// End to end: content as data. The bundled three-option comparison from the demo page's picker,
// a file with several mistakes shown as a list, and script/HTML payloads in every text field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { harness, cleanPage } from './lib/harness.mjs';
import { Widget } from './lib/widget.mjs';

const THREE = JSON.parse(readFileSync('content/django-flask-fastapi.json', 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'verdict-content-'));
const page = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<link rel="icon" href="data:,"></head><body><verdict-widget src="${src}"></verdict-widget>
<script type="module" src="./embed.js"></script></body></html>`;

// A payload that would run if any field reached the page as HTML, or as a link's address. The
// javascript: link is also refused by validation, so it gets a file of its own.
const HTML_PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
const LINK_PAYLOAD = '[go](javascript:window.__xss=1)';
// Values that are ids (or lists of ids) stay as they are; every other string gets the payload.
const IDS = new Set(['id', 'pick', '$schema', 'rows']);
function poison(value, payload, key = '') {
  if (typeof value === 'string') {
    return IDS.has(key) ? value : `${value} ${payload}`.slice(0, key === 'language' ? 40 : undefined);
  }
  if (Array.isArray(value)) return value.map((v) => poison(v, payload, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, payload, k)]));
  }
  return value;
}
writeFileSync(join(tmp, 'xss.json'), JSON.stringify(poison(THREE, HTML_PAYLOAD)));
writeFileSync(join(tmp, 'xss-link.json'), JSON.stringify(poison(THREE, HTML_PAYLOAD + LINK_PAYLOAD)));
writeFileSync(join(tmp, 'xss.html'), page('xss.json'));
writeFileSync(join(tmp, 'xss-link.html'), page('xss-link.json'));

// Rule mistakes (the shape is right): all of them are reported at once.
const broken = structuredClone(THREE);
broken.questions[2].answers[0].weights.fastapi = 11;
delete broken.grid.rows[0].cells.flask;
broken.questions[3].id = broken.questions[0].id;
writeFileSync(join(tmp, 'broken.json'), JSON.stringify(broken, null, 2));
writeFileSync(join(tmp, 'broken.html'), page('broken.json'));

// The malformed corpus (tests/malformed/): one widget per file on one page, each reading its file.
const MALFORMED = readdirSync('tests/malformed').filter((f) => f.endsWith('.json')).sort();
writeFileSync(join(tmp, 'malformed.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<link rel="icon" href="data:,"></head><body>${MALFORMED.map((f, i) =>
  `<verdict-widget id="m${i}" src="malformed/${f}" loading="eager"></verdict-widget>`).join('\n')}
<script type="module" src="./embed.js"></script></body></html>`);

const h = harness({
  routes: Object.fromEntries([
    ...['xss.json', 'xss.html', 'xss-link.json', 'xss-link.html', 'broken.json', 'broken.html', 'malformed.html']
      .map((f) => [`/${f}`, join(tmp, f)]),
    ...MALFORMED.map((f) => [`/malformed/${f}`, join('tests/malformed', f)]),
  ]),
});

async function open(path) {
  const session = await cleanPage(h);
  await session.page.goto(h.server.origin + path);
  const w = new Widget(session.page);
  await w.ready();
  return { ...session, w };
}

test('the demo page picks the three-option comparison, and it works through quiz, result and grid', async () => {
  const { page, w, done } = await open('/?content=django-flask-fastapi');
  assert.equal(await page.getByRole('link', { name: 'Django, Flask or FastAPI' }).getAttribute('aria-current'), 'true');
  assert.equal(await w.count.textContent(), 'Question 1 of 7');
  await w.answerAll(['No', 'No', 'Yes, an API', 'Yes', 'Yes', 'Yes, small', 'No']);
  assert.equal(await w.resultHeading.textContent(), 'FastAPI fits you best');
  assert.deepEqual(await w.root.locator('.vd-score-points').allTextContents(), ['8 points', '3 points', '0 points']);
  const names = await w.root.locator('.vd-score-name').allTextContents();
  assert.deepEqual(names, ['FastAPI', 'Flask', 'Django']);
  // Inline markup renders as elements: code in the reasons.
  assert.equal(await w.root.locator('.vd-reason-text code', { hasText: '/docs' }).count(), 1);

  // The grid re-renders on Yew's schedule, just after the result: wait for its pick badge.
  await w.grid.locator('.vd-badge').waitFor();
  const header = await w.grid.locator('thead th').allTextContents();
  // The recommended option's column is marked.
  assert.deepEqual(header.map((t) => t.trim()), ['Feature', 'Django', 'Flask', 'FastAPIYour pick']);
  const rows = await w.gridRows();
  assert.equal(rows.length, 10);
  assert.deepEqual(rows[1], ['First released', '2005', '2010', '2018']);
  assert.deepEqual(await w.highlightedRows(), ['Kind of framework', 'Server interface', 'Async views', 'ORM and migrations',
    'Request validation', 'API documentation']);

  // Another path: the admin/accounts/large-product answers pick Django over both.
  await w.button('Start over').click();
  await w.answerAll(['Yes', 'Yes', 'No, HTML pages', 'No', 'No', 'No, a large product', 'No']);
  assert.equal(await w.resultHeading.textContent(), 'Django fits you best');
  assert.deepEqual(await w.root.locator('.vd-score-points').allTextContents(), ['8 points', '1 point', '0 points']);
  await done();
});

test('links in content are real https links that open in a new tab', async () => {
  const { w, done } = await open('/?content=django-flask-fastapi');
  await w.root.getByText('What is FastAPI?').click();
  const link = w.root.getByRole('link', { name: 'fastapi.tiangolo.com' });
  assert.equal(await link.getAttribute('href'), 'https://fastapi.tiangolo.com/');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  await done();
});

test('content with several rule mistakes shows all of them as a list with paths', async () => {
  const { w, done } = await open('/broken.html');
  const error = w.root.getByRole('alert');
  await error.waitFor();
  assert.match(await error.locator('h2').textContent(), /can't be shown/);
  const items = await error.locator('.vd-problems li').allTextContents();
  const paths = await error.locator('.vd-problems li code').allTextContents();
  assert.deepEqual(paths, ['grid.rows[0].cells', 'questions[3].id', 'questions[2].answers[0].weights.fastapi']);
  assert.match(items.join('\n'), /between -10 and 10/);
  assert.match(items.join('\n'), /no cell for option "flask"/);
  assert.match(items.join('\n'), /"admin" is used twice in questions/);
  assert.match(await error.locator('p').first().textContent(), new RegExp(`has ${items.length} problems`));
  await done();
});

test('every file of the malformed corpus gets, in the widget, the very problems the checker reports', async () => {
  // The checker's report, natively: "file: N problems" then "  path: message" lines.
  // It exits with 1: every file has problems.
  const run = spawnSync('cargo', ['run', '-q', '--bin', 'verdict-check', '--', ...MALFORMED.map((f) => `tests/malformed/${f}`)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  assert.equal(run.status, 1);
  const report = run.stdout.trim().split(/\n\n/);
  // The widget shows "path message" (the path set as code), the checker "path: message".
  const asShown = (line) => (line.startsWith('(file): ') ? line.slice(8) : line.replace(': ', ' '));
  const expected = report.map((block) => block.split('\n').slice(1).map((line) => asShown(line.trim())));
  assert.equal(expected.length, MALFORMED.length);
  const { page, done } = await open('/malformed.html');
  for (const [i, file] of MALFORMED.entries()) {
    const w = new Widget(page, `#m${i}`);
    const items = w.root.locator('.vd-problems li');
    await items.first().waitFor();
    const shown = (await items.allTextContents()).map((t) => t.trim());
    assert.deepEqual(shown, expected[i], file);
  }
  await done();
});

test('script and HTML in every text field stay text; javascript: links never become links', async () => {
  const { page, w, done } = await open('/xss.html');
  // Walk everything: the quiz (first answer each time), the result, every folded section, the grid.
  for (let i = 0; i < THREE.questions.length; i++) {
    await w.count.filter({ hasText: `Question ${i + 1} of 7` }).waitFor();
    // The question text ends with the payload, not "?": find the answers by role alone.
    await w.root.getByRole('group').first().getByRole('button').first().click();
  }
  await w.resultHeading.waitFor();
  await w.openAll();
  const report = await w.root.evaluate((host) => {
    const root = host.shadowRoot;
    const all = [...root.querySelectorAll('*')];
    return {
      executed: window.__xss ?? null,
      dangerous: all.filter((el) => ['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)).length,
      handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      badLinks: [...root.querySelectorAll('a')].filter((a) => !/^https?:/.test(a.getAttribute('href') ?? '')).length,
      shownAsText: (root.textContent.match(/<script>window.__xss=1<\/script>/g) ?? []).length,
    };
  });
  assert.equal(report.executed, null);
  assert.equal(report.dangerous, 0);
  assert.equal(report.handlers, 0);
  assert.equal(report.badLinks, 0);
  assert.ok(report.shownAsText > 50, `payload shown as text ${report.shownAsText} times`);
  assert.equal(await page.evaluate(() => document.querySelectorAll('img, script:not([src])').length), 0);
  await done();
});

test('a javascript: link in content is refused by validation, with its path', async () => {
  const { w, done } = await open('/xss-link.html');
  const error = w.root.getByRole('alert');
  await error.waitFor();
  const items = await error.locator('.vd-problems li').allTextContents();
  assert.ok(items.length > 10);
  assert.ok(items.every((t) => t.includes('javascript:window.__xss=1') || t.includes('characters long')), items.join('\n'));
  assert.equal(await w.root.evaluate(() => window.__xss ?? null), null);
  await done();
});
