// @ts-check
// The demo page's pickers. Bundled by the build as a classic script (scripts/post-build.mjs) and
// run while the page is parsed, before embed.js mounts the widget, so the widget starts with the
// chosen content and language:
//   ?content=<id>  a bundled comparison (only the ids listed here, so the address cannot point
//                  the widget at another file);
//   ?locale=<tag>  the language of the widget's own words (the content stays as written).
import { subtag } from '../apps/widget/loader/src/tags.js';

/** @type {Record<string, string>} */
const bundled = { 'django-flask-fastapi': 'content/django-flask-fastapi.json' };
const params = new URLSearchParams(location.search);
const widget = document.querySelector('verdict-widget');
const id = params.get('content');
const src = id ? bundled[id] : undefined;
const locale = params.get('locale');
if (widget && src) widget.setAttribute('src', src);
if (widget && locale) widget.setAttribute('locale', locale);
// The pre-rendered first view is the default comparison in English: drop it for another pick.
if (widget?.shadowRoot && (src || locale)) widget.shadowRoot.replaceChildren();
/** @type {HTMLSelectElement | null} */
const languages = document.querySelector('#page-locale');
// The picker lists languages; a tag with a region (ar-EG, pt-BR) shows as its language.
const primary = subtag(locale || 'en');
const known = !!languages && [...languages.options].some((o) => o.value === primary);
const current = { content: src ? id : 'django-vs-flask', locale: known && locale ? locale : 'en' };
document.querySelectorAll('[data-pick]').forEach((link) => {
  const value = link.getAttribute('data-pick') ?? '';
  // Each comparison link keeps the language picked.
  const next = new URLSearchParams();
  if (value !== 'django-vs-flask') next.set('content', value);
  if (current.locale !== 'en') next.set('locale', current.locale);
  const query = next.toString();
  link.setAttribute('href', query ? `./?${query}` : './');
  if (current.content === value) link.setAttribute('aria-current', 'true');
});
// The language form keeps the comparison picked (its hidden field is sent only then).
if (languages?.form) {
  languages.value = known ? primary : 'en';
  const hidden = /** @type {HTMLInputElement | null} */ (languages.form.elements.namedItem('content'));
  if (hidden) hidden.disabled = current.content === 'django-vs-flask';
}
