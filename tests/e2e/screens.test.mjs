// Screenshots of the demo at 375 and 1280 px, light and dark, in both tree views,
// written to target/screenshots/ (docs/ keeps one light 1280 and one dark 375).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPage, waitFor, screenshotPath, report, CARD, TREEITEM, TEST_TIMEOUT,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

for (const theme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    test(`screenshots: ${width}px ${theme}`, { timeout: TEST_TIMEOUT }, async () => {
      const opened = await openPage(browser, 'index.html', { width, height: width > 1000 ? 900 : 812 });
      const { page } = opened;
      try {
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        await page.evaluate((t) => document.querySelector('dramatis-widget').setAttribute('theme', t), theme);
        await waitFor(page, CARD);
        await waitFor(page, TREEITEM);
        const widget = page.locator('dramatis-widget');
        // Wide: the page as a reader sees it; narrow: the whole widget.
        const shoot = async (name) => {
          const path = screenshotPath(`demo-${width}-${theme}${name}.png`);
          if (width > 1000) await page.screenshot({ path });
          else await widget.screenshot({ path });
          return path;
        };
        await shoot('');
        await page.locator('dramatis-widget .chip').nth(1).click();
        await shoot('-selected');
        await page.locator('dramatis-widget .btn-diagram').click();
        await waitFor(page, 'dramatis-widget svg.dg-svg');
        if (width > 1000) await page.locator('dramatis-widget .dg-box').scrollIntoViewIfNeeded();
        const p = await shoot('-diagram');
        assert.ok(p.endsWith('.png'));
        assert.deepEqual(opened.pageErrors, []);
      } finally {
        report(`screens ${width} ${theme}`, opened);
        await opened.context.close();
      }
    });
  }
}
