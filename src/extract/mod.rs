//! The extraction pipeline: `Document` in, `Story` out.
//!
//! Like nlprule, the pipeline is a fixed sequence of small components, each with
//! one job and its own data (lexicons in `data/`, compiled into the binary):
//!
//! 1. [`sentences`]: sentence ranges per block (abbreviation-aware).
//! 2. [`marks`]: quotation-mark pairing → quote spans (all mark families, nesting,
//!    multi-paragraph quotes, recovery from unbalanced marks); [`blockquotes`] adds
//!    unmarked block quotes and [`dialogue`] dash-opened dialogue lines.
//! 3. [`cast`]: actor mentions → actors with aliases, kinds, roles, parents.
//! 4. [`kind`]: speech or term, per span (reading the tokens and reporting frames
//!    that [`attribution::read`] computes once for both components).
//! 5. [`attribution`]: the speaker sieve (adjacent frame → embedded frame →
//!    pronoun/description → carry-over), each quote recording its sieve; the
//!    actors it adds get their parents from `cast`'s `newcomers` afterwards.
//! 6. [`relations`]: relation patterns between actors.
//!
//! Invariant: extraction never fails. Any input (empty, huge, unbalanced, hostile)
//! yields a `Story` plus diagnostics. All offsets are byte offsets on char boundaries
//! inside the block text; code-point offsets are computed only at the output.
//! Cost is linear in the input: every component walks each block once (plus
//! bounded windows around each quote).

pub mod attribution;
pub mod blockquotes;
pub mod dialogue;
pub mod cast;
pub mod fxhash;
pub mod gender;
pub mod kind;
pub mod lexicon;
pub mod marks;
pub mod relations;
pub mod sentences;
pub mod slug;
pub mod table;
mod assemble;

use crate::case::{CharCase, StrCase};
use crate::document::Document;
use crate::model::Story;

/// Extracts quotes, actors and relations from an article. Never fails.
pub fn extract(doc: &Document) -> Story {
    extract_with(doc, &[])
}

/// Extracts with `known` actors (a curated story's): the publisher's extension of the
/// knowledge base. Their names and aliases are recognised in the text and they keep
/// their ids, so the curated story merges over the result. Never fails.
pub fn extract_with(doc: &Document, known: &[crate::model::Actor]) -> Story {
    let ctx = Context::new(doc);
    let spans = dialogue::add_dashed(&ctx, blockquotes::add_unmarked(&ctx, marks::find_spans(&ctx)));
    let mut cast = cast::detect_with(&ctx, &spans, known);
    let reading = attribution::read(&ctx, &spans);
    let kinds = kind::classify_read(&ctx, &reading, &spans);
    let cast_len = cast.actors.len();
    let speakers = attribution::attribute_read(&ctx, &reading, &spans, &kinds, &mut cast);
    cast.place_newcomers(&ctx, cast_len);
    let referrer = attribution::referrer(&ctx, &reading, &spans, &speakers, &cast);
    let relations = relations::find_referring(&ctx, &cast, &relations::said(&spans, &kinds, &speakers, &cast), &|p, at| referrer.pronoun(p, at));
    drop(referrer);
    relations::adopt(&mut cast, &relations);
    let story = assemble::story(&ctx, &spans, &kinds, &speakers, &cast, relations);
    cast::trace::emit(&cast.steps, &story);
    cast::trace::emit_cast(&cast.log, &story);
    attribution::trace::emit(&story);
    story
}

