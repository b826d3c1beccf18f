//! "The two governments signed a defence pact", "Both delegations signed the
//! accord", "The two countries clashed again": a mutual cue whose subject is a
//! phrase of `[-:both_sides]` (the two parties named without their names) relates
//! the pair that phrase stands for: the "X and Y" named before the cue in its
//! sentence, else the story's last "X and Y" (the reading reciprocal cues give "the
//! two governments traded accusations").
//!
//! Why only as the clause's subject: the same phrase as an object ("Mali met the
//! two governments and signed a deal") says nothing of what the two did together
//! (`both_sides.rs` reads such objects for meeting and conflict verbs). The phrase
//! must open its clause (the sentence's start, past a leading conjunction, or right
//! after a comma) and stand at most three lowercase words before the cue ("have
//! since clashed", "signed a defence pact"), so the words it reads are bounded by
//! the clause.

use super::cues::{cues, List};

/// Whether the words before the cue starting at `cue_start` (in the sentence from
/// `start`) are a phrase of `[-:both_sides]` that opens its clause, with at most
/// three lowercase words between it and the cue ("signed a defence pact", "have
/// since clashed"; no punctuation, no name).
pub(super) fn pair_subject(text: &str, start: usize, cue_start: usize) -> bool {
    let c = cues();
    let Some(mut pre) = text.get(start..cue_start).map(str::trim_end) else { return false };
    for _ in 0..4 {
        if let Some(head) = phrase_ending(pre) {
            // What stands before the phrase: nothing, a comma, or a leading
            // conjunction alone or after a comma ("But both governments signed",
            // "…, and the two governments signed").
            let (rest, last) = head.rsplit_once(' ').unwrap_or(("", head));
            return head.is_empty() || head.ends_with(',') || ((rest.is_empty() || rest.ends_with(',')) && c.is_lower(List::LeadingConjunction, last));
        }
        match pre.rsplit_once(' ') {
            Some((rest, w)) if !w.is_empty() && w.chars().all(char::is_lowercase) => pre = rest.trim_end(),
            _ => return false,
        }
    }
    false
}

/// The text before a phrase of `[-:both_sides]` that ends `pre` (a whole word),
/// trimmed; none when `pre` ends otherwise.
fn phrase_ending(pre: &str) -> Option<&str> {
    cues().list(List::BothSides).iter().find_map(|ph| {
        let at = pre.len().checked_sub(ph.len())?;
        let head = pre.get(..at)?;
        (pre[at..].eq_ignore_ascii_case(ph) && !head.ends_with(|ch: char| ch.is_alphanumeric())).then(|| head.trim_end())
    })
}
