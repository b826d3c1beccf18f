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
  /** The `editable` attribute (boolean): editor mode, with undo and "Download story JSON". */
  editable?: boolean;
}

export interface ReadyDetail {
  init_ms: number;
  extract_ms: number;
  fetch_ms: number;
  render_ms: number;
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
  }
}

/** Loads and instantiates the wasm once (shared by every widget on the page). */
export function loadCore(): Promise<unknown>;
/** Mounts (or re-mounts) Dramatis on an element, reading options from its attributes. */
export function mount(element: HTMLElement): Promise<void>;
/** Upgrades every `<div data-dramatis>` fallback under `root`. */
export function upgradeFallbacks(root?: ParentNode): void;
