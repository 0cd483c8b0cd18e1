// @ts-check
// guide.html: a comparison someone made, opened from the link they shared (or a file named by
// `?src=`): the widget, full page, with a line saying who wrote it and a way to make one's own.
import { LinkProblem, titleOf, widgetFor } from './linked.js';

const host = /** @type {HTMLElement} */ (document.getElementById('guide-widget'));
const notice = /** @type {HTMLElement} */ (document.getElementById('guide-notice'));
widgetFor(location, { loading: 'eager' }).then(({ widget, json }) => {
  const title = titleOf(json);
  if (title) document.title = `${title} · decision guide`;
  host.replaceChildren(widget);
}, (error) => {
  notice.textContent = error instanceof LinkProblem ? error.message : 'This guide could not be opened.';
  notice.hidden = false;
  host.replaceChildren();
});
