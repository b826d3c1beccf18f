// Accessibility: axe-core run over the widget (its shadow tree included) on the demo.
// Prints every violation; fails on serious or critical ones.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPage, waitFor, report, AXE_PATH, CARD, TREEITEM, TEST_TIMEOUT,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    // axe descends into open shadow roots of the included element.
    const results = await window.axe.run(
      { include: [['dramatis-widget']] },
      { resultTypes: ['violations'] },
    );
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
    }));
  });
}

function print(label, violations) {
  console.log(`${label}: ${violations.length} axe violation(s)`);
  for (const v of violations) {
    console.log(`- [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s))`);
    for (const n of v.nodes.slice(0, 5)) {
      console.log(`    ${JSON.stringify(n.target)}: ${(n.summary ?? '').replace(/\s+/g, ' ')}`);
    }
  }
}

for (const width of [1280, 375]) {
  test(`widget has no serious or critical axe violations at ${width}px`, { timeout: TEST_TIMEOUT }, async () => {
    const opened = await openPage(browser, 'index.html', { width, height: 900 });
    try {
      await waitFor(opened.page, CARD);
      await waitFor(opened.page, TREEITEM);
      const violations = await axeViolations(opened.page);
      print(`a11y ${width}px`, violations);
      const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(grave.map((v) => `${v.impact}: ${v.id}`), [], 'serious/critical axe violations in the widget');
    } finally {
      report(`a11y ${width}`, opened);
      await opened.context.close();
    }
  });
}

// Issue 5: zero violations of any impact, in both tree views (outline and diagram),
// light and dark, with an actor selected (detail panel, relations) and a context open.
for (const theme of ['light', 'dark']) {
  for (const view of ['outline', 'diagram']) {
    for (const width of [1280, 375]) {
      test(`zero axe violations: ${view} view, ${theme} theme, ${width}px`, { timeout: TEST_TIMEOUT }, async () => {
        const opened = await openPage(browser, 'index.html', { width, height: 900 });
        const { page } = opened;
        try {
          // Reduced motion: axe must see the final colours, not a 0.12 s transition.
          await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
          await page.evaluate((t) => document.querySelector('dramatis-widget').setAttribute('theme', t), theme);
          await waitFor(page, CARD);
          await waitFor(page, TREEITEM);
          await page.locator(`${CARD} .btn-context`).first().click();
          let violations = await axeViolations(page);
          print(`a11y ${view} ${theme} ${width}px`, violations);
          assert.deepEqual(violations.map((v) => `${v.impact}: ${v.id}`), [], 'axe violations in the widget');
          // An actor with relations selected: the detail panel.
          const chip = page.locator('dramatis-widget .chip').first();
          await chip.click();
          if (view === 'diagram') {
            await page.locator('dramatis-widget .btn-diagram').click();
            await waitFor(page, 'dramatis-widget svg.dg-svg');
          }
          violations = await axeViolations(page);
          print(`a11y ${view} ${theme} ${width}px, actor selected`, violations);
          assert.deepEqual(violations.map((v) => `${v.impact}: ${v.id}`), [], 'axe violations with an actor selected');
        } finally {
          report(`a11y ${view} ${theme} ${width}`, opened);
          await opened.context.close();
        }
      });
    }
  }
}
