// The editor's curation loop (issue 8): with the `editable` attribute an editor
// reassigns speakers (to an existing actor and to a new one with a hostile name),
// marks quotes as key terms or quotes, merges and moves actors, adds a relation,
// undoes, and downloads the story JSON; the download validates against the schema,
// and a page that loads it as `src` shows readers the corrections, merged over a
// fresh extraction of an article that has changed since.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  launchBrowser, openPage, waitFor, report, ROOT, AXE_PATH, CARD, TREEITEM, TEST_TIMEOUT,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const PAGE = 'tests/e2e/pages/editor.html';
const HOSTILE = '<img src=x onerror=window.__pwned=1>';
const W = 'dramatis-widget';
const card = (id) => `${W} figure.card[data-quote-id="${id}"]`;
const item = (id) => `${W} [role=treeitem][data-actor-id="${id}"]`;

/** The speaker of each card, by quote id, and the key terms' quote ids. */
async function shown(page) {
  return page.locator(W).evaluate((host) => {
    const r = host.shadowRoot;
    const cards = {};
    for (const f of r.querySelectorAll('figure.card')) {
      cards[f.dataset.quoteId] = { speaker: f.dataset.speakerId ?? null, name: f.querySelector('.speaker-name').textContent, cls: f.className };
    }
    return {
      cards,
      terms: [...r.querySelectorAll('.terms .term')].map((t) => t.dataset.quoteId),
      actors: [...r.querySelectorAll('[role=treeitem]')].map((li) => li.dataset.actorId),
      imgs: r.querySelectorAll('img').length,
      sub: r.querySelector('.d-sub').textContent,
    };
  });
}

/** Tag and class of the element with focus inside the widget. */
async function focused(page) {
  return page.locator(W).evaluate((host) => {
    const a = host.shadowRoot.activeElement;
    return a ? `${a.tagName} ${a.className}` : 'none';
  });
}

/** Sets the speaker of quote `id` to the actor labelled `label` with the card's controls. */
async function reassign(page, id, label) {
  await page.locator(`${card(id)} select.qedit-speaker`).selectOption({ label });
  await page.locator(`${card(id)} .btn-set-speaker`).click();
}

/** Selects actor `id` in the tree, which opens its detail panel (and its editor). */
async function openActor(page, id) {
  if ((await page.locator(item(id)).getAttribute('aria-selected')) !== 'true') {
    await page.locator(`${item(id)} > .node`).click();
  }
  await page.locator(`${W} section.detail[data-actor-id="${id}"] .aedit`).waitFor();
}

