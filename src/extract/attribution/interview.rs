//! Still sieve 4: Q&A transcripts. In an interview printed as questions and answers
//! ("Q: …" / "A: …"), the answers are the interviewee's words: a quote in an answer
//! paragraph with no frame, or framed in the first person ("I told them"), is
//! the interviewee's — the first person named in the nearest paragraph before it
//! that is neither a question, an answer nor a heading (the introduction: "Interior
//! Minister X spoke to us in her office"). A quote whose frame has another subject
//! ("He told me himself, "Q"", "the unions called it "Q"") is left to the other sieves.
//!
//! Cost: each answer looks back over at most `INTRO_WINDOW` paragraphs, once per
//! paragraph (the answer's interviewee is reused by its other quotes).

use super::*;

/// How many paragraphs back an answer looks for the transcript's introduction.
const INTRO_WINDOW: usize = 40;

/// A paragraph labelled as a question or an answer ("Q:", "A:").
fn label(text: &str) -> Option<char> {
    let t = text.trim_start().as_bytes();
    match t {
        [c @ (b'Q' | b'A'), b':', ..] => Some(*c as char),
        _ => None,
    }
}

/// The interviewee answering in paragraph `p`: the first person mentioned in the
/// nearest earlier paragraph that is no question, answer or heading.
fn interviewee(f: &Finder, cast: &Cast, p: usize) -> Option<usize> {
    let lo = p.saturating_sub(INTRO_WINDOW);
    for q in (lo..p).rev() {
        let para = &f.ctx.paras[q];
        if para.is_heading() || label(para.text).is_some() {
            continue;
        }
        return cast.mentions_in(q, 0..para.text.len()).iter().map(|m| m.actor).find(|&a| cast.actors[a].kind == ActorKind::Person);
    }
    None
}

/// Whether the quote's subject is "I"/"we" (the answerer), or it has no frame and
/// opens its sentence (or the answer: the label's colon is no frame).
fn first_person(f: &Finder, p: usize, open: usize, frame: Option<Frame>) -> bool {
    let tk = &f.tks[p];
    let para = &f.ctx.paras[p];
    let before = para.text[para.sentence_at(open).start..open].trim();
    let opens = before.is_empty() || before == "A:";
    let me = |k: usize| tk.is_word(k) && matches!(tk.lower(k), "i" | "we");
    let left_of = |v: usize| {
        let mut k = v;
        while k > 0 && tk.is_word(k - 1) && f.is_aux(tk, k - 1) {
            k -= 1;
        }
        k > 0 && me(k - 1)
    };
    match frame {
        None | Some(Frame::Colon { .. }) => opens,
        Some(Frame::After { first, verb }) => me(first) || left_of(verb),
        Some(Frame::Before { verb } | Frame::Embedded { verb, .. } | Frame::PutIt { verb }) => left_of(verb),
        _ => false,
    }
}

/// Answers' quotes with no frame or a first-person one go to the interviewee.
pub(super) fn sieve(f: &Finder, cast: &Cast, spans: &[QuoteSpan], kinds: &[QuoteKind], frames: &[Option<Frame>], out: &mut [Option<Attribution>]) {
    let mut memo: Option<(usize, Option<usize>)> = None;
    for i in 0..spans.len() {
        if !super::is_speech(kinds, i) || out[i].is_some() || !spans[i].preceding.is_empty() {
            continue;
        }
        let p = spans[i].para;
        if label(f.ctx.paras[p].text) != Some('A') || !first_person(f, p, spans[i].open, frames[i]) {
            continue;
        }
        let who = match memo {
            Some((q, who)) if q == p => who,
            _ => {
                let who = interviewee(f, cast, p);
                memo = Some((p, who));
                who
            }
        };
        if let Some(a) = who {
            out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
        }
    }
}
