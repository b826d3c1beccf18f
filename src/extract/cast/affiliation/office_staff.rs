//! "The president's spokesman, X", "X, the prime minister's adviser,": staff of an
//! office named by its title, not by its holder's name. The person serves whoever
//! holds that office in the story (the tree finds the holder: `tree.rs`, the last
//! person of that title mentioned before); "a spokeswoman for Holm, X", "an aide to
//! Senator Calder, X", "X, chief of staff to Senator Y,": staff of the person named
//! after "for"/"to".
//!
//! Invariant: only a staff noun (`[staff_nouns]` of data/cast_words.txt) after the
//! possessive (one modifier between: "senior adviser"), or right before
//! "for"/"to", makes staff; a title must be
//! an office of the knowledge base after "the" ("the president's son", "a critic
//! of the president", "Osei's spokesman" are read elsewhere or not at all). Reads
//! a fixed window of tokens around the name: constant work per person.

use super::super::builder::*;
use super::super::names::{Chunk, Tok, TokKind};
use super::lower_word;
use crate::model::ActorKind;

/// How many words may stand between the name's comma and "to" ("special
/// officer to", "deputy chief of staff to").
const STAFF_TO_WORDS: usize = 5;

impl Builder {
    /// Records the office whose holder the person serves ("the president's
    /// spokesman") in `staff_of`, or places the person under the person named
    /// after "a spokeswoman for"/"an aide to" before the name.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn office_staff(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], ci: usize, c: &Chunk, a: usize) {
        if self.info[a].owner.is_some() || self.actors[a].kind != ActorKind::Person {
            return;
        }
        let kb = self.kb;
        let lw = |k: usize| lower_word(text, toks, k);
        let staff = |k: usize| lw(k).is_some_and(|w| kb.is("staff_nouns", &w));
        // Before the name: "[The] president's spokesman[,] X".
        let mut k = c.first;
        if k > 0 && toks[k - 1].kind == TokKind::Punct(',') {
            k -= 1;
        }
        // (one lowercase modifier may stand between: "the president's senior adviser")
        if k >= 3 && staff(k - 1) {
            let poss = (2..=3).map(|d| k - d).find(|&p| p > 0 && toks[p].kind == TokKind::Poss && (p + 2 == k || lw(p + 1).is_some()));
            if let Some(t) = poss.and_then(|p| self.office_title_before(text, toks, p)) {
                self.info[a].staff_of = Some(t);
                return;
            }
        }
        // "[A] spokeswoman for [Senator] Holm, X": a person's chunk before the comma.
        if c.first > k {
            if let Some(oc) = ci.checked_sub(1).filter(|&oc| chunks[oc].last + 1 == k) {
                let f = chunks[oc].first;
                let prep = lw(f.wrapping_sub(1));
                if f >= 2 && matches!(prep.as_deref(), Some("for" | "to")) && staff(f - 2) {
                    if let Some(o) = assigned[oc].filter(|&o| o != a && self.actors[o].kind == ActorKind::Person) {
                        self.set_owner(a, o, "member_of", para, chunks[oc].start);
                        return;
                    }
                }
            }
        }
        // After the name: "X, the president's spokesman,".
        let j = c.last + 1;
        if self.staff_to_person(para, text, toks, chunks, assigned, j, a) {
            return;
        }
        if toks.get(j).is_some_and(|t| t.kind == TokKind::Punct(',')) && lw(j + 1).as_deref() == Some("the") {
            for n in [1, 2] {
                let p = j + 2 + n;
                if toks.get(p).is_some_and(|t| t.kind == TokKind::Poss) && (staff(p + 1) || (lw(p + 1).is_some() && staff(p + 2))) {
                    if let Some(t) = self.office_title_before(text, toks, p) {
                        self.info[a].staff_of = Some(t);
                        return;
                    }
                }
            }
        }
    }

    /// "X, chief of staff to Senator Y,", "X, special officer to Transport Minister
    /// Y,": a role noun right before "to" (`[staff_nouns]`, `[member_nouns]`,
    /// `[leader_nouns]` or "staff"), within a few words after the name's comma, and a
    /// person's name right after it: the person's staff. Near misses: "close to
    /// President Y" (no role noun before "to"), "ambassador to France" (no person),
    /// ", who wrote to Y" (a clause).
    #[allow(clippy::too_many_arguments)]
    fn staff_to_person(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], j: usize, a: usize) -> bool {
        if !toks.get(j).is_some_and(|t| t.kind == TokKind::Punct(',')) {
            return false;
        }
        let kb = self.kb;
        let role_noun = |w: &str| w == "staff" || ["staff_nouns", "member_nouns", "leader_nouns"].iter().any(|l| kb.is(l, w));
        let mut t = j + 1;
        while t < j + 1 + STAFF_TO_WORDS {
            let Some(w) = lower_word(text, toks, t) else { return false };
            if w == "to" {
                break;
            }
            if matches!(w.as_str(), "who" | "which" | "whose" | "that") {
                return false;
            }
            t += 1;
        }
        if t == j + 1 || lower_word(text, toks, t).as_deref() != Some("to") || !lower_word(text, toks, t - 1).is_some_and(|w| role_noun(&w)) {
            return false;
        }
        let Some(oc) = chunks.binary_search_by_key(&(t + 1), |x| x.first).ok() else { return false };
        match assigned[oc].filter(|&o| o != a && self.actors[o].kind == ActorKind::Person) {
            Some(o) => {
                self.set_owner(a, o, "member_of", para, chunks[oc].start);
                true
            }
            None => false,
        }
    }

    /// The office of the knowledge base whose title (one or two lowercase words
    /// after "the") ends right before the possessive at `poss`.
    fn office_title_before(&self, text: &str, toks: &[Tok], poss: usize) -> Option<&'static str> {
        let lw = |k: usize| lower_word(text, toks, k);
        for n in [1, 2] {
            let Some(first) = poss.checked_sub(n) else { break };
            if first == 0 || !lw(first - 1).is_some_and(|w| w == "the") {
                continue;
            }
            let words: Option<Vec<String>> = (first..poss).map(lw).collect();
            let Some(words) = words else { continue };
            let title = words.join(" ");
            if self.kb.is("staff_nouns", &title) {
                continue;
            }
            if let Some(o) = self.kb.office(&title) {
                return Some(o.title());
            }
        }
        None
    }
}
