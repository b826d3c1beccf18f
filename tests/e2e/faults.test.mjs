// `src` failures (issue 7): every way a curated story can fail shows an error panel
// naming the cause; with the article on the page, the widget still shows what it
// extracted and the panel says so; nothing of the host page changes. The fault routes
// (/__e2e/*) are served by tests/e2e/server.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, report, TEST_TIMEOUT } from './helpers.mjs';
import { addWidgets, loadWidgets, waitSettled, widgetView, hostSnapshot } from './robust.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const AUTO_NOTE = /extracted automatically from the article instead/;

// src, extra attributes, and what the panel must name.
const CASES = [
  { id: 'f404', src: '/__e2e/status/404', cause: /HTTP 404/ },
  { id: 'f500', src: '/__e2e/status/500', cause: /HTTP 500/ },
  { id: 'f503', src: '/__e2e/status/503', cause: /HTTP 503/ },
  { id: 'missing', src: 'no-such-story.json', cause: /HTTP 404/ },
  { id: 'html', src: '/__e2e/html', cause: /got HTML/ },
  { id: 'truncated', src: '/__e2e/truncated', cause: /ends too early \(truncated\?\)/ },
  { id: 'version', src: '/__e2e/story?version=7', cause: /version: schema version "7" is not supported/ },
  { id: 'dangling', src: 'dangling.story.json', cause: /actors\[0\]\.parent: unknown actor id "ministry-of-nothing".*quotes\[0\]\.speaker: unknown actor id "ghost-speaker".*relations\[0\]\.target: unknown actor id "nobody"/ },
  { id: 'cycle', src: 'cycle.story.json', cause: /parent cycle: ([abc] → ){3}[abc]/ },
  { id: 'slow', src: '/__e2e/slow?ms=5000', attrs: { 'timeout-ms': '300' }, cause: /timed out: no answer within 300 ms/ },
  { id: 'refused', src: 'http://127.0.0.1:9/story.json', cause: /the request failed/ },
  { id: 'empty', src: '/__e2e/status/204', cause: /HTTP 204|the story is empty/ },
];

test('src failures: a panel names each cause, auto mode still shows the extraction, the host page is untouched', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await openPage(browser, 'tests/e2e/pages/faults.html');
  const { page } = opened;
  try {
    await addWidgets(page, CASES.map((c) => ({ id: c.id, attrs: { src: c.src, article: '#story', ...c.attrs } })), '#widgets', { load: false });
    // Control: the same page with a good curated story.
    await addWidgets(page, [{ id: 'good', attrs: { src: '/__e2e/story', article: '#story' } }], '#widgets', { load: false });
    const before = await hostSnapshot(page, '#story');
    const t0 = Date.now();
    await loadWidgets(page);
    await waitSettled(page);
    const elapsed = Date.now() - t0;
    const after = await hostSnapshot(page, '#story');
    assert.equal(after.article, before.article, 'the article innerHTML is unchanged');
    assert.equal(after.body, before.body, 'the host page outside the widgets is unchanged');
    assert.equal(after.title, before.title);

    for (const c of CASES) {
      const v = await widgetView(page, `#${c.id}`);
      console.log(`faults: ${c.id} (${c.src}): ${v.state}, ${v.cards} cards; ${JSON.stringify(v.panel)}`);
      assert.equal(v.state, 'error', `${c.id}: data-state`);
      assert.ok(v.panel, `${c.id}: an error panel`);
      assert.match(v.panel, c.cause, `${c.id}: the panel names the cause`);
      assert.match(v.panel, new RegExp(c.src.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 20)), `${c.id}: the panel names the URL`);
      assert.match(v.panel, AUTO_NOTE, `${c.id}: the panel says the extraction is shown instead`);
      assert.ok(v.cards >= 3, `${c.id}: the extracted quotes are shown (${v.cards} cards)`);
    }
    // The slow one timed out on its own short timeout, not the default 8 s.
    assert.ok(elapsed < 7000, `all settled in ${elapsed} ms`);
    const good = await widgetView(page, '#good');
    assert.equal(good.state, 'ready');
    assert.equal(good.panel, null, 'no panel for a good story');
    assert.ok(good.cards >= 2);
    const errors = await page.evaluate(() => window.__dramatisReady.length);
    assert.equal(errors, CASES.length + 1, 'dramatis:ready fires once per widget');
    assert.deepEqual(opened.pageErrors, [], 'no uncaught errors');
  } finally {
    report('faults', opened);
    await opened.context.close();
  }
});

test('src failure without an article: the panel says there is nothing else to show', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await openPage(browser, 'tests/e2e/pages/faults.html');
  const { page } = opened;
  try {
    await addWidgets(page, [
      { id: 'noart500', attrs: { src: '/__e2e/status/500', article: '#no-such-article' } },
      { id: 'noarthtml', attrs: { src: '/__e2e/html', article: '#no-such-article' } },
    ], '#widgets');
    await waitSettled(page);
    for (const id of ['noart500', 'noarthtml']) {
      const v = await widgetView(page, `#${id}`);
      console.log(`faults: ${id}: ${JSON.stringify(v.panel)}`);
      assert.equal(v.state, 'error');
      assert.match(v.panel, /HTTP 500|got HTML/);
      assert.match(v.panel, /no element matches the article selector "#no-such-article"/);
      assert.match(v.panel, /no article on this page/);
      assert.equal(v.cards, 0);
    }
    assert.deepEqual(opened.pageErrors, []);
  } finally {
    report('faults no article', opened);
    await opened.context.close();
  }
});

test('timeout-ms defaults to about 8 s', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await openPage(browser, 'tests/e2e/pages/faults.html');
  const { page } = opened;
  try {
    const t0 = Date.now();
    await addWidgets(page, [{ id: 'slowdefault', attrs: { src: '/__e2e/slow?ms=20000', article: '#story' } }], '#widgets');
    await waitSettled(page, 'dramatis-widget', 30_000);
    const dt = Date.now() - t0;
    const v = await widgetView(page, '#slowdefault');
    console.log(`faults: default timeout after ${dt} ms: ${JSON.stringify(v.panel)}`);
    assert.match(v.panel, /timed out: no answer within 8 s/);
    assert.ok(dt >= 7500 && dt < 15000, `timed out after ${dt} ms`);
    assert.ok(v.cards >= 3);
  } finally {
    report('faults default timeout', opened);
    await opened.context.close();
  }
});
