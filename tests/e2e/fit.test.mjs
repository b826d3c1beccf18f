// Fitting into any host page (issue 5): themes switchable at runtime, ::part and
// custom properties, reduced motion, 320 px → wide without sideways scrolling,
// print expands everything, right-to-left, UI strings per language; and the
// diagram view (tidy tree in SVG, zoom/pan without capturing page scroll).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPage, waitFor, report, CARD, TREEITEM, TEST_TIMEOUT,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function open(width = 1280, height = 900) {
  const opened = await openPage(browser, 'index.html', { width, height });
  await waitFor(opened.page, CARD);
  await waitFor(opened.page, TREEITEM);
  return opened;
}

const bg = (page, sel = 'dramatis-widget') => page.locator(sel).first().evaluate((h) => getComputedStyle(h.shadowRoot.querySelector('.dramatis')).backgroundColor);

test('theme: light, dark, auto; switched at runtime without remounting; custom properties and ::part', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await open();
  const { page } = opened;
  try {
    await page.emulateMedia({ colorScheme: 'light' });
    assert.equal(await bg(page), 'rgb(255, 255, 255)', 'auto + light scheme');
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await bg(page), 'rgb(21, 24, 29)', 'auto follows prefers-color-scheme');
    await page.emulateMedia({ colorScheme: 'light' });

    // Reader state survives a theme switch by the host (no remount).
    await page.locator('dramatis-widget #d-search').fill('Rouhani');
    const before = await page.locator(CARD).count();
    await page.evaluate(() => document.querySelector('dramatis-widget').setAttribute('theme', 'dark'));
    assert.equal(await bg(page), 'rgb(21, 24, 29)');
    assert.equal(await page.locator('dramatis-widget #d-search').inputValue(), 'Rouhani', 'search kept');
    assert.equal(await page.locator(CARD).count(), before);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => document.querySelector('dramatis-widget').setAttribute('theme', 'light'));
    assert.equal(await bg(page), 'rgb(255, 255, 255)', 'theme=light wins over a dark scheme');
    await page.emulateMedia({ colorScheme: 'light' });

    // Host CSS: custom properties and ::part.
    await page.addStyleTag({ content: 'dramatis-widget{--dramatis-bg:rgb(1, 2, 3);--dramatis-accent:rgb(200, 0, 0)} dramatis-widget::part(card){outline:5px solid rgb(0, 128, 0)}' });
    assert.equal(await bg(page), 'rgb(1, 2, 3)');
    const card = await page.locator(CARD).first().evaluate((c) => getComputedStyle(c).outlineColor);
    assert.equal(card, 'rgb(0, 128, 0)', '::part(card) styles the cards');
    const parts = await page.locator('dramatis-widget').evaluate((h) => [...new Set([...h.shadowRoot.querySelectorAll('[part]')].map((e) => e.getAttribute('part')))].sort());
    console.log(`fit: parts ${parts.join(' ')}`);
    for (const p of ['root', 'card', 'quote', 'caption', 'tree', 'treeitem', 'filters', 'search', 'chip', 'status', 'terms', 'term']) {
      assert.ok(parts.includes(p), `part ${p}`);
    }
  } finally {
    report('theme', opened);
    await opened.context.close();
  }
});

test('reduced motion turns transitions off', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await open();
  const { page } = opened;
  try {
    const dur = () => page.locator('dramatis-widget .chip').first().evaluate((c) => getComputedStyle(c).transitionDuration);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    assert.notEqual(await dur(), '0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.equal(await dur(), '0s');
  } finally {
    report('motion', opened);
    await opened.context.close();
  }
});

for (const width of [320, 375, 768, 1280, 1920]) {
  test(`no horizontal scrolling at ${width}px, in both tree views`, { timeout: TEST_TIMEOUT }, async () => {
    const opened = await open(width, 800);
    const { page } = opened;
    try {
      const overflow = () => page.evaluate(() => {
        const w = document.querySelector('dramatis-widget');
        const r = w.getBoundingClientRect();
        const inner = [...w.shadowRoot.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > r.right + 1 && e.offsetParent !== null && getComputedStyle(e).position !== 'absolute');
        return { page: document.documentElement.scrollWidth - window.innerWidth, inner: inner.slice(0, 3).map((e) => e.className) };
      });
      let o = await overflow();
      assert.ok(o.page <= 0, `page scrolls sideways by ${o.page}px`);
      assert.deepEqual(o.inner, [], 'nothing sticks out of the widget');
      await page.locator('dramatis-widget .btn-diagram').click();
      await waitFor(page, 'dramatis-widget svg.dg-svg');
      o = await overflow();
      assert.ok(o.page <= 0, `diagram: page scrolls sideways by ${o.page}px`);
      assert.deepEqual(o.inner, []);
    } finally {
      report(`width ${width}`, opened);
      await opened.context.close();
    }
  });
}

