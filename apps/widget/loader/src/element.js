// @ts-check
// The <verdict-widget> element (and <div data-verdict> hosts, for editors that drop unknown
// elements) and each widget's lifecycle:
// - a widget starts when its element is connected and comes near the viewport (loading="eager"
//   opts out), and stops when the element leaves the page (its components go, their listeners
//   and timers with them); an element moved within the page (removed and inserted in the same
//   task) keeps the reader's place;
// - attributes are followed: new content (src, the inline JSON, the `content` property) starts a
//   fresh quiz; a theme, locale or layout change keeps the reader's place;
// - its content, its language's table and the WebAssembly are fetched together, at once;
// - a widget whose state a shared link carries (`#vd.<name>=…`) starts at once, however far down
//   the post, and is scrolled into view at the result the link holds;
// - if the widget cannot start (blocked script, network, content that never arrives), the
//   element's own fallback content shows again with a short notice in the page's language, and
//   the page hears verdict:error.
import { BUILT_IN_ID } from 'verdict:build';
import { pageAnchor, sharedNames } from './anchor.js';
import { checkerRuntime, widgetRuntime } from './assets.js';
import { compactText } from './compact.js';
import { ContentTimeout, CONTENT_SCRIPT, fetchContent, sourceOf, timeoutOf, written } from './content.js';
import { couldNotLoad, words } from './languages.js';
import { colours, fitIn, follow, scheme } from './page.js';
import { drawnView, prepare } from './view.js';

export const TAG = 'verdict-widget';
const HOSTS = `${TAG}, [data-verdict]`;
/** Followed on a live widget (on a <div data-verdict> as on the element). */
const OBSERVED = ['src', 'data-theme', 'locale', 'parts', 'data-layout'];

/**
 * What the loader knows of one host.
 * @typedef {object} Record
 * @property {any} widget the live widget (the WebAssembly's handle), or null
 * @property {'idle' | 'waiting' | 'starting' | 'live'} phase
 * @property {number} leaving the timer of a removal not yet final (a move keeps it)
 * @property {number} generation bumped whenever what the host is doing is abandoned
 * @property {unknown} given what `content` was set to (undefined: nothing)
 * @property {string | null} early the last press on a drawn view before the widget ran
 * @property {boolean} reset whether `reset()` was asked before the widget ran
 * @property {MutationObserver | null} watcher
 * @property {Promise<void> | null} sheet the stylesheet's arrival
 * @property {AbortController | null} abort aborts the content request under way
 * @property {boolean} landing whether a shared link carries its state (it starts at once and is
 *   scrolled to)
 */

/** @type {WeakMap<Element, Record>} */
const records = new WeakMap();
/** The hosts on the page now. @type {Set<HTMLElement>} */
const hosts = new Set();
/** The stylesheets of the hosts found as the element is defined: the first paint waits for
 *  them. @type {Promise<void>[] | null} */
let sheets = [];
let mounting = Promise.resolve();

/** @param {Element} host */
function record(host) {
  let r = records.get(host);
  if (!r) {
    r = { widget: null, phase: 'idle', leaving: 0, generation: 0, given: undefined, early: null, reset: false, watcher: null, sheet: null, abort: null, landing: false };
    records.set(host, r);
  }
  return r;
}

/** Starts widgets as they come near the viewport (made by `install`: this module may be
 *  imported where there is no DOM). @type {IntersectionObserver | null} */
let lazily = null;

/**
 * Prepares a host's view for what it shows now, then its colours once the stylesheet is here.
 * @param {HTMLElement} host
 */
function prepared(host) {
  const r = record(host);
  return prepare(host, sourceOf(host, r.given) !== null, (action) => (r.early = action)).then(() => colours(host, HOSTS));
}

/**
 * A host arrived on the page (or came back to it).
 * @param {HTMLElement} host
 */
function connect(host) {
  const r = record(host);
  if (r.leaving) {
    // Moved within the page: it keeps going as it was.
    clearTimeout(r.leaving);
    r.leaving = 0;
    return;
  }
  if (r.phase !== 'idle') return;
  hosts.add(host);
  r.phase = 'waiting';
  r.sheet = prepared(host);
  sheets?.push(r.sheet);
  watch(host);
  // A page anchor beside the state (#bottom&vd.…) is where the reader was sent: it wins.
  r.landing = !landed && !pageAnchor(location.hash) && isShared(host);
  if (!lazily || host.getAttribute('loading') === 'eager' || r.landing) begin(host);
  else lazily.observe(host);
}

