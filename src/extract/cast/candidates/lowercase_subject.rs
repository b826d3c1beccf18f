//! A body with no name, written in lowercase, that opens a sentence and speaks or
//! is described: "The planning board, which advises the council, voted …", "The
//! town council said …", "The ethics committee said …".
//!
//! Why: such a body acts in the story (it speaks, votes, is related to the named
//! actors) although it has no capitalised name for pass 1's chunks. Why so narrow:
//! "the board meeting", "a council estate", "the committee stage" name no actor; a
//! body is one only as the sentence's subject ("the", at most one lowercase
//! modifier, a head of `[subject_body]` of data/grammar_words.txt) followed at
//! once by a speech verb or ", which". A named body already in the cast with the
//! same head ("the council" after "City Council") is left to the mention pass.

use crate::case::StrCase;
use crate::extract::cast::builder::*;
use crate::extract::cast::names::{Tok, TokKind};
use crate::model::ActorKind;

impl Builder {
    /// Pass 1's reading of the lowercase bodies of one paragraph (one scan of its
    /// tokens, four tokens of look-ahead per sentence start).
    pub(super) fn lowercase_subjects(&mut self, text: &str, toks: &[Tok]) {
        let lx = crate::extract::lexicon::get();
        self.lowercase_subject_at.clear();
        for (i, t) in toks.iter().enumerate() {
            if word_at(text, toks, i) != Some("The") {
                continue;
            }
            // The sentence's first word (its range may start with spaces or a quote).
            let s = self.sentences.partition_point(|s| s.start <= t.start);
            let opens = s > 0 && text.get(self.sentences[s - 1].start..t.start).is_some_and(|g| !g.chars().any(char::is_alphanumeric));
            if !opens {
                continue;
            }
            let lower = |k: usize| word_at(text, toks, k).filter(|w| w.chars().next().is_some_and(char::is_lowercase));
            let (head, end) = match (lower(i + 1), lower(i + 2)) {
                (Some(_), Some(h)) if lx.is("subject_body", h) => (h, i + 2),
                (Some(h), _) if lx.is("subject_body", h) => (h, i + 1),
                _ => continue,
            };
            let speaks = word_at(text, toks, end + 1).is_some_and(|v| lx.speech_verb(v).is_some());
            let which = toks.get(end + 1).is_some_and(|t| t.kind == TokKind::Punct(',')) && word_at(text, toks, end + 2) == Some("which");
            if !speaks && !which {
                continue;
            }
            // "the council" after "City Council": the named body, not a second one.
            if self.actors.iter().any(|a| a.kind != ActorKind::Person && a.name.lowercase().split_whitespace().last() == Some(head)) {
                continue;
            }
            let name = &text[toks[i + 1].start..toks[end].end];
            let o = self.org(name, ActorKind::Organization);
            self.alias(o, &text[t.start..toks[end].end]);
            self.lowercase_subject_at.push((t.start, o));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::cast::tests::{cast_of, parent_of};

    fn has(paras: &[&str], name: &str) -> bool {
        cast_of(paras).actors.iter().any(|a| a.name == name)
    }

    #[test]
    fn a_lowercase_body_opening_a_sentence_that_speaks_or_is_described_is_an_actor() {
        let text = "The licensing committee, which grants bar permits, refused the request on Friday. Its chair, Aoife Brennan, said the street already had enough late venues.";
        assert!(has(&[text], "licensing committee"));
        assert_eq!(parent_of(&cast_of(&[text]), "Aoife Brennan").as_deref(), Some("licensing committee"));
        assert!(has(&["The water authority said supplies would be cut for two days."], "water authority"));
        // Near misses: a body noun modifying another noun, a body not opening its
        // sentence, an object, and a body the story already named.
        assert!(!has(&["The board meeting was adjourned until Thursday."], "board meeting"));
        assert!(!has(&["The board members said they had not seen the report."], "board members"));
        assert!(!has(&["Residents said the council had ignored them."], "council"));
        let named = ["The Oakridge Town Council met on Monday.", "The council said it would appeal."];
        assert!(!has(&named, "council"));
    }
}
