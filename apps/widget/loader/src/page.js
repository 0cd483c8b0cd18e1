// @ts-check
// At home in the post: the widget takes the post's type by inheritance (widget.css); this
// measures the rest, before the widget's first paint and again whenever the blog switches theme:
// the colour scheme of the background the widget sits on, whether its header needs a surface of
// its own, the page's link colour as accent, a neighbouring paragraph's spacing and the text
// column's width.

/** @typedef {[number, number, number, number]} Rgba */

/** @type {CanvasRenderingContext2D | null} */
let canvas = null;

/**
 * Any CSS colour as [r, g, b, alpha] in sRGB: the canvas writes every notation back as hex or rgba().
 * @param {string} color
 * @returns {Rgba}
 */
function rgba(color) {
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return [0, 0, 0, 0];
  canvas.fillStyle = 'rgba(0, 0, 0, 0)';
  canvas.fillStyle = color || 'rgba(0, 0, 0, 0)';
  const value = String(canvas.fillStyle);
  if (value.startsWith('#')) {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));
    return [r, g, b, 1];
  }
  const [r, g, b, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/**
 * WCAG relative luminance.
 * @param {number[]} rgb
 */
function luminance([r, g, b]) {
  /** @param {number} c */
  const linear = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * WCAG contrast ratio of two opaque colours.
 * @param {number[]} a
 * @param {number[]} b
 */
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour the widget actually sits on: its ancestors' backgrounds, nearest first, laid over
 * the canvas (dark only where the page lets the browser darken it for a reader who prefers it).
 * @param {Element} host
 * @returns {number[]}
 */
function pageBackground(host) {
  /** @type {Rgba[]} */
  const layers = [];
  for (let el = host.parentElement; el; el = el.parentElement) {
    const layer = rgba(getComputedStyle(el).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  const declared = getComputedStyle(document.documentElement).colorScheme;
  /** @type {HTMLMetaElement | null} */
  const meta = document.querySelector('meta[name="color-scheme"]');
  const scheme = declared !== 'normal' ? declared : (meta?.content ?? '');
  const darkCanvas = /\bdark\b/.test(scheme) && (!/\blight\b/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches);
  let color = darkCanvas ? [18, 18, 18] : [255, 255, 255];
  for (const [r, g, b, a] of layers.reverse()) {
    color = [r * a + color[0] * (1 - a), g * a + color[1] * (1 - a), b * a + color[2] * (1 - a)];
  }
  return color;
}

/**
 * The paragraph of the post right before or after `host`: its spacing and width are the
 * post's. Only a direct neighbour counts, so a page with no paragraph there (the demo page, its
 * pre-rendered view) keeps the defaults it was drawn with.
 * @param {Element} host
 */
function neighbour(host) {
  return [host.previousElementSibling, host.nextElementSibling].find((n) => n?.matches('p'));
}

/**
 * Type, spacing and width like the post's text: its paragraph's, where one is next to the widget
 * (else the type is inherited from around the widget, in widget.css).
 * @param {HTMLElement} host
 */
export function fitIn(host) {
  const p = neighbour(host);
  const style = p && getComputedStyle(p);
  for (const [name, value] of [['--vd-post-size', style?.fontSize], ['--vd-post-font', style?.fontFamily]]) {
    if (value) host.style.setProperty(/** @type {string} */ (name), value);
    else host.style.removeProperty(/** @type {string} */ (name));
  }
  const gap = style ? Math.max(parseFloat(style.marginBlockStart), parseFloat(style.marginBlockEnd)) : 0;
  if (gap > 0) host.style.setProperty('--vd-gap', `${gap}px`);
  else host.style.removeProperty('--vd-gap');
  const width = p?.getBoundingClientRect().width ?? 0;
  if (width > 0) host.style.setProperty('--vd-column', `${Math.round(width)}px`);
  else host.style.removeProperty('--vd-column');
}

/**
 * The colour scheme of the page the widget sits on: the palette whose text reads better on
 * its background (data-theme forces one instead). Needs no stylesheet: set before first paint.
 * @param {Element} host
 */
export function scheme(host) {
  if (host.hasAttribute('data-theme')) return host.removeAttribute('data-vd-scheme');
  const background = pageBackground(host);
  const dark = contrast(background, [236, 236, 243]) > contrast(background, [28, 28, 40]);
  host.setAttribute('data-vd-scheme', dark ? 'dark' : 'light');
}

/**
 * The header's surface and the accent, once the stylesheet gives the widget its palette.
 * @param {HTMLElement} host
 * @param {string} hosts the selector of every widget host (their links are not the page's)
 */
export function colours(host, hosts) {
  /** @param {string} name */
  const own = (name) => rgba(getComputedStyle(host).getPropertyValue(name).trim());
  const background = pageBackground(host);
  // The page's link colour as accent, where it reads on the widget's surfaces (as links, and
  // under white or black button text); --verdict-accent, if set, wins in widget.css.
  host.style.removeProperty('--vd-page-accent');
  host.style.removeProperty('--vd-page-on-accent');
  const scope = host.closest('article, main, [role="main"]') ?? document.body;
  const link = [...scope.querySelectorAll('p a[href], li a[href]')].find((a) => !a.closest(hosts));
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

/**
 * Follows the blog when it switches theme (a class or attribute on html or body, or the reader's
 * scheme) or its column changes width: `again` measures every widget anew, once a frame.
 * @param {() => void} again
 */
export function follow(again) {
  let pending = 0;
  const soon = () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(again);
  };
  const watcher = new MutationObserver(soon);
  watcher.observe(document.documentElement, { attributes: true });
  if (document.body) watcher.observe(document.body, { attributes: true });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', soon);
  addEventListener('resize', soon);
}
