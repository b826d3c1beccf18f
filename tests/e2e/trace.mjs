// Where the seed's first screen goes, from Chromium traces of cold loads (not run by any
// test; docs/history/speed-and-size.md, "Round 18 (speed18)"). Run through scripts/e2e.sh's server:
//   E2E_SCRIPT=tests/e2e/trace.mjs bash scripts/e2e.sh            (TRACE_RUNS=5 by default)
// For each load it prints the widget's own figures (init, read, extraction, first screen)
// and, for the extraction task and the first-screen task on the renderer's main thread,
// wall and CPU time (the trace's thread clock: on a loaded machine the wall time of a
// task is mostly waiting for a core), of which V8's lazy wasm compile (`wasm.CompileLazy`:
// every function compiled on its first call) and its Liftoff part (`wasm.CompileBaseline`),
// the count of functions and bytes of code compiled, and the task's own work (the rest).
// TRACE_NAMES=path/to/named.wasm (the build's wasm-bindgen output without
// --remove-name-section, optimised with scripts/build-wasm.sh's flags plus wasm-opt's -g:
// the same function indexes) adds the compiled bytes per crate or module.
// TRACE_KEEP=dir keeps the trace files (open them in chrome://tracing or Perfetto).
import { BASE_URL, launchBrowser } from './helpers.mjs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const runs = Number(process.env.TRACE_RUNS ?? 5);
const keep = process.env.TRACE_KEEP;
const dir = keep ?? mkdtempSync(path.join(os.tmpdir(), 'dramatis-trace-'));
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-v8.wasm.detailed', 'v8.wasm', 'toplevel'];
const ms = (us) => (us / 1000).toFixed(1);

// Function names by index, from a wasm with a name section (imports counted first).
function wasmNames(file) {
  const b = readFileSync(file);
  const leb = (i) => { let r = 0, s = 0, x; do { x = b[i++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return [r, i]; };
  const names = new Map();
  for (let i = 8; i < b.length;) {
    const id = b[i]; let [n, s] = leb(i + 1); const e = s + n; i = e;
    if (id !== 0) continue;
    let [l, j] = leb(s);
    if (b.toString('utf8', j, j + l) !== 'name') continue;
    for (j += l; j < e;) {
      const sub = b[j]; let [sl, k] = leb(j + 1); const end = k + sl;
      if (sub === 1) {
        let cnt; [cnt, k] = leb(k);
        for (let c = 0; c < cnt; c++) { let idx, nl; [idx, k] = leb(k); [nl, k] = leb(k); names.set(idx, b.toString('utf8', k, k + nl)); k += nl; }
      }
      j = end;
    }
  }
  return names;
}
const GROUPS = [
  ['extract::cast', /dramatis::extract::cast/], ['extract::attribution', /dramatis::extract::attribution/],
  ['extract::relations', /dramatis::extract::relations/], ['extract (other)', /dramatis::extract/],
  ['ui', /dramatis::ui/], ['dramatis (other)', /dramatis::/], ['yew', /yew|implicit_clone/], ['hashbrown', /hashbrown/],
  ['wasm-bindgen, js-sys, web-sys', /wasm_bindgen|js_sys|web_sys|gloo/],
  ['iterator instances', /core::iter|SpecFromIter|SpecExtend|FromIterator|Iterator/], ['core, alloc, std (other)', /core::|alloc::|std::/],
];
let names = null;
if (process.env.TRACE_NAMES) {
  const raw = wasmNames(process.env.TRACE_NAMES);
  const idx = [...raw.keys()];
  const dem = execFileSync('c++filt', { input: idx.map((i) => raw.get(i)).join('\n'), maxBuffer: 1 << 26 }).toString().split('\n');
  names = new Map(idx.map((i, k) => [i, dem[k]]));
}

const browser = await launchBrowser();
try {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204, body: '' }));
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__dramatisReady = [];
      window.addEventListener('dramatis:ready', (e) => window.__dramatisReady.push(e.detail ?? null), true);
    });
    const file = path.join(dir, `seed-${r}.json`);
    await browser.startTracing(page, { path: file, categories: CATEGORIES });
    await page.goto(`${BASE_URL}/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__dramatisReady.length > 0, null, { timeout: 60_000 });
    const d = await page.evaluate(() => window.__dramatisReady[0]);
    await browser.stopTracing();
    await context.close();

    const ev = JSON.parse(readFileSync(file, 'utf8')).traceEvents;
    const main = new Set(ev.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const on = ev.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
    const within = (t, name) => on.filter((e) => e.name === name && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
    // The extraction is the task that compiles the most functions; the first screen is
    // the next task after it that compiles any (reading the article, before it, also does).
    const compiling = on.filter((e) => e.name === 'ThreadControllerImpl::RunTask')
      .map((t) => [t, within(t, 'wasm.CompileLazy').length]).filter(([, n]) => n > 0).sort((a, b) => a[0].ts - b[0].ts);
    const x = compiling.reduce((m, c, k) => (c[1] > compiling[m][1] ? k : m), 0);
    const tasks = [compiling[x]?.[0], compiling[x + 1]?.[0]];
    console.log(`load ${r}: init ${d.init_ms.toFixed(1)} ms, read ${(d.read_ms ?? 0).toFixed(1)}, extraction ${d.extract_ms.toFixed(1)}, first screen ${d.render_ms.toFixed(1)} (wall, the widget's own figures)`);
    for (const [label, t] of [['extraction', tasks[0]], ['first screen', tasks[1]]]) {
      if (!t) continue;
      const lazy = within(t, 'wasm.CompileLazy'), base = within(t, 'wasm.CompileBaseline');
      const cpu = (xs) => xs.reduce((a, e) => a + (e.tdur ?? 0), 0);
      const bytes = base.reduce((a, e) => a + e.args.bodySize, 0);
      console.log(`  ${label} task: wall ${ms(t.dur)} ms, cpu ${ms(t.tdur ?? 0)}: lazy compile cpu ${ms(cpu(lazy))} (Liftoff ${ms(cpu(base))}; ${lazy.length} functions, ${bytes} B of code), the rest ${ms((t.tdur ?? 0) - cpu(lazy))}`);
      if (names) {
        const g = new Map();
        for (const e of base) {
          const n = names.get(e.args.funcIndex) ?? '?';
          const k = (GROUPS.find(([, re]) => re.test(n)) ?? ['rest'])[0];
          const v = g.get(k) ?? [0, 0, 0];
          v[0]++; v[1] += e.args.bodySize; v[2] += e.tdur ?? 0;
          g.set(k, v);
        }
        for (const [k, v] of [...g].sort((a, b) => b[1][1] - a[1][1])) console.log(`    ${k.padEnd(30)} ${String(v[0]).padStart(5)} functions ${String(v[1]).padStart(7)} B  Liftoff ${ms(v[2])} ms`);
      }
    }
  }
} finally {
  await browser.close();
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
