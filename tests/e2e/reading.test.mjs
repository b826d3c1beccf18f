// The reading experience (issue 5) on the demo page: the WAI-ARIA tree, a
// keyboard-only walk through tree and cards, "show in article" with the CSS Custom
// Highlight API, copy citation, deep links, filters and the empty state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPage, waitFor, report, CARD, TREEITEM, TEST_TIMEOUT,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The focused element, through shadow roots. */
const deepActive = () => {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
const DEEP_ACTIVE = `(${deepActive})`;

async function active(page) {
  return page.evaluate(`(() => { const a = ${DEEP_ACTIVE}(); return a && {
    tag: a.tagName, role: a.getAttribute('role'), cls: a.className, text: (a.innerText || '').trim().slice(0, 80),
    actor: a.getAttribute('data-actor-id'), quote: a.getAttribute('data-quote-id'),
    inWidget: a.getRootNode() !== document, paragraph: a.closest && a.closest('#article-body') ? [...a.parentElement.children].indexOf(a) : -1 } })()`);
}

/** Treeitems visible in the tree, in order, with their state. */
async function treeState(page) {
  return page.locator('dramatis-widget').first().evaluate((host) => [...host.shadowRoot.querySelectorAll('[role=treeitem]')]
    .filter((li) => li.offsetParent !== null)
    .map((li) => ({
      id: li.dataset.actorId,
      name: li.querySelector('.node-name').textContent,
      tabindex: li.getAttribute('tabindex'),
      expanded: li.getAttribute('aria-expanded'),
      selected: li.getAttribute('aria-selected'),
      level: li.getAttribute('aria-level'),
      focused: host.shadowRoot.activeElement === li,
    })));
}

async function open(width = 1280) {
  const opened = await openPage(browser, 'index.html', { width, height: 900 });
  await waitFor(opened.page, CARD);
  await waitFor(opened.page, TREEITEM);
  return opened;
}

test('tree: WAI-ARIA tree pattern (roving tabindex, arrows, Home/End, *, type-ahead, Enter)', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await open();
  const { page } = opened;
  try {
    // Structure: tree > treeitem > group > treeitem; aria-expanded only on parents.
    const shape = await page.locator('dramatis-widget').evaluate((host) => {
      const r = host.shadowRoot;
      const items = [...r.querySelectorAll('[role=treeitem]')];
      return {
        tree: r.querySelectorAll('[role=tree]').length,
        items: items.length,
        parentsOk: items.every((li) => (li.querySelector('[role=group]') != null) === li.hasAttribute('aria-expanded')),
        groupsInItems: [...r.querySelectorAll('[role=group].group')].every((g) => g.parentElement.getAttribute('role') === 'treeitem'),
        tabStops: items.filter((li) => li.getAttribute('tabindex') === '0').length,
        // Each node shows kind, role (when known) and a quote count.
        meta: items.map((li) => ({
          kind: li.querySelector(':scope > .node .node-kind')?.textContent,
          role: li.querySelector(':scope > .node .node-role')?.textContent ?? null,
          count: li.querySelector(':scope > .node .node-count')?.textContent.replace(/\s+/g, ' ').trim(),
        })),
      };
    });
    assert.equal(shape.tree, 1);
    assert.ok(shape.parentsOk, 'aria-expanded exactly on treeitems with a group');
    assert.ok(shape.groupsInItems);
    assert.equal(shape.tabStops, 1, 'roving tabindex: exactly one treeitem has tabindex=0');
    for (const m of shape.meta) {
      assert.match(m.kind ?? '', /^(person|organization|state|group|media)$/);
      assert.match(m.count ?? '', /^, \d+ quotes?$|^\d+ quotes?$|^, ?\d+ quotes?$/);
    }
    assert.ok(shape.meta.some((m) => m.role), 'roles are shown where known');

    const first = (await treeState(page))[0];
    await page.locator(`dramatis-widget [role=treeitem][data-actor-id="${first.id}"]`).focus();
    let st = await treeState(page);
    assert.ok(st[0].focused && st[0].tabindex === '0');

    await page.keyboard.press('ArrowDown');
    st = await treeState(page);
    assert.ok(st[1].focused, 'ArrowDown moves to the next visible item');
    assert.equal(st.filter((s) => s.tabindex === '0').length, 1);
    assert.equal(st[1].tabindex, '0', 'the focused item carries tabindex=0');

    await page.keyboard.press('End');
    st = await treeState(page);
    assert.ok(st.at(-1).focused, 'End: last visible item');
    await page.keyboard.press('Home');
    st = await treeState(page);
    assert.ok(st[0].focused, 'Home: first item');

    // Left on an expanded parent collapses it; Right expands; Right again goes to the first child.
    const parent = st.find((s) => s.expanded === 'true');
    await page.locator(`dramatis-widget [role=treeitem][data-actor-id="${parent.id}"]`).focus();
    await page.keyboard.press('ArrowLeft');
    st = await treeState(page);
    assert.equal(st.find((s) => s.id === parent.id).expanded, 'false', 'Left collapses');
    const collapsedCount = st.length;
    await page.keyboard.press('ArrowRight');
    st = await treeState(page);
    assert.equal(st.find((s) => s.id === parent.id).expanded, 'true', 'Right expands');
    assert.ok(st.length > collapsedCount);
    await page.keyboard.press('ArrowRight');
    st = await treeState(page);
    const childIdx = st.findIndex((s) => s.id === parent.id) + 1;
    assert.ok(st[childIdx].focused, 'Right on an expanded parent moves to its first child');
    if (st[childIdx].expanded === 'true') {
      // A child that is itself open: Left closes it first (the APG tree pattern).
      const child = st[childIdx].id;
      await page.keyboard.press('ArrowLeft');
      st = await treeState(page);
      assert.equal(st.find((s) => s.id === child).expanded, 'false', 'Left on an open child closes it');
      assert.ok(st.find((s) => s.id === child).focused);
    }
    await page.keyboard.press('ArrowLeft');
    st = await treeState(page);
    assert.ok(st.find((s) => s.id === parent.id).focused, 'Left on a closed child moves to its parent');

    // `*` expands every sibling: collapse all the roots with a parent, then press *.
    const roots = st.filter((s) => s.level === '1' && s.expanded === 'true');
    for (const r of roots) {
      await page.locator(`dramatis-widget [role=treeitem][data-actor-id="${r.id}"]`).focus();
      await page.keyboard.press('ArrowLeft');
    }
    st = await treeState(page);
    assert.ok(roots.every((r) => st.find((s) => s.id === r.id).expanded === 'false'));
    await page.keyboard.press('*');
    st = await treeState(page);
    assert.ok(roots.every((r) => st.find((s) => s.id === r.id).expanded === 'true'), '* expands all siblings');

    // Type-ahead: typing the first letters of a name focuses it.
    const names = st.map((s) => s.name);
    const target = st.find((s, i) => i > 0 && names.filter((n) => n[0].toLowerCase() === s.name[0].toLowerCase()).length === 1) ?? st[2];
    await page.locator(`dramatis-widget [role=treeitem][data-actor-id="${st[0].id}"]`).focus();
    await page.keyboard.type(target.name.slice(0, 3).toLowerCase(), { delay: 40 });
    st = await treeState(page);
    assert.ok(st.find((s) => s.id === target.id).focused, `type-ahead "${target.name.slice(0, 3)}" focuses ${target.name}`);

    // Enter selects (aria-selected) and filters the cards to the actor.
    const speaker = await page.locator(`dramatis-widget ${CARD.split(' ')[1]}[data-speaker-id]`).first().getAttribute('data-speaker-id');
    await page.locator(`dramatis-widget [role=treeitem][data-actor-id="${speaker}"]`).focus();
    await page.keyboard.press('Enter');
    st = await treeState(page);
    assert.equal(st.find((s) => s.id === speaker).selected, 'true');
    const speakers = await page.locator(CARD).evaluateAll((cs) => [...new Set(cs.map((c) => c.dataset.speakerId))]);
    assert.deepEqual(speakers, [speaker], 'cards are filtered to the selected actor');
    assert.deepEqual(opened.pageErrors, []);
  } finally {
    report('tree', opened);
    await opened.context.close();
  }
});