test('print expands everything: collapsed groups, context sentences; hides controls', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await open();
  const { page } = opened;
  try {
    const pid = await page.locator('dramatis-widget [role=treeitem][aria-expanded=true]').first().getAttribute('data-actor-id');
    const parent = page.locator(`dramatis-widget [role=treeitem][data-actor-id="${pid}"]`);
    await parent.locator(':scope > .node > .twisty').click();
    assert.equal(await parent.getAttribute('aria-expanded'), 'false');
    const group = parent.locator(':scope > [role=group]');
    assert.equal(await group.isVisible(), false);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await group.isVisible(), true, 'collapsed groups print');
    assert.equal(await page.locator(`${CARD} .context`).first().isVisible(), true, 'context sentences print');
    assert.equal(await page.locator('dramatis-widget .filters').isVisible(), false, 'filters do not print');
    assert.equal(await page.locator(`${CARD} .actions`).first().isVisible(), false);
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await group.isVisible(), false);
  } finally {
    report('print', opened);
    await opened.context.close();
  }
});

test('dir=rtl lays out right to left; lang=fr speaks French', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await open(1280, 900);
  const { page } = opened;
  try {
    await page.evaluate(() => {
      for (const [id, attrs] of [['rtl', { dir: 'rtl' }], ['fr', { lang: 'fr-FR' }]]) {
        const w = document.createElement('dramatis-widget');
        w.id = id;
        w.setAttribute('article', '#article-body');
        for (const [k, v] of Object.entries(attrs)) w.setAttribute(k, v);
        document.querySelector('.sidebar').append(w);
      }
    });
    await waitFor(page, '#rtl figure.card');
    await waitFor(page, '#fr figure.card');
    const rtl = await page.locator('#rtl').evaluate((h) => {
      const r = h.shadowRoot;
      const q = getComputedStyle(r.querySelector('blockquote.quote'));
      const card = r.querySelector('figure.card').getBoundingClientRect();
      const who = r.querySelector('figure.card .av').getBoundingClientRect();
      return { dir: getComputedStyle(r.querySelector('.dramatis')).direction, right: q.borderRightWidth, left: q.borderLeftWidth, avatarRight: card.right - who.right < who.left - card.left };
    });
    assert.deepEqual(rtl, { dir: 'rtl', right: '3px', left: '0px', avatarRight: true });
    // Arrow keys follow the reading direction: Left expands in RTL.
    const rid = await page.locator('#rtl [role=treeitem][aria-expanded=true]').first().getAttribute('data-actor-id');
    const parent = page.locator(`#rtl [role=treeitem][data-actor-id="${rid}"]`);
    await parent.focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await parent.getAttribute('aria-expanded'), 'false', 'in RTL, Right collapses');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await parent.getAttribute('aria-expanded'), 'true', 'in RTL, Left expands');

    const fr = await page.locator('#fr').evaluate((h) => ({
      lang: h.shadowRoot.querySelector('.dramatis').getAttribute('lang'),
      title: h.shadowRoot.querySelector('.d-title').textContent,
      search: h.shadowRoot.querySelector('label[for=d-search]').textContent,
      show: h.shadowRoot.querySelector('.btn-show')?.textContent,
      status: h.shadowRoot.querySelector('[role=status]').textContent,
    }));
    console.log(`fit: fr ${JSON.stringify(fr)}`);
    assert.equal(fr.lang, 'fr');
    assert.match(fr.title, /Qui a dit quoi/);
    assert.equal(fr.search, 'Rechercher dans les citations');
    assert.equal(fr.show, 'Voir dans l\u2019article');
    assert.match(fr.status, /^\d+ citations \u00B7 \d+ termes cl\u00E9s$/);
    assert.deepEqual(opened.pageErrors, []);
  } finally {
    report('rtl/fr', opened);
    await opened.context.close();
  }
});

