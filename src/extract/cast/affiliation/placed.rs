//! People placed after their introduction: "Lena Fischer has spent a decade in
//! government. She joined the Finance Ministry in 2015", "He now runs the
//! Anti-Corruption Agency": a sentence opened by "he"/"she", a joining or heading
//! verb and an organisation's name place the one person named before (called
//! from `candidates::paragraph`, after the paragraph's chunks are read).

use super::super::builder::*;
use super::super::names::{Chunk, Tok};
use super::lower_word;
use crate::model::ActorKind;

impl Builder {
    /// For each organisation chunk right after "<he|she> [aux|adverb] <verb> [the]"
    /// (`[joining_verb]`: a member; `[heading_verb]`: a leader; at most one word of
    /// `[auxiliary]` or `[placing_adverb]` between, all in data/grammar_words.txt),
    /// the pronoun opening its sentence: the person is the one person this paragraph
    /// names before the pronoun, else the one the paragraph before names (two or
    /// more: no guess). Only a person with no owner yet. Linear in the chunks.
    pub(in crate::extract::cast) fn pronoun_placed(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>]) {
        let lex = crate::extract::lexicon::get();
        let word = |k: usize| lower_word(text, toks, k);
        let pronoun = |k: usize| word(k).is_some_and(|w| lex.is("subject_pronoun", &w) && lex.is("pronoun_person", &w));
        for (ci, c) in chunks.iter().enumerate() {
            let Some(o) = assigned[ci].filter(|&o| matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) && self.info[o].is_state.is_none()) else { continue };
            let mut t = c.first;
            if t > 0 && word(t - 1).as_deref() == Some("the") {
                t -= 1;
            }
            let Some(verb) = t.checked_sub(1).and_then(word) else { continue };
            let lead = lex.is("heading_verb", &verb);
            if !lead && !lex.is("joining_verb", &verb) {
                continue;
            }
            let mut p = t - 1;
            if p >= 2 && !pronoun(p - 1) && word(p - 1).is_some_and(|w| lex.is("auxiliary", &w) || lex.is("placing_adverb", &w)) {
                p -= 1;
            }
            if p == 0 || !pronoun(p - 1) {
                continue;
            }
            let at = toks[p - 1].start;
            let here = self.sentences.partition_point(|s| s.end <= at);
            if !self.sentences.get(here).is_some_and(|s| text[s.start..at].trim().is_empty()) {
                continue;
            }
            // The one person named before: this paragraph's chunks before the
            // pronoun, else the paragraph before's.
            let one = |xs: &[Option<usize>]| -> Option<Option<usize>> {
                let mut found = None;
                for &a in xs.iter().flatten() {
                    if self.actors[a].kind == ActorKind::Person && found != Some(a) {
                        if found.is_some() {
                            return Some(None);
                        }
                        found = Some(a);
                    }
                }
                found.map(Some)
            };
            let before = chunks[..ci].partition_point(|x| x.last < p - 1);
            let Some(a) = one(&assigned[..before]).or_else(|| one(&self.prev_assigned)).flatten() else { continue };
            if self.info[a].owner.is_none() && self.info[o].owner.is_none_or(|(x, ..)| x != a) {
                self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, at);
            }
        }
    }
}
