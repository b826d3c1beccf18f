// UI texts come from the story JSON's `strings` when it sets them (a publisher's
// wording or translation); unknown keys are ignored and nothing else changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, TEST_TIMEOUT } from './helpers.mjs';

test('story JSON strings override the UI texts', { timeout: TEST_TIMEOUT }, async () => {
  const browser = await launchBrowser();
  try {
    const { page, pageErrors } = await openPage(browser, 'tests/e2e/pages/iframe-host.html');
    await page.goto(page.url().replace('iframe-host.html', '../../../www/embed.html?src=../tests/e2e/pages/strings.story.json'));
    const button = page.locator('dramatis-widget figure.card .btn-copy').first();
    await button.waitFor({ timeout: 30_000 });
    assert.equal((await button.innerText()).trim(), 'Cite this');
    assert.deepEqual(pageErrors, []);
  } finally {
    await browser.close();
  }
});
