// @ts-check
// The fragment as the page and its widgets share it. The page's own anchor, when a widget's state
// shares the fragment: a post opened at #bottom
// becomes #bottom&vd.django-vs-flask=… once the reader answers, and the browser, finding no
// element of that whole name, scrolls nowhere on a reload or from a shared link. The page's part
// is found and scrolled to, as the browser would have.

/** The widgets' parts of a fragment start so (verdict_core::share::KEY_PREFIX). */
const WIDGET_PART = 'vd.';

/**
 * The page's own anchor in a fragment that also holds widgets' parts, or null.
 * @param {string} hash `location.hash`
 */
export function pageAnchor(hash) {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.includes('&')) return null;
  const part = fragment.split('&').find((p) => p && !p.includes('=') && !p.startsWith(WIDGET_PART));
  if (!part) return null;
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Scrolls to the page's own anchor, where the widgets' parts kept the browser from it. */
export function scrollToPageAnchor() {
  const anchor = pageAnchor(location.hash);
  if (!anchor) return;
  const target = document.getElementById(anchor) ?? document.getElementsByName(anchor)[0];
  target?.scrollIntoView();
}

/**
 * The widgets' names a fragment carries a state for (`#vd.django-vs-flask=v1.1.r…`).
 * @param {string} hash `location.hash`
 */
export function sharedNames(hash) {
  return hash.replace(/^#/, '').split(/[&#]/).filter((p) => p.startsWith(WIDGET_PART)).map((p) => p.slice(WIDGET_PART.length).split('=')[0]);
}
