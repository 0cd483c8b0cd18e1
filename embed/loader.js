// verdict's loader, shipped as dist/embed.js (scripts/embed-loader.mjs fills in the hashed file
// names and minifies it). Paste <script type="module" src=".../embed.js"></script> once; every
// <verdict-widget> (or element with data-verdict) on the page becomes a decision widget.
//
// - Styles: each widget's shadow root links the widget's stylesheet, a file, so a strict CSP
//   (style-src 'self') allows it and every widget on the page shares one download.
// - Lazy: the WebAssembly is fetched once a widget comes within a viewport of being seen
//   (loading="eager" on the element opts out); until then a placeholder of the first view's
//   size stands in, so nothing moves when the widget arrives.
// - No lost input: a press on a pre-rendered first view before the widget runs is kept (the
//   last one) on the element, and the widget applies it as it mounts.
// - Content given on the page (inline JSON or src="…") is read and checked by the reader, a
//   second WebAssembly loaded only then, and handed to the widget on the element.
// - If the widget cannot start (blocked script, network), the element's own fallback content
//   shows again, with a short notice.
const CSS = new URL('__CSS__', import.meta.url).href;
const JS = new URL('__JS__', import.meta.url).href;
const WASM = new URL('__WASM__', import.meta.url);
const READER_JS = new URL('__READER_JS__', import.meta.url).href;
const READER_WASM = new URL('__READER_WASM__', import.meta.url);
const HOSTS = 'verdict-widget, [data-verdict]';
/** Where the widget looks for an early press and for its content (see src/web/handover.rs). */
const EARLY = 'verdictEarly';
const CONTENT = 'verdictContent';

const hosts = [...document.querySelectorAll(HOSTS)];
const sheets = hosts.map(prepare);
let started = false;

/** Gives `host` a shadow root with the stylesheet and, unless pre-rendered, a placeholder. */
function prepare(host) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  let link = root.querySelector('link[rel="stylesheet"]');
  if (!link) {
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = CSS;
    root.prepend(link);
  }
  const view = root.querySelector('.verdict-root');
  if (!view) {
    const placeholder = document.createElement('div');
    placeholder.className = 'verdict-root vd-placeholder';
    placeholder.setAttribute('aria-busy', 'true');
    placeholder.innerHTML =
      '<div class="vd"><div class="vd-head"><p class="vd-kicker vd-skeleton"></p>' +
      '<p class="vd-title vd-skeleton"></p><p class="vd-intro vd-skeleton"></p></div>' +
      '<div class="vd-card vd-stage"></div></div>';
    root.append(placeholder);
  } else if (view.hasAttribute('data-prerendered')) {
    keepEarlyPresses(host, view);
  }
  return new Promise((done) => {
    if (link.sheet) done();
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', done, { once: true });
  });
}

/** Remembers the last press on a pre-rendered view's controls, and shows it as pressed. */
function keepEarlyPresses(host, view) {
  view.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button || button.disabled) return;
    host[EARLY] = button.dataset.action;
    for (const other of view.querySelectorAll('.vd-answers button')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

/** Whether `host` gives content of its own, which the reader reads. */
const hasContent = (host) =>
  host.querySelector('script[type="application/json"]') || (host.getAttribute('src') ?? '').trim();

/** Reads and checks each host's own content with the reader, and leaves it on the host. */
async function readContent(own) {
  const { default: init, read } = await import(READER_JS);
  await init({ module_or_path: READER_WASM });
  await Promise.all(own.map(async (host) => (host[CONTENT] = await read(host))));
}

async function start() {
  if (started) return;
  started = true;
  observer?.disconnect();
  // Script, WebAssembly, styles and the reader (if needed) download side by side; the widget
  // mounts once all are here.
  const glue = import(JS);
  const wasm = fetch(WASM);
  const own = hosts.filter(hasContent);
  const reading = own.length ? readContent(own) : null;
  try {
    await Promise.all(sheets);
    await reading;
    const { default: init } = await glue;
    const exports = await init({ module_or_path: wasm });
    dispatchEvent(new CustomEvent('verdict:ready', { detail: { wasm: exports } }));
  } catch (error) {
    for (const host of hosts) {
      const root = host.shadowRoot;
      if (root?.querySelector('.vd-placeholder, [data-prerendered]')) {
        root.querySelector('.verdict-root').innerHTML =
          '<p class="vd-load-error">This decision guide could not be loaded.</p><slot></slot>';
      }
    }
    throw error;
  }
}

const observer =
  'IntersectionObserver' in window
    ? new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && start(), {
        rootMargin: '100% 0px',
      })
    : null;
for (const host of hosts) {
  if (!observer || host.getAttribute('loading') === 'eager') start();
  else observer.observe(host);
}
