//! Bounds on text: the look-ahead window of a cue pattern and the evidence range
//! a relation keeps (the sentence, clipped in a runaway one).

use std::ops::Range;


/// The end of a bounded look-ahead window from `from` (a char boundary, at most
/// `end`): cue patterns ("brokered ... between") never span more than this.
pub(super) fn window(text: &str, from: usize, end: usize) -> usize {
    let mut e = (from + 240).min(end);
    while e < end && !text.is_char_boundary(e) {
        e += 1;
    }
    e
}

/// The evidence: the sentence, or in a runaway "sentence" (no punctuation for
/// pages) a window around the cue, so that evidence stays proportional to the
/// relation and not to the paragraph.
pub(super) fn clip(text: &str, sentence: Range<usize>, lo: usize, hi: usize) -> Range<usize> {
    const MAX: usize = 600;
    const SIDE: usize = 240;
    if sentence.len() <= MAX {
        return sentence;
    }
    let mut start = lo.saturating_sub(SIDE).max(sentence.start);
    let mut end = (hi + SIDE).min(sentence.end);
    while start > sentence.start && !text.is_char_boundary(start) {
        start -= 1;
    }
    while end < sentence.end && !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}
