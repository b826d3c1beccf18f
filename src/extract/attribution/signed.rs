//! Still sieve 3: a document's quote signed in the next sentence. `"Q," the
//! statement read. It was signed by X.` · `"Q," it said. The letter was issued by
//! the Y.`: a quote whose frame is a document reading out (or "it"), with no
//! speaker found, is the author the sentence right after it names after a word of
//! `[signing_participle]` and "by".
//!
//! `A memo signed by X leaked …. "Q," the memo says` · `a cable from the
//! ambassador, Y, …. "Q," the cable said`: a written message (`[message_noun]`)
//! taken up by "the <noun>" is the writer its last mention named after a signing
//! participle and "by", or after "from" ([`writer`]).
//!
//! Cost: the few tokens after the quote and the first tokens of one sentence; for
//! [`writer`], this paragraph and the one before, and a few tokens after the mention.

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

/// How many tokens the writer's phrase after "by"/"from" may hold.
const WRITER_WORDS: usize = 8;

/// The writer of the written message (`head`: "memo", "email") that "the <head>"
/// at byte `at` of paragraph `p` takes up: its nearest earlier mention (this
/// paragraph or the one before) followed by "signed/written/sent by X" or "from X";
/// a description then a name in apposition ("by the deputy director, Laura Kim")
/// gives the name. None when the mention names no writer, or only a description.
pub(super) fn writer(f: &Finder, cast: &mut Cast, p: usize, at: usize, head: &str) -> Option<usize> {
    for q in (p.saturating_sub(1)..=p).rev() {
        let tk = &f.tks[q];
        let n = tk.toks.len();
        let hi = if q == p { tk.at(at) } else { n };
        let Some(k) = (0..hi).rev().find(|&k| tk.is_word(k) && tk.lower(k) == head) else { continue };
        let agent = if k + 2 < n && tk.is_word(k + 1) && f.lx.is("signing_participle", tk.lower(k + 1)) && tk.is_word(k + 2) && tk.lower(k + 2) == "by" {
            k + 3
        } else if k + 1 < n && tk.is_word(k + 1) && tk.lower(k + 1) == "from" {
            k + 2
        } else {
            return None;
        };
        let stop = |from: usize| (from..n.min(from + WRITER_WORDS)).find(|&j| tk.quoted[j] || !tk.is_word(j) && tk.punct(j).is_some_and(|c| !matches!(c, '-' | '\'' | '\u{2019}'))).unwrap_or(n.min(from + WRITER_WORDS));
        let e = stop(agent);
        if e <= agent || tk.quoted[agent] {
            return None;
        }
        return match f.noun_phrase(cast, q, agent, e)? {
            Subj::Actor(a) => Some(a),
            Subj::Name(r) => Some(name_actor(f, cast, q, r)),
            // "by the deputy director, Laura Kim,": the name in apposition.
            Subj::Described { .. } if e + 1 < n && tk.punct(e) == Some(',') && tk.is_word(e + 1) && tk.is_cap(e + 1) => match f.noun_phrase(cast, q, e + 1, stop(e + 1))? {
                Subj::Actor(a) => Some(a),
                Subj::Name(r) => Some(name_actor(f, cast, q, r)),
                _ => None,
            },
            _ => None,
        };
    }
    None
}
