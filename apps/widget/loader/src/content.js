// @ts-check
// A widget's own content, as the page gives it: JSON written inside the element (with, where the
// site's build checked it, the compact form this version of the widget reads as it is), a file
// named by `src`, or an object set from script (`el.content`). Files are fetched by the loader itself, at
// once and beside the WebAssembly, bounded in time (15 s unless the element's `timeout` says
// otherwise), aborted when the element leaves, and at most a few at a time per origin, so that
// slow or endless responses can neither leave a widget blank nor take every connection the
// page has to that host.

import { VERSION } from 'verdict:build';

export const CONTENT_SCRIPT = 'script[type="application/json"], script[type="application/verdict"]';
/** The compact form a site's build wrote beside the JSON (`verdict render`), checked there. */
const CHECKED_SCRIPT = 'script[type="application/verdict"]';

/** How long a content file may take, in seconds, unless the element's `timeout` says. */
export const TIMEOUT_SECONDS = 15;

/** Content requests in flight per origin at most: browsers allow six connections to a host. */
const PER_ORIGIN = 2;

/**
 * @typedef {{ kind: 'inline', json: string }
 *   | { kind: 'checked', bytes: Uint8Array }
 *   | { kind: 'src', url: string }
 *   | { kind: 'given', value: unknown }} Source
 */

/**
 * What content a host gives of its own (none: the built-in article). An object set from script
 * comes first, then JSON inside the element, then `src`, even when blank (that is a mistake to
 * say, not a reason to show the built-in article).
 * @param {Element} host
 * @param {unknown} given what `el.content` holds (undefined: nothing)
 * @returns {Source | null}
 */
export function sourceOf(host, given) {
  if (given !== undefined) return { kind: 'given', value: given };
  // Checked at the site's build by this very version: the widget reads it without the checker.
  const checked = host.querySelector(CHECKED_SCRIPT);
  if (checked && checked.getAttribute('data-version') === VERSION) {
    const bytes = decodeBase64(checked.textContent ?? '');
    if (bytes) return { kind: 'checked', bytes };
  }
  const script = host.querySelector('script[type="application/json"]');
  if (script) return { kind: 'inline', json: script.textContent ?? '' };
  const src = host.getAttribute('src');
  if (src !== null) return { kind: 'src', url: src.trim() };
  return null;
}

/**
 * The host's `timeout` in milliseconds (seconds in the attribute), else the default.
 * @param {Element} host
 */
export function timeoutOf(host) {
  const seconds = Number(host.getAttribute('timeout'));
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : TIMEOUT_SECONDS) * 1000;
}

/** A content file that did not arrive in time. */
export class ContentTimeout extends Error {
  /**
   * @param {string} url
   * @param {number} ms
   */
  constructor(url, ms) {
    super(`the content file "${url}" did not arrive within ${ms / 1000} s (the element's timeout attribute can allow longer)`);
    this.name = 'ContentTimeout';
  }
}

/** @type {Map<string, { active: number, waiting: (() => void)[] }>} */
const origins = new Map();

/**
 * Waits for a place among the origin's content requests; the function it gives back frees it.
 * @param {string} origin
 * @param {AbortSignal} signal
 * @returns {Promise<() => void>}
 */
async function place(origin, signal) {
  let line = origins.get(origin);
  if (!line) origins.set(origin, (line = { active: 0, waiting: [] }));
  const queue = line;
  while (queue.active >= PER_ORIGIN) {
    await new Promise((go, stop) => {
      queue.waiting.push(() => go(undefined));
      signal.addEventListener('abort', () => stop(signal.reason), { once: true });
    });
  }
  queue.active++;
  let freed = false;
  return () => {
    if (freed) return;
    freed = true;
    queue.active--;
    queue.waiting.shift()?.();
  };
}

/**
 * A content file's text, or why there is none in words for the blogger (`unreadable`). Throws
 * {@link ContentTimeout} when it takes too long, and the signal's reason when it is aborted.
 * @param {string} url as written in `src`, relative to the page
 * @param {AbortSignal} signal aborted when the element leaves or gets other content
 * @param {number} ms
 * @returns {Promise<{ json: string } | { unreadable: string }>}
 */
export async function fetchContent(url, signal, ms) {
  const address = new URL(url, document.baseURI);
  const timer = new AbortController();
  const both = AbortSignal.any([signal, timer.signal]);
  const timeout = new ContentTimeout(url, ms);
  const clock = setTimeout(() => timer.abort(timeout), ms);
  const free = await place(address.origin, both).catch((error) => {
    clearTimeout(clock);
    throw error;
  });
  try {
    let response;
    try {
      response = await fetch(address, { signal: both });
    } catch {
      if (both.aborted) throw both.reason;
      return { unreadable: 'the request failed (offline, blocked, or refused by the server)' };
    }
    if (!response.ok) return { unreadable: `the server answered HTTP ${response.status}` };
    try {
      return { json: await response.text() };
    } catch {
      if (both.aborted) throw both.reason;
      return { unreadable: 'the response body could not be read' };
    }
  } finally {
    clearTimeout(clock);
    free();
  }
}

/**
 * An object set from script as JSON text, or why it cannot be: a cycle, a BigInt, a `toJSON`
 * that throws, or nothing JSON can hold (a function, `undefined`).
 * @param {unknown} value
 * @returns {{ json: string } | { unwritable: string }}
 */
export function written(value) {
  try {
    const json = JSON.stringify(value);
    if (typeof json !== 'string') return { unwritable: `it is ${typeof value}, which JSON cannot hold` };
    return { json };
  } catch (error) {
    // The browser's words, first line only (a cycle's message draws the cycle over several).
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { unwritable: why };
  }
}

/**
 * Bytes from base64, or null for text that is not base64.
 * @param {string} text
 */
function decodeBase64(text) {
  try {
    return Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
