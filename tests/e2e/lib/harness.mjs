// Shared set-up for end-to-end tests: one static server and one browser per file, and a page
// per test that records every console error, uncaught error and request to another host, so
// each test can end by asserting there were none.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../../../scripts/lib/server.mjs';
import { launch } from '../../../scripts/lib/browser.mjs';

export const DIST = process.env.VERDICT_DIST ?? 'dist';

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
 * A new page in a fresh context that records trouble; `done()` asserts there was none.
 * @param {{ browser: import('playwright-core').Browser, server: { origin: string } }} h
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
    if (url.protocol.startsWith('http') && url.origin !== h.server.origin) {
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