/** Whether a shared link has been landed on (only the page's first arrival scrolls). */
let landed = false;

/**
 * Whether the page's address carries this host's state (a shared link opened). Its name is its
 * `id`, else its inline content's id, else the built-in comparison's; a widget whose content
 * comes by `src` cannot be named before it arrives, so any state in the address counts.
 * @param {HTMLElement} host
 */
function isShared(host) {
  const names = sharedNames(location.hash);
  if (!names.length) return false;
  const source = sourceOf(host, record(host).given);
  let name = host.id || null;
  const json = source?.kind === 'inline' ? source.json : source?.kind === 'checked' ? host.querySelector('script[type="application/json"]')?.textContent : null;
  if (!name && json) name = json.match(/"id"\s*:\s*"([^"\\]+)"/)?.[1] ?? null;
  if (!name && source === null) name = BUILT_IN_ID;
  return name === null || names.includes(name);
}

/**
 * A host left the page: its widget stops, unless it comes back in this same task.
 * @param {HTMLElement} host
 */
function disconnect(host) {
  const r = record(host);
  if (r.phase === 'idle' || r.leaving) return;
  r.leaving = setTimeout(() => {
    r.leaving = 0;
    if (!host.isConnected) stop(host);
  });
}

/**
 * Stops a host's widget and forgets what it was doing (the reader's answers stay in the address
 * and storage, as for a reload).
 * @param {HTMLElement} host
 */
function stop(host) {
  const r = record(host);
  lazily?.unobserve(host);
  r.watcher?.disconnect();
  r.watcher = null;
  hosts.delete(host);
  halt(r);
  r.phase = 'idle';
}

/**
 * Ends whatever the host's widget is doing: a start under way is abandoned, its content request
 * aborted.
 * @param {Record} r
 */
function halt(r) {
  r.generation++;
  r.abort?.abort();
  r.abort = null;
  r.widget?.free();
  r.widget = null;
}

/**
 * Reads a host's own content into the compact form the widget takes: by the loader itself where
 * it can, else by the checker (see readJson). A problem with no content to read (no address, a
 * failed request, an object JSON cannot hold) is said by the checker, in the widget's words.
 * @param {HTMLElement} host
 * @param {Record} r
 * @param {import('./content.js').Source} source
 * @returns {Promise<Uint8Array>}
 */
async function readOwn(host, r, source) {
  // Content checked at the site's build needs no checker: it is not even fetched.
  if (source.kind === 'checked') return source.bytes;
  switch (source.kind) {
    case 'given': {
      const text = written(source.value);
      return 'json' in text ? readJson(text.json) : (await checkerRuntime()).unwritable(text.unwritable);
    }
    case 'inline':
      return readJson(source.json);
    case 'src': {
      if (!source.url) return (await checkerRuntime()).empty_src();
      r.abort = new AbortController();
      const got = await fetchContent(source.url, r.abort.signal, timeoutOf(host));
      return 'json' in got ? readJson(got.json) : (await checkerRuntime()).unreadable(source.url, got.unreadable);
    }
  }
}

/**
 * Content as JSON text, for the widget: written in its compact form here where the JSON has the
 * model's shape (the widget holds it to the rules), else read by the checker, fetched only then,
 * which says what is wrong and where.
 * @param {string} json
 * @returns {Promise<Uint8Array>}
 */
async function readJson(json) {
  return compactText(json) ?? (await checkerRuntime()).read_text(json);
}

let numbersWarm = false;
/**
 * The page's first `Intl.NumberFormat` loads the engine's number data: 10–20 ms of a phone's
 * CPU, whatever the locale (later ones, in any locale, take well under 1 ms). Made in a task of
 * its own while the files download, it is not part of the task that mounts the widget.
 */
function warmNumbers() {
  if (numbersWarm) return;
  numbersWarm = true;
  setTimeout(() => new Intl.NumberFormat());
}

/**
 * Starts a host's widget: once near the viewport, with its content read and its stylesheet here.
 * Content, language table and WebAssembly are all asked for now, side by side.
 * @param {HTMLElement} host
 */
