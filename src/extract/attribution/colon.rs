//! Colon frames: `X set out the position: "Q"`. A colon with no reporting verb
//! before it introduces the quote; the speaker is the sentence's subject. Weaker
//! than a reporting verb (the sentence may be about X without X speaking), so it
//! runs with the carry-over sieve, after pronouns and descriptions.
//!
//! A lead-in that is only a noun renaming the words and its owner (`The verdict of
//! one diplomat: "Q"`, `[quote_noun]`, then "of") names the speaker after "of";
//! the noun itself is no speaker.
//!
//! A lead-in that names the words' source after the noun (`among them one from the
//! businessman X:`, `a letter from X:`: "one" or a `[quote_noun]`/`[document]`, then
//! "from") or in an aside on it (`The prime minister's response, delivered by his
//! spokeswoman, X, was curt:`: `[delivery_participle]` and "by") names the speaker
//! there: the sentence's subject only owns the words the source gave.

use crate::case::StrCase;
use super::*;

/// The speaker of a quote introduced by the colon at token `end` of paragraph `p`.
pub(super) fn speaker(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, end: usize) -> Option<usize> {
    let open = f.tks[p].toks.get(end + 1).map_or(usize::MAX, |t| t.start);
    let subj = super::relayed::speaker(f, cast, p, open).or_else(|| source_named(f, cast, p, end)).or_else(|| owner_of_words(f, cast, p, end)).or_else(|| f.frame_subject(cast, p, Frame::Colon { end }))?;
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

/// `one from the businessman X:` · `…, delivered by his spokeswoman, X, was curt:` —
/// the source named after "from" (right after "one", a `[quote_noun]` or a
/// `[document]`, with nothing but words up to the colon at `end`) or after "by" (right
/// after a `[delivery_participle]` opening an aside on a sentence whose words a
/// `[quote_noun]` or `[document]` names): the first person or organisation mentioned
/// there, else a name. Not "flew in from Geneva:", not "delivered by courier".
fn source_named(f: &Finder, cast: &Cast, p: usize, end: usize) -> Option<Subj> {
    let tk = &f.tks[p];
    let sent = tk.sentence_toks(end);
    let words_noun = |k: usize| tk.is_word(k) && (f.lx.is("quote_noun", tk.lower(k)) || f.lx.is("document", tk.lower(k)));
    let lo = sent.start.max(end.saturating_sub(FRAME_WINDOW));
    let from = (lo + 1..end.saturating_sub(1)).rev().find(|&j| {
        tk.is_word(j) && !tk.quoted[j] && match tk.lower(j) {
            "from" => (tk.lower(j - 1) == "one" || words_noun(j - 1)) && (j + 1..end).all(|k| tk.is_word(k) && !tk.quoted[k]),
            "by" => j >= sent.start + 3 && tk.is_word(j - 1) && f.lx.is("delivery_participle", tk.lower(j - 1)) && tk.punct(j - 2) == Some(',') && (sent.start..j - 2).any(words_noun),
            _ => false,
        }
    })?;
    let range = tk.toks[from].end..tk.toks[end].start;
    let source = cast.mentions_in(p, range).iter().find(|m| matches!(cast.actors[m.actor].kind, ActorKind::Person | ActorKind::Organization));
    if let Some(m) = source {
        return Some(Subj::Actor(m.actor));
    }
    let stop = (from + 1..end).find(|&k| tk.punct(k).is_some()).unwrap_or(end);
    match f.noun_phrase(cast, p, from + 1, stop)? {
        s @ Subj::Name(_) => Some(s),
        // "read out a letter from the president:": a definite description a speaker
        // noun heads is the source too (not "a letter from a friend": indefinite).
        s @ Subj::Described { .. } if matches!(&s, Subj::Described { head, range, .. } if is_speaker_noun(head) && tk.text[range.clone()].trim_start().lowercase().starts_with("the ")) => Some(s),
        _ => None,
    }
}