test('editor: reassign, new actor, kinds, merge, move, relate, undo, download, publish as src', { timeout: TEST_TIMEOUT * 2 }, async () => {
  const opened = await openPage(browser, `${PAGE}?editable`);
  const { page, context } = opened;
  let reader = null;
  try {
    await waitFor(page, CARD);
    await waitFor(page, `${W} .editbar`);
    const before = await shown(page);
    assert.equal(before.cards['q4-1']?.speaker, 'tomas-berg', 'the extraction this test starts from');
    assert.equal(before.cards['q6-1']?.speaker, 'official');
    assert.ok(before.terms.includes('q3-37'), '"grand bargain" starts as a key term');
    const undo = page.locator(`${W} .btn-undo`);
    assert.equal(await undo.isDisabled(), true, 'nothing to undo yet');

    // Reassign to a new actor whose name is markup: it must stay text.
    await page.locator(`${card('q4-1')} select.qedit-speaker`).selectOption({ label: 'New actor\u2026' });
    await page.locator(`${card('q4-1')} .btn-set-speaker`).click();
    const name = page.locator(`${card('q4-1')} input.qedit-name`);
    assert.equal(await name.evaluate((el) => el === el.getRootNode().activeElement), true, 'the name field takes focus');
    await name.fill(HOSTILE);
    await page.locator(`${card('q4-1')} select.qedit-kind`).selectOption({ label: 'group' });
    await name.press('Enter');
    const speakerSelect = page.locator(`${card('q4-1')} select.qedit-speaker`);
    await speakerSelect.waitFor();
    assert.equal(await speakerSelect.evaluate((el) => el === el.getRootNode().activeElement), true, 'focus returns to the speaker select');
    let now = await shown(page);
    assert.equal(now.cards['q4-1'].name, HOSTILE, 'the new speaker is shown as text');
    assert.equal(now.cards['q4-1'].speaker, 'img-src-x-onerror-window-pwned-1');
    assert.equal(now.imgs, 0, 'no element was made from the name');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.match(now.cards['q4-1'].cls, /origin-curated/);
    assert.equal(await undo.isDisabled(), false);
    assert.match(await page.locator(`${W} .edit-note`).innerText(), /Change applied/);

    // A key term becomes a quote and gets its speaker; a quote becomes a key term.
    await page.locator(`${W} .term[data-quote-id="q3-37"] .btn-speech`).click();
    await waitFor(page, card('q3-37'));
    assert.match(await focused(page), /^FIGURE card/, 'the last key term gone, focus moves to a card, not to the page');
    await reassign(page, 'q3-37', 'Harbour Board');
    await page.locator(`${card('q1-75')} .btn-term`).click();
    await page.locator(card('q1-75')).waitFor({ state: 'detached' });
    assert.match(await focused(page), /^FIGURE card/, 'focus moves to a neighbouring card');
    now = await shown(page);
    assert.equal(now.cards['q3-37'].speaker, 'harbour-board');
    assert.equal(now.cards['q1-75'], undefined, 'a key term is not a card');
    assert.ok(now.terms.includes('q1-75'));

    // Undo takes back exactly the last edit: once with the button, once with Ctrl+Z.
    await reassign(page, 'q2-1', 'Richard Miles');
    assert.equal((await shown(page)).cards['q2-1'].speaker, 'richard-miles');
    await undo.click();
    assert.equal((await shown(page)).cards['q2-1'].speaker, 'tomas-berg', 'undone by the button');
    assert.match(await page.locator(`${W} .edit-note`).innerText(), /Change undone/);
    await reassign(page, 'q2-1', 'Richard Miles');
    await page.locator(`${card('q2-1')} .btn-set-speaker`).focus();
    await page.keyboard.press('Control+z');
    now = await shown(page);
    assert.equal(now.cards['q2-1'].speaker, 'tomas-berg', 'undone by Ctrl+Z');
    assert.equal(now.cards['q3-37'].speaker, 'harbour-board', 'the edits before it stay');

    // Merge "Official" into Jane Roe: its quote follows, it leaves the tree.
    await openActor(page, 'official');
    await page.locator(`${W} .aedit-merge`).selectOption({ label: 'Jane Roe' });
    await page.locator(`${W} .btn-merge`).click();
    await page.locator(`${W} section.detail[data-actor-id="jane-roe"]`).waitFor();
    now = await shown(page);
    assert.ok(!now.actors.includes('official'));
    assert.equal(now.cards['q6-1'].speaker, 'jane-roe');

    // Move Tomas Berg under the Dockers Union; a move under its own child is not offered.
    await openActor(page, 'tomas-berg');
    await page.locator(`${W} .aedit-move`).selectOption({ label: 'Dockers Union' });
    await page.locator(`${W} .btn-move`).click();
    await page.locator(`${item('dockers-union')} [role=group] ${item('tomas-berg').slice(W.length + 1)}`).waitFor({ state: 'attached' });
    await openActor(page, 'dockers-union');
    const moveChoices = await page.locator(`${W} .aedit-move option`).allTextContents();
    assert.ok(!moveChoices.includes('Tomas Berg'), `no cycle offered: ${moveChoices}`);

    // Richard Miles criticizes Jane Roe.
    await openActor(page, 'richard-miles');
    assert.equal(await page.locator(`${W} .aedit-kind option:checked`).textContent(), 'leads', 'the first kind is the default');
    await page.locator(`${W} .aedit-kind`).selectOption({ label: 'criticizes' });
    await page.locator(`${W} .aedit-target`).selectOption({ label: 'Jane Roe' });
    await page.locator(`${W} .btn-relate`).click();
    await page.locator(`${W} section.detail .relations li`, { hasText: 'criticizes \u2192 Jane Roe' }).waitFor();

    // Download.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`${W} .btn-download`).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'story.json');
    const file = await download.path();
    const json = readFileSync(file, 'utf8');
    const story = JSON.parse(json);
    // A real JSON Schema validator (python3's jsonschema, Draft 2020-12).
    execFileSync('python3', [path.join(ROOT, 'scripts', 'check-schema.py'), file], { stdio: 'pipe' });
    const q = Object.fromEntries(story.quotes.map((x) => [x.id, x]));
    const a = Object.fromEntries(story.actors.map((x) => [x.id, x]));
    assert.equal(q['q4-1'].speaker, 'img-src-x-onerror-window-pwned-1');
    assert.equal(a['img-src-x-onerror-window-pwned-1'].name, HOSTILE);
    assert.equal(a['img-src-x-onerror-window-pwned-1'].kind, 'group');
    assert.equal(story.paragraphs, undefined, 'the article text is not copied into the download');
    assert.equal(q['q1-75'].kind, 'term');
    assert.equal(q['q2-1'].speaker, 'tomas-berg', 'the undone edit is not in the download');
    assert.equal(a.official, undefined);
    assert.deepEqual(a['jane-roe'].merged, ['official']);
    assert.equal(a['tomas-berg'].parent, 'dockers-union');
    assert.ok(story.relations.some((r) => r.source === 'richard-miles' && r.target === 'jane-roe' && r.kind === 'criticizes'));
    report('editor', opened);
    assert.deepEqual(opened.pageErrors, []);

    // Publish: a reader's page (no editable) loads the download as src, over an article
    // that gained a paragraph since the editor saw it.
    // The page's server answers /published/story.json with the downloaded file.
    const rc = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await rc.route('**/published/story.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: json }));
    const rp = await rc.newPage();
    reader = { context: rc, page: rp, pageErrors: [], consoleErrors: [] };
    rp.on('pageerror', (e) => reader.pageErrors.push(String(e)));
    rp.on('console', (m) => { if (m.type() === 'error') reader.consoleErrors.push(m.text()); });
    await rp.goto(`${page.url().split('?')[0]}?extra&src=${encodeURIComponent('/published/story.json')}`);
    await waitFor(rp, CARD);
    await waitFor(rp, TREEITEM);
    await rp.waitForFunction(() => document.querySelector('dramatis-widget')?.dataset.state === 'ready');
    const seen = await shown(rp);
    assert.equal(await rp.locator(`${W} .editbar, ${W} .qedit, ${W} .aedit`).count(), 0, 'readers get no editor');
    assert.equal(seen.cards['q4-1'].name, HOSTILE, 'the new speaker, as text');
    assert.equal(seen.imgs, 0);
    assert.equal(await rp.evaluate(() => window.__pwned), undefined);
    assert.equal(seen.cards['q3-37'].speaker, 'harbour-board', 'the reassignment');
    assert.equal(seen.cards['q6-1'].speaker, 'jane-roe', 'the merge moved the quote');
    assert.equal(seen.cards['q1-75'], undefined, 'the key term is not a card');
    assert.ok(!seen.actors.includes('official'), 'the merged actor stays merged over the fresh extraction');
    assert.equal(seen.cards['q2-1'].speaker, 'tomas-berg', 'an untouched quote');
    const fresh = Object.entries(seen.cards).filter(([id]) => !q[id]);
    assert.equal(fresh.length, 1, `the quote of the new paragraph: ${JSON.stringify(seen.cards)}`);
    assert.match(fresh[0][1].cls, /origin-auto/, 'marked as automatic');
    assert.match(seen.sub, /checked by the editors/);
    assert.equal(await rp.locator(`${item('dockers-union')} [role=group] [data-actor-id="tomas-berg"]`).count(), 1, 'the move');
    await rp.locator(`${item('richard-miles')} > .node`).click();
    await rp.locator(`${W} section.detail .relations li`, { hasText: 'criticizes \u2192 Jane Roe' }).waitFor();
    report('reader', reader);
    assert.deepEqual(reader.pageErrors, []);
  } finally {
    await context.close();
    await reader?.context.close();
  }
});

test('reader mode: without editable there are no editor controls', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await openPage(browser, PAGE);
  try {
    await waitFor(opened.page, CARD);
    await opened.page.locator(`${TREEITEM} > .node`).first().click();
    await waitFor(opened.page, `${W} section.detail`);
    assert.equal(await opened.page.locator(`${W} .editbar, ${W} .qedit, ${W} .aedit, ${W} .btn-speech`).count(), 0);
  } finally {
    await opened.context.close();
  }
});