function begin(host) {
  const r = record(host);
  lazily?.unobserve(host);
  if (r.phase !== 'waiting') return;
  r.phase = 'starting';
  const generation = r.generation;
  const source = sourceOf(host, r.given);
  const content = source ? readOwn(host, r, source) : null;
  warmNumbers();
  Promise.all([widgetRuntime(), content, r.sheet, words(host)])
    .then(([glue, bytes, , give]) => {
      give?.(glue);
      // Each widget mounts in a task of its own, so several never hold the page for long.
      mounting = mounting
        .then(() => new Promise((next) => setTimeout(next)))
        .then(() => {
          if (generation !== r.generation || !host.isConnected) return;
          const early = r.early;
          r.early = null;
          r.abort = null;
          r.widget = glue.mount(host, bytes ?? undefined, early ?? undefined);
          r.phase = 'live';
          if (r.landing && !landed) {
            landed = true;
            host.scrollIntoView({ block: 'start' });
          }
          if (r.reset) {
            r.reset = false;
            r.widget.reset();
          }
        });
      return mounting;
    })
    .catch((error) => generation === r.generation && fail(host, error));
}

/**
 * New content for a host (src, the inline JSON, the `content` property): a fresh quiz.
 * @param {HTMLElement} host
 */
function restart(host) {
  const r = record(host);
  if (r.phase === 'idle') return;
  const started = r.phase !== 'waiting';
  halt(r);
  // A view drawn for the old content goes, for a placeholder.
  drawnView(host)?.remove();
  r.phase = 'waiting';
  r.sheet = prepared(host);
  if (started) begin(host);
}

/**
 * A followed attribute changed on a host.
 * @param {HTMLElement} host
 * @param {string | null} name
 */
function changed(host, name) {
  const r = record(host);
  if (r.phase === 'idle') return;
  if (name === 'src') return restart(host);
  fitIn(host);
  scheme(host);
  requestAnimationFrame(() => colours(host, HOSTS));
  if (name === 'data-theme') return;
  if (r.widget) {
    // Another language may need its table first.
    const table = name === 'locale' ? words(host) : null;
    if (!table) return r.widget.refresh();
    const generation = r.generation;
    return Promise.all([widgetRuntime(), table]).then(([glue, give]) => {
      give?.(glue);
      if (generation === r.generation) r.widget?.refresh();
    });
  }
  // Not started yet: a view drawn for the old attributes goes, for a placeholder.
  const view = drawnView(host);
  if (view) {
    view.remove();
    r.sheet = prepared(host);
  }
}

/** @param {Node} node */
const isContentScript = (node) => node instanceof Element && node.matches(CONTENT_SCRIPT);
/** @param {Node} node */
const inContentScript = (node) => (node instanceof Element ? node : node.parentElement)?.closest(CONTENT_SCRIPT);

/**
 * Follows a host's inline content (and, on a <div data-verdict>, its attributes).
 * @param {HTMLElement} host
 */
function watch(host) {
  const r = record(host);
  r.watcher = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'attributes') changed(host, m.attributeName);
      else if (inContentScript(m.target) || [...m.addedNodes, ...m.removedNodes].some(isContentScript)) {
        return restart(host);
      }
    }
  });
  r.watcher.observe(host, {
    childList: true,
    subtree: true,
    characterData: true,
    ...(host.localName !== TAG ? { attributes: true, attributeFilter: OBSERVED } : {}),
  });
}

/**
 * The widget could not start: the element's own content shows again, with a short notice.
 * @param {HTMLElement} host
 * @param {unknown} error
 */
function fail(host, error) {
  const root = host.shadowRoot?.querySelector('.verdict-root');
  if (root && !record(host).widget) {
    root.className = 'verdict-root';
    root.removeAttribute('hidden');
    root.removeAttribute('aria-busy');
    root.innerHTML = '<p class="vd-load-error">This decision guide could not be loaded.</p><slot></slot>';
    const notice = /** @type {HTMLElement} */ (root.firstElementChild);
    couldNotLoad(host).then((said) => {
      if (!said || !notice.isConnected) return;
      notice.textContent = said.text;
      notice.lang = said.lang;
      notice.dir = said.dir;
    });
  }
  const why = error instanceof Error ? error.message : String(error);
  const message = error instanceof ContentTimeout ? why : `the widget could not start: ${why}`;
  host.dispatchEvent(new CustomEvent('verdict:error', { bubbles: true, composed: true, detail: { problems: [{ path: '', message }] } }));
  console.error(`verdict: ${message}`);
}

