// Reference of www/dramatis.js (moved here from its header: readers download the loader,
// developers read this). The loader's readable source is www/dramatis.src.js; the build
// serves it as www/dramatis.js without comments (scripts/build-loader.mjs).
//
// Dramatis loader: defines <dramatis-widget> and upgrades <div data-dramatis> fallbacks.
//
//   <script type="module" src="/path/to/dramatis.js"></script>
//   <dramatis-widget article="#article-body" src="story.json" view="both" theme="auto"></dramatis-widget>
//
// Attributes (on <div data-dramatis> also as data-article, data-src, ...):
//   article  CSS selector of the article (default: <article>, <main>, else the element with the most <p> text)
//   src      URL of a curated story JSON, merged over the automatic extraction (curation wins)
//   view     cards | tree | both (default both)
//   theme    light | dark | auto (default auto)
//   timeout-ms      how long to wait for `src` before showing "timed out" (default 8000)
//   max-paragraphs  most article blocks to read (default 600; also at most 200 KB of text);
//                   a longer article shows its first part, with a note saying so
//   watch           re-read the article when it changes (MutationObserver, debounced;
//                   the value is the delay in ms, default 500)
//   editable        editor mode: correct the story, undo, download it as story.json (README)
//   data-debug-panic  TEST HOOK, inert unless present: "mount" (or empty) panics inside
//                   the wasm while mounting, "render" inside Yew's scheduler (like a
//                   component bug), "later" in a timer 100 ms after rendering. Used by
//                   tests/e2e/panic.test.mjs to check that a panic stays in its widget.
//   loading         "lazy": fetch and start the wasm only when the element nears the viewport
//                   (IntersectionObserver, 600px ahead); until then data-state="lazy" and any
//                   static fallback inside the element stays visible
// Events (bubbling, composed), on the element:
//   dramatis:ready  detail {init_ms, read_ms, extract_ms, fetch_ms, render_ms (first screen),
//                           complete_ms (whole view; fired after it), quotes, terms, actors, relations,
//                           paragraphs, paragraphs_total, partial}
//   dramatis:select detail {type: "actor", id, name} when the selected actor changes (id/name null
//                   when cleared), or {type: "quote", id, speaker, paragraph} when a quote is
//                   shown in the article or opened by a deep link; for host analytics
//   dramatis:error  detail {message, phase}   (the widget also shows the problem in a visible panel)
//                   phase: init | mount | content | panic
// The element's data-state attribute is "loading", "ready" or "error".
// Methods: el.refresh() re-reads the article; el.widget is the mounted wasm widget.
//
// JS API (the same for any element, e.g. a <div> in a single-page app):
//   const handle = await mount(el, {article, src, story, view, theme, lang, loading, watch, deepLinks, ...});
//   handle.update(story)    show another curated story (object or JSON string), merged over the
//                           extraction; throws (and changes nothing) if it is not valid
//   handle.select(actorId)  select an actor (null clears); false if there is no such actor
//   handle.destroy()        unmount; the element stays in the page, empty
// mount() resolves once the widget has rendered (also when it shows a content problem in its
// panel: handle.error), and rejects when the widget could not start at all.
//
// Faults: a Rust panic traps the whole wasm instance (the build uses panic=abort), and a
// trapped instance must not be used again (its async queues and Yew's scheduler may be
// stuck mid-run). So: the widget that panicked shows an error panel; every other widget
// of that instance is mounted again on a fresh instance of the same compiled module.
//
// Inside the (open) shadow root, stable hooks for tests and publishers' scripts:
//   .dramatis[data-theme][data-view]      root
//   .error-panel[role=alert]              problems (bad/missing src, no article), with the StoryError strings
//   #d-search                             search input (labelled "Search quotes"); .btn-clear clears all filters
//   .chips .chip[data-actor-id][aria-pressed]   speaker filter chips
//   [role=status]                          "N quotes[ by NAME][ matching “Q”]"
//   ul[role=list].cards > li > figure.card[data-quote-id][data-speaker-id][data-paragraph]
//     blockquote.quote, figcaption .speaker-name, .speaker-role, .av (avatar),
//     .btn-context[aria-expanded] + .context, .btn-show ("Show in article"), .btn-copy
//   .empty                                 empty state; .terms .term[data-quote-id] key terms
//   ul[role=tree] li[role=treeitem][data-actor-id][aria-selected][aria-expanded] > .node (.node-name, .node-count)
//     ul[role=group] children; roving tabindex; keys Up/Down/Left/Right/Home/End/Enter/Space
//   section.detail[data-actor-id] .relations li  e.g. "criticizes → Hassan Rouhani"
//   editable: .editbar (.btn-undo, .btn-download), .card .qedit, .term .btn-speech, .detail .aedit
// "Show in article" sets a data-dramatis-highlight attribute (and an inline outline) on the
// host paragraph for ~2.6 s; the article text is never modified.

