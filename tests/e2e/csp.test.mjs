// Strict CSP (issue 7): tests/e2e/pages/csp.html is served with
//   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// and the widget works fully: it renders, is styled (a constructable stylesheet adopted by
// the shadow root, no <style> element), its panels are styled, "Show in article" works,
// and the browser reports no CSP violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, report, waitFor, TEST_TIMEOUT, CARD } from './helpers.mjs';
import { waitSettled, widgetView } from './robust.mjs';
import { CSP } from './server.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });


test('strict CSP: the widget renders and is styled, with no violation', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await openPage(browser, 'tests/e2e/pages/csp.html');
  const { page, resp } = opened;
  try {
    assert.equal(resp.headers()['content-security-policy'], CSP, 'the page is served with the strict policy');
    await waitFor(page, CARD);
    await waitSettled(page, 'dramatis-widget, [data-dramatis]');
    const styled = await page.evaluate(() => [...document.querySelectorAll('dramatis-widget, [data-dramatis]')].map((w) => {
      const r = w.shadowRoot;
      const root = r.querySelector('.dramatis');
      const cs = root && getComputedStyle(root);
      return {
        id: w.id,
        adopted: r.adoptedStyleSheets.length,
        styleElements: r.querySelectorAll('style').length,
        radius: cs?.borderTopLeftRadius,
        padding: cs?.paddingTop,
        cards: r.querySelectorAll('figure.card').length,
        items: r.querySelectorAll('[role=treeitem]').length,
        panelBg: (() => { const p = r.querySelector('.error-panel'); return p ? getComputedStyle(p).backgroundColor : null; })(),
      };
    }));
    console.log(`csp: ${JSON.stringify(styled)}`);
    for (const s of styled) {
      assert.ok(s.adopted >= 1, `${s.id}: an adopted constructable stylesheet`);
      assert.equal(s.styleElements, 0, `${s.id}: no <style> element in the shadow root`);
      assert.equal(s.radius, '14px', `${s.id}: the widget's CSS applies`);
      assert.equal(s.padding, '16px', `${s.id}: the widget's CSS applies`);
    }
    const byId = Object.fromEntries(styled.map((s) => [s.id, s]));
    assert.ok(byId.auto.cards >= 3 && byId.auto.items >= 2, 'auto mode: cards and tree');
    assert.ok(byId.curated.cards >= 2, 'curated story fetched under connect-src self');
    assert.ok(byId.fallback.items >= 2, 'the <div data-dramatis> fallback works');
    const broken = await widgetView(page, '#broken');
    assert.match(broken.panel ?? '', /HTTP 404/);
    assert.notEqual(byId.broken.panelBg, 'rgba(0, 0, 0, 0)', 'the error panel is styled');

    // "Show in article" marks the words (CSS Custom Highlight API, styled by an adopted
    // stylesheet) or outlines the paragraph (CSSOM): both allowed by style-src 'self'.
    await page.locator('#auto .btn-show').first().click();
    const shown = await page.waitForFunction(() => {
      const h = globalThis.CSS?.highlights?.get?.('dramatis');
      if (h && h.size > 0) return 'highlight';
      const el = document.querySelector('#story [data-dramatis-highlight]');
      return el && getComputedStyle(el).outlineStyle === 'solid' ? 'outline' : false;
    }, null, { timeout: 5000 });
    console.log(`csp: show in article: ${await shown.jsonValue()}`);

    const violations = await page.evaluate(() => window.__violations);
    console.log(`csp: violations: ${JSON.stringify(violations)}`);
    assert.deepEqual(violations, [], 'no CSP violation');
    assert.deepEqual(opened.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e)), []);
    assert.deepEqual(opened.pageErrors, []);
  } finally {
    report('csp', opened);
    await opened.context.close();
  }
});

test('strict CSP: a panic panel and the loading message are styled without inline styles', { timeout: TEST_TIMEOUT }, async () => {
  // The lifecycle page under the same policy (?csp=1), with a panicking widget.
  const opened = await openPage(browser, 'tests/e2e/pages/panic.html?csp=1');
  const { page, resp } = opened;
  try {
    assert.equal(resp.headers()['content-security-policy'], CSP);
    await page.evaluate(async () => {
      for (const [id, panic] of [['ok', null], ['boom', 'render']]) {
        const w = document.createElement('dramatis-widget');
        w.id = id;
        w.setAttribute('article', '#story');
        if (panic) w.setAttribute('data-debug-panic', panic);
        document.getElementById('widgets').append(w);
      }
      await import('/www/dramatis.js');
    });
    await page.waitForFunction(() => document.getElementById('boom').shadowRoot?.querySelector('.error-panel'), null, { timeout: 30_000 });
    await waitSettled(page);
    const bg = await page.evaluate(() => getComputedStyle(document.getElementById('boom').shadowRoot.querySelector('.error-panel')).backgroundColor);
    assert.equal(bg, 'rgb(253, 236, 236)', 'the panic panel is styled through CSSOM');
    assert.ok((await widgetView(page, '#ok')).cards >= 3);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
  } finally {
    report('csp panic', opened);
    await opened.context.close();
  }
});
