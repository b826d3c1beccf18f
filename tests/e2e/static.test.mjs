// The static fallback (`dramatis render`, issue 8): the seed's render pasted inside the
// element, in the article the widget reads (tests/e2e/pages/static.html, and
// static-div.html for the <div data-dramatis> fallback; tests/render.rs keeps the pasted
// part fresh). Without JavaScript (or with the loader blocked, for axe): the quotes and the tree are visible, axe finds
// nothing, nothing is operable that would need scripts. With JavaScript: the widget
// replaces it, and auto mode does not read it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPage, report, AXE_PATH, BASE_URL, RENDER_TIMEOUT, TEST_TIMEOUT,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const PAGES = [
  { url: 'tests/e2e/pages/static.html', host: 'dramatis-widget' },
  { url: 'tests/e2e/pages/static-div.html', host: 'div[data-dramatis]' },
];
const STATIC = '.dramatis-static';

// axe needs scripts (its checks run on timers, which a script-disabled page never
// fires), so it runs on the same page with scripts on but the loader blocked, as on a
// CMS that strips the <script>: the same DOM, the static render alone.
async function axeOnStatic(url, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    await context.route('**/www/dramatis.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/${url}`, { waitUntil: 'load' });
    await page.addScriptTag({ path: AXE_PATH });
    const all = [];
    // Both colour schemes: theme="auto" is the default of the static render too.
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const found = await page.evaluate(async (sel) => {
        const r = await window.axe.run({ include: [[sel]] }, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target) + ' ' + (n.failureSummary || '')) }));
      }, STATIC);
      all.push(...found.map((v) => ({ ...v, id: `${v.id} (${colorScheme})` })));
    }
    return all;
  } finally {
    await context.close();
  }
}

