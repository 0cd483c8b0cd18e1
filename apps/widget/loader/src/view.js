// @ts-check
// What a host shows before its widget runs: a shadow root with the widget's stylesheet (a file,
// so a strict CSP allows it, and every widget on the page shares one download) and either the
// view drawn at build time (the page's own, or the pasted widget's first view the release build
// gives the loader) or a placeholder of the first view's size, so nothing moves when the widget
// arrives. A press on a drawn view is kept (the last one) for the widget to apply as it mounts.
import { FIRST_VIEW } from 'verdict:build';
import { file } from './assets.js';
import { languageOf } from './languages.js';
import { fitIn, scheme } from './page.js';

/**
 * Gives `host` a shadow root with the stylesheet and, unless a view is drawn, a placeholder:
 * resolves once the stylesheet is here (or failed).
 * @param {HTMLElement} host
 * @param {boolean} own whether the host gives content of its own
 * @param {(action: string) => void} pressed told of a press on a drawn view
 * @returns {Promise<void>}
 */
export function prepare(host, own, pressed) {
  const root = host.shadowRoot ?? adoptDeclared(host) ?? host.attachShadow({ mode: 'open' });
  /** @type {HTMLLinkElement | null} */
  let link = root.querySelector('link[rel="stylesheet"]');
  if (!link) {
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = String(file('css'));
    root.prepend(link);
  }
  fitIn(host);
  scheme(host);
  let view = root.querySelector('.verdict-root');
  if (!view && !own && pasted(host) && FIRST_VIEW.startsWith('<')) {
    const copy = document.createElement('template');
    copy.innerHTML = FIRST_VIEW;
    root.append(copy.content);
    view = root.querySelector('.verdict-root');
    if (view) keepEarlyPresses(view, pressed);
  } else if (!view) {
    root.append(placeholder(host));
  } else if (view.hasAttribute('data-prerendered')) {
    keepEarlyPresses(view, pressed);
  }
  const sheet = link;
  return new Promise((done) => {
    if (sheet.sheet) return done();
    sheet.addEventListener('load', () => done(), { once: true });
    sheet.addEventListener('error', () => done(), { once: true });
  });
}

/**
 * A placeholder of the first view's size, while the widget is on its way.
 * @param {Element} host
 */
function placeholder(host) {
  const placeholder = document.createElement('div');
  placeholder.className = 'verdict-root vd-placeholder';
  placeholder.setAttribute('aria-busy', 'true');
  // The compact layout's two folded parts follow the quiz; a full layout's are not known yet.
  const folded = host.getAttribute('data-layout') === 'full' ? '' : '<div class="vd-card vd-more"><p class="vd-more-toggle"></p></div>'.repeat(2);
  placeholder.innerHTML =
    '<div class="vd"><div class="vd-head"><p class="vd-kicker vd-skeleton"></p>' +
    '<p class="vd-title vd-skeleton"></p><p class="vd-intro vd-skeleton"></p></div>' +
    `<div class="vd-card vd-stage"></div>${folded}</div>`;
  return placeholder;
}

/**
 * The view drawn for a host, if it has one.
 * @param {Element} host
 */
export const drawnView = (host) => host.shadowRoot?.querySelector('.verdict-root[data-prerendered]') ?? null;

/**
 * A pre-rendered view whose declarative shadow root the parser did not attach (a page put in by
 * script: client-side routers parse the next page with DOMParser, which leaves it an inert
 * <template>): attached now, so the reader still gets the drawn view and its early presses.
 * @param {HTMLElement} host
 */
function adoptDeclared(host) {
  const template = /** @type {HTMLTemplateElement | undefined} */ (
    [...host.children].find((el) => el.localName === 'template' && el.getAttribute('shadowrootmode') === 'open')
  );
  if (!template) return null;
  const root = host.attachShadow({ mode: 'open' });
  root.append(template.content.cloneNode(true));
  template.remove();
  return root;
}

/**
 * Whether `host` is a widget as pasted: the built-in article, compact, every part, in English;
 * the release build knows its first view.
 * @param {Element} host
 */
function pasted(host) {
  return /^en\b/i.test(languageOf(host)) && !host.hasAttribute('parts') && host.getAttribute('data-layout') !== 'full';
}

/**
 * Remembers the last press on a drawn view's controls, and shows it as pressed.
 * @param {Element} view
 * @param {(action: string) => void} pressed
 */
function keepEarlyPresses(view, pressed) {
  view.addEventListener('click', (event) => {
    const target = /** @type {Element} */ (event.target);
    /** @type {HTMLButtonElement | null} */
    const button = target.closest('button[data-action]');
    if (!button || button.disabled || !button.dataset.action) return;
    pressed(button.dataset.action);
    for (const other of view.querySelectorAll('.vd-answers button')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}
