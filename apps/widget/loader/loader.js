// verdict's loader, shipped as dist/embed.js (scripts/embed-loader.mjs fills in the hashed file
// names and minifies it). Paste <script type="module" src=".../embed.js"></script> once; it
// defines the <verdict-widget> custom element, and every such element (and every element with
// data-verdict) becomes a decision widget, whenever it arrives on the page: at load, or later
// (a client-side router, a "load more" list, a CMS preview). The surface (attributes, properties,
// methods, events, CSS properties) is described in custom-elements.json.
//
// - Lifecycle: a widget starts when its element is connected and comes near the viewport, and
//   stops when the element leaves the page (its components go, their listeners and timers with
//   them). An element moved within the page (removed and inserted in the same task) keeps
//   the reader's place.
// - Attributes are followed: new content (src, the inline JSON, the `content` property) starts a
//   fresh quiz; a theme, locale or layout change keeps the reader's place.
// - Styles: each widget's shadow root links the widget's stylesheet, a file, so a strict CSP
//   (style-src 'self') allows it and every widget on the page shares one download.
// - Lazy: the WebAssembly is fetched once a widget comes within a viewport of being seen
//   (loading="eager" on the element opts out); until then a placeholder of the first view's
//   size stands in, so nothing moves when the widget arrives.
// - No lost input: a press on a pre-rendered first view before the widget runs is kept (the
//   last one), and the widget applies it as it mounts.
// - Content given on the page (inline JSON, src="…" or the `content` property) is read and
//   checked by the reader, a second WebAssembly loaded only then.
// - Language: the widget's own words follow its `locale` attribute, else the `lang` around it.
//   English is built in; another language's table (a few kilobytes) is fetched with the
//   WebAssembly, only on pages that speak it.
// - At home in the post: the widget takes the post's type by inheritance (widget.css); this
//   measures the rest, before the widget's first paint and again whenever the blog switches
//   theme: the colour scheme of the background the widget sits on, whether its header needs a
//   surface of its own, the page's link colour as accent, a neighbouring paragraph's spacing and
//   the text column's width.
// - If the widget cannot start (blocked script, network), the element's own fallback content
//   shows again, with a short notice, and the page hears verdict:error.
// - Importing this module where there is no DOM (server-side rendering in Astro or Next) does
//   nothing; a second copy on the page (or a second version) leaves the first in charge.

/** This package's version (package.json). */
export const version = '__VERSION__';

// The files beside this module, written as `new URL('./…', import.meta.url)` so that bundlers
// (Vite, webpack) see them and emit them as assets.
const FILES = {
  css: new URL('__CSS__', import.meta.url),
  js: new URL('__JS__', import.meta.url),
  wasm: new URL('__WASM__', import.meta.url),
  readerJs: new URL('__READER_JS__', import.meta.url),
  readerWasm: new URL('__READER_WASM__', import.meta.url),
};
/** The same files' names, for a base path set by the page (see `setBasePath`). */
const NAMES = {
  css: '__CSS__',
  js: '__JS__',
  wasm: '__WASM__',
  readerJs: '__READER_JS__',
  readerWasm: '__READER_WASM__',
};
/** Each language's table beside this module, by subtag (English is built into the widget), each
 *  a `new URL('./locale-<lang>-<hash>.json', import.meta.url)` of its own so that bundlers see
 *  every one (a pattern with variables they do not follow in a dependency); the tables' hash.
 *  Both written in by the build (scripts/embed-loader.mjs). */
const TABLES = /* __TABLES__ */ {};
const TABLES_HASH = '__TABLES_HASH__';
/** Where a table holds the notice the loader shows when the widget cannot start. */
const COULD_NOT_LOAD = /* __COULD_NOT_LOAD__ */ -1;
const TAG = 'verdict-widget';
const HOSTS = `${TAG}, [data-verdict]`;
/** Followed on a live widget (on a <div data-verdict> as on the element). */
const OBSERVED = ['src', 'data-theme', 'locale', 'parts', 'data-layout'];
/** The first view of a widget as pasted (the built-in article, compact, English), written in by
 *  the release build (scripts/prerender.mjs); not a string of markup in a development build. */
const FIRST_VIEW = "__FIRST_VIEW__";

let basePath = null;

