// Records the height messages the embed posts (Pym.js strings and AMP objects).
window.__heights = [];
window.addEventListener('message', (e) => window.__heights.push(e.data));
