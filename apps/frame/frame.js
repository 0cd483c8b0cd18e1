// @ts-check
// Runs inside frame.html (the iframe option):
// - tells the embedding page how tall the content is whenever that changes, so frame-host.js can
//   size the iframe with no inner scrollbar (only the height is sent: any origin may see it);
// - asks the embedding page for its address. frame-host.js answers (to this frame's origin only):
//   the widget's "Copy link" then gives the post's address, not this bare frame's, and a result in
//   the post's address (a shared link opened) is handed to the widget here.
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  parent.postMessage({ type: 'verdict:height', height }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
report();

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
  // The link the widget shares: the post's address, with its part of the fragment (src/web/address.rs).
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
