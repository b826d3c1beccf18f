//! Still sieve 3: a document's quote signed in the next sentence. `"Q," the
//! statement read. It was signed by X.` · `"Q," it said. The letter was issued by
//! the Y.`: a quote whose frame is a document reading out (or "it"), with no
//! speaker found, is the author the sentence right after it names after a word of
//! `[signing_participle]` and "by".
//!
//! Cost: the few tokens after the quote and the first tokens of one sentence.

use super::*;

/// How many tokens a document frame after its quote may hold (`, the statement read`).
const FRAME_WORDS: usize = 5;
/// How far into the next sentence the participle may stand (`It was signed by`).
const SIGNED_AT: usize = 6;

/// The author named in the sentence after the quote closing at byte `close` of
/// paragraph `p`, when the quote's own frame is a document's (or "it") reading.
pub(super) fn signatory(f: &Finder, cast: &mut Cast, p: usize, close: usize) -> Option<usize> {
    let tk = &f.tks[p];
    let n = tk.toks.len();
    let mut k = tk.at(close);
    if tk.punct(k) == Some(',') {
        k += 1;
    }
    // The frame: "it" or a determiner and a `[document]` noun, then one verb, then
    // the sentence's end.
    let end = (k..n.min(k + FRAME_WORDS)).find(|&j| tk.punct(j).is_some_and(|c| matches!(c, '.' | ';' | '!')))?;
    let words: Vec<&str> = (k..end).filter(|&j| tk.is_word(j)).map(|j| tk.lower(j)).collect();
    let document = match words.as_slice() {
        ["it", _] => true,
        [det, noun, _] | [det, _, noun, _] => f.lx.is("determiner", det) && f.lx.is("document", noun),
        _ => false,
    };
    let verb = words.last().is_some_and(|v| matches!(*v, "read" | "reads") || f.lx.speech_verb(v).is_some());
    if !document || !verb || (k..end).any(|j| tk.quoted[j]) {
        return None;
    }
    // The next sentence: "<subject> was/had been <signed> by X".
    let next = tk.sentence_toks(end + 1);
    if next.start != end + 1 || next.start >= n {
        return None;
    }
    let s = (next.start..next.end.min(next.start + SIGNED_AT)).find(|&j| tk.is_word(j) && f.lx.is("signing_participle", tk.lower(j)))?;
    let passive = s > next.start && tk.is_word(s - 1) && (f.lx.is("auxiliary", tk.lower(s - 1)) || f.lx.is("copula", tk.lower(s - 1)));
    if !passive || !(tk.is_word(s + 1) && tk.lower(s + 1) == "by") {
        return None;
    }
    let agent = s + 2;
    let stop = (agent..next.end).find(|&j| tk.quoted[j] || tk.punct(j).is_some_and(|c| !matches!(c, '-' | '\'' | '\u{2019}'))).unwrap_or(next.end);
    match f.noun_phrase(cast, p, agent, stop)? {
        Subj::Actor(a) => Some(a),
        Subj::Name(r) => Some(name_actor(f, cast, p, r)),
        Subj::Described { range, head, plural } if is_speaker_noun(&head) || plural => described_actor(f, cast, p, range, &head, plural, true),
        _ => None,
    }
}
