// Dramatis loader: defines <dramatis-widget> and upgrades <div data-dramatis> fallbacks.
//   <script type="module" src="/path/to/dramatis.js"></script>
//   <dramatis-widget article="#article-body"></dramatis-widget>
// Its reference (attributes, events, the JS API, faults, the hooks inside the shadow root)
// is the comment at the top of dramatis.d.ts, and README.md; comments here say why.
// This is the readable source. What readers download is www/dramatis.js, written from
// it by scripts/build-loader.mjs (run by scripts/build-wasm.sh): the same program
// without comments and indentation (-1.4 KB of the brotli transfer).

const WASM_URL = new URL('./pkg/dramatis_core_bg.wasm', import.meta.url);
const GLUE_URL = new URL('./pkg/dramatis_core.js', import.meta.url);
// attribute -> option name passed to the wasm `mount`
const ATTRS = ['article', 'src', 'view', 'theme', 'lang', 'timeout-ms', 'max-paragraphs', 'watch'];
// Boolean, read by the widget from the element; observed so that a change applies.
const FLAGS = ['editable'];
/** A widget that crashed this many times is not mounted again. */
const MAX_CRASHES = 2;

let compiled = null; // Promise<WebAssembly.Module>, compiled once for every instance
function compile() {
  if (!compiled) {
    compiled = (async () => {
      try {
        return await WebAssembly.compileStreaming(fetch(WASM_URL));
      } catch (_) {
        // No streaming (wrong MIME type, old browser) or a failed fetch: say which.
        const r = await fetch(WASM_URL);
        if (!r.ok) throw new Error(`failed to fetch ${WASM_URL.pathname}: HTTP ${r.status}`);
        return WebAssembly.compile(await r.arrayBuffer());
      }
    })();
  }
  return compiled;
}

let core = null; // Promise<Core> of the live instance
let live = null; // the live Core, once loaded
let generation = 0; // bumped when an instance dies

/**
 * A wasm instance with its JS glue: {mod, init_ms, gen, dead, widgets, died}.
 * Generation 0 imports the glue as is; later ones import it under ?instance=N so that
 * its module state (the instance, its tables) is fresh.
 */
function loadCore() {
  if (!core) {
    const gen = generation;
    core = (async () => {
      performance.mark('dramatis:init-start');
      const t0 = performance.now();
      const url = new URL(GLUE_URL);
      if (gen > 0) url.searchParams.set('instance', String(gen));
      const [mod, module] = await Promise.all([import(url.href), compile()]);
      await mod.default({ module_or_path: module });
      const init_ms = performance.now() - t0;
      performance.mark('dramatis:init-end');
      try { performance.measure('dramatis:init', 'dramatis:init-start', 'dramatis:init-end'); } catch (_) {}
      const c = { mod, init_ms, gen, dead: false, widgets: new Set(), message: '', culprit: undefined };
      c.died = new Promise((resolve) => { c.kill = resolve; });
      if (typeof mod.set_panic_handler === 'function') {
        mod.set_panic_handler((message, id) => onPanic(c, message, id));
      }
      if (gen === generation) live = c;
      return c;
    })();
  }
  return core;
}

/** Thrown into a pending mount when its instance died under it. */
class InstanceDied extends Error {}

// Called from inside the wasm during a panic, just before the instance traps: must not
// call into the wasm; it only records and defers the recovery to a new task.
function onPanic(c, message, id) {
  if (c.dead) return;
  c.dead = true;
  c.message = String(message ?? 'unknown panic');
  c.culprit = id;
  if (live === c) { live = null; core = null; generation++; }
  c.kill();
  setTimeout(() => recover(c), 0);
}

function recover(c) {
  for (const el of c.widgets) {
    if (el.__dramatisCore !== c) continue;
    el.__dramatis = null; // its app lives in the dead instance: drop it, never call it
    el.__dramatisCore = null;
    const blamed = c.culprit === undefined || c.culprit === el.__dramatisId;
    if (blamed) el.__dramatisCrashes = (el.__dramatisCrashes || 0) + 1;
    if (c.culprit === el.__dramatisId || (el.__dramatisCrashes || 0) >= MAX_CRASHES) {
      unwatch(el);
      el.__dramatisSeq = (el.__dramatisSeq || 0) + 1;
      el.__dramatisActive = false;
      el.setAttribute('data-state', 'error');
      const shadow = el.shadowRoot;
      if (shadow) {
        showFatal(shadow, 'Dramatis stopped working in this widget',
          `An internal error stopped this widget; the rest of the page is not affected. Reloading the page may help. (${c.message.split('\n').join(' ')})`);
      }
      fire(el, 'dramatis:error', { message: c.message, phase: 'panic' });
    } else if (el.isConnected) {
      schedule(el); // onto a fresh instance
    }
  }
  c.widgets.clear();
}

