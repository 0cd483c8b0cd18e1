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
  var current = { content: src ? id : 'django-vs-flask', locale: locale === 'ur' ? 'ur' : 'en' };
  document.querySelectorAll('[data-pick]').forEach(function (link) {
    var kind = link.getAttribute('data-kind');
    var value = link.getAttribute('data-pick');
    // Each link keeps the other picker's choice.
    var next = new URLSearchParams();
    var content = kind === 'content' ? value : current.content;
    var lang = kind === 'locale' ? value : current.locale;
    if (content !== 'django-vs-flask') next.set('content', content);
    if (lang !== 'en') next.set('locale', lang);
    var query = next.toString();
    link.setAttribute('href', query ? './?' + query : './');
    if (current[kind] === value) link.setAttribute('aria-current', 'true');
  });
})();
