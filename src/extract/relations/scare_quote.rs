//! A reported clause whose predicate is the speaker's own words about a body or a
//! state ("X told supporters that the council had “forgotten who sent it”",
//! "saying the EU had “outsourced its ambition”", "said the party was “comparing
//! apples with exchange rates”", "said the Rwandan presence was “a foreign army”"):
//! the quotation opens right after the clause's auxiliary or copula, so the quoted
//! words are the speaker's verdict on the subject, and in news prose that verdict,
//! quoted rather than paraphrased, is a charge whatever its words (the blame
//! vocabulary of `[-:critical]` cannot list every figure of speech).
//!
//! Not read: a quotation later in the clause ("had been waiting for “a result like
//! this”", "saw the crossing as “a test case”": incidental words), after a modal
//! ("would “pool its resources”", "should “stop …”": a promise or advice), one that
//! opens the clause before its subject ("wrote that “the EU cannot …”", read by
//! the word list), a verdict on a person (the caller asks for a body, a state or a
//! group: quoted words about a person are as often a tribute or a defence, "said
//! the mayor was “talking to every member”"), a subject named by a description
//! ("said the coalition had become “…”": the caller asks for a name, as the
//! description's referent is a guess, often the speaker's own party), and a clause
//! naming a friendship (`[-:amicable]`: "said Kenya had been “a reliable partner”").
//!
//! Cost: a look at the few words after the subject and at the clause's words.

use super::cues::{cues, List};

/// Auxiliaries and copulas that may stand between the subject and the quotation.
const AUX: [&str; 12] = ["had", "has", "have", "was", "were", "is", "are", "been", "become", "became", "being", "now"];

/// Whether the text after a reported clause's subject (`after`, starting where its
/// mention ends) is at most one head word ("the Rwandan presence"), one to three of
/// [`AUX`], then an opening quotation mark; and none of `words` (the clause's
/// words, up to a relative) is a word of friendship.
pub(super) fn quoted_verdict<'a>(after: &str, mut words: impl Iterator<Item = &'a str>) -> bool {
    let mut head = false;
    let mut aux = 0;
    for w in after.split_whitespace().take(5) {
        if w.starts_with(['\u{201c}', '"', '\u{ab}', '\u{2018}']) {
            return aux > 0 && !words.any(|w| cues().is(List::Amicable, w));
        }
        if AUX.contains(&w) {
            aux += 1;
        } else if aux == 0 && !head && w.chars().all(|c| c.is_lowercase()) {
            head = true;
        } else {
            return false;
        }
    }
    false
}