test('keyboard-only walk: search → tree → card → show in article (highlight + focus)', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await open();
  const { page } = opened;
  try {
    await page.locator('dramatis-widget #d-search').focus();
    // Tab until a treeitem has focus: one tab stop for the whole tree.
    let a;
    for (let k = 0; k < 30; k++) {
      await page.keyboard.press('Tab');
      a = await active(page);
      if (a?.role === 'treeitem') break;
    }
    assert.equal(a?.role, 'treeitem', 'Tab reaches the tree');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    a = await active(page);
    assert.equal(a.role, 'treeitem');
    // Tab leaves the tree in one step (to the cards' first control).
    await page.keyboard.press('Tab');
    a = await active(page);
    assert.notEqual(a.role, 'treeitem', 'Tab leaves the tree in one press');
    assert.ok(a.inWidget, 'focus stays in the widget');
    // Walk to the first "Show in article" button.
    for (let k = 0; k < 12 && !/btn-show/.test(a.cls); k++) {
      await page.keyboard.press('Tab');
      a = await active(page);
    }
    assert.match(a.cls, /btn-show/);
    const card = await page.evaluate(`(() => { const b = ${DEEP_ACTIVE}(); const f = b.closest('figure');
      return { id: f.dataset.quoteId, speaker: f.dataset.speakerId, paragraph: +f.dataset.paragraph,
        text: f.querySelector('blockquote').textContent } })()`);
    // The focused card's speaker is marked in the tree.
    const speaking = await page.locator('dramatis-widget [role=treeitem].is-speaking').getAttribute('data-actor-id');
    assert.equal(speaking, card.speaker, 'selecting a card highlights its speaker in the tree');

    await page.keyboard.press('Enter');
    await page.waitForFunction(`(() => { const a = ${DEEP_ACTIVE}(); return a && a.closest && !!a.closest('#article-body'); })()`, null, { timeout: 5000 });
    const hl = await page.evaluate(() => {
      const h = CSS.highlights?.get('dramatis');
      const r = h && [...h][0];
      const a = document.activeElement;
      return {
        size: h?.size ?? 0,
        text: r ? r.toString() : null,
        inActive: r ? a.contains(r.commonAncestorContainer) : false,
        focusedTag: a.tagName,
        articleUnchanged: document.querySelectorAll('#article-body mark, #article-body [data-dramatis-mark]').length === 0,
      };
    });
    console.log(`walk: highlighted ${JSON.stringify(hl.text)} for ${JSON.stringify(card.text)}`);
    assert.equal(hl.size, 1, 'one range registered in CSS.highlights');
    const norm = (s) => s.replace(/[\u2018\u2019\u201C\u201D"'.,;:]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
    assert.equal(norm(hl.text), norm(card.text), 'the highlight covers exactly the quoted words');
    assert.ok(hl.inActive, 'focus moved to the paragraph that holds the words');
    assert.ok(hl.articleUnchanged, 'the article text is not rewritten');
    assert.deepEqual(opened.pageErrors, []);
  } finally {
    report('walk', opened);
    await opened.context.close();
  }
});

test('cards: figure > h4 + blockquote + figcaption, copy citation, context', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await open();
  const { page, context } = opened;
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    const sem = await page.locator(CARD).evaluateAll((cs) => cs.map((f) => ({
      kids: [...f.children].map((c) => c.tagName).join('>'),
      heading: f.querySelector('h4')?.textContent,
      labelled: f.getAttribute('aria-labelledby') === f.querySelector('h4')?.id,
      inList: f.parentElement.tagName === 'LI' && f.parentElement.parentElement.getAttribute('role') === 'list',
    })));
    for (const s of sem) {
      assert.equal(s.kids, 'H4>BLOCKQUOTE>FIGCAPTION');
      assert.ok(s.heading && s.labelled && s.inList, JSON.stringify(s));
    }
    const first = page.locator(CARD).first();
    await first.locator('.btn-context').click();
    assert.equal(await first.locator('.btn-context').getAttribute('aria-expanded'), 'true');
    assert.ok(await first.locator('.context').isVisible());
    await first.locator('.btn-copy').click();
    await page.waitForFunction(() => /Copied/.test(document.querySelector('dramatis-widget').shadowRoot.querySelector('.btn-copy').textContent));
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    console.log(`cards: citation ${JSON.stringify(clip)}`);
    assert.match(clip, /^\u201C.+\u201D \u2014 .+Quoted in .*Omer Carmi.*\u201CIran's Supreme Leader.*2019-10-04/);
    assert.equal(await first.locator('.btn-link').count(), 0, 'no deep-link button without the deep-links attribute');
  } finally {
    report('cards', opened);
    await opened.context.close();
  }
});

