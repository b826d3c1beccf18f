// Size (issue 7): a 5 MB live blog of 20,000 paragraphs loads without blocking the page
// for more than 200 ms at a time (long tasks measured with PerformanceObserver), and
// above the documented limit (README "Limits": 600 paragraphs or 100 KB of text) the
// widget reads the first part only and says so. Pages from tests/e2e/server.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, report } from './helpers.mjs';
import { addWidgets, waitSettled, widgetView } from './robust.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const LONG_TASK_BUDGET_MS = 200;

async function observeLongTasks(page) {
  await page.evaluate(() => {
    window.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
}

async function loadBig(page, query, attrs = {}) {
  await page.goto(`${process.env.DRAMATIS_BASE_URL ?? 'http://127.0.0.1:8000'}/__e2e/big.html?${query}`, { waitUntil: 'load' });
  const size = await page.evaluate(() => ({
    bytes: new TextEncoder().encode(document.getElementById('big').textContent).length,
    paragraphs: document.querySelectorAll('#big p').length,
  }));
  await page.waitForTimeout(300); // let the parse's own long tasks finish
  await observeLongTasks(page);
  const t0 = Date.now();
  await addWidgets(page, [{ id: 'w', attrs: { article: '#big', ...attrs } }], '#slot');
  await waitSettled(page, 'dramatis-widget', 90_000);
  const ms = Date.now() - t0;
  await page.waitForTimeout(500);
  const longtasks = await page.evaluate(() => window.__longtasks);
  const ready = await page.evaluate(() => window.__dramatisReady.at(-1));
  return { size, ms, longtasks, ready, view: await widgetView(page, '#w') };
}

const CASES = [
  { name: '20,000 paragraphs / 5 MB', query: 'paragraphs=20000&chars=250', partial: /Showing a part: quotes from the first 3\d\d of about 20,00\d paragraphs.*100 KB of text/ },
  { name: '200 paragraphs of 5,000 characters (1 MB)', query: 'paragraphs=200&chars=5000', partial: /Showing a part: quotes from the first (19|20) of about 20\d paragraphs.*100 KB of text/ },
  { name: '300 paragraphs (under the limit)', query: 'paragraphs=300&chars=250', partial: null },
  { name: '20,000 paragraphs with max-paragraphs=300', query: 'paragraphs=20000&chars=250', attrs: { 'max-paragraphs': '300' }, partial: /first 300 of about 20,00\d paragraphs/ },
];

for (const c of CASES) {
  test(`size: ${c.name}`, { timeout: 180_000 }, async () => {
    let opened = await openPage(browser, 'tests/e2e/pages/faults.html');
    try {
      let r = await loadBig(opened.page, c.query, c.attrs);
      // Long tasks are wall-clock figures: on a machine shared with other builds one
      // load can stall. Best of up to 3 loads, each printed (a real regression fails all).
      for (let attempt = 2; attempt <= 3 && Math.max(0, ...r.longtasks) > LONG_TASK_BUDGET_MS; attempt++) {
        console.log(`size: ${c.name}: long tasks ${JSON.stringify(r.longtasks)} over budget; load ${attempt} of 3`);
        await opened.context.close();
        opened = await openPage(browser, 'tests/e2e/pages/faults.html');
        r = await loadBig(opened.page, c.query, c.attrs);
      }
      console.log(`size: ${c.name}: ${r.size.paragraphs} paragraphs, ${(r.size.bytes / 1e6).toFixed(2)} MB; ready in ${r.ms} ms `
        + `(read ${r.ready?.read_ms?.toFixed(0)} ms, extract ${r.ready?.extract_ms?.toFixed(0)} ms, render ${r.ready?.render_ms?.toFixed(0)} ms, ${r.ready?.paragraphs} read, ${r.view.cards} cards); `
        + `long tasks: ${JSON.stringify(r.longtasks)}; note: ${JSON.stringify(r.view.partial)}`);
      assert.equal(r.view.state, 'ready');
      assert.ok(r.view.cards > 0, 'cards rendered');
      const worst = Math.max(0, ...r.longtasks);
      assert.ok(worst <= LONG_TASK_BUDGET_MS, `the longest task took ${worst} ms (budget ${LONG_TASK_BUDGET_MS} ms): ${JSON.stringify(r.longtasks)}`);
      if (c.partial) {
        assert.match(r.view.partial ?? '', c.partial);
        assert.equal(r.ready.partial, true);
      } else {
        assert.equal(r.view.partial, null, 'no "showing a part" note under the limit');
        assert.equal(r.ready.partial, false);
        assert.equal(r.ready.paragraphs, r.size.paragraphs + 1);
      }
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      report(`size ${c.name}`, opened);
      await opened.context.close();
    }
  });
}
