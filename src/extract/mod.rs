//! The extraction pipeline: `Document` in, `Story` out.
//!
//! Like nlprule, the pipeline is a fixed sequence of small components, each with
//! one job and its own data (lexicons in `data/`, compiled into the binary):
//!
//! 1. [`sentences`]: sentence ranges per block (abbreviation-aware).
//! 2. [`marks`]: quotation-mark pairing → quote spans (all mark families, nesting,
//!    multi-paragraph quotes, recovery from unbalanced marks).
//! 3. [`cast`]: actor mentions → actors with aliases, kinds, roles, parents.
//! 4. [`kind`]: speech or term, per span.
//! 5. [`attribution`]: the speaker sieve (adjacent frame → embedded frame →
//!    pronoun/description → carry-over), each quote recording its sieve.
//! 6. [`relations`]: relation patterns between actors.
//!
//! Invariant: extraction never fails. Any input (empty, huge, unbalanced, hostile)
//! yields a `Story` plus diagnostics. All offsets are byte offsets on char boundaries
//! inside the block text; code-point offsets are computed only at the output.
//! Cost is linear in the input: every component walks each block once (plus
//! bounded windows around each quote).

pub mod attribution;
pub mod cast;
pub mod kind;
pub mod lexicon;
pub mod marks;
pub mod relations;
pub mod sentences;
mod assemble;

use crate::document::Document;
use crate::model::Story;

/// Extracts quotes, actors and relations from an article. Never fails.
pub fn extract(doc: &Document) -> Story {
    let ctx = Context::new(doc);
    let spans = marks::find_spans(&ctx);
    let mut cast = cast::detect(&ctx, &spans);
    let kinds = kind::classify(&ctx, &spans);
    let speakers = attribution::attribute(&ctx, &spans, &kinds, &mut cast);
    let relations = relations::find(&ctx, &cast);
    assemble::story(&ctx, &spans, &kinds, &speakers, &cast, relations)
}

/// A block of the document with its sentence ranges, shared by all components.
pub struct Para<'a> {
    pub index: usize,
    pub text: &'a str,
    pub kind: crate::document::BlockKind,
    /// Byte ranges of sentences, in order, covering the text.
    pub sentences: Vec<std::ops::Range<usize>>,
}

impl Para<'_> {
    /// The sentence containing byte offset `at` (the last one if past the end).
    pub fn sentence_at(&self, at: usize) -> std::ops::Range<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        self.sentences.get(i).or(self.sentences.last()).cloned().unwrap_or(0..0)
    }
    pub fn sentence_index(&self, at: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= at).min(self.sentences.len().saturating_sub(1))
    }
    pub fn is_heading(&self) -> bool {
        self.kind == crate::document::BlockKind::Heading
    }
}

/// Everything the components read: the document and its segmented blocks.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub paras: Vec<Para<'a>>,
    /// Diagnostics collected by the components (never fatal).
    pub diagnostics: std::cell::RefCell<Vec<crate::model::Diagnostic>>,
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let paras = doc
            .blocks
            .iter()
            .enumerate()
            .map(|(index, b)| Para { index, text: &b.text, kind: b.kind, sentences: sentences::split(&b.text) })
            .collect();
        Context { doc, paras, diagnostics: Default::default() }
    }

    pub fn diagnose(&self, paragraph: Option<usize>, message: impl Into<String>) {
        self.diagnostics.borrow_mut().push(crate::model::Diagnostic { paragraph, message: message.into() });
    }
}
