//! "Tomas Berg, chairman of the Dalvik Regional Council, accused X": an appositive
//! post with no article ("chairman of", "spokeswoman for", "head of") between a
//! person and a cue makes the person, not the body the post names, the cue's agent.
//!
//! Why its own reading: `sources::clause_head` knows appositives by their opener
//! (an article, a relative pronoun, a participle, a possessive); news prose as often
//! drops the article before a post, and then the body at the end of the post was
//! taken as the nearest actor. Only the leader and member nouns of
//! `data/cast_words.txt` (`[leader_nouns]`, `[member_nouns]`) followed by a
//! preposition of remit open such a post; the head must be a person named right
//! before the comma. Bounded: the words between two commas before the cue.

use super::super::cast::{kb, Cast, Mention};
use crate::case::StrCase;
use crate::model::ActorKind;

/// The person a bare post ("chairman of the Y,") follows, when the cue comes right
/// after the post's closing comma.
pub(super) fn bare_post_head(text: &str, start: usize, cue_start: usize, before: &[&Mention], cast: &Cast, quoted: &dyn Fn(&Mention) -> bool) -> Option<usize> {
    let pre = text.get(start..cue_start)?.trim_end();
    let close = start + pre.strip_suffix(',')?.len();
    let open = start + text[start..close].rfind(',')?;
    let post = &text[open + 1..close];
    if post.contains(['"', '\u{201c}', '\u{201d}', ';', '(', ')']) {
        return None;
    }
    let words: Vec<&str> = post.split_whitespace().collect();
    let (Some(noun), Some(prep)) = (words.first(), words.get(1)) else { return None };
    let kb = kb::get();
    let noun = noun.lowercase();
    let is_post = (kb.is("leader_nouns", &noun) || kb.is("member_nouns", &noun)) && matches!(*prep, "of" | "at" | "for" | "to") && words.len() <= 10;
    if !is_post {
        return None;
    }
    before
        .iter()
        .rev()
        .find(|m| m.range.end <= open && !quoted(m))
        .filter(|m| text[m.range.end..open].trim_end_matches([')', ' ']).is_empty() && cast.actors[m.actor].kind == ActorKind::Person)
        .map(|m| m.actor)
}
