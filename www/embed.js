// The iframe embed: builds a <dramatis-widget> from the query string and tells the
// parent page how tall it is, so the iframe never scrolls on its own.
//
// Height messages (sent on load and whenever the height changes):
//   Pym.js:  "pymxPYMx<childId>xPYMxheightxPYMx<px>"  (childId from ?childId=, as Pym sets it)
//   AMP:     {sentinel: "amp", type: "embed-size", height: <px>}
import './dramatis.js';

const params = new URLSearchParams(location.search);
const mountPoint = document.getElementById('dramatis-embed');
const widget = document.createElement('dramatis-widget');
for (const name of ['src', 'view', 'theme', 'lang']) {
  const v = params.get(name);
  if (v) widget.setAttribute(name, v);
}
// No host article inside an iframe: `article="none"` turns auto mode off, so the
// widget shows the `src` story alone instead of reading the embed page itself.
widget.setAttribute('article', 'none');
mountPoint.append(widget);

const childId = params.get('childId') ?? '';
let last = -1;
function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}
new ResizeObserver(postHeight).observe(document.documentElement);
window.addEventListener('load', postHeight);
