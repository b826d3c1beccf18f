//! A reporting clause set after the clause that holds the quote: `The expressway
//! alone would need "well over a million tonnes" over three years, he said, and …`,
//! `The deal was "a good start" for both sides, she said.` Words stand between the
//! closing mark and the comma, so no adjacent frame reads it, and the sentence has
//! no reporting verb before the quote (else the quote has an embedded frame). The
//! clause is a comma, a subject pronoun or a name of at most four capitalised words,
//! and a finite reporting verb that ends its clause (a comma, a stop or the
//! sentence's end after it). Not `…, he said of the plan` nor `…, she told X`:
//! words after the verb make it a clause of its own, not a frame. Bounded: twelve
//! tokens to the comma, six after it.

use super::*;

/// How many tokens may stand between the closing mark and the frame's comma.
const GAP: usize = 12;

/// The subject of a trailing frame after the quote closing at byte `close` of
/// paragraph `p`.
pub(super) fn subject(f: &Finder, cast: &Cast, p: usize, close: usize) -> Option<Subj> {
    let tk = &f.tks[p];
    let k = tk.at(close);
    if k == 0 || k >= tk.toks.len() || !tk.is_word(k) {
        return None;
    }
    let sent = tk.sentence_toks(k);
    let c = (k..sent.end.min(k + GAP)).find(|&j| !tk.is_word(j))?;
    if tk.punct(c) != Some(',') || c == k {
        return None;
    }
    let s = c + 1;
    let mut v = s;
    while v < sent.end && v < s + 4 && tk.is_word(v) && tk.is_cap(v) {
        v += 1;
    }
    let pronoun = v == s && tk.is_word(s) && tk.is_lower(s) && f.lx.is("subject_pronoun", tk.lower(s)) && pronoun_class(tk.lower(s)) == Some(PronounClass::Person);
    if pronoun {
        v = s + 1;
    }
    if v == s || !tk.is_word(v) || !tk.is_lower(v) || !tk.is_speech_verb(v, s) || tk.is_participle(v) {
        return None;
    }
    // The verb ends its clause.
    if v + 1 < sent.end && !matches!(tk.punct(v + 1), Some(',' | '.' | ';')) {
        return None;
    }
    if pronoun {
        return Some(Subj::Pronoun { at: tk.toks[s].start, class: PronounClass::Person });
    }
    f.noun_phrase(cast, p, s, v).filter(|x| matches!(x, Subj::Actor(_) | Subj::Name(_)))
}
