// Panic containment (issue 7): a Rust panic inside one widget shows that widget's error
// panel, while the other widgets and the host page keep working. The panic is forced
// through the test hook `data-debug-panic` (inert unless the attribute is present; see
// www/dramatis.js). The wasm is built with panic=abort: the panic traps the instance,
// so the loader moves the other widgets to a fresh instance of the compiled module.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, report, TEST_TIMEOUT } from './helpers.mjs';
import { addWidgets, waitSettled, widgetView, hostSnapshot, LOADER } from './robust.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const PANIC_PANEL = /Dramatis stopped working in this widget.*deliberate panic/;

async function hostWorks(page) {
  await page.evaluate(() => {
    const b = document.getElementById('host-button');
    b.onclick = () => { const o = document.getElementById('host-count'); o.textContent = String(Number(o.textContent) + 1); };
  });
  await page.click('#host-button');
  await page.click('#host-button');
  return page.evaluate(() => document.getElementById('host-count').textContent);
}

/** Chooses the first actor of widget `sel` in its tree and returns [cards before, after]. */
async function filterWorks(page, sel) {
  const before = await page.locator(`${sel} figure.card`).count();
  const item = page.locator(`${sel} [role=treeitem] .node`).first();
  await item.click();
  await page.waitForFunction(({ sel, before }) => {
    const r = document.querySelector(sel).shadowRoot;
    return r.querySelector('[role=treeitem][aria-selected=true]') && r.querySelectorAll('figure.card').length !== before;
  }, { sel, before }, { timeout: 5000 }).catch(() => {});
  const afterCount = await page.locator(`${sel} figure.card`).count();
  const selected = await page.locator(`${sel} [role=treeitem][aria-selected=true]`).count();
  return { before, after: afterCount, selected };
}

for (const mode of ['mount', 'render', 'later']) {
  test(`a panic (${mode}) stays in its widget; the others and the host page keep working`, { timeout: TEST_TIMEOUT }, async () => {
    const opened = await openPage(browser, 'tests/e2e/pages/panic.html');
    const { page } = opened;
    try {
      await addWidgets(page, [
        { id: 'w1', attrs: { article: '#story' } },
        { id: 'boom', attrs: { article: '#story', 'data-debug-panic': mode } },
        { id: 'w3', attrs: { article: '#story', view: 'both' } },
      ], '#widgets', { load: false });
      const before = await hostSnapshot(page, '#story');
      const errors = [];
      await page.exposeFunction('__recordError', (d) => errors.push(d));
      await page.evaluate(() => window.addEventListener('dramatis:error', (e) => window.__recordError({ id: e.target.id, ...e.detail }), true));
      await page.evaluate(async (loader) => { window.__core0 = await (await import(loader)).loadCore(); }, LOADER);
      await page.waitForFunction(() => document.getElementById('boom').shadowRoot?.querySelector('.error-panel'), null, { timeout: 30_000 });
      await waitSettled(page);
      // The others render (again, on the fresh instance when the panic came after they mounted).
      await page.waitForFunction(() => ['w1', 'w3'].every((id) => document.getElementById(id).shadowRoot?.querySelector('figure.card')), null, { timeout: 30_000 });
      const boom = await widgetView(page, '#boom');
      console.log(`panic ${mode}: the panicking widget shows ${JSON.stringify(boom.panel)}`);
      assert.equal(boom.state, 'error');
      assert.match(boom.panel, PANIC_PANEL);
      assert.equal(boom.cards, 0);
      assert.ok(errors.some((e) => e.id === 'boom' && e.phase === 'panic'), `dramatis:error with phase panic: ${JSON.stringify(errors)}`);
      assert.ok(!errors.some((e) => e.id !== 'boom'), 'no error for the other widgets');

      for (const id of ['w1', 'w3']) {
        const v = await widgetView(page, `#${id}`);
        assert.equal(v.state, 'ready', `${id} is ready`);
        assert.equal(v.panel, null, `${id} has no error panel`);
        assert.ok(v.cards >= 3, `${id} shows its cards`);
        const f = await filterWorks(page, `#${id}`);
        console.log(`panic ${mode}: ${id} after the panic: choosing an actor: ${f.before} -> ${f.after} cards, ${f.selected} selected`);
        assert.equal(f.selected, 1, `${id}: the tree still reacts to a click`);
        assert.ok(f.after < f.before, `${id}: choosing an actor still filters the cards`);
      }
      const afterSnap = await hostSnapshot(page, '#story');
      assert.equal(afterSnap.article, before.article, 'the article is unchanged');
      assert.equal(afterSnap.body, before.body, 'the host page is unchanged');
      assert.equal(await hostWorks(page), '2', 'the host page still handles its own clicks');

      // The instance that trapped is never used again: the loader made a new one.
      const inst = await page.evaluate(async (loader) => {
        const now = await (await import(loader)).loadCore();
        return { oldDead: window.__core0.dead, same: now === window.__core0, gen: now.gen };
      }, LOADER);
      console.log(`panic ${mode}: instances: ${JSON.stringify(inst)}`);
      assert.equal(inst.oldDead, true);
      assert.equal(inst.same, false);
      // Only the trap itself may surface as an uncaught error (a panic after mounting
      // happens in a timer/event callback, outside any caller that could catch it).
      const unexpected = opened.pageErrors.filter((e) => !/RuntimeError: unreachable/.test(e));
      assert.deepEqual(unexpected, [], 'no other uncaught errors');
      if (mode === 'mount') assert.deepEqual(opened.pageErrors, [], 'a panic while mounting is caught by the loader');
      assert.ok(opened.consoleErrors.some((e) => /deliberate panic/.test(e)), 'console_error_panic_hook logged the panic');
    } finally {
      report(`panic ${mode}`, opened);
      await opened.context.close();
    }
  });
}

