// Shared set-up for the browser tests: playwright-core (from tools/node_modules)
// driving Debian's chromium against the demo served by scripts/e2e.sh.
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = process.env.DRAMATIS_ROOT ?? fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(path.join(ROOT, 'tools', 'package.json'));
const { chromium } = require('playwright-core');

export const BASE_URL = (process.env.DRAMATIS_BASE_URL ?? 'http://127.0.0.1:8000').replace(/\/$/, '');
export const TARGET_DIR = process.env.DRAMATIS_TARGET_DIR ?? path.join(ROOT, 'target');
export const SCREENSHOT_DIR = path.join(TARGET_DIR, 'screenshots');
export const AXE_PATH = path.join(ROOT, 'tools', 'node_modules', 'axe-core', 'axe.min.js');
/** How long to wait for the widget to render (wasm compile + extraction). */
export const RENDER_TIMEOUT = 30_000;
/** Per-test timeout for node:test. */
export const TEST_TIMEOUT = 90_000;

export const CARD = 'dramatis-widget figure.card';
export const TREEITEM = 'dramatis-widget [role=treeitem]';
export const ERROR_PANEL = '.error-panel[role=alert]';

export async function launchBrowser() {
  // Chromium writes its profile state under XDG dirs; keep them out of $HOME.
  let xdg = null;
  if (!process.env.XDG_CONFIG_HOME || !process.env.XDG_CACHE_HOME) {
    xdg = mkdtempSync(path.join(os.tmpdir(), 'dramatis-e2e-'));
    process.env.XDG_CONFIG_HOME ??= path.join(xdg, 'config');
    process.env.XDG_CACHE_HOME ??= path.join(xdg, 'cache');
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  if (xdg) browser.on('disconnected', () => rmSync(xdg, { recursive: true, force: true }));
  return browser;
}

/**
 * Opens `url` (relative to the served repository root) in a fresh context of the given
 * width. Records uncaught page errors, console errors and every `dramatis:ready` detail
 * (a capturing listener on window sees the event whether or not it bubbles), and every
 * Content-Security-Policy violation in `window.__violations`; also returns the response.
 */
export async function openPage(browser, url, { width = 1280, height = 900, init = null } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  // The demo has no favicon; answer the browser's request instead of logging a 404.
  await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204, body: '' }));
  const page = await context.newPage();
  const pageErrors = [];
  const consoleErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.addInitScript(() => {
    window.__dramatisReady = [];
    window.__violations = [];
    window.addEventListener('dramatis:ready', (e) => window.__dramatisReady.push(e.detail ?? null), true);
    // Content-Security-Policy violations, for the strict-CSP tests.
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample ?? ''}`));
  });
  // A page-specific init script (benchmarks), run before the page's own scripts.
  if (init) await page.addInitScript(init);
  const resp = await page.goto(`${BASE_URL}/${url.replace(/^\//, '')}`, { waitUntil: 'load' });
  return { context, page, pageErrors, consoleErrors, resp };
}

/** Waits until at least one element matches `selector` (piercing shadow roots). */
export async function waitFor(page, selector, timeout = RENDER_TIMEOUT) {
  await page.locator(selector).first().waitFor({ state: 'attached', timeout });
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, name);
}

/** Prints what the page logged, to make a failure readable. */
export function report(label, { pageErrors, consoleErrors }) {
  for (const e of pageErrors) console.log(`[${label}] page error: ${e}`);
  for (const e of consoleErrors) console.log(`[${label}] console error: ${e}`);
}