test('deep links: #dramatis=<id> focuses the card when the widget has deep-links', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await open();
  const { page, context } = opened;
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    const ids = await page.locator(CARD).evaluateAll((cs) => cs.map((c) => c.dataset.quoteId));
    const id = ids[ids.length - 2];
    await page.evaluate((id) => {
      location.hash = `dramatis=${encodeURIComponent(id)}`;
      const w = document.createElement('dramatis-widget');
      w.id = 'deep';
      w.setAttribute('article', '#article-body');
      w.setAttribute('deep-links', '');
      document.querySelector('.sidebar').append(w);
    }, id);
    await page.waitForFunction((id) => document.querySelector('#deep')?.shadowRoot?.activeElement?.dataset?.quoteId === id, id, { timeout: 15000 });
    // Copy link gives the page URL with the fragment; following another link moves focus.
    const card = page.locator(`#deep figure.card[data-quote-id="${ids[0]}"]`);
    await card.locator('.btn-link').click();
    await page.waitForFunction(() => /copied/i.test(document.querySelector('#deep').shadowRoot.querySelector('.btn-link').textContent));
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(link.endsWith(`#dramatis=${encodeURIComponent(ids[0])}`), link);
    assert.ok(link.startsWith(page.url().split('#')[0]));
    await page.evaluate((id) => { location.hash = `dramatis=${encodeURIComponent(id)}`; }, ids[0]);
    await page.waitForFunction((id) => document.querySelector('#deep').shadowRoot.activeElement?.dataset?.quoteId === id, ids[0], { timeout: 5000 });
    // The demo widget (no deep-links) ignores the fragment.
    assert.equal(await page.evaluate(() => document.querySelector('dramatis-widget:not(#deep)').shadowRoot.activeElement), null);
  } finally {
    report('deep', opened);
    await opened.context.close();
  }
});

