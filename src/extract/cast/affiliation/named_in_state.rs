//! "the Methodist Church in Fiji", "the Evangelical Lutheran Church in Tanzania": a
//! national church names itself by the state it serves, after "in" (cast23, issue
//! 4). A chunk ending in such a body's head word (`[in_state_head]` of
//! data/grammar_words.txt), "in", then a chunk that is exactly a state's name is one
//! name; cut at "in", the body lost its country and the story gained a second,
//! shorter actor. Near misses: "the Supreme Court in Kenya" (a court is no such head:
//! the place is where it sits), "the Anglican Church in Mombasa" (a city, no state).

use crate::extract::cast::builder::*;
use crate::extract::cast::kb::{Entry, StateForm};
use crate::extract::cast::names::{Chunk, Tok};

impl Builder {
    /// The index of the state's chunk when chunk `i` and it form such a name.
    pub(super) fn church_in_state(&self, text: &str, toks: &[Tok], chunks: &[Chunk], i: usize) -> Option<usize> {
        let (c, n) = (&chunks[i], chunks.get(i + 1)?);
        if n.first != c.last + 2 || word_at(text, toks, c.last + 1) != Some("in") || c.first == c.last {
            return None;
        }
        let head = word_at(text, toks, c.last)?;
        if !crate::extract::lexicon::get().is_lower("in_state_head", head) {
            return None;
        }
        matches!(self.kb.lookup(n.text(text)), Some(Entry::State(_, StateForm::Name))).then_some(i + 1)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::cast::tests::{cast_of, names};

    #[test]
    fn a_church_keeps_the_state_it_is_named_for() {
        let c = cast_of(&["The Presbyterian Church in Cameroon has offered to mediate."]);
        assert!(names(&c).iter().any(|n| n == "Presbyterian Church in Cameroon"), "{:?}", names(&c));
        // Near misses: a court sits in a state; a city is no state.
        let c = cast_of(&["The Supreme Court in Kenya dismissed the petition."]);
        assert!(names(&c).iter().any(|n| n == "Supreme Court"), "{:?}", names(&c));
        let c = cast_of(&["The Anglican Church in Mombasa opened its hall to the families."]);
        assert!(!names(&c).iter().any(|n| n.contains("Mombasa")), "{:?}", names(&c));
    }
}
