// Shared helpers of the robustness tests (issue 7): faults, panic, size, csp, lifecycle.
import { RENDER_TIMEOUT } from './helpers.mjs';

/** The served URL of the loader, for pages that import it late. */
export const LOADER = '/www/dramatis.js';

/**
 * Adds one <dramatis-widget> per spec ({id, attrs}) into `slot`; then imports the loader
 * unless `load` is false (custom elements upgrade whenever it comes).
 */
export async function addWidgets(page, specs, slot = 'body', { load = true } = {}) {
  await page.evaluate(({ specs, slot }) => {
    const host = document.querySelector(slot);
    for (const s of specs) {
      const w = document.createElement('dramatis-widget');
      w.id = s.id;
      for (const [k, v] of Object.entries(s.attrs ?? {})) w.setAttribute(k, v);
      host.append(w);
    }
  }, { specs, slot });
  if (load) await loadWidgets(page);
}

/** Imports the loader into the page. */
export async function loadWidgets(page) {
  await page.evaluate((loader) => import(loader).then(() => undefined), LOADER);
}

/** Waits until every widget matching `selector` has left the loading state. */
export async function waitSettled(page, selector = 'dramatis-widget', timeout = RENDER_TIMEOUT) {
  await page.waitForFunction((sel) => {
    const ws = [...document.querySelectorAll(sel)];
    return ws.length > 0 && ws.every((w) => {
      const st = w.getAttribute('data-state');
      return (st === 'ready' || st === 'error') && w.shadowRoot && w.shadowRoot.querySelector('.dramatis, .error-panel');
    });
  }, selector, { timeout });
}

/** What a widget shows: its state, error panel text, card count, tree items, partial note. */
export async function widgetView(page, selector) {
  return page.evaluate((sel) => {
    const w = document.querySelector(sel);
    const r = w?.shadowRoot;
    const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
    return {
      state: w?.getAttribute('data-state') ?? null,
      panel: text(r?.querySelector('.error-panel[role=alert]')),
      cards: r ? r.querySelectorAll('figure.card').length : 0,
      treeitems: r ? r.querySelectorAll('[role=treeitem]').length : 0,
      partial: text(r?.querySelector('.d-partial')),
      rendered: !!r?.querySelector('.dramatis'),
    };
  }, selector);
}

/** innerHTML of the host page outside the widgets (and of `article`), to compare. */
export async function hostSnapshot(page, article = 'article') {
  return page.evaluate((sel) => {
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll('dramatis-widget, [data-dramatis]').forEach((w) => w.replaceWith(document.createComment('widget')));
    return { article: document.querySelector(sel)?.innerHTML ?? null, body: copy.innerHTML, title: document.title };
  }, article);
}
