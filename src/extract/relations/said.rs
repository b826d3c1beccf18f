//! Who speaks in a sentence, as attribution decided it: the speaker of each speech
//! quote, by paragraph and offset. A subject pronoun of a sentence that holds a
//! quote ("He described the sanctions as “illegal”", "“…,” she said, accusing Y
//! of …") stands for that quote's speaker: attribution has already weighed the
//! pronoun's gender and the sentences before it, which the relation cues, reading
//! only their own sentence and the one before, cannot.
//!
//! Cost: one entry per attributed speech quote, sorted; a binary search per
//! sentence.

use crate::extract::attribution::Attribution;
use crate::extract::cast::Cast;
use crate::extract::marks::QuoteSpan;
use crate::model::{ActorKind, QuoteKind};

/// A speech quote's speaker: the paragraph, the offsets of the opening mark and just
/// past the closing one, the actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Said {
    pub para: usize,
    pub at: usize,
    pub end: usize,
    pub actor: usize,
}

/// The attributed speech quotes whose speaker is a person, in text order.
pub fn said(spans: &[QuoteSpan], kinds: &[QuoteKind], speakers: &[Option<Attribution>], cast: &Cast) -> Vec<Said> {
    let mut v: Vec<Said> = spans
        .iter()
        .zip(speakers)
        .enumerate()
        .filter(|(i, _)| kinds.get(*i).copied().unwrap_or_default() == QuoteKind::Speech)
        .filter_map(|(_, (s, a))| a.filter(|a| cast.actors.get(a.actor).is_some_and(|x| x.kind == ActorKind::Person)).map(|a| Said { para: s.para, at: s.open, end: s.close, actor: a.actor }))
        .collect();
    crate::sort::sort_by_key(&mut v, |s| (s.para, s.at));
    v
}

/// The one person who speaks in `para` between `start` and `end` (a sentence), if
/// the quotes that reach into it (at most eight) have one speaker.
pub(super) fn speaker_in(said: &[Said], para: usize, start: usize, end: usize) -> Option<usize> {
    let hi = said.partition_point(|s| (s.para, s.at) < (para, end));
    let mut here = said[..hi].iter().rev().take(8).take_while(|s| s.para == para).filter(|s| s.end > start);
    let first = here.next()?.actor;
    here.all(|s| s.actor == first).then_some(first)
}

/// The person who spoke last before `at` in `para` or the paragraph before (a quote
/// opened before `at`), other than `not`.
pub(super) fn last_speaker(said: &[Said], para: usize, at: usize, not: usize) -> Option<usize> {
    let hi = said.partition_point(|s| (s.para, s.at) < (para, at));
    said[..hi].iter().rev().take(8).take_while(|s| s.para + 1 >= para).map(|s| s.actor).find(|&a| a != not)
}