/// A block of the document with its sentences and tokens, shared by all components.
///
/// Why the tokens live here: every component reads words, and tokenising (plus
/// lowercasing) each paragraph once instead of once per component was the biggest
/// single saving in the profile. There are two token layers because two readings of
/// the same characters are needed: the *word* layer ([`sentences::tokens`]) keeps
/// numbers ("4,000") and abbreviations ("Dr.") whole and carries the possessive as a
/// flag, which is what the frame rules of `kind` and `attribution` want; the *name*
/// layer ([`cast::names::tokenize`]) splits possessives into their own token and
/// lowercase-tailed hyphenations ("SAF-aligned"), which is what name chunking and the
/// relation cues want. Each layer is computed once, with its lowercase forms.
pub struct Para<'a> {
    pub index: usize,
    pub text: &'a str,
    pub kind: crate::document::BlockKind,
    /// Byte ranges of sentences, in order, covering the text.
    pub sentences: Vec<std::ops::Range<usize>>,
    /// The word layer, and the lowercase form of each token.
    pub words: Vec<sentences::Tok>,
    pub words_lower: Lowered,
    /// The name layer, and the lowercase form of each token.
    pub names: Vec<cast::names::Tok>,
    pub names_lower: Lowered,
}

/// Lowercase forms of a token list, in one buffer: one allocation per paragraph
/// instead of one per word looked at (`str::to_lowercase` was all over the profile).
/// The two token layers of a paragraph share that buffer ([`Lowered::pair`]): the
/// context is most of an extraction's memory, and on megabyte articles the memory
/// traffic, not the instruction count, is what makes extraction slower per byte.
#[derive(Default)]
pub struct Lowered {
    buf: std::rc::Rc<str>,
    /// Byte range of each token's form in `buf`.
    spans: Vec<(u32, u32)>,
}

impl Lowered {
    /// The forms of the tokens at `words` (byte ranges) in `text`. The buffer is the
    /// paragraph ASCII-lowercased in one pass, and an ASCII token's form is its own
    /// range there; only a token with other characters gets its form appended (a copy
    /// per token was about 6 % of a native run).
    pub fn new(text: &str, words: impl ExactSizeIterator<Item = std::ops::Range<usize>>) -> Self {
        let mut buf = text.to_ascii_lowercase();
        let spans = Self::forms(text, &mut buf, words);
        Lowered { buf: buf.into(), spans }
    }

    /// [`Lowered::new`] for two token layers of `text`, over one shared buffer.
    pub fn pair(
        text: &str,
        a: impl ExactSizeIterator<Item = std::ops::Range<usize>>,
        b: impl ExactSizeIterator<Item = std::ops::Range<usize>>,
    ) -> (Self, Self) {
        let mut buf = text.to_ascii_lowercase();
        let spans_a = Self::forms(text, &mut buf, a);
        let spans_b = Self::forms(text, &mut buf, b);
        let buf: std::rc::Rc<str> = buf.into();
        (Lowered { buf: buf.clone(), spans: spans_a }, Lowered { buf, spans: spans_b })
    }

