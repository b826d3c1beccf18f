//! Dramatis: who said what, and who is who, in an analysis article.
//!
//! The crate is a pure core with thin edges:
//! - [`model`]: the story JSON (quotes, actors, relations), validation, merging.
//! - [`document`]: the extractor's input, an article as text blocks.
//! - [`extract`]: the rule-based pipeline from a `Document` to a `Story`.
//! - [`sort`]: one stable sort for the crate (a size matter in wasm).
//! - `cli` (native only): HTML/plain-text/JSONL adapters for the command line.
//! - `dom` and `ui` (wasm32 only): the browser adapter and the Yew widget.
//!
//! See ARCHITECTURE.md for the code map and its invariants.

pub mod document;
pub mod extract;
pub mod layout;
pub mod model;
pub mod sort;
pub mod synth;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod ui;