let counter = 0;

function optionsOf(el) {
  const o = {};
  for (const a of ATTRS) {
    const v = el.getAttribute(a) ?? el.getAttribute('data-' + a);
    if (v != null && v !== '') o[a.replace(/-/g, '_')] = v;
  }
  const panic = el.getAttribute('data-debug-panic');
  if (panic != null) o.debug_panic = panic || 'mount';
  if (el.__dramatisStory != null) o.story = el.__dramatisStory;
  o.id = el.__dramatisId;
  return o;
}

function fire(el, type, detail) {
  el.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}

// A plain-DOM message in the shadow root, for when the wasm cannot load or has crashed.
// Styled through CSSOM (allowed under a strict style-src CSP); text only, never HTML.
// A pasted static render (`dramatis render`) stays visible under it: the reader keeps
// the quotes and the cast, only the interactivity is lost.
function showFatal(shadow, title, message) {
  const box = document.createElement('div');
  box.className = 'error-panel';
  box.setAttribute('role', 'alert');
  box.style.cssText = 'border:1px solid #e5a3a3;background:#fdecec;color:#7f1d1d;border-radius:10px;padding:10px 12px;font:14px/1.5 system-ui,sans-serif';
  const strong = document.createElement('strong');
  strong.textContent = title;
  const p = document.createElement('p');
  p.style.margin = '4px 0 0';
  p.textContent = message;
  box.append(strong, p);
  shadow.replaceChildren(box);
  if (shadow.host.querySelector(':scope > [data-dramatis-static]')) {
    box.style.marginBottom = '12px';
    p.textContent += ' The static version of this widget is shown instead.';
    shadow.append(document.createElement('slot'));
  }
}

function showLoading(shadow, el) {
  if (shadow.childNodes.length) return;
  // A pasted `dramatis render` shows (slotted) until the widget renders over it.
  if (el.querySelector(':scope > [data-dramatis-static]')) { shadow.append(document.createElement('slot')); return; }
  const p = document.createElement('p');
  p.setAttribute('role', 'status');
  p.style.cssText = 'margin:0;padding:16px;border:1px solid #d5dae1;border-radius:14px;font:14px/1.5 system-ui,sans-serif;color:#4d5560';
  p.textContent = 'Loading who said what\u2026';
  shadow.append(p);
}

/** Destroys the mounted app, unless its instance is dead (then it is only dropped). */
function release(el) {
  const w = el.__dramatis;
  const c = el.__dramatisCore;
  el.__dramatis = null;
  el.__dramatisCore = null;
  if (c) c.widgets.delete(el);
  if (w && c && !c.dead) { try { w.destroy(); } catch (_) {} }
}

// MutationObserver on the article (attribute `watch`): re-read it after it changed.
function watch(el, article) {
  unwatch(el);
  const v = el.getAttribute('watch') ?? el.getAttribute('data-watch');
  if (v == null || !article) return;
  const delay = Math.max(50, Number(v) || 500);
  const obs = new MutationObserver(() => {
    clearTimeout(el.__dramatisWatchTimer);
    el.__dramatisWatchTimer = setTimeout(() => { if (el.isConnected) schedule(el); }, delay);
  });
  obs.observe(article, { childList: true, characterData: true, subtree: true });
  el.__dramatisObserver = obs;
}

function unwatch(el) {
  clearTimeout(el.__dramatisWatchTimer);
  if (el.__dramatisObserver) { el.__dramatisObserver.disconnect(); el.__dramatisObserver = null; }
}