/** What a host offers to script: the `content` and `result` properties, `reset()`. */
const surface = {
  content: {
    /** @this {HTMLElement} */
    get() {
      return record(this).given ?? null;
    },
    /** @this {HTMLElement} @param {unknown} value */
    set(value) {
      const r = record(this);
      r.given = value == null ? undefined : value;
      restart(this);
    },
    configurable: true,
  },
  result: {
    /** @this {HTMLElement} */
    get() {
      return record(this).widget?.result() ?? null;
    },
    configurable: true,
  },
  reset: {
    /** @this {HTMLElement} */
    value() {
      const r = record(this);
      if (r.widget) r.widget.reset();
      else r.reset = true;
    },
    configurable: true,
  },
};


/** The element's class: the lifecycle above, through the custom element callbacks (made when
 *  the element is defined: `HTMLElement` exists only where there is a DOM). */
function elementClass() {
  class VerdictWidget extends HTMLElement {
    /** Tells this loader's element from another library's of the same name. */
    static verdict = true;

    static get observedAttributes() {
      return OBSERVED;
    }

    connectedCallback() {
      // A property set before this element was upgraded sits on the instance: take it over.
      if (Object.prototype.hasOwnProperty.call(this, 'content')) {
        const value = /** @type {any} */ (this).content;
        delete (/** @type {any} */ (this).content);
        record(this).given = value == null ? undefined : value;
      }
      connect(this);
    }

    disconnectedCallback() {
      disconnect(this);
    }

    /**
     * @param {string} name
     * @param {string | null} before
     * @param {string | null} after
     */
    attributeChangedCallback(name, before, after) {
      if (before !== after) changed(this, name);
    }
  }
  Object.defineProperties(VerdictWidget.prototype, surface);
  return VerdictWidget;
}

/**
 * Whether the element is defined by a copy of this loader (true), another library (false), or
 * not yet (null).
 */
export function definedBy() {
  const defined = /** @type {any} */ (customElements.get(TAG));
  return defined ? defined.verdict === true : null;
}

/**
 * Defines the element, finds <div data-verdict> hosts as they come and go, and follows the page.
 * Resolves once the first widgets' stylesheet is here (or after a second at most): with
 * blocking="render" on the loader's script tag in the head, the page's first paint then shows
 * each widget at its size, and nothing below it moves when the widget arrives.
 */
export async function install() {
  if ('IntersectionObserver' in window) {
    lazily = new IntersectionObserver((seen) => seen.forEach((e) => e.isIntersecting && begin(/** @type {HTMLElement} */ (e.target))), {
      rootMargin: '100% 0px',
    });
  }
  customElements.define(TAG, elementClass());
  /** @param {Node} node */
  const isDivHost = (node) => node instanceof HTMLElement && node.localName !== TAG && node.hasAttribute('data-verdict');
  /** @param {Node} node @returns {HTMLElement[]} */
  const divHosts = (node) =>
    node instanceof Element ? /** @type {HTMLElement[]} */ ([node, ...node.querySelectorAll('[data-verdict]')].filter(isDivHost)) : [];
  /** @param {HTMLElement} host */
  const adopt = (host) => {
    if (!Object.prototype.hasOwnProperty.call(host, 'reset')) Object.defineProperties(host, surface);
    connect(host);
  };
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      m.removedNodes.forEach((node) => divHosts(node).forEach(disconnect));
      m.addedNodes.forEach((node) => divHosts(node).filter((host) => host.isConnected).forEach(adopt));
    }
  }).observe(document, { childList: true, subtree: true });
  document.querySelectorAll('[data-verdict]').forEach((host) => isDivHost(host) && adopt(/** @type {HTMLElement} */ (host)));

  follow(() => hosts.forEach((host) => (fitIn(host), scheme(host), colours(host, HOSTS))));
  const first = sheets ?? [];
  sheets = null;
  await Promise.race([Promise.all(first), new Promise((done) => setTimeout(done, 1000))]);
}