for (const { url, host } of PAGES) {
  for (const width of [1280, 375]) {
    test(`without JavaScript (${host}, ${width}px): the static render is readable, accessible and inert`, { timeout: TEST_TIMEOUT }, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${BASE_URL}/${url}`, { waitUntil: 'load' });
        const root = page.locator(`${host} > ${STATIC}`);
        await root.waitFor({ state: 'visible', timeout: 5_000 });
        // The quotes, each with its speaker and role, and the actor tree: visible.
        const cards = root.locator('figure.card');
        const n = await cards.count();
        assert.ok(n >= 10, `${n} cards`);
        for (const i of [0, n - 1]) {
          const card = cards.nth(i);
          assert.ok(await card.isVisible(), `card ${i} visible`);
          assert.ok((await card.locator('blockquote').innerText()).trim().length > 3);
          assert.ok((await card.locator('.speaker-name').innerText()).trim().length > 0);
          assert.match(await card.locator('.card-para').innerText(), /paragraph \d+/);
        }
        const items = root.locator('ul.tree li');
        assert.ok((await items.count()) >= 10);
        // Every branch open (no scripts to open one): the deepest item shows too.
        assert.ok(await items.last().isVisible(), 'last tree item visible');
        assert.ok(await root.locator('ul.tree ul.group li').first().isVisible(), 'nested items visible');
        // Nothing operable that would need scripts; <details> works without them.
        const dead = await root.locator('button, input, select, textarea, a[href], [tabindex], [role=button], [role=tree], [role=treeitem], [aria-expanded], [contenteditable]').count();
        assert.equal(dead, 0, 'interactive elements in the static render');
        const details = root.locator('details.context-static').first();
        assert.equal(await details.evaluate((d) => d.open), false);
        await details.locator('summary').click();
        assert.equal(await details.evaluate((d) => d.open), true, '<details> opens without scripts');
        await details.locator('summary').click();
        // axe: no violation of any impact.
        const violations = await axeOnStatic(url, width);
        for (const v of violations) console.log(`- [${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}`);
        assert.deepEqual(violations.map((v) => `${v.impact}: ${v.id}`), [], 'axe violations in the static render');
      } finally {
        await context.close();
      }
    });
  }

  test(`with JavaScript (${host}): the static render shows while loading, then the widget replaces it and auto mode ignores it`, { timeout: TEST_TIMEOUT }, async () => {
    const opened = await openPage(browser, url);
    const { page } = opened;
    try {
      // Ready: the widget rendered into its shadow root.
      await page.waitForFunction(() => window.__dramatisReady.length >= 1, null, { timeout: RENDER_TIMEOUT });
      const first = await page.evaluate(() => window.__dramatisReady[0]);
      const seen = await page.evaluate(([h, s]) => {
        const el = document.querySelector(h);
        return {
          state: el.getAttribute('data-state'),
          shadowCards: el.shadowRoot.querySelectorAll('figure.card').length,
          slots: el.shadowRoot.querySelectorAll('slot').length,
          staticCards: el.querySelectorAll(`:scope > ${s} figure.card`).length,
        };
      }, [host, STATIC]);
      assert.equal(seen.state, 'ready');
      assert.equal(seen.slots, 0, 'no slot left once the widget rendered');
      assert.ok(seen.shadowCards > 0);
      // The static copy is still in the light DOM, but shown nowhere.
      assert.ok(seen.staticCards > 0);
      assert.equal(await page.locator(`${host} > ${STATIC}`).isVisible(), false, 'static render still visible');
      const box = await page.locator(`${host} > ${STATIC} figure.card`).first().boundingBox();
      assert.equal(box, null, 'a static card still has a box');
      // Auto mode read the article, not the pasted copy: the same count as without it.
      assert.equal(first.quotes, seen.shadowCards);
      assert.equal(first.quotes, seen.staticCards, 'the seed render and the article have the same quotes');
      await page.evaluate(async ([h, s]) => {
        const el = document.querySelector(h);
        el.querySelector(`:scope > ${s}`).remove();
        const { refresh } = await import('/www/dramatis.js');
        refresh(el);
      }, [host, STATIC]);
      await page.waitForFunction(() => window.__dramatisReady.length >= 2, null, { timeout: RENDER_TIMEOUT });
      const second = await page.evaluate(() => window.__dramatisReady[1]);
      assert.equal(second.quotes, first.quotes, 'auto mode counted the static render');
      assert.equal(second.paragraphs, first.paragraphs);
      assert.deepEqual(opened.pageErrors, []);
    } finally {
      report(`static ${host}`, opened);
      await opened.context.close();
    }
  });

  test(`with JavaScript (${host}): when the wasm cannot load, the static render stays under the error panel`, { timeout: TEST_TIMEOUT }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/dramatis_core_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    try {
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/${url}`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction((h) => document.querySelector(h)?.getAttribute('data-state') === 'error', host, { timeout: RENDER_TIMEOUT });
      const panel = await page.locator(`${host} .error-panel[role=alert]`).textContent();
      assert.match(panel, /could not start.*404.*static version/s);
      assert.ok(await page.locator(`${host} > ${STATIC} figure.card`).first().isVisible(), 'the static render is still readable');
    } finally {
      await context.close();
    }
  });

  test(`with JavaScript (${host}): while the wasm loads, the static render stays visible`, { timeout: TEST_TIMEOUT }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    let release;
    const held = new Promise((r) => { release = r; });
    await context.route('**/dramatis_core_bg.wasm', async (route) => { await held; await route.continue(); });
    try {
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/${url}`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction((h) => document.querySelector(h)?.getAttribute('data-state') === 'loading', host, { timeout: RENDER_TIMEOUT });
      assert.ok(await page.locator(`${host} > ${STATIC} figure.card`).first().isVisible(), 'static render hidden while loading');
      release();
      await page.waitForFunction((h) => document.querySelector(h)?.getAttribute('data-state') === 'ready', host, { timeout: RENDER_TIMEOUT });
      assert.equal(await page.locator(`${host} > ${STATIC}`).isVisible(), false);
    } finally {
      release();
      await context.close();
    }
  });
}
