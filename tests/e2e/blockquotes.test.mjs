// Block quotes set without quotation marks are quotations in the widget as in the
// CLI (src/extract/blockquotes.rs): the page is the CLI's fixture,
// tests/fixtures/blockquotes.html, given a widget as a publisher would add one; its
// "— Name" footer gives the speaker and the pull quote that repeats a paragraph's
// quote is not a second card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, waitFor, report, CARD, TEST_TIMEOUT } from './helpers.mjs';

test('an unmarked block quote is one card, its footer the speaker; a pull quote is no card', { timeout: TEST_TIMEOUT }, async () => {
  const browser = await launchBrowser();
  const opened = await openPage(browser, 'tests/fixtures/blockquotes.html');
  const { page } = opened;
  try {
    await page.evaluate(() => {
      const widget = document.createElement('dramatis-widget');
      widget.setAttribute('article', 'article');
      widget.setAttribute('view', 'cards');
      document.body.append(widget);
    });
    await page.addScriptTag({ type: 'module', url: '/www/dramatis.js' });
    await waitFor(page, CARD);
    // Every card, once the first screen and the rest are in.
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length >= 4, CARD, { timeout: 10_000 })
      .catch(() => {});
    const cards = await page.locator(CARD).allInnerTexts();
    console.log(`blockquotes: ${cards.length} cards`);
    const sign = cards.filter((t) => t.includes('We will not sign a deal that leaves the dockers behind'));
    assert.equal(sign.length, 1, `one card for the unmarked block quote: ${JSON.stringify(cards)}`);
    assert.match(sign[0], /Lena Ortiz/, 'its footer line names the speaker');
    assert.doesNotMatch(sign[0], /— Lena Ortiz, in a statement/, 'the footer is not part of the quote');
    assert.equal(cards.filter((t) => t.includes('We have heard promises before')).length, 1, 'the pull quote adds no card');
    const post = cards.filter((t) => t.includes('No contracts, no cranes'));
    assert.equal(post.length, 1, 'the embedded post is a card');
    assert.match(post[0], /Valmar Dockers Union/, 'signed by the name after its dash');
    assert.ok(cards.some((t) => t.includes('The terminal will reopen by Friday')), 'a marked quote inside a block quote stays a card');
    assert.equal(cards.length, 4);
    assert.deepEqual(opened.pageErrors, [], 'no uncaught errors on the page');
  } finally {
    report('blockquotes', opened);
    await opened.context.close();
    await browser.close();
  }
});
