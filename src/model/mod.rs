//! The story model: the one data shape the extractor writes, the widget renders
//! and a publisher's curated `src` JSON supplies.
//!
//! Why one model: an editor corrects what the machine extracted by editing the very
//! JSON the machine wrote, and the widget merges it back over auto mode. Any second
//! shape would need a translation that can lose fields.
//!
//! Deliberately absent: anything about the DOM, the terminal or HTML. Field names read
//! by the shared scorer (`quotes[].text/kind/speaker`, `actors[].id/name/aliases/parent`,
//! `relations[].source/target/kind`) are fixed.

pub mod edit;
#[cfg(target_arch = "wasm32")]
mod js;
mod json;
mod merge;
mod story;
mod validate;

pub use merge::merge;
pub use story::*;
#[cfg(not(target_arch = "wasm32"))]
pub use validate::parse_story;
pub use validate::{ends_early, ends_early_message, parse_story_with, validate, JsonTree, Readable, StoryError};