// Mounts (or re-mounts) Dramatis on `el`; shared by the custom element and the fallback.
async function mountOn(el) {
  const seq = (el.__dramatisSeq = (el.__dramatisSeq || 0) + 1);
  el.__dramatisActive = true; // mounting or mounted: a move in the page does not re-mount
  const shadow = el.shadowRoot || el.attachShadow({ mode: 'open' });
  unwatch(el);
  release(el);
  el.setAttribute('data-state', 'loading');
  showLoading(shadow, el);
  const id = el.__dramatisId || (el.__dramatisId = ++counter);
  const phase = { name: 'init' };
  let c = null;
  try {
    c = await loadCore();
    if (seq !== el.__dramatisSeq || !el.isConnected) return;
    if (c.dead) { schedule(el); return; }
    phase.name = 'mount';
    const mark = `dramatis:mount-start#${id}`;
    performance.mark(mark);
    c.widgets.add(el);
    el.__dramatisCore = c;
    const widget = await Promise.race([
      c.mod.mount(el, shadow, optionsOf(el)),
      c.died.then(() => { throw new InstanceDied(); }),
    ]);
    if (seq !== el.__dramatisSeq || !el.isConnected) {
      if (!c.dead) { try { widget.destroy(); } catch (_) {} }
      if (el.__dramatisCore !== c) c.widgets.delete(el);
      return;
    }
    el.__dramatis = widget;
    performance.mark(`dramatis:ready#${id}`);
    try { performance.measure(`dramatis:mount#${id}`, mark, `dramatis:ready#${id}`); } catch (_) {}
    const s = widget.stats || {};
    const detail = {
      init_ms: c.init_ms, read_ms: s.read_ms, extract_ms: s.extract_ms, fetch_ms: s.fetch_ms, render_ms: s.render_ms,
      complete_ms: s.complete_ms,
      quotes: s.quotes, terms: s.terms, actors: s.actors, relations: s.relations, paragraphs: s.paragraphs,
      paragraphs_total: s.paragraphs_total, partial: !!s.partial,
    };
    if (s.error) {
      el.setAttribute('data-state', 'error');
      fire(el, 'dramatis:error', { message: s.error, phase: 'content' });
    } else {
      el.setAttribute('data-state', 'ready');
    }
    watch(el, widget.article);
    fire(el, 'dramatis:ready', detail);
  } catch (err) {
    // A panic: recover() (already scheduled by onPanic) shows the panel or remounts.
    if (err instanceof InstanceDied || (c && c.dead)) return;
    if (seq !== el.__dramatisSeq) return;
    if (c) { c.widgets.delete(el); el.__dramatisCore = null; }
    el.__dramatisActive = false;
    const message = (err && err.message) || String(err);
    el.setAttribute('data-state', 'error');
    showFatal(shadow, 'Dramatis could not start', message);
    fire(el, 'dramatis:error', { message, phase: phase.name });
  }
}

function schedule(el) {
  if (el.__dramatisDestroyed) return;
  if (isLazy(el) && !el.__dramatisNear) { whenNear(el); return; }
  if (el.__dramatisPending) return;
  el.__dramatisPending = true;
  queueMicrotask(() => { el.__dramatisPending = false; if (el.isConnected) mountOn(el); });
}

// loading="lazy": nothing is fetched until the element is within 600px of the viewport.
function isLazy(el) {
  return (el.getAttribute('loading') ?? el.getAttribute('data-loading')) === 'lazy' && typeof IntersectionObserver === 'function';
}

let nearObserver = null;
function whenNear(el) {
  if (el.__dramatisWaiting) return;
  el.__dramatisWaiting = true;
  if (!el.hasAttribute('data-state')) el.setAttribute('data-state', 'lazy');
  nearObserver ??= new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      nearObserver.unobserve(e.target);
      e.target.__dramatisWaiting = false;
      e.target.__dramatisNear = true;
      schedule(e.target);
    }
  }, { rootMargin: '600px 0px' });
  nearObserver.observe(el);
}

function unmount(el) {
  if (el.__dramatisWaiting) { el.__dramatisWaiting = false; nearObserver?.unobserve(el); }
  el.__dramatisSeq = (el.__dramatisSeq || 0) + 1;
  el.__dramatisActive = false;
  unwatch(el);
  release(el);
}

