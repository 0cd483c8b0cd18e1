// The demo page's comparison picker. Runs while the page is parsed, before embed.js mounts the
// widget, so the widget starts with the chosen content: `?content=<id>` picks a bundled file.
// Only ids listed here are loaded, so the address cannot point the widget at another file.
(function () {
  var bundled = { 'django-flask-fastapi': 'content/django-flask-fastapi.json' };
  var id = new URLSearchParams(location.search).get('content');
  var widget = document.querySelector('verdict-widget');
  var src = bundled[id];
  if (widget && src) widget.setAttribute('src', src);
  var current = src ? id : 'django-vs-flask';
  document.querySelectorAll('[data-pick]').forEach(function (link) {
    if (link.getAttribute('data-pick') === current) link.setAttribute('aria-current', 'page');
  });
})();
