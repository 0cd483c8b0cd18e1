// On the embedding page: sizes each verdict iframe to the height its content reports.
// Optional: without it the iframe keeps the height written in the snippet.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'verdict:height' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.max(0, Math.min(data.height, 20000))}px`;
    }
  }
});
