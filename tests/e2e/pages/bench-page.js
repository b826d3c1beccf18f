// Builds the benchmark page from the query string, then adds the widget.
const params = new URLSearchParams(location.search);
const article = document.getElementById('bench-article');
const widget = document.createElement('dramatis-widget');
window.__textBytes = 0;
if (params.get('text')) {
  const text = await (await fetch(params.get('text'))).text();
  window.__textBytes = new TextEncoder().encode(text).length;
  for (const para of text.split(/\n\s*\n/)) {
    if (!para.trim()) continue;
    const p = document.createElement('p');
    p.textContent = para.trim();
    article.append(p);
  }
  widget.setAttribute('article', '#bench-article');
}
if (params.get('story')) {
  widget.setAttribute('article', 'none');
  widget.setAttribute('src', params.get('story'));
}
document.body.append(widget);
await import('../../../www/dramatis.js');
