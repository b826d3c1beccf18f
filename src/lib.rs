//! Dramatis: who said what, and who is who, in an analysis article.
//!
//! The crate is a pure core with thin edges:
//! - [`model`]: the story JSON (quotes, actors, relations), validation, merging.
//! - [`document`]: the extractor's input, an article as text blocks.
//! - [`extract`]: the rule-based pipeline from a `Document` to a `Story`.
//! - [`sort`]: one stable sort for the crate (a size matter in wasm).
//! - `case`: the standard library's case mapping from smaller tables (a size matter
//!   in wasm); `heap`: the wasm build's allocator (a size matter too).
//! - `cli` (native only): HTML/plain-text/JSONL adapters for the command line.
//! - `dom` and `ui`: the browser adapter and the Yew widget. They compile natively too,
//!   so that `dramatis render` server-renders the same components (`cli::render`);
//!   only the wasm32 build mounts them (`ui::mount`) and calls into the browser.
//!
//! See ARCHITECTURE.md for the code map and its invariants.

mod case;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod heap;

/// The wasm build's allocator (see `heap`): a few hundred bytes instead of dlmalloc.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static HEAP: heap::Heap = heap::Heap::new(heap::grow_memory);

pub mod document;
pub mod extract;
pub mod layout;
pub mod model;
pub mod sort;
pub mod synth;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

pub mod dom;
pub mod ui;
