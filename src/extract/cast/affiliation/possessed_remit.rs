//! "The Popular Democratic Movement's leader in the National Assembly, Hilda
//! Basson", "Labour's spokesman on health, X", "Hamas's representative in Lebanon,
//! X": a possessor, a role of at most three lowercase words with a leader, member
//! or office noun, then its remit (a preposition and at most five words) up to the
//! appositive's comma. The person belongs to (or leads) the possessor, not to what
//! the remit names (the chamber, the place, the portfolio): the possessive twin of
//! `pronouns.rs` `pronoun_remit` ("Its general secretary in charge of Uttar
//! Pradesh, X"). A state possessor gives the person's state ("Britain's ambassador
//! in Washington, X"). Near miss: no possessive ("the leader in the National
//! Assembly, X") reads nothing here.

use super::super::builder::*;
use super::super::names::{self, Chunk, Tok, TokKind};
use super::lower_word;

impl Builder {
    /// The construction above ending at the appositive's comma (token `comma`)
    /// before the person `a`. Returns whether it was read.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn possessed_remit(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], ci: usize, comma: usize, a: usize) -> bool {
        let kb = self.kb;
        let mut t = comma;
        while t > 1 && comma - t < 6 {
            t -= 1;
            let Some(w) = word_at(text, toks, t) else { return false };
            if !matches!(w, "in" | "for" | "on" | "at") || t + 1 == comma {
                continue;
            }
            // The role before the preposition, then the possessive.
            let mut s = t;
            while s > 0 && t - s < 3 && word_at(text, toks, s - 1).is_some_and(|w| !names::is_capitalised(w) && !ARTICLES.contains(&w) && !kb.is("role_stops", w)) {
                s -= 1;
            }
            if s == t || s < 2 || toks[s - 1].kind != TokKind::Poss {
                continue;
            }
            let role: Vec<String> = (s..t).filter_map(|k| lower_word(text, toks, k)).collect();
            let leader = role.iter().any(|w| kb.is("leader_nouns", w));
            if !leader && kb.office(&role.join(" ")).is_none() && !role.iter().any(|w| kb.is("member_nouns", w) || kb.is("office_nouns", w)) {
                return false;
            }
            let Some(x) = chunks[..ci].binary_search_by_key(&(s - 2), |c| c.last).ok() else { return false };
            let Some(o) = assigned[x].filter(|&o| o != a) else { return false };
            let at = toks[s - 1].start;
            return self.seat_in_possessor(a, o, leader, &role, para, at);
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::cast::tests::{cast_of, parent_of};

    fn parent(paras: &[&str], name: &str) -> Option<String> {
        parent_of(&cast_of(paras), name)
    }

    #[test]
    fn the_possessor_owns_a_role_with_a_remit() {
        let text = "The Civic Renewal Movement's leader in the National Assembly, Hilda Mbeki, said her party would table a motion.";
        assert_eq!(parent(&[text], "Hilda Mbeki").as_deref(), Some("Civic Renewal Movement"));
        // Near miss: with no possessive, the remit's chamber is all the sentence names.
        let text = "The Civic Renewal Movement met on Monday. The leader in the National Assembly, Hilda Mbeki, said her party would table a motion.";
        assert_ne!(parent(&[text], "Hilda Mbeki").as_deref(), Some("Civic Renewal Movement"));
    }
}
