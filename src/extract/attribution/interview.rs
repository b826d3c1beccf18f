//! Still sieve 4: Q&A transcripts. In an interview printed as questions and answers
//! ("Q: …" / "A: …", or labelled with names in capitals: "OKAFOR: …"), the answers
//! are the interviewee's words (a name label: the person of that name): a quote in an answer
//! paragraph with no frame, or framed in the first person ("I told them"), is
//! the interviewee's — the first person named in the nearest paragraph before it
//! that is neither a question, an answer nor a heading (the introduction: "Interior
//! Minister X spoke to us in her office"). So with no labels at all: a paragraph
//! right after a question put to "you" (no quotation mark, ending with "?") is an
//! answer, and its first-person frame ("I told him, "Q"") the interviewee's.
//! A paragraph with no label after an answer goes on with it (its first-person
//! frames are the interviewee's), and "Q." / "A." are labels where no initial can
//! be meant (`slug::qa_label`).
//! A quote whose frame has another subject
//! ("He told me himself, "Q"", "the unions called it "Q"") is left to the other sieves.
//!
//! A broadcast script's sound-bite slug ("SOUNDBITE (Norwegian) X, fisheries
//! minister:", `extract/slug.rs`) names the speaker of the unframed quote opening the
//! next paragraph.
//!
//! Cost: each answer looks back over at most `INTRO_WINDOW` paragraphs, once per
//! paragraph (the answer's interviewee is reused by its other quotes).

use super::*;
use crate::case::StrCase;

/// How many paragraphs back an answer looks for the transcript's introduction.
const INTRO_WINDOW: usize = 40;

/// A paragraph labelled as a question or an answer ("Q:", "A:"; "Q." and "A." as
/// magazines print them, `slug::qa_label`), or with a speaker's name in capitals
/// ("OKAFOR:", "MODERATOR:"; `'N'`).
fn label(text: &str) -> Option<char> {
    let t = text.trim_start().as_bytes();
    match t {
        [c @ (b'Q' | b'A'), b':', ..] => Some(*c as char),
        _ => crate::extract::slug::qa_label(text).map(|(c, _)| c).or_else(|| name_label(text).map(|_| 'N')),
    }
}

/// The labelled paragraph that paragraph `p`, with no label of its own, goes on
/// with: the nearest labelled paragraph before it (at most `CONTINUED` back, no
/// heading or question between), with its label.
fn continued_from(f: &Finder, p: usize) -> Option<(usize, char)> {
    if label(f.ctx.paras[p].text).is_some() {
        return None;
    }
    for q in (p.saturating_sub(CONTINUED)..p).rev() {
        let para = &f.ctx.paras[q];
        if para.is_heading() || question(para.text) {
            return None;
        }
        if let Some(l) = label(para.text) {
            return Some((q, l));
        }
    }
    None
}

/// How many unlabelled paragraphs an answer may run on for.
const CONTINUED: usize = 3;

/// The name of a transcript's speaker label: one or two words in capitals, then a
/// colon, opening the paragraph ("OKAFOR: It will not close.").
fn name_label(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let (name, _) = t.split_once(':')?;
    // ("KARI NORDMO (translated):", "REPORTER (voice-over):": a note in lowercase;
    // "HARALD BERGE (Centre):": the party the name speaks for.)
    let name = crate::extract::slug::strip_note(name);
    let name = match name.trim_end().strip_suffix(')').and_then(|n| n.rsplit_once('(')) {
        Some((n, _)) if n.len() <= 60 => n,
        _ => name,
    };
    let words = name.split_whitespace().count();
    let caps = name.chars().all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '.') && name.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    ((1..=2).contains(&words) && caps).then_some(name.trim())
}

/// The surname of a titled speaker label: words in capitals, then a colon, opening
/// the paragraph, whose words before the last are titles (a person noun, an
/// honorific, a portfolio word (`[ministry_portfolios]`): "MINISTER OKAFOR:", "FOREIGN MINISTER OKONJO:",
/// "MR REYES:"); never a label of titles alone ("THE MINISTER:") or one whose
/// first words are no title ("UPDATE ON TRADE:").
fn titled_label<'t>(f: &Finder, text: &'t str) -> Option<&'t str> {
    let t = text.trim_start();
    let (head, _) = t.split_once(':')?;
    if head.len() > 60 || !head.chars().all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '.') {
        return None;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let (last, titles) = words.split_last()?;
    let title = |w: &str| {
        let l = w.trim_end_matches('.').lowercase();
        ["person", "honorific_male", "honorific_female", "title_abbreviation", "portfolio", "ministry_portfolios"].iter().any(|c| f.lx.is(c, &l))
    };
    let ok = !titles.is_empty() && titles.len() <= 3 && titles.iter().all(|w| title(w)) && last.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !title(last);
    ok.then(|| head.trim().rsplit(' ').next()).flatten()
}

/// An unlabelled question put to the interviewee: a paragraph with no quotation
/// mark that ends with "?" and says "you" ("Did you speak to him after the
/// incident?"); a rhetorical question ("Why does this matter?") asks no one.
fn question(text: &str) -> bool {
    let t = text.trim();
    t.ends_with('?') && t.len() <= 400 && !t.contains(['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}']) && t.split(|c: char| !c.is_alphabetic()).any(|w| matches!(w, "you" | "your" | "You" | "Your"))
}