class DramatisWidget extends HTMLElement {
  static get observedAttributes() { return [...ATTRS, ...FLAGS]; }
  connectedCallback() { if (!this.__dramatisActive) schedule(this); }
  disconnectedCallback() {
    // A move inside the page disconnects and reconnects in one task: only unmount for real.
    queueMicrotask(() => { if (!this.isConnected) unmount(this); });
  }
  attributeChangedCallback(name, oldV, newV) {
    // theme is applied by the widget's CSS from this attribute (:host([theme=dark])): no remount.
    if (name === 'theme') return;
    if (oldV !== newV && this.isConnected && this.__dramatisSeq) schedule(this);
  }
  /** The mounted wasm widget (`stats`, `article`, `destroy()`), or null. */
  get widget() { return this.__dramatis || null; }
  /** Re-reads the article and renders again. */
  refresh() { refresh(this); }
}

/** Re-reads the article of `el` (a <dramatis-widget> or a <div data-dramatis>) and renders again. */
function refresh(el) {
  if (el.isConnected && (el.__dramatisCrashes || 0) < MAX_CRASHES) schedule(el);
}

if (!customElements.get('dramatis-widget')) customElements.define('dramatis-widget', DramatisWidget);

function upgradeFallbacks(root = document) {
  for (const el of root.querySelectorAll('div[data-dramatis]')) {
    if (!el.__dramatisSeq && !el.__dramatisPending) schedule(el);
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => upgradeFallbacks(), { once: true });
} else {
  upgradeFallbacks();
}

// attribute of each mount() option (for a <div>, the data- form is set instead)
const OPTION_ATTRS = {
  article: 'article', src: 'src', view: 'view', theme: 'theme', lang: 'lang', loading: 'loading',
  timeoutMs: 'timeout-ms', maxParagraphs: 'max-paragraphs', watch: 'watch', deepLinks: 'deep-links',
  editable: 'editable',
};

/**
 * Mounts Dramatis on `el` with `options` (see the comment at the top) and resolves to a
 * handle once it has rendered. Options are written to the element as attributes, so the
 * element always shows how it is configured, and a later attribute change still applies.
 */
function mount(el, options = {}) {
  if (!(el instanceof Element)) return Promise.reject(new TypeError('dramatis mount(): the first argument must be an element'));
  const widgetTag = el.localName === 'dramatis-widget';
  for (const [key, attr] of Object.entries(OPTION_ATTRS)) {
    if (!(key in options)) continue;
    const name = widgetTag ? attr : 'data-' + attr;
    const v = options[key];
    if (v == null || v === false) el.removeAttribute(name);
    else el.setAttribute(name, v === true ? '' : String(v));
  }
  if ('story' in options) el.__dramatisStory = options.story == null ? null : storyText(options.story);
  el.__dramatisDestroyed = false;
  const handle = {
    element: el,
    /** The widget's timings and counts (the `dramatis:ready` detail), once rendered. */
    get stats() { return el.__dramatis ? el.__dramatis.stats : null; },
    /** The content problem shown in the widget's panel, if any. */
    get error() { return (el.__dramatis && el.__dramatis.stats && el.__dramatis.stats.error) || null; },
    update(story) {
      const text = storyText(story);
      const w = el.__dramatis;
      const c = el.__dramatisCore;
      if (w && c && !c.dead) w.update(text); // throws on an invalid story, changing nothing
      else schedule(el);
      el.__dramatisStory = text;
    },
    select(actorId) {
      const w = el.__dramatis;
      const c = el.__dramatisCore;
      return !!(w && c && !c.dead && w.select(actorId ?? null));
    },
    refresh() { refresh(el); },
    destroy() {
      el.__dramatisDestroyed = true;
      unmount(el);
      el.removeAttribute('data-state');
    },
  };
  return new Promise((resolve, reject) => {
    const done = () => { el.removeEventListener('dramatis:ready', onReady); el.removeEventListener('dramatis:error', onError); };
    const onReady = (e) => { if (e.target !== el) return; done(); resolve(handle); };
    const onError = (e) => {
      if (e.target !== el || e.detail.phase === 'content') return; // content problems come with a ready
      done();
      reject(new Error(e.detail.message));
    };
    el.addEventListener('dramatis:ready', onReady);
    el.addEventListener('dramatis:error', onError);
    schedule(el);
  });
}

function storyText(story) {
  return typeof story === 'string' ? story : JSON.stringify(story);
}

export { loadCore, mount, refresh, unmount, upgradeFallbacks };
