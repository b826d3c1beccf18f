//! `The economy is "on the mend," as the governor, Rui Tavares, insists.`: a clause
//! of manner after the quote's comma, opened by "as", whose subject and reporting
//! verb say whose words the quote is — the trailing form of `As X put it, "Q"`
//! (and read as that frame, [`Frame::PutIt`], so its subject is found left of the
//! verb the same way). "as well as", "as was the budget" (no reporting verb) and "as
//! expected" (no subject before the verb) frame nothing.

use super::*;

/// How many tokens the subject of the "as" clause may span before its verb.
const AS_SUBJECT_TOKENS: usize = 12;

/// The frame of the "as" clause opening at token `at` (the word "as" right after
/// the quote's comma), read up to `sent_end`.
pub(super) fn trailing_as(tk: &Tokens, at: usize, sent_end: usize) -> Option<Frame> {
    let end = sent_end.min(tk.toks.len()).min(at + 1 + AS_SUBJECT_TOKENS);
    for k in at + 1..end {
        if tk.quoted[k] || matches!(tk.punct(k), Some('.' | ';' | ':' | '!' | '?' | '(')) {
            return None;
        }
        if !tk.is_word(k) {
            continue;
        }
        let put_it = matches!(tk.lower(k), "put" | "puts") && tk.is_word(k + 1) && tk.lower(k + 1) == "it";
        if put_it || tk.is_speech_verb(k, at) && !tk.is_participle(k) {
            // A subject between "as" and the verb, and none of it a clause's verb.
            let subject = (at + 1..k).any(|j| tk.is_word(j));
            return subject.then_some(Frame::PutIt { verb: k });
        }
    }
    None
}