test('filters: speech vs terms, search, chips, status count, clear all, empty state', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await open();
  const { page } = opened;
  try {
    const W = 'dramatis-widget';
    const status = () => page.locator(`${W} [role=status]`).innerText();
    const total = await page.locator(CARD).count();
    const terms = await page.locator(`${W} .term`).count();
    assert.match(await status(), new RegExp(`^${total} quotes \u00B7 ${terms} key terms$`));

    await page.locator(`${W} .show-terms`).click();
    assert.equal(await page.locator(CARD).count(), 0);
    assert.equal(await page.locator(`${W} .term`).count(), terms);
    assert.equal(await status(), `${terms} key terms`);
    await page.locator(`${W} .show-speech`).click();
    assert.equal(await page.locator(`${W} .term`).count(), 0);
    assert.equal(await page.locator(CARD).count(), total);

    // A term links to where it stands: highlight in its paragraph.
    await page.locator(`${W} .show-all`).click();
    await page.locator(`${W} .term-btn`).first().click();
    const term = await page.evaluate(() => [...(CSS.highlights.get('dramatis') ?? [])][0]?.toString());
    const termText = (await page.locator(`${W} .term-btn`).first().innerText()).replace(/[\u2018\u2019]/g, '');
    assert.equal(term?.replace(/['\u2019]/g, ''), termText.replace(/['\u2019]/g, ''));

    // Chips filter by speaker and announce it.
    const chip = page.locator(`${W} .chip`).first();
    const name = await chip.locator('.chip-name').innerText();
    await chip.click();
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    assert.match(await status(), new RegExp(` by ${name}`));
    // Search narrows further; nonsense gives the helpful empty state.
    await page.locator(`${W} #d-search`).fill('zzzqqq');
    assert.match(await page.locator(`${W} .empty`).innerText(), /No quotes by .* match/);
    assert.match(await status(), /^0 quotes by .* matching \u201Czzzqqq\u201D/);
    await page.locator(`${W} .empty button`).click();
    assert.equal(await page.locator(CARD).count(), total, 'the empty state clears the filters');
    await page.locator(`${W} #d-search`).fill('Rouhani');
    const n = await page.locator(CARD).count();
    assert.ok(n > 0 && n < total);
    await page.locator(`${W} .show-terms`).click();
    await page.locator(`${W} .btn-clear`).click();
    assert.equal(await page.locator(CARD).count(), total, 'Clear all resets search, speaker and kind');
    assert.equal(await page.locator(`${W} #d-search`).inputValue(), '');
    assert.ok(await page.locator(`${W} .btn-clear`).isDisabled());
  } finally {
    report('filters', opened);
    await opened.context.close();
  }
});
