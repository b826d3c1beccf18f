//! The writer speaking in the first person: `I told the climate minister, X, at the
//! committee: "Q"` in an op-ed or a first-person dispatch signed "By Jane Roe". The
//! frame's subject is "I" in the article's own prose, so the words are the byline's
//! author's (an actor made from the byline when the text never names them). Never
//! "I" inside a quotation, in a labelled transcript turn ("MINISTER X: I told him"),
//! a passive ("I was told: "Q"" is someone else's words), "we" (a group), or an
//! article whose byline is no single person's name ("By Staff", "By A and B").
//! Runs after the Q&A sieve (an interview's "I" is the interviewee's) and before
//! carry-over. Linear: one look at each unattributed quote's frame. The writer
//! made an actor sits in the first body of the cast the closing author bio names.

use super::*;

/// The byline when it is one person's name: two to four capitalised words.
fn byline_person<'d>(f: &Finder<'_, 'd>) -> Option<&'d str> {
    let b = f.ctx.doc.meta.byline.as_deref()?.trim();
    let words: Vec<&str> = b.split_whitespace().collect();
    let name = (2..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}' | '.')));
    name.then_some(b)
}

/// Whether the quote's frame has "I" as the subject of its verb, in active voice.
fn writer_frame(f: &Finder, p: usize, frame: Frame) -> bool {
    let tk = &f.tks[p];
    let me = |k: usize| tk.is_word(k) && !tk.quoted[k] && tk.word(k) == "I";
    let verb = match frame {
        Frame::After { first, verb } if me(first) && verb == first + 1 => return true,
        Frame::Before { verb } | Frame::Embedded { verb, .. } => verb,
        _ => return false,
    };
    let mut k = verb;
    while k > 0 && tk.is_word(k - 1) && f.is_aux(tk, k - 1) {
        k -= 1;
    }
    // "I was told", "I have been asked": a passive reports someone else's words.
    let passive = (k..verb).any(|j| matches!(tk.lower(j), "was" | "were" | "am" | "been" | "being" | "be" | "is"));
    k > 0 && me(k - 1) && !passive
}

/// A paragraph opening with a speaker's label in capitals ("FOREIGN MINISTER X:").
fn labelled_turn(text: &str) -> bool {
    text.split_once(':').is_some_and(|(l, _)| l.len() <= 60 && l.chars().any(char::is_alphabetic) && l.chars().all(|c| !c.is_lowercase()))
}

/// The organisation the author bio closing the article ("Jane Roe is a Centre Party
/// member of …", the last paragraph opening with the byline's name) names first, of
/// those the cast holds: the writer's body. One look over the cast's actors.
fn bio_body(f: &Finder, cast: &Cast, name: &str) -> Option<usize> {
    let bio = f.ctx.paras.iter().rev().find(|p| !p.text.trim().is_empty()).filter(|p| p.text.trim_start().starts_with(name))?.text;
    let orgs = cast.actors.iter().enumerate().filter(|(_, a)| a.kind == ActorKind::Organization);
    orgs.filter_map(|(i, a)| bio.find(a.name.as_str()).filter(|&at| at > name.len()).map(|at| (at, i))).min().map(|(_, i)| i)
}

pub(super) fn sieve(f: &Finder, cast: &mut Cast, spans: &[QuoteSpan], kinds: &[QuoteKind], frames: &[Option<Frame>], out: &mut [Option<Attribution>]) {
    let Some(name) = byline_person(f) else { return };
    let mut writer = None;
    for i in 0..spans.len() {
        if !is_speech(kinds, i) || out[i].is_some() || !spans[i].preceding.is_empty() {
            continue;
        }
        let p = spans[i].para;
        let Some(frame) = frames[i] else { continue };
        if labelled_turn(f.ctx.paras[p].text) || !writer_frame(f, p, frame) {
            continue;
        }
        let a = *writer.get_or_insert_with(|| cast.lookup(name).unwrap_or_else(|| {
            let parent = bio_body(f, cast, name);
            cast.add_actor(ActorDraft { name: name.to_string(), aliases: Vec::new(), kind: ActorKind::Person, role: None, parent, id: None })
        }));
        out[i] = Some(Attribution { actor: a, sieve: "pronoun" });
        trace::decided(i, "the writer (byline)");
    }
}
