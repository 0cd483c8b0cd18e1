// The demo page's pickers. Runs while the page is parsed, before embed.js mounts the widget, so
// the widget starts with the chosen content and language:
//   ?content=<id>  a bundled comparison (only the ids listed here, so the address cannot point
//                  the widget at another file);
//   ?locale=<tag>  the language of the widget's own words (the content stays as written).
(function () {
  var bundled = { 'django-flask-fastapi': 'content/django-flask-fastapi.json' };
  var params = new URLSearchParams(location.search);
  var widget = document.querySelector('verdict-widget');
  var id = params.get('content');
  var src = bundled[id];
  var locale = params.get('locale');
  if (widget && src) widget.setAttribute('src', src);
  if (widget && locale) widget.setAttribute('locale', locale);
  // The pre-rendered first view is the default comparison in English: drop it for another pick.
  if (widget && widget.shadowRoot && (src || locale)) widget.shadowRoot.replaceChildren();
  var languages = document.getElementById('page-locale');
  // The picker lists languages; a tag with a region (ar-EG, pt-BR) shows as its language.
  var primary = (locale || 'en').split(/[-_]/)[0].toLowerCase();
  var known = languages && Array.prototype.some.call(languages.options, function (o) { return o.value === primary; });
  var current = { content: src ? id : 'django-vs-flask', locale: known ? locale : 'en' };
  document.querySelectorAll('[data-pick]').forEach(function (link) {
    var value = link.getAttribute('data-pick');
    // Each comparison link keeps the language picked.
    var next = new URLSearchParams();
    if (value !== 'django-vs-flask') next.set('content', value);
    if (current.locale !== 'en') next.set('locale', current.locale);
    var query = next.toString();
    link.setAttribute('href', query ? './?' + query : './');
    if (current.content === value) link.setAttribute('aria-current', 'true');
  });
  // The language form keeps the comparison picked (its hidden field is sent only then).
  if (languages) {
    languages.value = known ? primary : 'en';
    languages.form.elements.content.disabled = current.content === 'django-vs-flask';
  }
})();
