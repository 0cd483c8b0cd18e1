// Shared set-up for end-to-end tests: one static server and one browser per file, and a page
// per test that records every console error, uncaught error and request to another host, so
// each test can end by asserting there were none.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { CSP_REPORTS, serve } from '../../../scripts/lib/server.mjs';
import { launch } from '../../../scripts/lib/browser.mjs';
import { blogSite } from '../../../scripts/lib/pages.mjs';

export const DIST = process.env.VERDICT_DIST ?? 'dist';

/** The README's strict Content-Security-Policy, reporting violations to the test server. */
export const STRICT_CSP = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; report-uri ${CSP_REPORTS}`;

/** Registers before/after hooks; returns an object whose fields are filled once they ran. */
export function harness(serveOptions = {}) {
  const h = { server: null, browser: null };
  before(async () => {
    h.server = await serve(DIST, serveOptions);
    h.browser = await launch();
  });
  after(async () => {
    await h.browser?.close();
    await h.server?.close();
  });
  return h;
}

/**
 * A new page in a fresh context that records trouble; `done()` asserts there was none. Requests
 * may go to the server's origin, and to `h.origins` where a test serves more than one site.
 * @param {{ browser: import('playwright-core').Browser, server: { origin: string }, origins?: string[] }} h
 */
export async function cleanPage(h, contextOptions = {}) {
  const context = await h.browser.newContext(contextOptions);
  const page = await context.newPage();
  const trouble = [];
  page.on('console', (m) => m.type() === 'error' && trouble.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => trouble.push(`uncaught: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && trouble.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== h.server.origin && !h.origins?.includes(url.origin)) {
      trouble.push(`request to another host: ${r.url()}`);
    }
  });
  return {
    page,
    context,
    async done() {
      await context.close();
      assert.deepEqual(trouble, [], 'no console errors, uncaught errors or foreign requests');
    },
  };
}

/**
 * The WebAssembly files `page` asks for from now on, by name, as they are asked for.
 * @param {import('playwright-core').Page} page
 * @returns {string[]}
 */
export function wasmFetched(page) {
  /** @type {string[]} */
  const names = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && names.push(new URL(r.url()).pathname.split('/').pop() ?? ''));
  return names;
}

/**
 * A browser, and dist/ served inside the example blog (scripts/lib/pages.mjs) twice: `server`
 * plainly, `strict` with the strict CSP. `pages(tmp)` may write more pages into the temporary
 * folder `tmp` and return their routes; `routes` stays live, so a test may add pages as it goes.
 */
export function blogHarness(name, pages = async () => ({})) {
  const h = { browser: null, server: null, strict: null, tmp: null, routes: null };
  before(async () => {
    h.tmp = await mkdtemp(join(tmpdir(), `verdict-${name}-`));
    const site = await blogSite(h.tmp);
    h.routes = Object.assign(site.routes, await pages(h.tmp));
    h.browser = await launch();
    h.server = await serve(DIST, site);
    h.strict = await serve(DIST, { ...site, headers: { 'content-security-policy': STRICT_CSP } });
  });
  after(async () => {
    await h.browser?.close();
    await h.server?.close();
    await h.strict?.close();
  });
  return h;
}
