//! "The Islamic Action Front has called the loans a debt trap. One of its MPs,
//! Bassam Obeidat, said ...", "one of their lawyers, X": "one of" and "its"/"their"
//! before a plural role noun (a leader, member, office or staff noun with "-s",
//! and at most one modifier: "one of its senior officials, X") make the person a
//! member of what the pronoun stands for: the organisation `pronoun_owner` finds,
//! else the description the sentence's subject is (`described_subject`). A state
//! gives the person's state. Near miss: "one of its biggest problems, X" (no role
//! noun) reads nothing here.

use super::super::builder::*;
use super::super::names::{Chunk, Tok, TokKind};
use super::lower_word;
use crate::model::ActorKind;

impl Builder {
    /// The construction above ending at the appositive's comma (token `comma`)
    /// before the person `a`. Returns whether it was read.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn one_of_pronoun(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], ci: usize, comma: usize, a: usize) -> bool {
        let kb = self.kb;
        let lower = |k: usize| lower_word(text, toks, k);
        let Some(plural) = comma.checked_sub(1).and_then(lower) else { return false };
        let Some(noun) = plural.strip_suffix('s').filter(|n| kb.is("leader_nouns", n) || kb.is("member_nouns", n) || kb.is("office_nouns", n) || kb.is("staff_nouns", n)) else { return false };
        // The pronoun right before the noun, or before one lowercase modifier.
        let pronoun_at = (2..=3).map(|d| comma.saturating_sub(d)).find(|&p| p + 1 < comma && lower(p).is_some_and(|w| matches!(w.as_str(), "its" | "their")));
        let Some(p) = pronoun_at.filter(|&p| p >= 2) else { return false };
        if p + 2 < comma && (toks[p + 1].kind != TokKind::Word || !word_at(text, toks, p + 1).is_some_and(|w| w.starts_with(char::is_lowercase)) || kb.is("role_stops", &lower(p + 1).unwrap_or_default())) {
            return false;
        }
        if lower(p - 1).as_deref() != Some("of") || lower(p - 2).as_deref() != Some("one") {
            return false;
        }
        // (read from "One": "One of its MPs, X" opening a sentence refers back to the
        // sentence before, as "Its president, X" does)
        let at = toks[p - 2].start;
        if lower(p).as_deref() == Some("its") {
            self.its_subject(text, chunks, assigned, at);
        }
        let Some(o) = self.pronoun_owner(text, chunks, toks, assigned, ci, at, false).and_then(|x| assigned[x]).or_else(|| self.described_subject(text, assigned, ci, at)).filter(|&o| o != a) else { return false };
        match self.info[o].is_state {
            Some(si) => self.set_state(a, si),
            None if matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) => self.set_owner(a, o, "member_of", para, at),
            None => return false,
        }
        if self.actors[a].role.is_none() {
            // An acronym keeps its capitals ("MPs" → "MP").
            let written = word_at(text, toks, comma - 1).and_then(|w| w.strip_suffix('s')).filter(|w| w.chars().all(|c| c.is_ascii_uppercase()));
            self.actors[a].role = Some(written.map(str::to_string).unwrap_or_else(|| title_case(noun)));
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{Block, BlockKind, Document};
    use crate::extract::cast::{detect, Cast};
    use crate::extract::Context;

    fn actor(paras: &[&str], name: &str) -> (Option<String>, Option<String>) {
        let mut doc = Document::default();
        for p in paras {
            doc.blocks.push(Block { kind: BlockKind::Paragraph, text: p.to_string() });
        }
        let c: Cast = detect(&Context::new(&doc), &[]);
        let a = c.actors.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("no {name:?} in {:?}", c.actors.iter().map(|a| &a.name).collect::<Vec<_>>()));
        (a.parent.map(|p| c.actors[p].name.clone()), a.role.clone())
    }

    #[test]
    fn one_of_its_members_belongs_to_the_antecedent() {
        let text = "The Civic Renewal Movement, the largest opposition party in the National Assembly, has called the loans a trap. One of its MPs, Hilda Mbeki, said on Saturday that the figures were hidden.";
        let (parent, role) = actor(&[text], "Hilda Mbeki");
        assert_eq!(parent.as_deref(), Some("Civic Renewal Movement"));
        assert_eq!(role.as_deref(), Some("MP"));
        let text = "The Harbour Workers Alliance went to court on Monday. One of their senior lawyers, Hilda Mbeki, said the case would take a year.";
        assert_eq!(actor(&[text], "Hilda Mbeki").0.as_deref(), Some("Harbour Workers Alliance"));
    }

    #[test]
    fn one_of_its_problems_is_no_member() {
        // Near miss: a plural that is no role noun.
        let text = "The Civic Renewal Movement has called the loans a trap. One of its biggest problems, Hilda Mbeki, said on Saturday that the figures were hidden.";
        assert_ne!(actor(&[text], "Hilda Mbeki").0.as_deref(), Some("Civic Renewal Movement"));
    }
}
