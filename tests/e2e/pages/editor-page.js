// Builds the editor test page from the query string, then adds the widget.
const params = new URLSearchParams(location.search);
if (params.has('extra')) {
  const p = document.createElement('p');
  p.textContent = '\u201CWe are ready to talk again,\u201D Jane Roe said on Friday.';
  document.getElementById('story').append(p);
}
const widget = document.createElement('dramatis-widget');
widget.setAttribute('article', '#story');
if (params.has('editable')) widget.setAttribute('editable', '');
if (params.get('src')) widget.setAttribute('src', params.get('src'));
document.querySelector('main').append(widget);
await import('../../../www/dramatis.js');
