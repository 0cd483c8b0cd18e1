// @ts-check
// verdict's loader, shipped as dist/embed.js (esbuild bundles these modules; the build writes in
// the hashed file names, see scripts/embed-loader.mjs). Paste
// <script type="module" src=".../embed.js"></script> once: it defines the <verdict-widget>
// custom element, and every such element (and every element with data-verdict) becomes a
// decision widget, whenever it arrives on the page. The surface (attributes, properties,
// methods, events, CSS properties) is described in custom-elements.json.
//
// Importing this module where there is no DOM (server-side rendering in Astro or Next) does
// nothing; a second copy on the page (or a second version) leaves the first in charge.
import { VERSION } from 'verdict:build';
import { checkerRuntime } from './assets.js';
import { definedBy, install, TAG } from './element.js';
import { scrollToPageAnchor } from './anchor.js';

export { setBasePath } from './assets.js';

/** This package's version (package.json). */
export const version = VERSION;

/**
 * Checks a comparison with the widget's own rules and messages, without showing it (editors use
 * it: the WordPress block lists problems before the post is saved).
 * @param {string | object} content the comparison, as JSON text or as an object
 * @returns {Promise<{ problems: { path: string, message: string }[] }>}
 */
export async function check(content) {
  const json = typeof content === 'string' ? content : JSON.stringify(content);
  return (await checkerRuntime()).check(json);
}

if (typeof window !== 'undefined' && typeof customElements !== 'undefined') {
  const defined = definedBy();
  if (defined === true) {
    // Another copy (or version) of embed.js is here first: it runs every widget on the page.
    console.info(`verdict: embed.js ${version} was loaded again on this page; the first copy runs the widgets.`);
  } else if (defined === false) {
    console.error(
      `verdict: another script has already defined <${TAG}> on this page, so verdict's widgets cannot start here. ` +
        'Remove that script, or load embed.js before it.',
    );
  } else {
    await install();
    // Once the widgets hold their places (their stylesheet here, each at its first view's size),
    // so the anchor stays where it was scrolled to when they start.
    scrollToPageAnchor();
  }
}
