//! "the PIT-CNT union federation, to which FFOSE belongs", "the Liberal
//! International, of which the party is a member": a relative clause after an
//! organisation's name makes the name inside it a member of that organisation
//! (cast23, issue 4). The clause is ", to which" / ", of which", a chunk, then a
//! word of belonging (`[belonging_word]` of data/grammar_words.txt), straight or
//! after a copula and an optional article ("is affiliated", "is a member"). Up to
//! three lowercase words may stand between the name and the comma ("union
//! federation"). Near misses: "the council, to which Diallo reported" (no belonging);
//! a state inside the clause (no state is a member of a body here).

use super::super::builder::*;
use super::super::names::{Chunk, Tok};
use crate::model::ActorKind;

impl Builder {
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn member_by_relative(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], c: &Chunk, a: usize) {
        if !matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) || self.info[a].is_state.is_some() {
            return;
        }
        let lower = |k: usize| word_at(text, toks, k).filter(|w| w.starts_with(|ch: char| ch.is_lowercase()));
        let mut k = c.last + 1;
        while k < c.last + 4 && lower(k).is_some() {
            k += 1;
        }
        if !toks.get(k).is_some_and(|t| t.kind == super::super::names::TokKind::Punct(',')) || !matches!(lower(k + 1), Some("to" | "of")) || lower(k + 2) != Some("which") {
            return;
        }
        // "of which the Tamsa Party is a member": an article may open the name.
        let at = if lower(k + 3) == Some("the") { k + 4 } else { k + 3 };
        let Some(nc) = super::super::candidates::starting_at(chunks, at) else { return };
        let Some(b) = assigned[nc].filter(|&b| b != a && self.info[b].is_state.is_none() && self.info[b].owner.is_none()) else { return };
        let lx = crate::extract::lexicon::get();
        let belongs = |k: usize| lower(k).is_some_and(|w| lx.is("belonging_word", w));
        let after = chunks[nc].last + 1;
        let copula = lower(after).is_some_and(|w| matches!(w, "is" | "are" | "was" | "were"));
        let article = copula && lower(after + 1).is_some_and(|w| lx.is("indefinite_article", w));
        if belongs(after) || (copula && (belongs(after + 1) || (article && belongs(after + 2)))) {
            let how = if self.actors[b].kind == ActorKind::Person { "member_of" } else { "part_of" };
            self.set_owner(b, a, how, para, c.start);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::cast::tests::{cast_of, parent_of};

    #[test]
    fn a_name_that_belongs_in_a_relative_clause_is_a_part() {
        let c = cast_of(&["FENATRA, the union of port workers, held a strike. The CUT-LAB union federation, to which FENATRA belongs, backs it."]);
        assert_eq!(parent_of(&c, "FENATRA").as_deref(), Some("CUT-LAB"));
        let c = cast_of(&["The Liberal Union, of which the Tamsa Party is a member, met in Oslo."]);
        assert_eq!(parent_of(&c, "Tamsa Party").as_deref(), Some("Liberal Union"));
        // Near miss: a clause with no word of belonging.
        let c = cast_of(&["Amadou Diallo chaired it. The Regional Council, to which Diallo reported, met."]);
        assert_ne!(parent_of(&c, "Amadou Diallo").as_deref(), Some("Regional Council"));
    }
}
