// Errors are shown, not swallowed: a malformed story JSON and a missing one each
// produce a visible error panel that names the cause.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPage, waitFor, report, ERROR_PANEL, TEST_TIMEOUT,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const cases = [
  { widget: '#malformed', cause: /JSON|truncat|parse|syntax|expected|line \d/i, what: 'malformed story JSON' },
  { widget: '#missing', cause: /404|not found/i, what: 'missing story JSON (404)' },
];

test('error panels name the cause', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await openPage(browser, 'tests/e2e/pages/error.html');
  const { page } = opened;
  try {
    for (const c of cases) {
      const panel = page.locator(`dramatis-widget${c.widget} ${ERROR_PANEL}`);
      await waitFor(page, `dramatis-widget${c.widget} ${ERROR_PANEL}`);
      await panel.first().waitFor({ state: 'visible', timeout: 5_000 });
      const text = (await panel.first().innerText()).replace(/\s+/g, ' ');
      console.log(`error: ${c.what}: ${JSON.stringify(text)}`);
      assert.match(text, c.cause, `the error panel for the ${c.what} names the cause`);
      assert.equal(await page.locator(`dramatis-widget${c.widget} figure.card`).count(), 0, 'no cards beside an error');
    }
    assert.deepEqual(opened.pageErrors, [], 'errors are shown in the widget, not thrown');
  } finally {
    report('error', opened);
    await opened.context.close();
  }
});
