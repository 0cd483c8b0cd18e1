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
// - At home in the post: the widget takes the post's type by inheritance (widget.css); this
//   measures the rest, before the widget's first paint and again whenever the blog switches
//   theme: the colour scheme of the background the widget sits on, whether its header needs a
//   surface of its own, the page's link colour as accent, a neighbouring paragraph's spacing and
//   the text column's width.
// - If the widget cannot start (blocked script, network), the element's own fallback content
//   shows again, with a short notice.
const CSS = new URL('__CSS__', import.meta.url).href;
const JS = new URL('__JS__', import.meta.url).href;
const WASM = new URL('__WASM__', import.meta.url);
const READER_JS = new URL('__READER_JS__', import.meta.url).href;
const READER_WASM = new URL('__READER_WASM__', import.meta.url);
const HOSTS = 'verdict-widget, [data-verdict]';
/** The first view of a widget as pasted (the built-in article, compact, English), written in by
 *  the release build (scripts/prerender.mjs); not a string of markup in a development build. */
const FIRST_VIEW = "__FIRST_VIEW__";
/** Where the widget looks for an early press and for its content (see src/web/handover.rs). */
const EARLY = 'verdictEarly';
const CONTENT = 'verdictContent';

const canvas = document.createElement('canvas').getContext('2d');
const hosts = [...document.querySelectorAll(HOSTS)];
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

// ---------- At home in the post ----------

/** Any CSS colour as [r, g, b, alpha] in sRGB: the canvas writes every notation back as hex or rgba(). */
function rgba(color) {
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
  const watch = new MutationObserver(again);
  watch.observe(document.documentElement, { attributes: true });
  if (document.body) watch.observe(document.body, { attributes: true });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', again);
  addEventListener('resize', again);
}

/** Whether `host` is a widget as pasted: the built-in article, compact, every part, in English;
 *  the release build knows its first view. */
function pasted(host) {
  const lang = host.getAttribute('locale') ?? host.closest('[lang]')?.getAttribute('lang') ?? 'en';
  return !hasContent(host) && /^en\b/i.test(lang) && !host.hasAttribute('parts') &&
    host.getAttribute('data-layout') !== 'full';
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

// ---------- Start ----------

const sheets = hosts.map(prepare);
follow();
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
// This module finishes once the widgets' stylesheet is here (or after a second at most): with
// blocking="render" on its script tag in the head, the page's first paint then shows each widget
// at its size, and nothing below it moves when the widget arrives.
await Promise.race([Promise.all(sheets), new Promise((done) => setTimeout(done, 1000))]);
