// Hostile text never executes: markup inside article text (auto mode) and inside a
// story JSON's strings is rendered as text. Every payload sets window.__pwned.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPage, waitFor, report, CARD, TEST_TIMEOUT,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** Elements that only exist if some string was parsed as markup inside the widget. */
async function injectedElements(page) {
  return page.evaluate(() => [...document.querySelectorAll('dramatis-widget')].flatMap((w) => {
    const root = w.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll('script, img[src="x"], svg[onload], iframe, a[href^="javascript:"], [onmouseover], [onerror], [onload]')]
      .map((el) => el.outerHTML.slice(0, 120));
  }));
}

async function exercise(page) {
  // Give error/load handlers of any injected element time to fire, and hover/click
  // around so that event-handler attributes would run.
  const cards = page.locator(CARD);
  const n = Math.min(await cards.count(), 4);
  for (let i = 0; i < n; i++) await cards.nth(i).hover();
  const items = page.locator('dramatis-widget [role=treeitem]');
  const m = Math.min(await items.count(), 4);
  for (let i = 0; i < m; i++) await items.nth(i).hover();
  await page.waitForTimeout(500);
}

const pages = [
  { url: 'tests/e2e/pages/injection-article.html', what: 'hostile article text (auto mode)', literal: /<img src=x|<script>|<svg|<iframe|<a href/ },
  { url: 'tests/e2e/pages/injection-story.html', what: 'hostile story JSON', literal: /<script>window\.__pwned=1<\/script>/ },
];

for (const p of pages) {
  test(`${p.what}: rendered as text, never executed`, { timeout: TEST_TIMEOUT }, async () => {
    const opened = await openPage(browser, p.url);
    const { page } = opened;
    try {
      await waitFor(page, CARD);
      await exercise(page);
      const cardTexts = await page.locator(CARD).allInnerTexts();
      console.log(`injection: ${p.what}: ${cardTexts.length} cards`);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'window.__pwned stays undefined');
      assert.deepEqual(await injectedElements(page), [], 'no element was created from hostile text');
      assert.ok(cardTexts.length >= 1, 'the widget renders cards');
      assert.ok(cardTexts.some((t) => p.literal.test(t)), `the hostile markup shows as literal text in a card: ${JSON.stringify(cardTexts)}`);
      assert.deepEqual(opened.pageErrors, [], 'no uncaught errors on the page');
    } finally {
      report(`injection ${p.what}`, opened);
      await opened.context.close();
    }
  });
}

// The whole hostile corpus (tests/hostile/inputs.json, shared with tests/hostile.rs):
// every string as article text (auto mode) and in every string field of a curated
// story (one widget per string, the story served through a route), with the trap
// window.__pwned planted; nothing fires, every widget renders, and no href in any
// widget is anything but http(s) (article.url carries javascript: and data: URLs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.mjs';
import { addWidgets, waitSettled } from './robust.mjs';

const CORPUS = JSON.parse(readFileSync(path.join(ROOT, 'tests/hostile/inputs.json'), 'utf8')).inputs;

function hostileStory(s) {
  return {
    version: '1',
    article: { title: s, byline: s, published: s, url: s },
    paragraphs: [s],
    actors: [
      { id: 'a', name: s, aliases: [s], kind: 'person', role: s, parent: null },
      { id: 'b', name: `Jane Roe ${s}`, aliases: [], kind: 'person', role: s, parent: 'a' },
    ],
    quotes: [
      { id: 'q1', text: s, kind: 'speech', speaker: 'b', paragraph: 0, context: s, evidence: s },
      { id: 'q2', text: s, kind: 'term', speaker: null, paragraph: 0, context: s },
    ],
    relations: [{ source: 'b', target: 'a', kind: 'criticizes', evidence: { paragraph: 0, sentence: s } }],
    diagnostics: [{ paragraph: 0, message: s }],
  };
}

test(`hostile corpus: ${CORPUS.length} strings in article text and in every story field`, { timeout: 180_000 }, async () => {
  assert.ok(CORPUS.length >= 40, 'at least 40 hostile inputs');
  const opened = await openPage(browser, 'tests/e2e/pages/faults.html');
  const { page } = opened;
  try {
    await page.route('**/__inject/story-*.json', (route) => {
      const i = Number(/story-(\d+)\.json/.exec(route.request().url())[1]);
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(hostileStory(CORPUS[i])) });
    });
    await page.evaluate((corpus) => {
      window.__pwned = undefined;
      const article = document.getElementById('story');
      for (const s of corpus) {
        for (const text of [`\u201C${s},\u201D President Jane Roe said.`, s, `Miles added: \u201C${s}\u201D`]) {
          const p = document.createElement('p');
          p.textContent = text; // as text, as a CMS would have escaped it
          article.append(p);
        }
      }
    }, CORPUS);
    const specs = [{ id: 'auto', attrs: { article: '#story' } }];
    CORPUS.forEach((_, i) => specs.push({ id: `s${i}`, attrs: { article: '#story', src: `/__inject/story-${i}.json`, view: i % 2 ? 'both' : 'cards' } }));
    await addWidgets(page, specs, '#widgets');
    await waitSettled(page, 'dramatis-widget', 120_000);
    // Cards render in batches: render every card of every widget, so that every
    // hostile string is on screen.
    await page.evaluate(async () => {
      for (const w of document.querySelectorAll('dramatis-widget')) {
        for (let more; (more = w.shadowRoot.querySelector('.btn-more'));) {
          more.click();
          await new Promise((r) => setTimeout(r, 0));
        }
      }
    });
    // Hover and open things in a few widgets so that handler attributes would fire.
    await exercise(page);
    await page.waitForTimeout(500);
    const result = await page.evaluate(() => {
      const ws = [...document.querySelectorAll('dramatis-widget')];
      const hrefs = ws.flatMap((w) => [...w.shadowRoot.querySelectorAll('[href], [src], [action], [formaction], [srcdoc]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? 'srcdoc'));
      return {
        pwned: window.__pwned,
        states: ws.map((w) => w.getAttribute('data-state')),
        rendered: ws.filter((w) => w.shadowRoot.querySelector('.dramatis')).length,
        cards: ws.map((w) => w.shadowRoot.querySelectorAll('figure.card').length),
        panels: ws.filter((w) => w.shadowRoot.querySelector('.error-panel')).map((w) => w.id),
        hrefs,
        total: ws.length,
      };
    });
    console.log(`injection corpus: ${result.total} widgets (${CORPUS.length} stories + auto), ${result.rendered} rendered, `
      + `${result.cards.reduce((a, b) => a + b, 0)} cards, panels: ${JSON.stringify(result.panels)}, links: ${JSON.stringify(result.hrefs)}`);
    assert.equal(result.pwned, undefined, 'window.__pwned stays undefined');
    assert.deepEqual(await injectedElements(page), [], 'no element was created from hostile text');
    assert.equal(result.rendered, result.total, 'every widget renders');
    assert.ok(result.states.every((s) => s === 'ready'), `every story is accepted as data: ${JSON.stringify(result.states)}`);
    assert.ok(result.cards[0] >= CORPUS.length, 'auto mode finds the quotes around the hostile strings');
    for (const h of result.hrefs) assert.match(h, /^https?:\/\//i, `only http(s) links: ${h}`);
    assert.deepEqual(opened.pageErrors, [], 'no uncaught errors');
  } finally {
    report('injection corpus', opened);
    await opened.context.close();
  }
});