/**
 * Where the widget's files are, when not beside this module: for a loader re-hosted or bundled
 * away from them. `data-verdict-base="https://…/dist/"` on any script element does the same.
 * @param {string | URL} url the folder that holds embed.js's files
 */
export function setBasePath(url) {
  basePath = url == null ? null : String(url);
}

/** The address of one of the widget's files. */
function file(key) {
  return moved(FILES[key], NAMES[key]);
}

/** A file's address: beside this module, or in the folder the page names (`setBasePath`). */
function moved(url, name) {
  const base = basePath ?? globalThis.document?.querySelector('script[data-verdict-base]')?.dataset.verdictBase;
  if (!base) return url;
  const folder = new URL(base, document.baseURI);
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  return new URL(name, folder);
}

/** Says in the console which file could not be loaded, and what to do about it. */
function notFound(url, why) {
  console.error(
    `verdict: could not load ${url} (${why}). If embed.js was copied or bundled away from the files ` +
      'beside it, say where they are: data-verdict-base="…/dist/" on its script tag, or setBasePath() ' +
      'from this module. If the server sends .wasm files, check that it allows this page to fetch them.',
  );
}

/** Fetches one of the widget's files, saying clearly in the console when it cannot. */
async function fetchFile(key) {
  return fetchUrl(file(key));
}

/** Fetches a file of the widget's, saying clearly in the console when it cannot. */
async function fetchUrl(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    notFound(url, 'the request failed');
    throw error;
  }
  if (!response.ok) {
    notFound(url, `HTTP ${response.status}`);
    throw new Error(`verdict: HTTP ${response.status} for ${url}`);
  }
  return response;
}

/** Imports one of the widget's glue modules, saying clearly in the console when it cannot. */
async function importFile(key) {
  const url = file(key);
  try {
    return await import(/* @vite-ignore */ url.href);
  } catch (error) {
    notFound(url, error.message);
    throw error;
  }
}

let runtime = null;
/** The widget's WebAssembly and its glue, loaded once for every widget on the page. */
function widgetRuntime() {
  runtime ??= (async () => {
    const [glue, wasm] = await Promise.all([importFile('js'), fetchFile('wasm')]);
    await glue.default({ module_or_path: wasm });
    return glue;
  })();
  return runtime;
}

/** The language tables asked for so far, by subtag: each fetched once. */
const tables = {};
/** Each table fetched, as its list of strings (the loader reads its own notice there). */
const fetched = {};
/** The table a host's language is spoken with (its language subtag), as the widget names it. */
const tableOf = (host) => languageOf(host).split(/[-_]/)[0].trim().toLowerCase();
/** The language of a host's own words: its `locale`, else the `lang` around it, else English. */
const languageOf = (host) => host.getAttribute('locale') ?? host.closest('[lang]')?.getAttribute('lang') ?? 'en';
/**
 * The table a host's language needs (null for English or a language without one), fetched at
 * once, so it arrives with the WebAssembly rather than after it: a promise of the function that
 * gives it to the widget (once), or of null when it cannot be had (the widget speaks English;
 * the console says why).
 */
function words(host) {
  const key = tableOf(host);
  if (!Object.prototype.hasOwnProperty.call(TABLES, key)) return null;
  const file = `locale-${key}-${TABLES_HASH}.json`;
  tables[key] ??= fetchUrl(moved(TABLES[key], file))
    .then((response) => response.json())
    .then((parts) => {
      fetched[key] = parts;
      let given = false;
      return (glue) => {
        if (given) return;
        given = true;
        // The widget checks the list: a table of this build's, or refused.
        if (!Array.isArray(parts) || !glue.add_words(parts.join('\0'))) {
          console.error(`verdict: ${file} is not a table of this build; English instead`);
        }
      };
    }, () => null);
  return tables[key];
}

let readerRuntime = null;
/** The reader's WebAssembly, loaded once, only where some widget has content of its own. */
function reader() {
  readerRuntime ??= (async () => {
    const [glue, wasm] = await Promise.all([importFile('readerJs'), fetchFile('readerWasm')]);
    await glue.default({ module_or_path: wasm });
    return glue;
  })();
  return readerRuntime;
}

/**
 * Checks a comparison with the widget's own rules and messages, without showing it (editors use
 * it: the WordPress block lists problems before the post is saved).
 * @param {string | object} content the comparison, as JSON text or as an object
 * @returns {Promise<{ problems: { path: string, message: string }[] }>}
 */
