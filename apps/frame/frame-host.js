// @ts-check
// On the embedding page of the iframe option (optional, where a script is allowed):
// - sizes each verdict frame to the height its content reports;
// - answers a verdict frame's hello with this page's address, sent to that frame's origin only,
//   so the widget in it shares links to this post (and opens the result a shared link carries).
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || typeof data.type !== 'string') return;
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
  if (!frame) return;
  if (data.type === 'verdict:height' && Number.isFinite(data.height)) {
    frame.style.height = `${Math.max(0, Math.min(data.height, 20000))}px`;
  } else if (data.type === 'verdict:hello' && new URL(frame.src, location.href).origin === event.origin) {
    frame.contentWindow?.postMessage({ type: 'verdict:host', href: location.href }, event.origin);
  }
});
