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
