//! The extractor's input: an article as an ordered list of text blocks.
//!
//! Adapters (`cli::html`, `cli::plain`, `dom`) turn HTML, plain text or a live DOM into a
//! `Document`; the core never sees markup. Block `i` is "paragraph `i`" everywhere
//! (quotes, evidence, the widget's jump-to-paragraph), so an adapter must keep its own
//! list of source nodes in the same order.

use crate::model::ArticleMeta;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
    /// A `<blockquote>`: its whole text may be speech without marks.
    BlockQuote,
    ListItem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub meta: ArticleMeta,
    pub blocks: Vec<Block>,
}

impl Document {
    pub fn paragraph(&mut self, text: impl Into<String>) -> &mut Self {
        self.blocks.push(Block { kind: BlockKind::Paragraph, text: text.into() });
        self
    }
}

/// Whether a line of text reads as a heading: short, no final full stop, and in capitals
/// (the "SCUTTLING ... INITIATIVE" style) — used by plain-text and HTML adapters alike.
pub fn looks_like_heading(text: &str) -> bool {
    let t = text.trim();
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 3 || t.chars().count() > 120 || t.ends_with('.') {
        return false;
    }
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    upper * 10 >= letters.len() * 8
}
