//! A rebuttal: a conflict verb whose object is a statement named without its
//! author ("Nazarov dismissed the criticism.", "Tazi rejected that portrait",
//! "the ministry disputed those claims") answers whoever made it: the person who
//! spoke last before the verb (a quote's speaker as attribution read it, in this
//! paragraph or the one before), else the previous sentence's subject.
//!
//! Why a rule and not cue phrases: the verbs (`[criticizes:forward]`,
//! `[opposes:forward]`) and the statement nouns (`[-:claim_noun]`) combine freely,
//! and a list of their products ("rejected the claim", "dismissed the claims", …,
//! the first ones in `[criticizes:retort]`) never ends. A statement with its author
//! after it ("dismissed the criticism from Y") is the verb's ordinary object, read
//! before this; any other noun ("rejected the plan", "dismissed the case") answers
//! no one.
//!
//! Cost: two or three word look-ups after a cue that found no target.

use super::cues::{cues, List};
use crate::extract::cast::names::Tok;

/// Whether the words from `k` (indices into `words`, below `hi`) are a determiner
/// of `[-:rebuttal_determiner]`, at most one more word ("the latest criticism"),
/// and a noun of `[-:claim_noun]`, the determiner standing right after the cue
/// (which ends at `cue_end`).
pub(super) fn rebutted(text: &str, words: &[(usize, &str)], toks: &[Tok], k: usize, hi: usize, cue_end: usize) -> bool {
    let c = cues();
    let Some(&(t, det)) = words.get(k).filter(|_| k < hi) else { return false };
    if !c.is(List::RebuttalDeterminer, det) || !text.get(cue_end..toks[t].start).is_some_and(|g| g.trim().is_empty()) {
        return false;
    }
    (k + 1..(k + 3).min(hi)).any(|j| c.is(List::ClaimNoun, words[j].1) && adjacent(text, words, toks, k, j))
}

/// The words `k..=j` stand one space apart: no punctuation between them.
fn adjacent(text: &str, words: &[(usize, &str)], toks: &[Tok], k: usize, j: usize) -> bool {
    (k..j).all(|i| text.get(toks[words[i].0].end..toks[words[i + 1].0].start).is_some_and(|g| g.trim().is_empty()))
}