export async function check(content) {
  const json = typeof content === 'string' ? content : JSON.stringify(content);
  return (await reader()).check(json);
}

if (typeof window !== 'undefined' && typeof customElements !== 'undefined') {
  if (customElements.get(TAG)) {
    // Another copy (or version) of embed.js is here first: it runs every widget on the page.
    console.info(`verdict: embed.js ${version} was loaded again on this page; the first copy runs the widgets.`);
  } else {
    await install();
  }
}

/** Defines the element, finds <div data-verdict> hosts as they come and go, and follows the page. */
async function install() {
  /** What this loader knows of each host element. */
  const records = new WeakMap();
  /** The hosts on the page now. */
  const hosts = new Set();
  /** The stylesheets of the hosts found as the element is defined: the first paint waits for them. */
  let sheets = [];
  let canvas = null;
  let mounting = Promise.resolve();

  const record = (host) => {
    let r = records.get(host);
    if (!r) {
      r = { widget: null, phase: 'idle', leaving: 0, generation: 0, given: undefined, early: null, reset: false, watcher: null, sheet: null };
      records.set(host, r);
    }
    return r;
  };

  const lazily =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (seen) => seen.forEach((e) => e.isIntersecting && begin(e.target)),
          { rootMargin: '100% 0px' },
        )
      : null;

  /** A host arrived on the page (or came back to it). */
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
    r.sheet = prepare(host);
    sheets?.push(r.sheet);
    watch(host);
    if (!lazily || host.getAttribute('loading') === 'eager') begin(host);
    else lazily.observe(host);
  }

  /** A host left the page: its widget stops, unless it comes back in this same task. */
  function disconnect(host) {
    const r = record(host);
    if (r.phase === 'idle' || r.leaving) return;
    r.leaving = setTimeout(() => {
      r.leaving = 0;
      if (!host.isConnected) stop(host);
    });
  }

  /** Stops a host's widget and forgets what it was doing (the reader's answers stay in the
   *  address and storage, as for a reload). */
  function stop(host) {
    const r = record(host);
    lazily?.unobserve(host);
    r.watcher?.disconnect();
    r.watcher = null;
    hosts.delete(host);
    halt(r);
    r.phase = 'idle';
  }

  /** Ends whatever the host's widget is doing: a start under way is abandoned. */
  function halt(r) {
    r.generation++;
    r.widget?.free();
    r.widget = null;
  }

  /** Starts a host's widget: once near the viewport, with its content read and its stylesheet here. */
  function begin(host) {
    const r = record(host);
    lazily?.unobserve(host);
    if (r.phase !== 'waiting') return;
    r.phase = 'starting';
    const generation = r.generation;
    const content = ownContent(host, r) ? read(host, r) : null;
    Promise.all([widgetRuntime(), content, r.sheet, words(host)])
      .then(([glue, bytes, , give]) => {
        give?.(glue);
        // Each widget mounts in a task of its own, so several never hold the page for long.
        mounting = mounting.then(() => new Promise((next) => setTimeout(next))).then(() => {
          if (generation !== r.generation || !host.isConnected) return;
          const early = r.early;
          r.early = null;
          r.widget = glue.mount(host, bytes ?? undefined, early ?? undefined);
          r.phase = 'live';
          if (r.reset) {
            r.reset = false;
            r.widget.reset();
          }
        });
        return mounting;
      })
      .catch((error) => generation === r.generation && fail(host, error));
  }

  /** New content for a host (src, the inline JSON, the `content` property): a fresh quiz. */
  function restart(host) {
    const r = record(host);
    if (r.phase === 'idle') return;
    const started = r.phase !== 'waiting';
    halt(r);
    // A view drawn for the old content goes, for a placeholder.
    host.shadowRoot?.querySelector('.verdict-root[data-prerendered]')?.remove();
    r.phase = 'waiting';
    r.sheet = prepare(host);
    if (started) begin(host);
  }

  /** A followed attribute changed on a host. */
  function changed(host, name) {
    const r = record(host);
    if (r.phase === 'idle') return;
    if (name === 'src') return restart(host);
    fitIn(host);
    scheme(host);
    requestAnimationFrame(() => colours(host));
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
    const view = host.shadowRoot?.querySelector('.verdict-root[data-prerendered]');
    if (view) {
      view.remove();
      r.sheet = prepare(host);
    }
  }

  /** Follows a host's inline content (and, on a <div data-verdict>, its attributes). */
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

  const CONTENT_SCRIPT = 'script[type="application/json"]';
  const isContentScript = (node) => node.nodeType === 1 && node.matches(CONTENT_SCRIPT);
  const inContentScript = (node) => (node.nodeType === 1 ? node : node.parentElement)?.closest(CONTENT_SCRIPT);

  /** Whether a host gives content of its own, which the reader reads. */
  const ownContent = (host, r = record(host)) =>
    r.given !== undefined || host.querySelector(CONTENT_SCRIPT) || (host.getAttribute('src') ?? '').trim();

  /** Reads and checks a host's own content with the reader: the compact form the widget takes. */
  async function read(host, r) {
    const glue = await reader();
    if (r.given === undefined) return glue.read(host);
    let json;
    try {
      json = JSON.stringify(r.given);
    } catch (error) {
      json = `"the content given could not be written as JSON: ${error.message}"`;
    }
    return glue.read_text(json ?? 'null');
  }

  /** The widget could not start: the element's own content shows again, with a short notice. */
  function fail(host, error) {
    const root = host.shadowRoot?.querySelector('.verdict-root');
    if (root && !record(host).widget) {
      root.className = 'verdict-root';
      root.removeAttribute('hidden');
      root.removeAttribute('aria-busy');
      root.innerHTML = '<p class="vd-load-error">This decision guide could not be loaded.</p><slot></slot>';
      // In the page's language once its table is here (it is fetched with the WebAssembly, and
      // is plain JSON: it may have come when the WebAssembly did not).
      const notice = root.firstElementChild;
      Promise.resolve(words(host)).then(() => {
        const parts = fetched[tableOf(host)];
        const said = Array.isArray(parts) ? parts[COULD_NOT_LOAD] : null;
        if (typeof said !== 'string' || !said || !notice.isConnected) return;
        notice.textContent = said;
        notice.lang = String(parts[0]);
        notice.dir = parts[1] === 'rtl' ? 'rtl' : 'ltr';
      });
    }
    const message = `the widget could not start: ${error?.message ?? error}`;
    host.dispatchEvent(new CustomEvent('verdict:error', { bubbles: true, composed: true, detail: { problems: [{ path: '', message }] } }));
    console.error(`verdict: ${message}`);
  }

  /** Gives `host` a shadow root with the stylesheet and, unless pre-rendered, a placeholder. */
  function prepare(host) {
    const root = host.shadowRoot ?? adoptDeclared(host) ?? host.attachShadow({ mode: 'open' });
    let link = root.querySelector('link[rel="stylesheet"]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = file('css');
      root.prepend(link);
    }
    fitIn(host);
    scheme(host);
    let view = root.querySelector('.verdict-root');
    if (!view && pasted(host) && FIRST_VIEW.startsWith('<')) {
      const copy = document.createElement('template');
      copy.innerHTML = FIRST_VIEW;
      root.append(copy.content);
      view = root.querySelector('.verdict-root');
      keepEarlyPresses(host, view);
    } else if (!view) {
      const placeholder = document.createElement('div');
      placeholder.className = 'verdict-root vd-placeholder';
      placeholder.setAttribute('aria-busy', 'true');
      // The compact layout's two folded parts follow the quiz; a full layout's are not known yet.
      const folded = host.getAttribute('data-layout') === 'full' ? '' :
        '<div class="vd-card vd-more"><p class="vd-more-toggle"></p></div>'.repeat(2);
      placeholder.innerHTML =
        '<div class="vd"><div class="vd-head"><p class="vd-kicker vd-skeleton"></p>' +
        '<p class="vd-title vd-skeleton"></p><p class="vd-intro vd-skeleton"></p></div>' +
        `<div class="vd-card vd-stage"></div>${folded}</div>`;
      root.append(placeholder);
    } else if (view.hasAttribute('data-prerendered')) {
      keepEarlyPresses(host, view);
    }
    return new Promise((done) => {
      if (link.sheet) done();
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
    }).then(() => colours(host));
  }

  /** A pre-rendered view whose declarative shadow root the parser did not attach (a page put in
   *  by script: client-side routers parse the next page with DOMParser, which leaves it an inert
   *  <template>): attached now, so the reader still gets the drawn view and its early presses. */
  function adoptDeclared(host) {
    const template = [...host.children].find((el) => el.localName === 'template' && el.getAttribute('shadowrootmode') === 'open');
    if (!template) return null;
    const root = host.attachShadow({ mode: 'open' });
    root.append(template.content.cloneNode(true));
    template.remove();
    return root;
  }

  /** Whether `host` is a widget as pasted: the built-in article, compact, every part, in English;
   *  the release build knows its first view. */
  function pasted(host) {
    return !ownContent(host) && /^en\b/i.test(languageOf(host)) && !host.hasAttribute('parts') &&
      host.getAttribute('data-layout') !== 'full';
  }

  /** Remembers the last press on a pre-rendered view's controls, and shows it as pressed. */
  function keepEarlyPresses(host, view) {
    view.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-action]');
      if (!button || button.disabled) return;
      record(host).early = button.dataset.action;
      for (const other of view.querySelectorAll('.vd-answers button')) {
        other.setAttribute('aria-pressed', String(other === button));
      }
    });
  }

  // ---------- At home in the post ----------

  /** Any CSS colour as [r, g, b, alpha] in sRGB: the canvas writes every notation back as hex or rgba(). */
  function rgba(color) {
    canvas ??= document.createElement('canvas').getContext('2d');
    canvas.fillStyle = 'rgba(0, 0, 0, 0)';
    canvas.fillStyle = color || 'rgba(0, 0, 0, 0)';
    const value = canvas.fillStyle;
    if (value.startsWith('#')) return [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)).concat(1);
    const [r, g, b, a = 1] = value.match(/[\d.]+/g).map(Number);
    return [r, g, b, a];
  }

  /** WCAG relative luminance. */
  function luminance([r, g, b]) {
    const linear = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  }

  /** WCAG contrast ratio of two opaque colours. */
  function contrast(a, b) {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  }

  /** The colour the widget actually sits on: its ancestors' backgrounds, nearest first, laid over
   *  the canvas (dark only where the page lets the browser darken it for a reader who prefers it). */
  function pageBackground(host) {
    const layers = [];
    for (let el = host.parentElement; el; el = el.parentElement) {
      const layer = rgba(getComputedStyle(el).backgroundColor);
      if (layer[3] > 0) layers.push(layer);
      if (layer[3] >= 1) break;
    }
    const declared = getComputedStyle(document.documentElement).colorScheme;
    const scheme = declared !== 'normal' ? declared : document.querySelector('meta[name="color-scheme"]')?.content ?? '';
    const darkCanvas = /\bdark\b/.test(scheme) && (!/\blight\b/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches);
    let color = darkCanvas ? [18, 18, 18] : [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) {
      color = [r * a + color[0] * (1 - a), g * a + color[1] * (1 - a), b * a + color[2] * (1 - a)];
    }
    return color;
  }

  /** The paragraph of the post right before or after `host`: its spacing and width are the
   *  post's. Only a direct neighbour counts, so a page with no paragraph there (the demo page, its
   *  pre-rendered view) keeps the defaults it was drawn with. */
  function neighbour(host) {
    return [host.previousElementSibling, host.nextElementSibling].find((n) => n?.matches('p'));
  }

  /** Type, spacing and width like the post's text: its paragraph's, where one is next to the widget
   *  (else the type is inherited from around the widget, in widget.css). */
  function fitIn(host) {
    const p = neighbour(host);
    const style = p && getComputedStyle(p);
    for (const [name, value] of [['--vd-post-size', style?.fontSize], ['--vd-post-font', style?.fontFamily]]) {
      if (value) host.style.setProperty(name, value);
      else host.style.removeProperty(name);
    }
    const gap = style ? Math.max(parseFloat(style.marginBlockStart), parseFloat(style.marginBlockEnd)) : 0;
    if (gap > 0) host.style.setProperty('--vd-gap', `${gap}px`);
    else host.style.removeProperty('--vd-gap');
    const width = p?.getBoundingClientRect().width;
    if (width > 0) host.style.setProperty('--vd-column', `${Math.round(width)}px`);
    else host.style.removeProperty('--vd-column');
  }

  /** The colour scheme of the page the widget sits on: the palette whose text reads better on
   *  its background (data-theme forces one instead). Needs no stylesheet: set before first paint. */
  function scheme(host) {
    if (host.hasAttribute('data-theme')) return host.removeAttribute('data-vd-scheme');
    const background = pageBackground(host);
    const dark = contrast(background, [236, 236, 243]) > contrast(background, [28, 28, 40]);
    host.setAttribute('data-vd-scheme', dark ? 'dark' : 'light');
  }

  /** The header's surface and the accent, once the stylesheet gives the widget its palette. */
  function colours(host) {
    const own = (name) => rgba(getComputedStyle(host).getPropertyValue(name).trim());
    const background = pageBackground(host);
    // The page's link colour as accent, where it reads on the widget's surfaces (as links, and
    // under white or black button text); --verdict-accent, if set, wins in widget.css.
    host.style.removeProperty('--vd-page-accent');
    host.style.removeProperty('--vd-page-on-accent');
    const scope = host.closest('article, main, [role="main"]') ?? document.body;
    const link = [...scope.querySelectorAll('p a[href], li a[href]')].find((a) => !a.closest(HOSTS));
    if (link) {
      const accent = rgba(getComputedStyle(link).color);
      const on = [[255, 255, 255], [17, 17, 17]].sort((x, y) => contrast(accent, y) - contrast(accent, x))[0];
      if (accent[3] >= 1 && contrast(accent, own('--vd-bg')) >= 4.5 && contrast(accent, on) >= 4.5) {
        host.style.setProperty('--vd-page-accent', `rgb(${accent.slice(0, 3).join(' ')})`);
        host.style.setProperty('--vd-page-on-accent', `rgb(${on.join(' ')})`);
      }
    }
    // The header's words sit on the page's background unless they would not read there.
    const readable = ['--vd-text', '--vd-muted', '--vd-accent'].every((name) => contrast(own(name), background) >= 4.5);
    host.toggleAttribute('data-vd-surface', !readable);
  }

  /** Follows the blog when it switches theme (a class or attribute on html or body, or the
   *  reader's scheme) or its column changes width. */
  function follow() {
    let pending = 0;
    const again = () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => hosts.forEach((host) => (fitIn(host), scheme(host), colours(host))));
    };
    const watcher = new MutationObserver(again);
    watcher.observe(document.documentElement, { attributes: true });
    if (document.body) watcher.observe(document.body, { attributes: true });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', again);
    addEventListener('resize', again);
  }

  // ---------- The element ----------

  /** What a host offers to script: the `content` and `result` properties, `reset()`. */
  const surface = {
    content: {
      get() {
        return record(this).given ?? null;
      },
      set(value) {
        const r = record(this);
        r.given = value == null ? undefined : value;
        restart(this);
      },
      configurable: true,
    },
    result: {
      get() {
        return record(this).widget?.result() ?? null;
      },
      configurable: true,
    },
    reset: {
      value() {
        const r = record(this);
        if (r.widget) r.widget.reset();
        else r.reset = true;
      },
      configurable: true,
    },
  };

  class VerdictWidget extends HTMLElement {
    static get observedAttributes() {
      return OBSERVED;
    }
    connectedCallback() {
      // A property set before this element was upgraded sits on the instance: take it over.
      if (Object.prototype.hasOwnProperty.call(this, 'content')) {
        const value = this.content;
        delete this.content;
        record(this).given = value == null ? undefined : value;
      }
      connect(this);
    }
    disconnectedCallback() {
      disconnect(this);
    }
    attributeChangedCallback(name, before, after) {
      if (before !== after) changed(this, name);
    }
  }
  Object.defineProperties(VerdictWidget.prototype, surface);
  customElements.define(TAG, VerdictWidget);

  // <div data-verdict> hosts, for editors that drop unknown elements: found as they come and go.
  const isDivHost = (node) => node.nodeType === 1 && node.localName !== TAG && node.hasAttribute('data-verdict');
  const divHosts = (node) => (node.nodeType !== 1 ? [] : [node, ...node.querySelectorAll('[data-verdict]')].filter(isDivHost));
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
  document.querySelectorAll('[data-verdict]').forEach((host) => isDivHost(host) && adopt(host));

  follow();
  // This module finishes once the first widgets' stylesheet is here (or after a second at most):
  // with blocking="render" on its script tag in the head, the page's first paint then shows each
  // widget at its size, and nothing below it moves when the widget arrives.
  const first = sheets;
  sheets = null;
  await Promise.race([Promise.all(first), new Promise((done) => setTimeout(done, 1000))]);
}
