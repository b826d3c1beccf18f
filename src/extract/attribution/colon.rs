//! Colon frames: `X set out the position: "Q"`. A colon with no reporting verb
//! before it introduces the quote; the speaker is the sentence's subject. Weaker
//! than a reporting verb (the sentence may be about X without X speaking), so it
//! runs with the carry-over sieve, after pronouns and descriptions.

use super::*;

/// The speaker of a quote introduced by the colon at token `end` of paragraph `p`.
pub(super) fn speaker(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, end: usize) -> Option<usize> {
    let subj = f.frame_subject(cast, p, Frame::Colon { end })?;
    resolve_subject(f, cast, out, spans, p, subj)
}
