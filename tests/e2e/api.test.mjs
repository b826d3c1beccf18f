// The JS API beside the element (issue 8): mount(element, options) -> handle with
// update(story), select(actorId), destroy(); the dramatis:select event for host
// analytics; and loading="lazy" (issue 6): the wasm is not fetched until the widget
// nears the viewport.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, report, TEST_TIMEOUT } from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const LOADER = '/www/dramatis.js';

// What the widget on #app shows: speaker ids of the cards, the selected actor, the status line.
async function view(page) {
  return page.evaluate(() => {
    const root = document.getElementById('app').shadowRoot;
    if (!root) return null;
    const cards = [...root.querySelectorAll('figure.card')].map((c) => c.getAttribute('data-speaker-id'));
    const selected = root.querySelector('[role=treeitem][aria-selected=true]')?.getAttribute('data-actor-id') ?? null;
    const status = root.querySelector('[role=status]')?.textContent ?? '';
    return { cards, selected, status, nodes: root.childElementCount };
  });
}

test('api: mount(div, options) -> update / select / destroy, and dramatis:select', { timeout: TEST_TIMEOUT }, async () => {
  const { context, page, pageErrors, consoleErrors } = await openPage(browser, '/tests/e2e/pages/api.html');
  try {
    await page.evaluate(async (loader) => {
      window.__selects = [];
      document.addEventListener('dramatis:select', (e) => window.__selects.push(e.detail));
      const { mount } = await import(loader);
      window.__handle = await mount(document.getElementById('app'), { article: '#story', view: 'both', theme: 'light' });
    }, LOADER);
    const app = page.locator('#app');
    assert.equal(await app.getAttribute('data-article'), '#story', 'options are written to the element as data- attributes');
    assert.equal(await app.getAttribute('data-state'), 'ready');
    const stats = await page.evaluate(() => window.__handle.stats);
    assert.ok(stats.quotes >= 3, `extraction ran: ${JSON.stringify(stats)}`);
    const first = await view(page);
    assert.ok(first.cards.includes('jane-roe') && first.cards.some((s) => s !== 'jane-roe'), `cards of several speakers: ${first.cards}`);

    // select(): filters the cards, fires dramatis:select, refuses unknown ids.
    assert.equal(await page.evaluate(() => window.__handle.select('jane-roe')), true);
    await page.waitForFunction(() => document.getElementById('app').shadowRoot.querySelectorAll('figure.card').length === 1);
    let v = await view(page);
    assert.deepEqual(v.cards, ['jane-roe']);
    assert.equal(v.selected, 'jane-roe');
    assert.equal(await page.evaluate(() => window.__handle.select('nobody-here')), false);
    await page.waitForFunction(() => window.__selects.length >= 1);
    assert.deepEqual(await page.evaluate(() => window.__selects[0]), { type: 'actor', id: 'jane-roe', name: 'Jane Roe' });
    assert.equal(await page.evaluate(() => window.__handle.select(null)), true);
    await page.waitForFunction(() => window.__selects.length >= 2);
    assert.deepEqual(await page.evaluate(() => window.__selects[1]), { type: 'actor', id: null, name: null });
    assert.equal((await view(page)).cards.length, first.cards.length, 'select(null) shows every card again');

    // A reader's click in the tree fires it too; so does "Show in article" (a quote).
    await page.locator('#app [role=treeitem][data-actor-id="jane-roe"] .node').first().click();
    await page.waitForFunction(() => window.__selects.length >= 3);
    assert.equal(await page.evaluate(() => window.__selects[2].id), 'jane-roe');
    await page.locator('#app figure.card .btn-show').first().click();
    await page.waitForFunction(() => window.__selects.some((d) => d.type === 'quote'));
    const q = await page.evaluate(() => window.__selects.find((d) => d.type === 'quote'));
    assert.equal(q.speaker, 'jane-roe');
    assert.equal(q.paragraph, 1);
    assert.match(q.id, /^q/);

    // update(): a curated story merged over the extraction (curation wins); the selection stays.
    const curated = await page.evaluate(() => {
      const s = { version: '1', actors: [{ id: 'jane-roe', name: 'Jane Roe (curated)', kind: 'person', aliases: [], role: 'Foreign Minister', parent: null }], quotes: [], relations: [] };
      window.__handle.update(s);
      return s;
    });
    await page.waitForFunction(() => /curated/.test(document.getElementById('app').shadowRoot.textContent));
    v = await view(page);
    assert.equal(v.selected, 'jane-roe', 'the selected actor survives an update');
    assert.ok(await page.evaluate(() => document.getElementById('app').shadowRoot.textContent.includes('Jane Roe (curated)')), curated.actors[0].name);

    // An invalid story throws with its JSON path and changes nothing.
    const before = await page.evaluate(() => document.getElementById('app').shadowRoot.textContent);
    const err = await page.evaluate(() => {
      try { window.__handle.update('{"quotes":[{"id":"x","text":"t","speaker":"ghost"}]}'); return null; } catch (e) { return String(e.message); }
    });
    assert.ok(err && /quotes\[0\]\.speaker/.test(err) && /ghost/.test(err), `a precise error: ${err}`);
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => document.getElementById('app').shadowRoot.textContent), before, 'the widget is unchanged');
    const malformed = await page.evaluate(() => { try { window.__handle.update('{not json'); return null; } catch (e) { return String(e.message); } });
    assert.ok(malformed && /not valid/.test(malformed), `malformed JSON is refused: ${malformed}`);

    // destroy(): the widget goes, the element stays, nothing is re-mounted.
    await page.evaluate(() => window.__handle.destroy());
    await page.waitForTimeout(100);
    v = await view(page);
    assert.equal(v.nodes, 0, 'the shadow root is empty after destroy()');
    assert.equal(await app.getAttribute('data-state'), null);
    assert.equal(await page.evaluate(() => window.__handle.select('jane-roe')), false);

    // mount() again with an inline story and no article: only the curated story shows.
    await page.evaluate(async (loader) => {
      const { mount } = await import(loader);
      window.__handle = await mount(document.getElementById('app'), {
        article: 'none',
        story: { version: '1', actors: [{ id: 'a', name: 'Ana Lopez', kind: 'person' }], quotes: [{ id: 'q1', text: 'We are ready,', kind: 'speech', speaker: 'a', paragraph: 0, context: '“We are ready,” Ana Lopez said.' }], relations: [] },
      });
    }, LOADER);
    v = await view(page);
    assert.deepEqual(v.cards, ['a']);
    report('api', { pageErrors, consoleErrors });
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('api: mount() rejects what is not an element, and reports a bad inline story in the panel', { timeout: TEST_TIMEOUT }, async () => {
  const { context, page, pageErrors } = await openPage(browser, '/tests/e2e/pages/api.html');
  try {
    const r = await page.evaluate(async (loader) => {
      const { mount } = await import(loader);
      let notElement = null;
      try { await mount('#app', {}); } catch (e) { notElement = e.name; }
      const h = await mount(document.getElementById('app'), { article: '#story', story: '{"actors": 3}' });
      const panel = document.getElementById('app').shadowRoot.querySelector('.error-panel[role=alert]')?.textContent ?? '';
      return { notElement, error: h.error, panel, cards: document.getElementById('app').shadowRoot.querySelectorAll('figure.card').length };
    }, LOADER);
    assert.equal(r.notElement, 'TypeError');
    assert.match(r.panel, /given to mount\(\) is not valid/);
    assert.match(r.error, /actors/);
    assert.ok(r.cards >= 3, 'the extraction is shown instead');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('api: a curated story\'s actors are recognised in the article and keep their ids (mount and update)', { timeout: TEST_TIMEOUT }, async () => {
  const { context, page, pageErrors } = await openPage(browser, '/tests/e2e/pages/api.html');
  try {
    const speakers = () => page.evaluate(() => {
      const root = document.getElementById('app').shadowRoot;
      const cards = [...root.querySelectorAll('figure.card')].map((c) => [c.querySelector('blockquote')?.textContent ?? '', c.getAttribute('data-speaker-id')]);
      const actors = [...root.querySelectorAll('[role=treeitem]')].map((t) => t.getAttribute('data-actor-id'));
      return { cards, actors };
    });
    await page.evaluate(async (loader) => {
      const { mount } = await import(loader);
      // The publisher's cast: an id of its own and a description the article uses.
      window.__handle = await mount(document.getElementById('app'), {
        article: '#story', view: 'both',
        story: { version: '1', actors: [{ id: 'lp-leader', name: 'Richard Miles', kind: 'person', aliases: ['the opposition leader'], role: 'Liberty Party leader' }], quotes: [], relations: [] },
      });
    }, LOADER);
    let v = await speakers();
    const ours = v.cards.find(([t]) => /Our position/.test(t));
    assert.ok(ours, `the quote is shown: ${JSON.stringify(v.cards)}`);
    assert.equal(ours[1], 'lp-leader', 'the curated actor speaks, under its own id');
    assert.ok(!v.actors.includes('richard-miles'), `no second Richard Miles from the extraction: ${v.actors}`);

    // update(): the new story's actors are the ones recognised now.
    await page.evaluate(() => window.__handle.update({ version: '1', actors: [{ id: 'fm', name: 'Jane Roe', kind: 'person', aliases: [] }], quotes: [], relations: [] }));
    await page.waitForFunction(() => document.getElementById('app').shadowRoot.querySelector('figure.card[data-speaker-id="fm"]'));
    v = await speakers();
    assert.ok(!v.actors.includes('jane-roe') && !v.actors.includes('lp-leader'), `${v.actors}`);
    assert.ok(v.actors.includes('richard-miles'), 'the extraction finds Miles again by itself');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});

test('lazy: loading="lazy" fetches nothing until the widget nears the viewport', { timeout: TEST_TIMEOUT }, async () => {
  const { context, page, pageErrors } = await openPage(browser, '/tests/e2e/pages/api.html?lazy', { width: 1280, height: 800 });
  try {
    const requested = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.wasm|dramatis_core\.js/.test(n)));
    await page.waitForFunction(() => customElements.get('dramatis-widget'));
    await page.waitForTimeout(400);
    assert.deepEqual(await requested(), [], 'no wasm or glue fetched while the widget is far below the fold');
    assert.equal(await page.locator('#lazy').getAttribute('data-state'), 'lazy');
    assert.ok(await page.locator('#fallback').isVisible(), 'the static fallback stays visible meanwhile');
    const t0 = Date.now();
    await page.evaluate(() => document.getElementById('lazy').scrollIntoView());
    await page.waitForFunction(() => document.getElementById('lazy').getAttribute('data-state') === 'ready', null, { timeout: 30_000 });
    const names = await requested();
    assert.ok(names.some((n) => n.endsWith('.wasm')), `the wasm was fetched after scrolling: ${names}`);
    console.log(`lazy: nothing fetched before scrolling; ready ${Date.now() - t0} ms after scrolling into view`);
    assert.equal(await page.locator('#lazy figure.card').count() >= 3, true);
    assert.equal(await page.locator('#fallback').isVisible(), false, 'the widget replaced the static fallback');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
