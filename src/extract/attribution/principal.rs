//! A voice reporting its principal's stance: "A Russian foreign ministry
//! spokeswoman told a briefing that Russia welcomed the agreement as "Q"", "A
//! Kremlin spokesman said Russia regarded the vote as "Q"". The quote's nearest
//! reporting verb ("welcomed") has the state or body as its subject, but that
//! clause is itself reported by the voice speaking for it: the words are the
//! voice's (the dev golds credit the spokesperson, a body's spokesperson or the
//! body, never the state behind it). Only when the outer speaker is that actor's
//! own voice: a description naming it or one of its bodies ("a Russian foreign
//! ministry spokeswoman"), or a person under it ("Chinese foreign ministry
//! spokesman Zhou Hanbin said China "Q""). A reported clause whose subject is
//! someone else ("the spokesman said President X welcomed it as "Q"") keeps its
//! own speaker.

use super::*;

/// The outer speaker of an embedded frame at `verb` whose subject is actor `a`, when
/// that speaker is `a`'s own voice.
pub(super) fn voice_for(f: &Finder, cast: &Cast, p: usize, verb: usize, a: usize) -> Option<Subj> {
    if !matches!(cast.actors[a].kind, ActorKind::State | ActorKind::Organization) {
        return None;
    }
    let tk = &f.tks[p];
    let sent = tk.sentence_toks(verb);
    let lo = sent.start.max(verb.saturating_sub(FRAME_WINDOW));
    let outer = (lo..verb).rev().find(|&k| !tk.quoted[k] && tk.is_speech_verb(k, sent.start) && !tk.is_participle(k))?;
    // The inner subject stands between the two verbs.
    let between = tk.toks[outer].end..tk.toks[verb].start;
    if !cast.mentions_in(p, between).iter().any(|m| m.actor == a) {
        return None;
    }
    let under = |b: usize| {
        let mut cur = Some(b);
        for _ in 0..5 {
            match cur {
                Some(c) if c == a => return true,
                Some(c) => cur = cast.actors[c].parent,
                None => return false,
            }
        }
        false
    };
    match f.subject_left(cast, p, outer)? {
        s @ Subj::Described { .. } => {
            let Subj::Described { range, head, .. } = &s else { return None };
            let voice = f.lx.is("voice", head) || f.lx.is("person", head);
            (voice && cast.mentions_in(p, range.clone()).iter().any(|m| under(m.actor))).then_some(s)
        }
        Subj::Actor(b) if b != a && cast.actors[b].kind == ActorKind::Person && under(b) => Some(Subj::Actor(b)),
        _ => None,
    }
}