// Why the loader does not keep using a trapped instance: a trap skips every destructor
// and "finally" of the Rust code it interrupts. A panic inside Yew's scheduler (a bug in
// a component) leaves the scheduler marked as running, so no app of that instance ever
// renders again; a panic in a plain timer happens to leave the instance usable. The
// loader cannot tell which, so it never reuses one. This test shows both.
async function reuse(page, mode) {
  await addWidgets(page, [{ id: `boom-${mode}`, attrs: { article: '#story', 'data-debug-panic': mode } }], '#widgets', { load: false });
  await page.evaluate(async (loader) => { window.__core0 = await (await import(loader)).loadCore(); }, LOADER);
  await page.waitForFunction(() => window.__core0.dead, null, { timeout: 30_000 });
  return page.evaluate(async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const shadow = el.attachShadow({ mode: 'open' });
    try {
      const p = window.__core0.mod.mount(el, shadow, { article: '#story' });
      const r = await Promise.race([p.then(() => 'mounted'), new Promise((res) => setTimeout(() => res('hung'), 3000))]);
      if (r === 'hung') return 'hung: the mount never completed';
      await new Promise((res) => setTimeout(res, 300));
      return shadow.querySelector('figure.card') ? 'rendered' : 'mounted but never rendered';
    } catch (e) {
      return `threw: ${e}`;
    }
  });
}

test('a trapped instance is not safe to reuse (observed)', { timeout: TEST_TIMEOUT }, async () => {
  for (const mode of ['render', 'later']) {
    const opened = await openPage(browser, 'tests/e2e/pages/panic.html');
    try {
      const outcome = await reuse(opened.page, mode);
      console.log(`panic: reusing the instance trapped by a panic (${mode}): ${outcome}`);
      if (mode === 'render') assert.notEqual(outcome, 'rendered', 'a panic in a render leaves the instance unusable');
    } finally {
      report(`panic reuse ${mode}`, opened);
      await opened.context.close();
    }
  }
});
