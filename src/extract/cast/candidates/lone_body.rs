//! A lone unknown word that names a body by the grammar around it (cast23, issue 4):
//! parties and parliaments whose one-word or numbered names no word list holds
//! ("Isamaa", "the Riigikogu", "Eesti 200", "Motus 44").
//!
//! Two readings, each with what a person's name or a place never takes:
//! - a membership: "a member of X", "members of the X" (`[body_member_noun]` of
//!   data/grammar_words.txt, then "of" and an optional "the"); a number right after
//!   the word and before punctuation is part of the name ("a member of Eesti 200,"),
//!   punctuation or a preposition ends the name ("a member of the Riigikogu for X");
//!   near miss: "a member of Kamau's family" (a possessive: the word owns what
//!   follows);
//! - a body that speaks of itself as "it": "X, with whom …, has said it will back the
//!   bill" (the word, an aside between commas, an auxiliary, a reporting verb, then
//!   "it" and a modal); near miss: "Mwangi said it was late" (no modal: an expletive
//!   "it" after any speaker).
//!
//! Why here: the steps before (`lone_word.rs`) read words *beside* the name ("the Bild
//! newspaper", "Exxon, which"); these read the clause the name stands in, and only
//! for a word nothing else knows (`lone_unknown`).

use crate::extract::cast::builder::*;
use crate::extract::cast::names::{self, TokKind};
use crate::model::ActorKind;
use super::classify::Seen;
use super::lone_word::lone_unknown;

impl Builder {
    /// "a member of X [N]" or "X …, has said it will": the body X (see the module doc).
    pub(super) fn lone_body_by_clause(&mut self, v: &Seen) -> Option<Option<usize>> {
        let Seen { text, c, full, .. } = *v;
        if c.first != c.last || names::is_acronym(full) || !lone_unknown(self, full) {
            return None;
        }
        if let Some(end) = self.membership_body(v) {
            return Some(Some(self.org(&text[c.start..end], ActorKind::Organization)));
        }
        self.speaks_as_it(v).then(|| Some(self.org(full, ActorKind::Organization)))
    }

    /// The end of the body's name after "member(s) of [the]": the word's, or a
    /// number's glued to it ("Eesti 200"). None when the cue is absent.
    fn membership_body(&self, v: &Seen) -> Option<usize> {
        let Seen { text, toks, lower, c, prev, .. } = *v;
        let lx = crate::extract::lexicon::get();
        let lw = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Word).then(|| lower.get(k));
        let mut k = c.first.checked_sub(1)?;
        if prev == Some("the") {
            k = k.checked_sub(1)?;
        }
        if lw(k) != Some("of") || !k.checked_sub(1).and_then(lw).is_some_and(|n| lx.is("body_member_noun", n)) {
            return None;
        }
        let after = c.last + 1;
        let ends = |k: usize| toks.get(k).is_none_or(|t| matches!(t.kind, TokKind::Punct(',' | '.' | ';' | ':' | ')')));
        // "Eesti 200,": a number (up to four digits) then punctuation ends the name.
        let number = word_at(text, toks, after).filter(|w| w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()));
        if number.is_some() && ends(after + 1) {
            return Some(toks[after].end);
        }
        // "a member of Kamau's family": the word owns what follows, no body here;
        // "a member of the Riigikogu for Narva": a preposition may follow.
        let prep = toks.get(after).is_some_and(|t| t.kind == TokKind::Word) && lx.is("preposition", lower.get(after));
        (ends(after) || prep).then_some(c.end)
    }

    /// "X, with whom we agree on nothing, has said it will …": the word, an aside
    /// between commas (no sentence end inside), up to two auxiliaries, a reporting
    /// verb, "it" and a modal.
    fn speaks_as_it(&self, v: &Seen) -> bool {
        let Seen { toks, lower, c, .. } = *v;
        let lx = crate::extract::lexicon::get();
        let lw = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Word).then(|| lower.get(k));
        let mut k = c.last + 1;
        if toks.get(k).is_some_and(|t| t.kind == TokKind::Punct(',')) {
            let close = (k + 1..(k + 24).min(toks.len())).find(|&j| matches!(toks[j].kind, TokKind::Punct(',' | '.' | '?' | '!' | ';')));
            match close {
                Some(j) if toks[j].kind == TokKind::Punct(',') => k = j + 1,
                _ => return false,
            }
        }
        for _ in 0..2 {
            if lw(k).is_some_and(|w| matches!(w, "has" | "have" | "had")) {
                k += 1;
            }
        }
        lw(k).is_some_and(|w| lx.speech_verb(w).is_some()) && lw(k + 1) == Some("it") && lw(k + 2).is_some_and(|w| lx.is("modal", w))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::cast::tests::{cast_of, names};
    use crate::model::ActorKind;

    fn kind(paras: &[&str], name: &str) -> Option<ActorKind> {
        let c = cast_of(paras);
        c.actors.iter().find(|a| a.name == name).map(|a| a.kind)
    }

    #[test]
    fn a_word_after_member_of_is_a_body() {
        assert_eq!(kind(&["A senior member of Vlast 21, the governing party's junior partner, said the vote would be close."], "Vlast 21"), Some(ActorKind::Organization));
        assert_eq!(kind(&["Dagny Holt, a member of the Kesvaldi for the northern district, said the fund would be audited."], "Kesvaldi"), Some(ActorKind::Organization));
        // Near miss: the word owns what follows.
        let c = cast_of(&["A member of Otieno's family said the body was not returned."]);
        assert!(!names(&c).iter().any(|n| n.contains("Otieno")), "{:?}", names(&c));
    }

    #[test]
    fn a_word_that_speaks_as_it_is_a_body() {
        assert_eq!(kind(&["Later on, Ruvenna, with whom we agree on little, has said it will back the bill."], "Ruvenna"), Some(ActorKind::Organization));
        // Near miss: an expletive "it" with no modal after it.
        let c = cast_of(&["On Friday, Mwangi said it was too late to change the route."]);
        assert!(!names(&c).iter().any(|n| n == "Mwangi"), "{:?}", names(&c));
    }
}