    /// The span of each token's form in `buf` (the paragraph ASCII-lowercased), forms
    /// with other characters appended to it. A token is ASCII when no non-ASCII byte
    /// lies in its range: a cursor over the paragraph's next non-ASCII byte answers
    /// that without slicing and testing every token (that per-token work was most of
    /// this function's cost, and nearly every paragraph has a curly quote or
    /// apostrophe somewhere).
    fn forms(text: &str, buf: &mut String, words: impl ExactSizeIterator<Item = std::ops::Range<usize>>) -> Vec<(u32, u32)> {
        let bytes = text.as_bytes();
        let non_ascii_from = |from: usize| next_non_ascii(bytes, from);
        let mut next = non_ascii_from(0);
        let mut spans = Vec::with_capacity(words.len());
        // A range that is no slice of `text` (reversed, past its end, off a char
        // boundary: never one of the tokenizers') has the form "": [`Lowered::get`]
        // reads every span without checking it again.
        let valid = |r: &std::ops::Range<usize>| r.start <= r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end);
        if next == bytes.len() {
            spans.extend(words.map(|r| if r.start <= r.end && r.end <= bytes.len() { (r.start as u32, r.end as u32) } else { (0, 0) }));
            return spans;
        }
        // `next`: the first non-ASCII byte at or after `scanned` (scans never overlap
        // while the tokens come in order, so the whole walk is linear).
        let mut scanned = 0;
        for r in words {
            // Inside the ASCII run from `scanned` to `next` (most tokens): a slice of
            // `text` on char boundaries already, so no `valid` test (two
            // `is_char_boundary` per token were most of this function's own cost).
            // `scanned` is always a char boundary (0, or a range start `valid` passed),
            // so `next`, the first non-ASCII byte after it, starts a char.
            if scanned <= r.start && r.start <= r.end && r.end <= next {
                spans.push((r.start as u32, r.end as u32));
                continue;
            }
            if !valid(&r) {
                spans.push((0, 0));
                continue;
            }
            if r.start < scanned || r.start > next {
                next = non_ascii_from(r.start);
                scanned = r.start;
            }
            if r.end <= next {
                spans.push((r.start as u32, r.end as u32));
                continue;
            }
            let w = &text[r.clone()];
            // ASCII, or with only General Punctuation (curly quotes and apostrophes,
            // dashes: no case mapping) besides: its own range in `buf` is its form.
            if w.chars().all(|c| c.is_ascii() || ('\u{2000}'..='\u{206f}').contains(&c)) {
                spans.push((r.start as u32, r.end as u32));
                continue;
            }
            let start = buf.len();
            if w.contains('\u{3a3}') {
                buf.push_str(&w.lowercase()); // final sigma depends on context
            } else {
                // Char by char equals `str::to_lowercase` when there is no capital sigma.
                for c in w.chars() {
                    buf.extend(c.lowercase());
                }
            }
            spans.push((start as u32, buf.len() as u32));
        }
        spans
    }

    /// The lowercase form of token `i` (`""` past the end).
    ///
    /// Unchecked: every rule reads tokens' forms through this (about a million and a
    /// half times per MB of article), and a checked slice is a bounds test and two
    /// char-boundary tests per read.
    #[inline]
    pub fn get(&self, i: usize) -> &str {
        let Some(&(start, end)) = self.spans.get(i) else { return "" };
        // SAFETY: `forms` made every span a slice of `buf` on char boundaries: a
        // token's range of `text` (checked there, or all-ASCII bytes below `text`'s
        // length), whose bytes `buf` holds at the same offsets (ASCII-lowercasing
        // changes no length nor any non-ASCII byte), or a form appended to `buf`; and
        // `buf` never changes after.
        unsafe { self.buf.get_unchecked(start as usize..end as usize) }
    }
}

/// The offset of the first non-ASCII byte of `bytes` at or after `from` (`bytes.len()`
/// if none). Eight bytes per step: a byte at a time, these scans (each token layer
/// walks its paragraph's bytes again after each curly quote or apostrophe) were about
/// half of [`Lowered::pair`].
fn next_non_ascii(bytes: &[u8], from: usize) -> usize {
    let from = from.min(bytes.len());
    let mut chunks = bytes[from..].chunks_exact(8);
    let mut at = from;
    for c in &mut chunks {
        let high = u64::from_le_bytes(c.try_into().unwrap()) & 0x8080_8080_8080_8080;
        if high != 0 {
            return at + high.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&b| b >= 0x80).map_or(bytes.len(), |k| at + k)
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
            .map(|(index, b)| {
                let text = b.text.as_str();
                // The tokenizers reserve room by the paragraph's length; the layers are
                // kept for the whole run, so their slack is given back (a shrink in place,
                // no copy): the token layers are the largest part of an extraction's memory.
                let mut words = sentences::tokens(text);
                words.shrink_to_fit();
                let mut names = cast::names::tokenize(text);
                names.shrink_to_fit();
                let (words_lower, names_lower) = Lowered::pair(text, words.iter().map(|t| t.start..t.end), names.iter().map(|t| t.start..t.end));
                Para { index, text, kind: b.kind, sentences: sentences::split(text), words, words_lower, names, names_lower }
            })
            .collect();
        Context { doc, paras, diagnostics: Default::default() }
    }

    pub fn diagnose(&self, paragraph: Option<usize>, message: impl Into<String>) {
        self.diagnostics.borrow_mut().push(crate::model::Diagnostic { paragraph, message: message.into() });
    }
}

