//! Colon frames: `X set out the position: "Q"`. A colon with no reporting verb
//! before it introduces the quote; the speaker is the sentence's subject. Weaker
//! than a reporting verb (the sentence may be about X without X speaking), so it
//! runs with the carry-over sieve, after pronouns and descriptions.
//!
//! A lead-in that is only a noun renaming the words and its owner (`The verdict of
//! one diplomat: "Q"`, `[quote_noun]`, then "of") names the speaker after "of";
//! the noun itself is no speaker.

use super::*;

/// The speaker of a quote introduced by the colon at token `end` of paragraph `p`.
pub(super) fn speaker(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, end: usize) -> Option<usize> {
    let open = f.tks[p].toks.get(end + 1).map_or(usize::MAX, |t| t.start);
    let subj = super::relayed::speaker(f, cast, p, open).or_else(|| owner_of_words(f, cast, p, end)).or_else(|| f.frame_subject(cast, p, Frame::Colon { end }))?;
    resolve_subject(f, cast, out, spans, p, subj)
}

/// `The verdict of one European diplomat:` — the sentence up to the colon at `end`
/// is a determiner, a `[quote_noun]`, "of" and a speaker: a name, a known actor or a
/// phrase a speaker noun heads (not "The view of the valley:").
fn owner_of_words(f: &Finder, cast: &Cast, p: usize, end: usize) -> Option<Subj> {
    let tk = &f.tks[p];
    let sent = tk.sentence_toks(end);
    let mut k = sent.start;
    if k < end && tk.is_word(k) && f.lx.is("determiner", tk.lower(k)) {
        k += 1;
    }
    let of = k + 1;
    if of + 1 >= end || !tk.is_word(k) || !f.lx.is("quote_noun", tk.lower(k)) || !tk.is_word(of) || tk.lower(of) != "of" {
        return None;
    }
    if (of + 1..end).any(|j| !tk.is_word(j) || tk.quoted[j]) {
        return None;
    }
    match f.noun_phrase(cast, p, of + 1, end)? {
        s @ (Subj::Actor(_) | Subj::Name(_)) => Some(s),
        s @ Subj::Described { .. } if matches!(&s, Subj::Described { head, .. } if is_speaker_noun(head)) => Some(s),
        _ => None,
    }
}