test('diagram: tidy tree in SVG with labelled relation arcs; zoom/pan by buttons and ctrl+wheel only', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await open(375, 800);
  const { page } = opened;
  try {
    const actors = await page.locator(TREEITEM).count();
    await page.locator('dramatis-widget .btn-diagram').click();
    await waitFor(page, 'dramatis-widget svg.dg-svg');
    assert.equal(await page.locator('dramatis-widget .btn-diagram').getAttribute('aria-pressed'), 'true');
    const d = await page.locator('dramatis-widget').evaluate((h) => {
      const r = h.shadowRoot;
      const svg = r.querySelector('svg.dg-svg');
      const nodes = [...svg.querySelectorAll('.dg-node')].map((g) => {
        const m = /translate\((-?\d+) (-?\d+)\)/.exec(g.getAttribute('transform'));
        return { id: g.dataset.actorId, x: +m[1], y: +m[2] };
      });
      return {
        role: svg.getAttribute('role'), label: svg.getAttribute('aria-label'), viewBox: svg.getAttribute('viewBox'),
        nodes, edges: svg.querySelectorAll('.dg-edge').length,
        arcs: [...svg.querySelectorAll('.dg-rel')].map((g) => g.querySelector('text').textContent),
      };
    });
    console.log(`diagram: ${d.nodes.length} nodes, ${d.edges} edges, arcs: ${d.arcs.join(', ')}`);
    assert.equal(d.role, 'img');
    assert.match(d.label, /\d+ actors and \d+ relations/);
    assert.equal(d.nodes.length, actors, 'one node per actor');
    assert.ok(d.arcs.length > 0 && d.arcs.every((t) => t.length > 0), 'relations are labelled arcs');
    // Tidy: no two nodes in one column overlap.
    const byCol = new Map();
    for (const n of d.nodes) byCol.set(n.x, [...(byCol.get(n.x) ?? []), n.y].sort((a, b) => a - b));
    for (const ys of byCol.values()) for (let k = 1; k < ys.length; k++) assert.ok(ys[k] - ys[k - 1] >= 40, `nodes overlap: ${ys}`);

    const vb = () => page.locator('dramatis-widget svg.dg-svg').getAttribute('viewBox');
    const v0 = await vb();
    await page.locator('dramatis-widget .dg-zoom-in').click();
    const v1 = await vb();
    assert.notEqual(v1, v0, 'zoom in changes the view');
    assert.ok(+v1.split(' ')[2] < +v0.split(' ')[2]);
    await page.locator('dramatis-widget .dg-right').click();
    assert.ok(+(await vb()).split(' ')[0] > +v1.split(' ')[0], 'pan right');
    await page.locator('dramatis-widget .dg-reset').click();
    assert.equal(await vb(), v0);

    // A plain wheel over the drawing scrolls the page; ctrl+wheel zooms instead.
    const box = await page.locator('dramatis-widget .dg-box').boundingBox();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('dramatis-widget .dg-box').scrollIntoViewIfNeeded();
    const y0 = await page.evaluate(() => window.scrollY);
    const b = await page.locator('dramatis-widget .dg-box').boundingBox();
    await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height / 2, 100));
    await page.mouse.wheel(0, 300);
    await page.waitForFunction((y0) => window.scrollY > y0, y0, { timeout: 3000 });
    assert.equal(await vb(), v0, 'a plain wheel does not zoom');
    const prevented = await page.locator('dramatis-widget .dg-box').evaluate((el) => {
      const plain = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true, composed: true });
      const ctrl = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true, composed: true });
      el.dispatchEvent(plain);
      el.dispatchEvent(ctrl);
      return [plain.defaultPrevented, ctrl.defaultPrevented];
    });
    assert.deepEqual(prevented, [false, true], 'only ctrl+wheel is taken from the page');
    await page.waitForFunction(() => document.querySelector('dramatis-widget').shadowRoot.querySelector('svg.dg-svg').dataset.zoom !== '100', null, { timeout: 3000 });
    assert.ok(box.width <= 375);

    // Choosing a node selects the actor (and the outline shows it).
    await page.locator('dramatis-widget .dg-reset').click();
    const id = d.nodes[1].id;
    await page.locator(`dramatis-widget .dg-node[data-actor-id="${id}"]`).click();
    await page.locator('dramatis-widget .btn-outline').click();
    assert.equal(await page.locator(`dramatis-widget [role=treeitem][data-actor-id="${id}"]`).getAttribute('aria-selected'), 'true');
    assert.deepEqual(opened.pageErrors, []);
  } finally {
    report('diagram', opened);
    await opened.context.close();
  }
});

test('strict CSP: diagram, highlight and theme switch need no inline style', { timeout: TEST_TIMEOUT }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  try {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.sample ?? ''}`));
    });
    await page.goto(`${process.env.DRAMATIS_BASE_URL}/tests/e2e/pages/csp.html`, { waitUntil: 'load' });
    await waitFor(page, '#auto figure.card');
    await page.locator('#auto .btn-show').first().click();
    assert.equal(await page.evaluate(() => CSS.highlights.get('dramatis')?.size), 1);
    await page.locator('#auto .btn-diagram').click();
    await waitFor(page, '#auto svg.dg-svg');
    await page.locator('#auto .dg-zoom-in').click();
    await page.evaluate(() => document.querySelector('#auto').setAttribute('theme', 'dark'));
    const height = await page.locator('#auto svg.dg-svg').evaluate((s) => s.getBoundingClientRect().height);
    assert.ok(height > 50, `the diagram has a height without a style attribute (${height})`);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
