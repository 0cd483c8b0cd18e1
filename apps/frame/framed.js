// @ts-check
// What a page does when it is framed (frame.html, and the embed page `verdict publish` writes):
// - tells the embedding page how tall the content is whenever that changes: our own message for
//   frame-host.js, and WordPress's (`{message: 'height', value, secret}`, the secret from the
//   `#?secret=…` WordPress adds) for a post that embeds the page by URL. Only the height is sent:
//   any origin may see it. Inside `sandbox="allow-scripts"` without same-origin the page still
//   runs (storage throws; the widget keeps nothing);
// - gives the widget's "Copy link" this comparison's own page (the page's canonical address, or
//   for a linked comparison its guide.html) until a host answers;
// - asks the embedding page for its address. frame-host.js answers (to this frame's origin only):
//   "Copy link" then gives the post's address, and a result the post's address carries (a shared
//   link opened) is handed to the widget here.
import { given } from './linked.js';

const secret = location.hash.match(/[#&?]secret=([A-Za-z0-9]+)/)?.[1];
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  parent.postMessage({ type: 'verdict:height', height }, '*');
  if (secret) parent.postMessage({ message: 'height', value: height, secret }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
report();

const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
const own = given(location);
if (canonical) {
  document.documentElement.setAttribute('data-verdict-share-base', new URL(canonical, location.href).href);
} else if (own) {
  const page = new URL('guide.html', location.href);
  if (own.kind === 'src') page.search = `?src=${encodeURIComponent(own.url)}`;
  else page.hash = `guide=${own.value}`;
  document.documentElement.setAttribute('data-verdict-share-base', page.href);
}

let answered = false;
addEventListener('message', (event) => {
  const data = event.data;
  if (event.source !== parent || parent === window || !data || data.type !== 'verdict:host') return;
  answered = true;
  let post;
  try {
    post = new URL(data.href);
  } catch {
    return;
  }
  if (post.protocol !== 'https:' && post.protocol !== 'http:') return;
  // The link the widget shares: the post's address, with its part of the fragment (crates/web/src/address.rs).
  document.documentElement.setAttribute('data-verdict-share-base', post.href);
  // A widget's part of the post's fragment (a shared link): handed to the widget, which reads the
  // address on start and follows it afterwards (popstate).
  const ours = post.hash.slice(1).split('&').filter((part) => part.startsWith('vd.'));
  if (ours.length) {
    const mine = location.hash.slice(1).split('&').filter((part) => part && !part.startsWith('vd.'));
    history.replaceState(history.state, '', `#${[...mine, ...ours].join('&')}`);
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  }
});
// frame-host.js may load after this frame (it is deferred): ask again for a few seconds.
if (parent !== window) {
  let tries = 0;
  const hello = () => {
    if (answered || tries++ > 20) return;
    parent.postMessage({ type: 'verdict:hello' }, '*');
    setTimeout(hello, 250);
  };
  hello();
}
