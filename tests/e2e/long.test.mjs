// A long story (68 speech quotes): the first batch of cards is rendered, "Show more"
// renders the next batch and moves focus to its first card, the status line keeps the
// full count, a new filter starts from the first batch again, and a deep link to a
// card beyond the batch renders up to it and focuses it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, waitFor, report, CARD, TEST_TIMEOUT } from './helpers.mjs';

const PAGE = 'tests/e2e/pages/long.html';
const BATCH = 30;

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const shadow = (page, f, arg) => page.locator('dramatis-widget').evaluate(f, arg);
const cardIds = (page) => page.locator(CARD).evaluateAll((cs) => cs.map((c) => c.dataset.quoteId));
const focusedId = (page) => shadow(page, (w) => w.shadowRoot.activeElement?.dataset?.quoteId ?? null);

test('a long story renders its first batch of cards and more on demand', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await openPage(browser, PAGE);
  const { page } = opened;
  try {
    await waitFor(page, CARD);
    const speech = await page.evaluate(async () => (await (await fetch('/tests/e2e/pages/long.story.json')).json())
      .quotes.filter((q) => q.kind === 'speech').map((q) => q.id));
    assert.equal(speech.length, 68);
    assert.deepEqual(await cardIds(page), speech.slice(0, BATCH), 'the first batch, in story order');
    assert.match(await page.locator('dramatis-widget .status').textContent(), /^68 quotes/, 'the status line keeps the full count');
    assert.match(await page.locator('dramatis-widget .more').textContent(), /Show 30 more.*Showing 30 of 68 quotes/);

    // Keyboard: Enter on "Show more" renders the next batch and focuses its first card.
    await page.locator('dramatis-widget .btn-more').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelector('dramatis-widget').shadowRoot.querySelectorAll('figure.card').length === n, 2 * BATCH);
    await page.waitForFunction((id) => document.querySelector('dramatis-widget').shadowRoot.activeElement?.dataset?.quoteId === id, speech[BATCH]);
    assert.match(await page.locator('dramatis-widget .btn-more').textContent(), /Show 8 more/);

    // The last batch: the button goes, focus is on the first new card, not lost.
    await page.locator('dramatis-widget .btn-more').click();
    await page.waitForFunction((n) => document.querySelector('dramatis-widget').shadowRoot.querySelectorAll('figure.card').length === n, 68);
    assert.equal(await focusedId(page), speech[2 * BATCH]);
    assert.equal(await page.locator('dramatis-widget .btn-more').count(), 0);
    assert.deepEqual(await cardIds(page), speech);

    // A new filter starts again from the first batch.
    await page.locator('dramatis-widget input[type=search]').fill('e');
    await page.waitForFunction(() => /matching/.test(document.querySelector('dramatis-widget').shadowRoot.querySelector('.status').textContent));
    const matching = Number((await page.locator('dramatis-widget .status').textContent()).match(/^(\d+) quotes/)[1]);
    assert.ok(matching > BATCH, `${matching} quotes match`);
    assert.equal((await cardIds(page)).length, BATCH);
    assert.deepEqual(opened.pageErrors, []);
  } finally {
    report('long', opened);
    await opened.context.close();
  }
});

test('a deep link to a card beyond the first batch renders up to it and focuses it', { timeout: TEST_TIMEOUT }, async () => {
  const story = JSON.parse(await (await fetch(`${process.env.DRAMATIS_BASE_URL}/tests/e2e/pages/long.story.json`)).text());
  const target = story.quotes.filter((q) => q.kind === 'speech')[50].id;
  const opened = await openPage(browser, `${PAGE}#dramatis=${encodeURIComponent(target)}`);
  const { page } = opened;
  try {
    await page.waitForFunction((id) => document.querySelector('dramatis-widget')?.shadowRoot?.activeElement?.dataset?.quoteId === id, target, { timeout: 15000 });
    assert.equal((await cardIds(page)).length, 51, 'rendered up to the linked card');
    // Following a link to a card that is already rendered just focuses it.
    const first = (await cardIds(page))[0];
    await page.evaluate((id) => { location.hash = `dramatis=${encodeURIComponent(id)}`; }, first);
    await page.waitForFunction((id) => document.querySelector('dramatis-widget').shadowRoot.activeElement?.dataset?.quoteId === id, first);
    assert.deepEqual(opened.pageErrors, []);
  } finally {
    report('long-deep', opened);
    await opened.context.close();
  }
});
