// The demo page (index.html) in auto mode: the widget reads the article on the page,
// renders quote cards and the actor tree; choosing an actor filters the cards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPage, waitFor, screenshotPath, report,
  CARD, TREEITEM, TEST_TIMEOUT,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/**
 * For every treeitem: its actor id, its name, whether it is a leaf, and a mark on the
 * element to click to choose it (its own row, never a nested item or the twisty).
 * Uses the widget's `.node` / `.node-name` when present, else the item's own text.
 */
function describeTreeitems(items) {
  return items.map((item, i) => {
    const inNested = (el) => {
      for (let n = el.parentElement; n && n !== item; n = n.parentElement) {
        if (n.matches('[role=group], [role=treeitem]')) return true;
      }
      return false;
    };
    const own = (sel) => [...item.querySelectorAll(sel)].find((el) => !inNested(el));
    let name = own('.node-name')?.textContent;
    if (!name) {
      const copy = item.cloneNode(true);
      copy.querySelectorAll('[role=group], [role=treeitem], [aria-hidden=true]').forEach((n) => n.remove());
      name = item.getAttribute('aria-label') || copy.textContent;
    }
    name = (name ?? '').replace(/\s+/g, ' ').trim();
    const target = own('.node') ?? own('button, [role=button]') ?? item;
    target.setAttribute('data-e2e-click', String(i));
    return { index: i, id: item.getAttribute('data-actor-id'), name, leaf: !item.querySelector('[role=treeitem]') };
  });
}

/**
 * A card names an actor when its caption (else its text) shows the actor's name, and,
 * when the cards carry speaker ids, when it is the actor's.
 */
function namesActor(card, actor, byId) {
  if (byId && card.speaker !== actor.id) return false;
  const who = card.who.toLowerCase();
  const name = actor.name.toLowerCase();
  // A card may use the short form ("Rouhani" for "Hassan Rouhani").
  const last = name.split(' ').at(-1);
  return name !== '' && (who.includes(name) || (last.length >= 3 && who.includes(last)));
}

async function readCards(page) {
  return page.locator(CARD).evaluateAll((cards) => cards.map((c) => ({
    who: (c.querySelector('figcaption') ?? c).innerText.replace(/\s+/g, ' '),
    text: c.innerText.replace(/\s+/g, ' '),
    speaker: c.getAttribute('data-speaker-id') ?? c.getAttribute('data-speaker') ?? null,
  })));
}

test('demo renders cards and the actor tree, and filters by actor', { timeout: TEST_TIMEOUT }, async () => {
  const wide = await openPage(browser, 'index.html', { width: 1280, height: 900 });
  const { page } = wide;
  try {
    await waitFor(page, CARD);
    await waitFor(page, TREEITEM);
    const cards = await readCards(page);
    const items = await page.locator(TREEITEM).evaluateAll(describeTreeitems);
    console.log(`demo: ${cards.length} cards, ${items.length} treeitems`);
    const ready = await page.evaluate(() => window.__dramatisReady);
    console.log(`demo: dramatis:ready ${JSON.stringify(ready)}`);

    assert.ok(cards.length >= 5, `expected at least 5 quote cards, got ${cards.length}`);
    assert.ok(items.length >= 5, `expected at least 5 actors in the tree, got ${items.length}`);
    assert.ok(items.every((it) => it.id), 'every treeitem carries data-actor-id');
    assert.equal(ready.length, 1, 'dramatis:ready fires once per widget');
    for (const key of ['init_ms', 'extract_ms', 'render_ms', 'quotes', 'actors']) {
      assert.equal(typeof ready[0]?.[key], 'number', `dramatis:ready detail.${key} is a number`);
    }

    await page.screenshot({ path: screenshotPath('demo-1280.png'), fullPage: true });

    // An actor some but not all cards name; leaves first (a parent may gather its members' quotes).
    const byId = cards.some((c) => c.speaker != null);
    const scored = items
      .map((it) => ({ it, n: cards.filter((c) => namesActor(c, it, byId)).length }))
      .filter(({ n }) => n > 0 && n < cards.length)
      .sort((a, b) => Number(b.it.leaf) - Number(a.it.leaf) || b.n - a.n);
    assert.ok(scored.length > 0, `no actor in the tree has some but not all of the quotes; actors: ${JSON.stringify(items.map((i) => i.name))}; card captions: ${JSON.stringify(cards.map((c) => c.who))}`);
    const { it: actor } = scored[0];
    console.log(`demo: actors with some of the quotes: ${scored.map(({ it, n }) => `${it.name}${it.leaf ? '' : ' (has members)'}: ${n}`).join(', ')}`);
    console.log(`demo: choosing ${JSON.stringify(actor.name)} (${actor.id})`);

    await page.locator(`dramatis-widget [data-e2e-click="${actor.index}"]`).click();
    await page.waitForFunction(
      (before) => {
        const root = document.querySelector('dramatis-widget')?.shadowRoot;
        return root && root.querySelectorAll('figure.card').length < before;
      },
      cards.length,
      { timeout: 10_000 },
    );
    const filtered = await readCards(page);
    console.log(`demo: ${filtered.length} cards after choosing ${actor.name}`);
    assert.ok(filtered.length >= 1 && filtered.length < cards.length);
    for (const c of filtered) {
      assert.ok(namesActor(c, actor, byId), `card does not name ${actor.name}: ${c.text.slice(0, 200)}`);
    }
    await page.screenshot({ path: screenshotPath('demo-1280-filtered.png'), fullPage: true });
    assert.deepEqual(wide.pageErrors, [], 'no uncaught errors on the page');
  } finally {
    report('demo 1280', wide);
    await wide.context.close();
  }
});

test('demo renders on a 375 px phone screen', { timeout: TEST_TIMEOUT }, async () => {
  const phone = await openPage(browser, 'index.html', { width: 375, height: 812 });
  const { page } = phone;
  try {
    await waitFor(page, CARD);
    await waitFor(page, TREEITEM);
    await page.screenshot({ path: screenshotPath('demo-375.png'), fullPage: true });
    // Nothing in the widget may force horizontal scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 375px`);
    assert.deepEqual(phone.pageErrors, [], 'no uncaught errors on the page');
  } finally {
    report('demo 375', phone);
    await phone.context.close();
  }
});
