// @ts-check
// A comparison given to a hosted page by its address (guide.html, frame.html): carried in the
// fragment as `guide=v1.<base64url of raw-deflated JSON>` (`verdict link`, the studio's Copy
// link; crates/core/src/link.rs writes it), or named by `?src=https://…/file.json` (a file its
// author hosts, fetched with CORS). Nothing of it reaches a server.
//
// What a link carries is untrusted: it goes to the widget as JSON text, read as a `src` file's is
// (the content rules in the widget; the checker for JSON that does not read as a comparison), so
// a broken or hostile comparison gets its problems listed as text.

// The most a link may unpack to: the content model's size limit (1 MiB).
import { MAX_BYTES } from 'verdict:build';

/** The fragment key of a linked comparison. */
export const KEY = 'guide';
/** The format this page reads. */
export const FORMAT = 'v1';

/**
 * What the page's address gives: a linked comparison, a file to fetch, or nothing (the built-in
 * example).
 * @param {Location | URL} at
 * @returns {{ kind: 'link', value: string } | { kind: 'src', url: string } | null}
 */
export function given(at) {
  // A host may add its own part after a second `#` (WordPress: `#?secret=…`).
  for (const part of at.hash.slice(1).split(/[&#]/)) {
    if (part.startsWith(`${KEY}=`)) return { kind: 'link', value: part.slice(KEY.length + 1) };
  }
  const src = new URLSearchParams(at.search).get('src');
  if (src !== null) return { kind: 'src', url: src };
  return null;
}

/** Why a link's comparison could not be read, in the reader's words. */
export class LinkProblem extends Error {}

/**
 * The JSON a link's value carries.
 * @param {string} value
 * @returns {Promise<string>}
 */
export async function unpack(value) {
  const dot = value.indexOf('.');
  const format = dot < 0 ? '' : value.slice(0, dot);
  if (format !== FORMAT) {
    throw new LinkProblem(/^v\d+$/.test(format)
      ? `This link was made by a newer version of verdict (${format}); this page reads ${FORMAT}. Open it with a newer copy of the page.`
      : 'This link is damaged: cut short or edited. Ask whoever shared it for the link again.');
  }
  let bytes;
  try {
    const base64 = value.slice(dot + 1).replace(/-/g, '+').replace(/_/g, '/');
    bytes = Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  } catch {
    throw new LinkProblem('This link is damaged: cut short or edited. Ask whoever shared it for the link again.');
  }
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  /** @type {Uint8Array[]} */
  const chunks = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      size += chunk.byteLength;
      if (size > MAX_BYTES) {
        await reader.cancel();
        throw new LinkProblem('This link holds more than a comparison may (1 MiB).');
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof LinkProblem) throw error;
    throw new LinkProblem('This link is damaged: cut short or edited. Ask whoever shared it for the link again.');
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    throw new LinkProblem('This link is damaged: cut short or edited. Ask whoever shared it for the link again.');
  }
}

/**
 * A widget for what the address gives, made before it starts (so it never shows the built-in
 * example first): JSON text inside it, or its `src`. Throws {@link LinkProblem} for a link it
 * cannot read or a `src` that is not an http(s) address.
 * @param {Location | URL} at
 * @param {Record<string, string>} [attributes]
 * @returns {Promise<{ widget: HTMLElement, json: string | null }>}
 */
export async function widgetFor(at, attributes = {}) {
  const widget = document.createElement('verdict-widget');
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  const source = given(at);
  let json = null;
  if (source?.kind === 'link') {
    json = await unpack(source.value);
    const script = document.createElement('script');
    script.type = 'application/json';
    // Text, never markup: it is read as JSON; nothing in it becomes HTML.
    script.textContent = json;
    widget.append(script);
  } else if (source?.kind === 'src') {
    let url;
    try {
      url = new URL(source.url, at.href);
    } catch {
      throw new LinkProblem(`The address given as src (“${source.url}”) is not an address.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new LinkProblem('The address given as src must start with https:// or http://.');
    }
    widget.setAttribute('src', url.href);
  }
  return { widget, json };
}

/**
 * The comparison's title, where its JSON says one (for the page's title), else null.
 * @param {string | null} json
 */
export function titleOf(json) {
  try {
    const title = json === null ? null : JSON.parse(json)?.title;
    return typeof title === 'string' && title.trim() ? title.trim().slice(0, 200) : null;
  } catch {
    return null;
  }
}
