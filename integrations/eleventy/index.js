// verdict for Eleventy 3: `eleventyConfig.addPlugin(verdict, { loader: 'cdn' | 'local' })`.
//
// - {% verdict "django-vs-flask.json" %}: the comparison in a file, relative to the template
//   (else to the project); options after it, as an object (Nunjucks, JavaScript) or as
//   "id=framework locale=ur" (Liquid): id, locale, layout, parts.
// - {% verdictInline %}{ … }{% endverdictInline %}: the comparison written in the post.
// - Each is checked during the build (a broken comparison fails it, with the checker's message
//   and path, naming the template) and its first view is drawn in (no browser needed).
// - The loader goes once into the <head> of each page that has a widget, with
//   blocking="render": the first paint shows each widget at its size.
// - loader: 'local' copies the widget's files into the site (at `path`, /assets/verdict/ by
//   default); 'cdn' takes them from jsDelivr, this package's version. `base` names another place.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cdn, render } from '../../cli/lib.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** "id=framework locale=ur" or { id: 'framework' }: the element's attributes. */
function options(given) {
  if (!given) return {};
  if (typeof given === 'object') return given;
  return Object.fromEntries(String(given).split(/\s+/).filter(Boolean).map((pair) => pair.split('=')));
}

/** The element, or an error naming the template and the comparison's problems. */
async function widget(page, content, name, given, base) {
  const { id, locale, layout, parts } = options(given);
  try {
    return await render({ content, name, base, id, locale, layout, parts });
  } catch (error) {
    throw new Error(`verdict: ${page?.inputPath ?? 'a template'}: the comparison cannot be used\n${error.message}`, { cause: error });
  }
}

/**
 * @param {object} eleventyConfig
 * @param {{ loader?: 'cdn' | 'local', path?: string, base?: string }} [settings]
 */
export default function verdict(eleventyConfig, { loader = 'cdn', path = '/assets/verdict/', base } = {}) {
  const folder = path.endsWith('/') ? path : `${path}/`;
  const files = base ?? (loader === 'local'
    ? eleventyConfig.pathPrefix && eleventyConfig.pathPrefix !== '/' ? join(eleventyConfig.pathPrefix, folder) : folder
    : cdn);
  if (loader === 'local' && !base) eleventyConfig.addPassthroughCopy({ [DIST]: folder.replace(/^\//, '') });

  eleventyConfig.addShortcode('verdict', async function (src, given) {
    const beside = this.page?.inputPath ? resolve(dirname(this.page.inputPath), src) : null;
    const file = beside && existsSync(beside) ? beside : resolve(src);
    if (!existsSync(file)) {
      throw new Error(`verdict: ${this.page?.inputPath ?? 'a template'}: no comparison file "${src}" (looked next to it and in the project)`);
    }
    return widget(this.page, readFileSync(file, 'utf8'), src, given, files);
  });

  eleventyConfig.addPairedShortcode('verdictInline', async function (json, given) {
    return widget(this.page, json, `${this.page?.inputPath ?? 'template'} (inline)`, given, files);
  });

  // The loader, once, in the head of each page with a widget.
  eleventyConfig.addTransform('verdict-loader', function (html) {
    const out = this.page?.outputPath ?? '';
    if (!String(out).endsWith('.html') || !html.includes('<verdict-widget')) return html;
    const tag = `<script type="module" src="${files}embed.js" blocking="render"></script>`;
    if (html.includes(tag)) return html;
    return html.includes('</head>') ? html.replace('</head>', `${tag}</head>`) : `${tag}${html}`;
  });
}