// The editor's controls meet the same bar as the reader's: no axe violation of any
// impact, light and dark, with an actor's editor open and a new actor being named.
for (const theme of ['light', 'dark']) {
  test(`editor: zero axe violations (${theme})`, { timeout: TEST_TIMEOUT }, async () => {
    const opened = await openPage(browser, `${PAGE}?editable`);
    const { page } = opened;
    try {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await waitFor(page, `${W} .qedit`);
      await openActor(page, 'tomas-berg');
      await page.locator(`${card('q2-1')} select.qedit-speaker`).selectOption({ label: 'New actor\u2026' });
      await page.locator(`${card('q2-1')} .btn-set-speaker`).click();
      await waitFor(page, `${card('q2-1')} input.qedit-name`);
      await page.addScriptTag({ path: AXE_PATH });
      const violations = await page.evaluate(async () => (await window.axe.run({ include: [['dramatis-widget']] }, { resultTypes: ['violations'] }))
        .violations.map((v) => `${v.impact}: ${v.id} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`));
      assert.deepEqual(violations, [], 'axe violations in editor mode');
    } finally {
      report(`editor a11y ${theme}`, opened);
      await opened.context.close();
    }
  });
}

// At a phone's 320 px the editor's controls wrap instead of pushing the page sideways.
test('editor: no horizontal scrolling at 320px', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await openPage(browser, `${PAGE}?editable`, { width: 320, height: 800 });
  const { page } = opened;
  try {
    await waitFor(page, `${W} .qedit`);
    await openActor(page, 'jane-roe');
    await page.locator(`${card('q1-75')} select.qedit-speaker`).selectOption({ label: 'New actor\u2026' });
    await page.locator(`${card('q1-75')} .btn-set-speaker`).click();
    await waitFor(page, `${card('q1-75')} input.qedit-name`);
    const o = await page.evaluate(() => {
      const w = document.querySelector('dramatis-widget');
      const r = w.getBoundingClientRect();
      const inner = [...w.shadowRoot.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > r.right + 1 && e.offsetParent !== null && getComputedStyle(e).position !== 'absolute');
      return { page: document.documentElement.scrollWidth - window.innerWidth, inner: inner.slice(0, 3).map((e) => e.className) };
    });
    assert.ok(o.page <= 0, `page scrolls sideways by ${o.page}px`);
    assert.deepEqual(o.inner, [], 'nothing sticks out of the widget');
  } finally {
    report('editor 320', opened);
    await opened.context.close();
  }
});
