// @ts-check
// frame.html (the iframe option, and the page a linked comparison is framed in): shows the
// comparison the frame's address gives (`#guide=…` from a link, `?src=` a file), else the
// built-in example, and behaves as a framed page does (framed.js).
import './framed.js';
import { LinkProblem, widgetFor } from './linked.js';

const host = /** @type {HTMLElement} */ (document.getElementById('frame-widget'));
widgetFor(location, { loading: 'eager' }).then(({ widget }) => host.replaceChildren(widget), (error) => {
  const notice = document.createElement('p');
  notice.className = 'frame-notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = error instanceof LinkProblem ? error.message : 'This guide could not be opened.';
  host.replaceChildren(notice);
});
