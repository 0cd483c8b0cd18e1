// Shared by the integration tests: each builds a real site with the real tool, using the
// integration as its README says, with the packed tarball installed from npm (tests/package);
// then these checks, in Chromium, on a post the site built.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Widget } from '../e2e/lib/widget.mjs';
export { TARBALL, VERSION, project, scratch } from '../package/lib.mjs';

// The README's strict CSP (the integrations serve the widget from the site itself).
export { STRICT_CSP } from '../e2e/lib/harness.mjs';

/**
 * The SQLite comparison the test sites show (examples/content/), with prose and a code sample that
 * hold blank lines: a blank line inside the element `verdict render` writes would end the
 * Markdown HTML block it is pasted as, and the post's Markdown would then mangle the rest
 * (its inline JSON's quotes curled, the widget broken). Every integration builds it.
 */
export async function sqlite() {
  const content = JSON.parse(await readFile('examples/content/sqlite-vs-postgresql.json', 'utf8'));
  content.options[0].about = {
    title: 'What is SQLite?',
    body: 'A database in one file.\n\nNo server to run.',
    code: [{ language: 'sql', source: 'CREATE TABLE notes (body TEXT);\n\nSELECT body FROM notes;' }],
  };
  return JSON.stringify(content, null, 2) + '\n';
}

/** The two comparisons the test sites show, and a reader's way through each. */
export const DATABASES = {
  question: 'Will many users write data at the same moment?',
  answers: ['Yes', 'No', 'Yes', 'Yes'],
  result: 'PostgreSQL fits you best',
};
export const FRAMEWORKS = {
  question: 'Do you need an admin panel?',
  answers: ['No', 'No', 'Yes, an API', 'Yes', 'Yes', 'Yes, small', 'No'],
  result: 'FastAPI fits you best',
};

/** Writes `files` (path → text) under `dir`. */
export async function write(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

/** Runs a command in `cwd`: its status and output (never throws). */
export const sh = (cwd, command, args, env = {}) =>
  spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });

/** Runs a command in `cwd`, failing the test with its output if it fails. */
export function must(cwd, command, args, env = {}) {
  const run = sh(cwd, command, args, env);
  assert.equal(run.status, 0, `${command} ${args.join(' ')}\n${run.stdout}\n${run.stderr}`);
  return run;
}

/** Where the first question, its first answer and the widget are, inside `host`'s shadow root. */
const layout = (page, host) => page.evaluate((host) => {
  const el = document.querySelector(host);
  const root = el.shadowRoot;
  const box = (node) => {
    const r = node.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height].map(Math.round);
  };
  return { question: box(root.querySelector('#vd-question')), answer: box(root.querySelector('.vd-answers button')), title: box(root.querySelector('.vd-title')) };
}, host);

/**
 * The checks every integration passes, on `path` of a site served by `server` (under the strict
 * CSP): with script off the first question shows (pre-rendered at build time); with script on
 * nothing moves as the page appears (with `blockingHead`: the loader is render-blocking in the
 * head) nor as the live widget takes the drawn view's place; a press on the pre-rendered view (the
 * first of `answers`), made while the WebAssembly is held back, is kept, and the quiz runs to
 * `result`; with no console error, failed request or CSP violation.
 */