#[cfg(test)]
mod tests {
    use super::Lowered;

    #[test]
    fn lowered_forms_equal_to_lowercase() {
        let text = "«ΟΔΟΣ» Said İstanbul’s NATO-led ÉLYSÉE x";
        let ranges: Vec<_> = text.split(' ').scan(0, |at, w| {
            let r = *at..*at + w.len();
            *at += w.len() + 1;
            Some(r)
        }).collect();
        let l = Lowered::new(text, ranges.iter().cloned());
        for (i, r) in ranges.iter().enumerate() {
            assert_eq!(l.get(i), text[r.clone()].to_lowercase(), "token {i}");
        }
        assert_eq!(l.get(ranges.len()), "");
        // Out of order and overlapping ranges, and an all-ASCII paragraph.
        let back: Vec<_> = ranges.iter().rev().cloned().chain([0..text.len(), 2..10, 12..20]).collect();
        let l = Lowered::new(text, back.iter().cloned());
        for (i, r) in back.iter().enumerate() {
            assert_eq!(l.get(i), text[r.clone()].to_lowercase(), "range {r:?}");
        }
        // Ranges ending at a non-ASCII byte, starting at one, inside an ASCII run after
        // one, and empty at one (the fast path for ASCII runs and its edges).
        let t = "ab «cd» ef";
        let edges = [0..3, 3..5, 5..7, 3..3, 7..10, 5..5, 8..10, 4..5, 10..12, 0..14, 12..14];
        let l = Lowered::new(t, edges.iter().cloned());
        for (i, r) in edges.iter().enumerate() {
            assert_eq!(l.get(i), t.get(r.clone()).map_or(String::new(), |w| w.to_lowercase()), "{r:?}");
        }
        let l = Lowered::new("Said NATO x", [0..4, 5..9, 10..11, 0..11].into_iter());
        assert_eq!((l.get(0), l.get(1), l.get(2), l.get(3)), ("said", "nato", "x", "said nato x"));
        // Ranges that are no slice of the text read as "" (the reads are unchecked).
        #[allow(clippy::reversed_empty_ranges)]
        let bad = [3..1, 5..40, 0..1, 1..2, 2..12];
        for t in ["Said NATO x", text] {
            let l = Lowered::new(t, bad.iter().cloned());
            for (i, r) in bad.iter().enumerate() {
                assert_eq!(l.get(i), t.get(r.clone()).map_or(String::new(), |w| w.to_lowercase()), "{t:?} {r:?}");
            }
        }
    }

    #[test]
    fn next_non_ascii_is_a_byte_search() {
        let text = "abc’defghijklmnop «q» rstuvwxyz0123456789é".as_bytes();
        for from in 0..=text.len() + 2 {
            let want = text[from.min(text.len())..].iter().position(|&b| b >= 0x80).map_or(text.len(), |k| from + k);
            assert_eq!(super::next_non_ascii(text, from), want, "{from}");
        }
        assert_eq!(super::next_non_ascii(b"", 0), 0);
    }

    #[test]
    fn paired_layers_read_like_separate_ones() {
        // Two layers over one buffer: the second layer's appended forms must not shift
        // the first's, nor the first's the second's.
        let text = "ÉLYSÉE’s Ολα said «Οδός» NATO-led";
        let a = [0..12, 13..19, 20..24, 25..37, 38..46];
        let b = [0..8, 8..12, 13..19, 25..37, 27..35, 38..42, 0..46];
        let (la, lb) = Lowered::pair(text, a.iter().cloned(), b.iter().cloned());
        let (sa, sb) = (Lowered::new(text, a.iter().cloned()), Lowered::new(text, b.iter().cloned()));
        for i in 0..a.len() {
            assert_eq!(la.get(i), sa.get(i), "a {i}");
        }
        for i in 0..b.len() {
            assert_eq!(lb.get(i), sb.get(i), "b {i}");
            assert_eq!(lb.get(i), text[b[i].clone()].to_lowercase(), "b {i}");
        }
    }
}