/// Whether paragraph `p` answers an unlabelled question (the paragraph before it).
fn unlabelled_answer(f: &Finder, p: usize) -> bool {
    p > 0 && label(f.ctx.paras[p].text).is_none() && question(f.ctx.paras[p - 1].text)
}

/// The interviewee answering in paragraph `p`: the first person mentioned in the
/// nearest earlier paragraph that is no question, answer or heading.
fn interviewee(f: &Finder, cast: &Cast, p: usize) -> Option<usize> {
    let lo = p.saturating_sub(INTRO_WINDOW);
    for q in (lo..p).rev() {
        let para = &f.ctx.paras[q];
        if para.is_heading() || label(para.text).is_some() || question(para.text) || unlabelled_answer(f, q) {
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
    let opens = before.is_empty() || before == "A:" || before == "A." || before.strip_suffix(':').is_some_and(|n| name_label(before).is_some_and(|l| l == crate::extract::slug::strip_note(n).trim()));
    let me = |k: usize| tk.is_word(k) && matches!(tk.lower(k), "i" | "we");
    let left_of = |v: usize| {
        let mut k = v;
        while k > 0 && tk.is_word(k - 1) && f.is_aux(tk, k - 1) {
            k -= 1;
        }
        k > 0 && me(k - 1)
    };
    // "What I told them in Sendai: "Q"", "I said it in the Diet: "Q"": a lead-in whose
    // subject is "I"/"we", or a free relative ("what", "all") opening on it.
    let colon_subject = || {
        let s = tk.at(para.sentence_at(open).start);
        let mut k = s;
        if tk.is_word(k) && tk.word(k).len() == 1 && matches!(tk.word(k), "A" | "Q") && tk.punct(k + 1).is_some_and(|c| c == '.' || c == ':') {
            k += 2;
        }
        while tk.is_word(k) && matches!(tk.lower(k), "what" | "all" | "but" | "and" | "so") {
            k += 1;
        }
        me(k) && tk.is_word(k + 1) && tk.is_lower(k + 1)
    };
    match frame {
        None => opens,
        Some(Frame::Colon { .. }) => opens || colon_subject(),
        Some(Frame::After { first, verb }) => me(first) || left_of(verb),
        Some(Frame::Before { verb } | Frame::Embedded { verb, .. } | Frame::PutIt { verb }) => left_of(verb),
        _ => false,
    }
}

/// A broadcast script's quote opening the paragraph right after a sound-bite slug
/// ("SOUNDBITE (Norwegian) X, fisheries minister:" / ""Q"", `extract/slug.rs`), with no
/// frame of its own (the slug's colon is none): the first person the slug names.
fn slugged(f: &Finder, cast: &Cast, p: usize, open: usize, frame: Option<Frame>) -> Option<usize> {
    if p == 0 || !matches!(frame, None | Some(Frame::Colon { .. })) || !f.ctx.paras[p].text[..open].trim().is_empty() {
        return None;
    }
    let prev = f.ctx.paras[p - 1].text;
    let start = crate::extract::slug::speaker_start(prev)?;
    cast.mentions_in(p - 1, start..prev.len()).iter().map(|m| m.actor).find(|&a| cast.actors[a].kind == ActorKind::Person)
}

/// Answers' quotes with no frame or a first-person one go to the interviewee.
pub(super) fn sieve(f: &Finder, cast: &Cast, spans: &[QuoteSpan], kinds: &[QuoteKind], frames: &[Option<Frame>], out: &mut [Option<Attribution>]) {
    let mut memo: Option<(usize, Option<usize>)> = None;
    for i in 0..spans.len() {
        if !super::is_speech(kinds, i) || out[i].is_some() || !spans[i].preceding.is_empty() {
            continue;
        }
        let p = spans[i].para;
        let text = f.ctx.paras[p].text;
        if let Some(a) = slugged(f, cast, p, spans[i].open, frames[i]) {
            out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
            trace::decided(i, "interview: sound-bite slug");
            continue;
        }
        // "OKAFOR: …": a label naming a person of the cast is that person's answer;
        // any other name ("MODERATOR:") asks.
        // ("MINISTER OKAFOR: …", "FOREIGN MINISTER OKONJO: …": a title, then the
        // surname of a person the story has named: `titled_label`.)
        // (A paragraph with no label right after a turn goes on with it, "It was not
        // a popular line. But I repeated it: "Q"", when the quote has a frame.)
        let continued = if frames[i].is_some() { continued_from(f, p) } else { None };
        let turn = continued.map_or(text, |(q, _)| f.ctx.paras[q].text);
        let named = name_label(turn).and_then(|n| cast.lookup(n)).or_else(|| titled_label(f, turn).and_then(|n| cast.lookup(n))).filter(|&a| cast.actors[a].kind == ActorKind::Person);
        // An answer to an unlabelled question counts only with a first-person frame
        // ("I told him, "Q""): an unframed quote there is carry-over's to judge.
        let unlabelled = unlabelled_answer(f, p) && frames[i].is_some_and(|fr| !matches!(fr, Frame::Colon { .. }));
        let answer = label(text) == Some('A') || continued.is_some_and(|(_, l)| l == 'A');
        if !(answer || named.is_some() || unlabelled) || !first_person(f, p, spans[i].open, frames[i]) {
            continue;
        }
        if let Some(a) = named {
            out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
            trace::decided(i, "interview: named answer");
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
            trace::decided(i, "interview: interviewee");
        }
    }
}