export async function checkWidget(browser, server, path, { host, question, answers, result, blockingHead = true }) {
  const still = await browser.newContext({ javaScriptEnabled: false });
  const off = await still.newPage();
  await off.goto(server.origin + path);
  const w0 = new Widget(off, host);
  assert.equal((await w0.question.textContent()).trim(), question, 'the question shows with script off');
  assert.ok(await w0.question.isVisible());
  assert.ok(await off.locator(`${host} .verdict-root[data-prerendered]`).count(), 'a pre-rendered view');
  // The element came through the post's Markdown in one piece: nothing of it was read as Markdown
  // (a blank line inside it would end its HTML block), and its inline JSON, if any, still parses.
  const whole = await off.evaluate((host) => {
    const el = document.querySelector(host);
    const json = el.querySelector('script[type="application/json"]')?.textContent;
    let parses = true;
    try {
      if (json !== undefined) JSON.parse(json);
    } catch {
      parses = false;
    }
    return { parses, paragraphs: el.querySelectorAll(':scope > p, :scope > template ~ p').length };
  }, host);
  assert.deepEqual(whole, { parses: true, paragraphs: 0 }, 'the element is whole after the post\'s Markdown');
  await still.close();

  // Nothing moves when the widget starts: the pre-rendered view, then the live one in its place.
  {
    const { page, release, done } = await held(browser, server, path);
    await page.locator(`${host}[data-vd-scheme]`).waitFor({ state: 'attached' });
    await page.locator(`${host} .verdict-root[data-prerendered] #vd-question`).waitFor();
    // The page settles first: what the loader's preparation moved is laid out and reported (an
    // entry comes after the frame that made it), so it is counted as the page appearing, not
    // as the widget starting.
    await page.evaluate(() => new Promise((next) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(next)))));
    // With the loader render-blocking in the head, nothing moved even as the page appeared.
    const moved = () => page.evaluate(() => window.__shiftSources.join('; '));
    if (blockingHead) assert.equal(await page.evaluate(() => window.__shifts), 0, `layout shift as the page appeared: ${await moved()}`);
    await page.evaluate(() => {
      window.__shifts = 0;
      window.__shiftSources = [];
    });
    const before = await layout(page, host);
    release();
    await new Widget(page, host).ready();
    await page.evaluate(() => new Promise((next) => requestAnimationFrame(() => requestAnimationFrame(next))));
    assert.deepEqual(await layout(page, host), before, 'nothing moves when the widget starts');
    assert.equal(await page.evaluate(() => window.__shifts), 0, `layout shift as the widget started: ${await moved()}`);
    await done();
  }
  // A press on the pre-rendered view before the WebAssembly arrives is kept; then to the result.
  const { page, release, done } = await held(browser, server, path);
  await page.locator(`${host} .verdict-root[data-prerendered] .vd-answers`).getByRole('button', { name: answers[0], exact: true }).click();
  release();
  const w = new Widget(page, host);
  await w.ready();
  await w.count.filter({ hasText: new RegExp(`(^|\\D)2\\D+${answers.length}$`) }).waitFor();
  for (const [i, label] of answers.slice(1).entries()) {
    await w.count.filter({ hasText: new RegExp(`(^|\\D)${i + 2}\\D+${answers.length}$`) }).waitFor();
    await w.answer(label);
  }
  await w.resultHeading.waitFor();
  assert.equal(await w.resultHeading.textContent(), result);
  await done();
}

/**
 * `path` opened with script on and the WebAssembly held back until `release()`, as on a slow
 * network; `done()` asserts a clean console, no failed request and no CSP violation.
 */
async function held(browser, server, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const trouble = [];
  page.on('console', (m) => m.type() === 'error' && trouble.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => trouble.push(`uncaught: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && trouble.push(`HTTP ${r.status()} ${r.url()}`));
  await context.addInitScript(() => {
    window.__shifts = 0;
    window.__violations = [];
    // Which nodes moved, by tag, id and class: a shift says where it came from when it fails.
    window.__shiftSources = [];
    const named = (n) => (n ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}${typeof n.className === 'string' && n.className ? `.${n.className.trim().split(/\s+/).join('.')}` : ''}` : '?');
    new PerformanceObserver((l) => l.getEntries().forEach((e) => {
      window.__shifts += e.value;
      window.__shiftSources.push(`${e.value.toFixed(4)}: ${(e.sources ?? []).map((s) => named(s.node)).join(', ')}`);
    })).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  let release;
  const wasm = new Promise((done) => (release = done));
  await page.route('**/*.wasm', async (route) => {
    await wasm;
    await route.continue();
  });
  await page.goto(server.origin + path);
  return {
    page,
    release,
    async done() {
      trouble.push(...(await page.evaluate(() => window.__violations)), ...server.reports.splice(0));
      await context.close();
      assert.deepEqual(trouble, [], 'a clean console, no failed request, no CSP violation');
    },
  };
}

/** The package's integration folder for `tool`, as installed in `site` from the tarball. */
export const installed = (site, tool) => join(site, 'node_modules/verdict-widget/integrations', tool);

/** Copies an installed integration folder into the site, as its README says to. */
export const copyIntegration = (site, tool, to) => cp(installed(site, tool), join(site, to), { recursive: true });

/** The version of `command` (for the test's name). */
export const versionOf = (command, args = ['--version']) => execFileSync(command, args, { encoding: 'utf8' }).trim().split('\n')[0];
