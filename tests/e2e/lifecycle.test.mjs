// Lifecycle (issue 7): several widgets on one page, an element removed and added again,
// the article changing after load (refresh() and the `watch` attribute), with no leaked
// event listeners or observers. The test page wraps EventTarget.prototype.addEventListener /
// removeEventListener (and MutationObserver) before the widget loads and counts the
// registrations that are still live on a connected target.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, report, TEST_TIMEOUT } from './helpers.mjs';
import { waitSettled, widgetView } from './robust.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

function instrument() {
  const live = new Map(); // key -> target
  const ids = new WeakMap();
  let next = 0;
  const idOf = (o) => { if (!ids.has(o)) ids.set(o, ++next); return ids.get(o); };
  const keyOf = (t, type, fn, opts) => `${idOf(t)}|${type}|${fn ? idOf(fn) : 0}|${typeof opts === 'boolean' ? opts : !!opts?.capture}`;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  window.__listeners = { added: 0, removed: 0 };
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    if (fn && !(typeof opts === 'object' && opts?.once)) {
      // Registered by the widget (its loader or its wasm glue), or by the page/test harness.
      const ours = /\/www\//.test(new Error().stack);
      live.set(keyOf(this, type, fn, opts), { t: this, ours });
    }
    window.__listeners.added++;
    return add.call(this, type, fn, opts);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, opts) {
    live.delete(keyOf(this, type, fn, opts));
    window.__listeners.removed++;
    return remove.call(this, type, fn, opts);
  };
  const observers = new Set();
  const observe = MutationObserver.prototype.observe;
  const disconnect = MutationObserver.prototype.disconnect;
  MutationObserver.prototype.observe = function (...a) { if (/\/www\//.test(new Error().stack)) observers.add(this); return observe.apply(this, a); };
  MutationObserver.prototype.disconnect = function () { observers.delete(this); return disconnect.call(this); };
  // Live = registered by the widget and not removed, on a target still in the document
  // (or not a node: window, document, media queries). Listeners left on a node that has
  // left the document go with it.
  window.__liveListeners = () => {
    let n = 0;
    const where = new Set();
    for (const [k, { t, ours }] of live) {
      if (!ours || (t instanceof Node && !t.isConnected)) continue;
      n++;
      where.add(`${t.constructor.name}:${k.split('|')[1]}`);
    }
    return { live: n, observers: observers.size, ...window.__listeners, where: [...where].join(',') };
  };
}

const ALL = 'dramatis-widget, [data-dramatis]';

async function settle(page) {
  await page.waitForTimeout(50);
  await waitSettled(page, ALL);
}

test('lifecycle: remove/re-add, refresh, article changes; no leaked listeners', { timeout: TEST_TIMEOUT }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const opened = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (e) => opened.pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') opened.consoleErrors.push(m.text()); });
  await page.addInitScript(instrument);
  await page.addInitScript(() => {
    window.__dramatisReady = [];
    window.addEventListener('dramatis:ready', (e) => window.__dramatisReady.push(e.target.id), true);
  });
  try {
    await page.goto(`${process.env.DRAMATIS_BASE_URL ?? 'http://127.0.0.1:8000'}/tests/e2e/pages/lifecycle.html`, { waitUntil: 'load' });
    await settle(page);
    const views = await Promise.all(['#w1', '#w2', '#w3', '#w4'].map((s) => widgetView(page, s)));
    console.log(`lifecycle: four widgets: ${JSON.stringify(views.map((v) => [v.state, v.cards, v.treeitems]))}`);
    assert.ok(views.every((v) => v.state === 'ready'), 'all four widgets are ready');
    assert.ok(views[0].cards >= 2 && views[1].cards >= 2 && views[2].treeitems >= 2 && views[3].cards >= 2);
    const baseline = await page.evaluate(() => window.__liveListeners());
    console.log(`lifecycle: baseline listeners: ${JSON.stringify(baseline)}`);
    assert.ok(baseline.live > 0 && baseline.observers === 1, 'the count sees the widget\'s listeners and its watch observer');

    // Remove and re-add elements, ten times.
    const CYCLES = 10;
    for (let i = 0; i < CYCLES; i++) {
      await page.evaluate(async () => {
        const slot = document.getElementById('widgets');
        const w2 = document.getElementById('w2');
        const w4 = document.getElementById('w4');
        w2.remove();
        w4.remove();
        await new Promise((r) => setTimeout(r, 10));
        slot.append(w2);
        slot.append(w4);
        window.__dramatisUpgrade ??= (await import('/www/dramatis.js'));
        // A <div data-dramatis> is not a custom element: re-mount it explicitly.
        window.__dramatisUpgrade.refresh(w4);
      });
      await settle(page);
    }
    // A move inside the page (remove + add in one task) does not re-mount.
    const readyBefore = await page.evaluate(() => window.__dramatisReady.length);
    await page.evaluate(() => { const w1 = document.getElementById('w1'); document.getElementById('widgets').append(w1); });
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.__dramatisReady.length), readyBefore, 'a move in one task keeps the mounted widget');
    // refresh(), ten times.
    for (let i = 0; i < CYCLES; i++) {
      await page.evaluate(() => document.getElementById('w1').refresh());
      await settle(page);
    }
    const afterCycles = await page.evaluate(() => window.__liveListeners());
    console.log(`lifecycle: after ${CYCLES} remove/add cycles and ${CYCLES} refreshes: ${JSON.stringify(afterCycles)}`);
    assert.equal(afterCycles.live, baseline.live, 'no listener leaked on a live target');
    assert.equal(afterCycles.observers, baseline.observers, 'no MutationObserver leaked');

    // The article changes: w3 (watch) re-reads it by itself; w1 on refresh().
    const beforeChange = await Promise.all(['#w1', '#w3'].map((s) => widgetView(page, s)));
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '“We will walk out of the talks,” said Chancellor Petra Novak of Freedonia.';
      document.getElementById('story').append(p);
    });
    await page.waitForFunction((n) => document.getElementById('w3').shadowRoot.querySelectorAll('[role=treeitem]').length > n, beforeChange[1].treeitems, { timeout: 10_000 });
    const w3 = await widgetView(page, '#w3');
    console.log(`lifecycle: watch: ${beforeChange[1].treeitems} -> ${w3.treeitems} actors after the article changed`);
    assert.equal((await widgetView(page, '#w1')).cards, beforeChange[0].cards, 'w1 (no watch) keeps its story until refresh()');
    await page.evaluate(() => document.getElementById('w1').refresh());
    await page.waitForFunction((n) => document.getElementById('w1').shadowRoot.querySelectorAll('figure.card').length > n, beforeChange[0].cards, { timeout: 10_000 });
    console.log(`lifecycle: refresh(): ${beforeChange[0].cards} -> ${(await widgetView(page, '#w1')).cards} cards`);

    // Removing for good releases everything the widgets added.
    await page.evaluate(() => document.getElementById('widgets').replaceChildren());
    await page.waitForTimeout(200);
    const gone = await page.evaluate(() => window.__liveListeners());
    console.log(`lifecycle: after removing every widget: ${JSON.stringify(gone)}`);
    assert.equal(gone.observers, 0, 'the watch observer is disconnected');
    assert.equal(gone.live, 0, 'no listener of the widget is left on the page');
    assert.deepEqual(opened.pageErrors, []);
  } finally {
    report('lifecycle', opened);
    await context.close();
  }
});
