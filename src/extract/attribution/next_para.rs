//! A quote that fills its paragraph, with no frame, whose speaker the paragraph
//! after names (sieve 4, before the previous paragraph's speaker is carried over):
//! a recap opening it ("That was the verdict of X, the mayor", "The words were
//! those of X"), or a person it introduces with an appositive ("X, a nurse who has
//! lived there for thirty years, does not believe him.") — news prose's way of
//! setting a quote first and its speaker after.
//!
//! The introduction counts only when the paragraph before the quote quotes no one:
//! a quote paragraph after another speaker's words continues them, and the person
//! introduced next is the next voice, not this one. Cost: the next paragraph's first
//! sentence, once per such quote.

use super::*;

/// The speaker the paragraph after quote `i` names, with the step that found it.
pub(super) fn speaker(f: &Finder, cast: &mut Cast, spans: &[QuoteSpan], i: usize) -> Option<(usize, &'static str)> {
    let s = &spans[i];
    let p = s.para;
    let next = p + 1;
    if next >= f.ctx.paras.len() || f.ctx.paras[next].is_heading() || spans.get(i + 1).is_some_and(|t| t.para == p) {
        return None;
    }
    // Nothing but closing punctuation after the quote in its paragraph.
    let rest = f.ctx.paras[p].text.get(s.close..).unwrap_or("");
    if !rest.chars().all(|c| c.is_whitespace() || c.is_ascii_punctuation() || matches!(c, '\u{201d}' | '\u{2019}' | '\u{bb}')) {
        return None;
    }
    if let Some(a) = super::carry::next_sentence_speaker(f, cast, next, 0, true) {
        return Some((a, "recap in the next paragraph"));
    }
    let quiet_before = i == 0 || spans[i - 1].para + 1 < p || p == 0;
    if !quiet_before {
        return None;
    }
    super::carry::introduced_person(f, cast, next, 0).map(|a| (a, "person introduced in the next paragraph"))
}
