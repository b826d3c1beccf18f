// The iframe embed (www/embed.html?src=...): renders the story from `src` and posts
// its height to the parent in the Pym.js and AMP embed-size formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, TEST_TIMEOUT } from './helpers.mjs';

test('iframe embed renders the story and posts its height', { timeout: TEST_TIMEOUT }, async () => {
  const browser = await launchBrowser();
  try {
    const { page, pageErrors } = await openPage(browser, 'tests/e2e/pages/iframe-host.html');
    const frame = page.frameLocator('#embed');
    await frame.locator('figure.card').first().waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('figure.card').count(), 1);
    // In an iframe there is no host article: that is expected, not an error.
    assert.equal(await frame.locator('.error-panel').count(), 0, 'no error panel for a src-only embed');
    await page.waitForFunction(() => window.__heights.some((m) => typeof m === 'string') && window.__heights.some((m) => m && m.sentinel === 'amp'));
    const msgs = await page.evaluate(() => window.__heights);
    const pym = msgs.filter((m) => typeof m === 'string').at(-1);
    assert.match(pym, /^pymxPYMxstory1xPYMxheightxPYMx\d+$/);
    const amp = msgs.filter((m) => m && m.sentinel === 'amp').at(-1);
    assert.equal(amp.type, 'embed-size');
    assert.ok(amp.height > 100, `height ${amp.height}`);
    assert.deepEqual(pageErrors, []);
  } finally {
    await browser.close();
  }
});