// Hand-written declarations for the element and the loader (www/dramatis.js).
// The story types mirror schema/story.schema.json (generated from the Rust types).

export type QuoteKind = 'speech' | 'term';
export type ActorKind = 'person' | 'organization' | 'state' | 'group' | 'media';

export interface Quote {
  id: string;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  paragraph: number;
  context: string;
  start?: number;
  end?: number;
  evidence?: string;
  origin?: 'auto' | 'curated';
}

export interface Actor {
  id: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
  role: string | null;
  parent: string | null;
  origin?: 'auto' | 'curated';
  /** Ids of the actors an editor merged into this one (they stay merged over a new extraction). */
  merged?: string[];
}

export interface Relation {
  source: string;
  target: string;
  kind: string;
  evidence?: { paragraph: number; sentence: string };
}

export interface Story {
  version?: string;
  article: { title: string | null; byline: string | null; published: string | null; url: string | null };
  quotes: Quote[];
  actors: Actor[];
  relations: Relation[];
  paragraphs?: string[];
  diagnostics?: { paragraph: number | null; message: string }[];
}

export interface DramatisOptions {
  /** CSS selector of the article to read (default: <article>, <main>, or the densest element). */
  article?: string;
  /** URL of a curated story JSON, merged over the extraction (curation wins). */
  src?: string;
  view?: 'cards' | 'tree' | 'both';
  theme?: 'light' | 'dark' | 'auto';
  /** A curated story (object or JSON text), used instead of `src`. */
  story?: Story | string | null;
  /** Language of the widget's texts ('en', 'fr'). */
  lang?: string;
  /** 'lazy': start only when the element nears the viewport. */
  loading?: 'lazy' | 'eager';
  /** How long to wait for `src`, in ms (default 8000). */
  timeoutMs?: number;
  /** Most article blocks to read (default 600). */
  maxParagraphs?: number;
  /** Re-read the article when it changes: true, or the debounce delay in ms. */
  watch?: boolean | number;
  /** `#dramatis=<quote id>` links. */
  deepLinks?: boolean;
  /** The `editable` attribute (boolean): editor mode, with undo and "Download story JSON". */
  editable?: boolean;
}

/** What `mount` resolves to. */
export interface DramatisHandle {
  readonly element: Element;
  /** The `dramatis:ready` figures of the last render, or null before it. */
  readonly stats: ReadyDetail | null;
  /** The content problem shown in the widget's panel, if any. */
  readonly error: string | null;
  /** Shows another curated story, merged over the extraction; throws (changing nothing) if invalid. */
  update(story: Story | string): void;
  /** Selects an actor by id (null clears); false when there is no such actor. */
  select(actorId: string | null): boolean;
  /** Re-reads the article. */
  refresh(): void;
  /** Unmounts; the element stays in the page, empty. */
  destroy(): void;
}

export type SelectDetail =
  | { type: 'actor'; id: string | null; name: string | null }
  | { type: 'quote'; id: string; speaker: string | null; paragraph: number };

export interface ReadyDetail {
  init_ms: number;
  extract_ms: number;
  fetch_ms: number;
  /** Start of rendering until the first screen (header, filters, tree, first cards) is in the DOM. */
  render_ms: number;
  /** Start of rendering until the whole view is in the DOM (the event fires after it). */
  complete_ms: number;
  quotes: number;
  terms: number;
  actors: number;
  relations: number;
  paragraphs: number;
}

export interface ErrorDetail {
  message: string;
  phase: string;
}

export interface DramatisWidgetElement extends HTMLElement {
  /** Re-reads the article and renders again. */
  refresh(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'dramatis-widget': DramatisWidgetElement;
  }
  interface HTMLElementEventMap {
    'dramatis:ready': CustomEvent<ReadyDetail>;
    'dramatis:error': CustomEvent<ErrorDetail>;
    'dramatis:select': CustomEvent<SelectDetail>;
  }
}

/** Loads and instantiates the wasm once (shared by every widget on the page). */
export function loadCore(): Promise<unknown>;
/** Mounts Dramatis on any element with `options` (written to it as attributes); resolves once rendered. */
export function mount(element: Element, options?: DramatisOptions): Promise<DramatisHandle>;
/** Re-reads the article of a mounted element. */
export function refresh(element: Element): void;
/** Unmounts an element's widget. */
export function unmount(element: Element): void;
/** Upgrades every `<div data-dramatis>` fallback under `root`. */
export function upgradeFallbacks(root?: ParentNode): void;
