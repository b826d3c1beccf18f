//! Words relayed by another speaker: `I will repeat what Prime Minister X told the
//! cabinet on Monday, because I cannot say it better: "Q"`. The clause before the
//! colon has its own reporting verb ("say"), but its subject only passes the words
//! on: a relaying verb (`[relay_verb]`: "repeat", "quote", "read out") takes as
//! object "what" and a reported clause, whose subject said them. So the speaker is
//! the subject of the verb after "what", not the frame's ("I cannot").
//! Not `I do not know what X told the cabinet, but I can say this: "Q"` (no relaying
//! verb: the frame's subject speaks). Bounded: the quote's sentence, a few words
//! between the relaying verb and "what", a subject window after it.

use super::*;

/// How many words may stand between the relaying verb and "what" ("repeat here
/// exactly what").
const GAP: usize = 3;

/// The speaker of the quote opening at byte `open` of paragraph `p` when its
/// sentence relays someone's words before a colon.
pub(super) fn speaker(f: &Finder, cast: &Cast, p: usize, open: usize) -> Option<Subj> {
    let tk = &f.tks[p];
    let first_in = tk.at(open);
    if first_in == 0 || tk.punct(first_in - 1) != Some(':') {
        return None;
    }
    let sent = tk.sentence_toks(first_in - 1);
    let what = (sent.start + 1..first_in - 1).find(|&k| tk.is_word(k) && tk.lower(k) == "what" && (k.saturating_sub(GAP + 1).max(sent.start)..k).any(|j| tk.is_word(j) && tk.is_lower(j) && f.lx.is("relay_verb", tk.lower(j))))?;
    // The reported clause's verb: the first finite reporting verb after "what".
    let end = (first_in - 1).min(what + 1 + SUBJECT_WINDOW);
    let verb = (what + 2..end).take_while(|&k| tk.is_word(k)).find(|&k| tk.is_lower(k) && tk.is_speech_verb(k, sent.start) && !tk.is_participle(k))?;
    let mut hi = verb;
    while hi > what + 1 && f.is_aux(tk, hi - 1) {
        hi -= 1;
    }
    f.noun_phrase(cast, p, what + 1, hi)
}
