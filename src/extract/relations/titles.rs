//! Hierarchy stated by a party or body title next to a person's name, read again
//! for relations: "X, the Labour MP who chairs the committee" (X is a member of
//! Labour), "Freedom Party leader and Interior Minister X" (X leads the party).
//!
//! Why here and not only in the tree: a person has one parent, and the tree gives
//! it to the construction it trusts most (the committee X chairs, the ministry of
//! X's office); the party or body of the title is a second, equally stated
//! hierarchy relation that the tree has no place for. The title words are the
//! cast's `[leader_nouns]` (a leader: "leads") and `[member_nouns]` (a member:
//! "member_of") of `data/cast_words.txt`.
//!
//! Two constructions, each between two neighbouring mentions of a paragraph (so
//! linear in the mentions, with a gap of a few words):
//! - apposition: PERSON, the|a|an BODY noun ("Ruth Okello, the Unity Alliance MP
//!   for Nakuru"), PERSON, the BODY's Title ("X, the African Union Commission's
//!   Special Representative for Somalia": a title noun among the three words after
//!   the possessive), or PERSON[, also] of (the) BODY ("Jana Kruger, also of the
//!   SPD", "Amira Fathy of the Egyptian Social Democratic Party"); not "PERSON,
//!   the BODY's critic" nor "PERSON met the BODY MP";
//! - title before the name: BODY noun [and Office Words] PERSON ("AD spokeswoman
//!   Sofia Brandao", "TMC leader and West Bengal Chief Minister X").
//!
//! A relative clause of a body names a member too: "BODY, the coalition to which
//! M belongs" (not "BODY, the summit to which M sent a delegation").
//!
//! Only organisations and groups are bodies here: a state's title ("the Kenyan
//! MP") is the tree's to read.

use crate::case::StrCase;
use super::evidence::clip;
use super::Found;
use crate::extract::cast::{kb, Cast, Mention};
use crate::extract::Context;
use crate::model::ActorKind;

/// How many mentions before a person's may hold the body of a title before the
/// name (the office words after "and" may hold a place: "West Bengal").
const BACK: usize = 3;

/// "leads" or "member_of" for a title noun of the cast's lists.
fn title_kind(word: &str) -> Option<&'static str> {
    let kb = kb::get();
    let w = word.lowercase();
    if kb.is("leader_nouns", &w) {
        Some("leads")
    } else if kb.is("member_nouns", &w) {
        Some("member_of")
    } else {
        None
    }
}

fn is_body(cast: &Cast, a: usize) -> bool {
    matches!(cast.actors[a].kind, ActorKind::Organization | ActorKind::Group)
}

/// The kind stated by a gap "noun [noun] [and Office Words]" between a body and
/// a person's name: lowercase title words, the last a title noun, then nothing or
/// "and" and up to four capitalised words; `titled_name`: the name's mention
/// opens with an office of its own ("Interior Minister Karl Weber"), without which
/// "leader and" ends the gap of a list ("the party leader and Karl Weber").
fn title_before_name(gap: &str, titled_name: bool) -> Option<&'static str> {
    if gap.contains(|c: char| !(c.is_alphabetic() || c == ' ' || c == '-')) || !gap.starts_with(' ') || !gap.ends_with(' ') {
        return None;
    }
    let words: Vec<&str> = gap.split_whitespace().collect();
    let and = words.iter().position(|w| *w == "and").unwrap_or(words.len());
    let (title, office) = (&words[..and], words.get(and + 1..).unwrap_or(&[]));
    if title.is_empty() || title.len() > 2 || !title.iter().all(|w| w.chars().all(char::is_lowercase)) {
        return None;
    }
    if and < words.len() && ((office.is_empty() && !titled_name) || office.len() > 4 || !office.iter().all(|w| w.starts_with(char::is_uppercase))) {
        return None;
    }
    title_kind(title[title.len() - 1])
}

/// The kind stated by "PERSON, the BODY's Title" (`gap` between the two mentions,
/// `rest` the text from the body's end): a possessive, then up to three words of
/// the title, one of them a title noun ("the council's president", "the African
/// Union Commission's Special Representative for …", "the party's deputy
/// leader"); not "the party's fiercest critic" nor "the council's decision".
fn possessed_title(gap: &str, rest: &str) -> Option<&'static str> {
    if !matches!(gap, ", the " | ", a " | ", an ") {
        return None;
    }
    let rest = rest.strip_prefix("'s ").or_else(|| rest.strip_prefix("\u{2019}s "))?;
    rest.split(' ')
        .take(3)
        .map_while(|w| {
            let w = w.trim_end_matches([',', '.', ';', ':']);
            (!w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-')).then_some(w)
        })
        .find_map(title_kind)
}

/// "PERSON[, also] of (the) BODY" (`gap` between the two mentions, `rest` the text
/// from the body's end): a member, unless the body owns what follows ("reminded X
/// of the party's promise").
fn of_body(gap: &str, rest: &str) -> bool {
    matches!(gap, ", of the " | ", of " | ", also of the " | ", also of " | " of the " | " of ") && !rest.starts_with(['\'', '\u{2019}'])
}

/// The word right after a mention's end, when one space parts it ("Labour MP").
fn next_word(text: &str, end: usize) -> Option<&str> {
    let rest = text[end..].strip_prefix(' ')?;
    let w = rest.split(|c: char| !(c.is_alphanumeric() || c == '-')).next()?;
    // "the Labour MP's aide": a possessive makes the noun no title of the person.
    (!w.is_empty() && !rest[w.len()..].starts_with(['\'', '\u{2019}'])).then_some(w)
}

/// The kind a role stated with a body's name before its title words ("CEPU
/// national secretary", "Thames Water chief executive", "the Labour MP for
/// Stroud"), with that body: the longest leading run of the role's words that
/// names an organisation or group of the cast, then one to three title words (up
/// to "of", "for", "on"), a leader noun among them without a member noun
/// ("chief executive") a leader, else a member ("deputy director", "spokesman").
fn role_title(cast: &Cast, role: &str) -> Option<(usize, &'static str)> {
    let words: Vec<&str> = role.split_whitespace().collect();
    let words = match words.first() {
        Some(w) if matches!(w.lowercase().as_str(), "the" | "a" | "an") => &words[1..],
        _ => &words[..],
    };
    for len in (1..words.len().min(9)).rev() {
        let Some(body) = cast.lookup(&words[..len].join(" ")).filter(|&b| is_body(cast, b)) else { continue };
        let title: Vec<&str> = words[len..].iter().take_while(|w| !matches!(**w, "of" | "for" | "on")).take(3).copied().collect();
        let kinds: Vec<Option<&str>> = title.iter().map(|w| title_kind(w)).collect();
        return if kinds.contains(&Some("member_of")) {
            Some((body, "member_of"))
        } else if kinds.contains(&Some("leads")) {
            Some((body, "leads"))
        } else {
            None
        };
    }
    None
}

/// The titles of the paragraph's neighbouring mentions, and of the people's roles,
/// as hierarchy relations.
pub(super) fn titled(ctx: &Context, cast: &Cast, first: &[Option<(usize, usize)>], out: &mut Vec<Found>) {
    for (a, actor) in cast.actors.iter().enumerate() {
        if actor.kind != ActorKind::Person {
            continue;
        }
        let Some((body, kind)) = actor.role.as_deref().and_then(|r| role_title(cast, r)) else { continue };
        let Some((para, at)) = first.get(a).copied().flatten() else { continue };
        if let (Some(p), true) = (ctx.paras.get(para), body != a) {
            out.push(Found { source: a, target: body, kind, para, sentence: clip(p.text, p.sentence_at(at), at, at) });
        }
    }
    for p in &ctx.paras {
        if p.is_heading() {
            continue;
        }
        let ms: &[Mention] = cast.mentions_in(p.index, 0..p.text.len());
        let mut emit = |source: usize, target: usize, kind: &'static str, at: usize| {
            if source != target {
                out.push(Found { source, target, kind, para: p.index, sentence: clip(p.text, p.sentence_at(at), at, at) });
            }
        };
        for (i, m) in ms.iter().enumerate() {
            // "the Alliance Fleuve Congo (AFC), the political coalition to which M23
            // belongs": the member named in the relative clause.
            if let Some(b) = i.checked_sub(1).and_then(|j| ms.get(j)).filter(|b| is_body(cast, b.actor)) {
                let gap = p.text.get(b.range.end..m.range.start).unwrap_or("");
                // Past a bracketed acronym ("Alliance Fleuve Congo (AFC), the ...").
                let gap = gap.strip_prefix(" (").and_then(|g| g.split_once(')')).map_or(gap.trim_start_matches(')'), |(_, r)| r);
                let clause = gap.strip_suffix(" to which ").or_else(|| gap.strip_suffix(" to which the ")).is_some_and(|g| g.matches(',').count() == 1 && g.starts_with(", ") && g.split_whitespace().count() <= 6);
                if clause && p.text[m.range.end..].starts_with(" belong") {
                    emit(m.actor, b.actor, "member_of", b.range.start);
                }
            }
            if cast.actors[m.actor].kind != ActorKind::Person {
                continue;
            }
            // PERSON, the BODY noun.
            if let Some(b) = ms.get(i + 1).filter(|b| is_body(cast, b.actor)) {
                // Mentions may nest ("a senior EU diplomat"): only a gap is read.
                let gap = p.text.get(m.range.end..b.range.start).unwrap_or("");
                if matches!(gap, ", the " | ", a " | ", an ") {
                    // "X, the African Union Commission's Special Representative for
                    // Somalia": the body owning the title.
                    if let Some(kind) = next_word(p.text, b.range.end).and_then(title_kind).or_else(|| possessed_title(gap, &p.text[b.range.end..])) {
                        emit(m.actor, b.actor, kind, m.range.start);
                    }
                } else if of_body(gap, &p.text[b.range.end..]) {
                    // "Jana Krüger, also of the SPD, said", "Amira Fathy of the
                    // Egyptian Social Democratic Party told …": a member (the tree
                    // may have placed her by another construction: "Its spokesperson,
                    // X of the Y," sits under the "its"); not "reminded X of the Y's
                    // promise".
                    emit(m.actor, b.actor, "member_of", m.range.start);
                }
            }
            // BODY noun [and Office Words] PERSON.
            for b in ms[i.saturating_sub(BACK)..i].iter().rev() {
                if !is_body(cast, b.actor) || b.range.end >= m.range.start {
                    continue;
                }
                let titled_name = cast.actors[m.actor].role.as_deref().is_some_and(|r| !r.is_empty() && p.text[m.range.clone()].starts_with(r));
                if let Some(kind) = p.text.get(b.range.end..m.range.start).and_then(|g| title_before_name(g, titled_name)) {
                    emit(m.actor, b.actor, kind, b.range.start);
                }
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_before_the_name_is_lowercase_nouns_then_an_office() {
        assert_eq!(title_before_name(" spokeswoman ", false), Some("member_of"));
        assert_eq!(title_before_name(" leader and West Bengal Chief ", false), Some("leads"));
        assert_eq!(title_before_name(" leader and ", true), Some("leads"));
        assert_eq!(title_before_name(" national secretary ", false), Some("member_of"));
        // Near misses: a verb, a clause, a list.
        assert_eq!(title_before_name(" said ", false), None);
        assert_eq!(title_before_name(", whose leader ", false), None);
        assert_eq!(title_before_name(" leader and ", false), None);
        assert_eq!(title_before_name(" leader and the minister ", true), None);
    }

    #[test]
    fn a_title_a_body_owns_is_read_after_its_possessive() {
        assert_eq!(possessed_title(", the ", "'s Special Representative for Somalia"), Some("member_of"));
        assert_eq!(possessed_title(", the ", "\u{2019}s deputy leader, said"), Some("member_of"));
        assert_eq!(possessed_title(", the ", "'s president, said"), Some("leads"));
        // Near misses: no title among the words, an appositive that is no title, a verb.
        assert_eq!(possessed_title(", the ", "'s fiercest critic, said"), None);
        assert_eq!(possessed_title(", the ", "'s decision to leave the"), None);
        assert_eq!(possessed_title(" said the ", "'s president lied"), None);
        assert_eq!(possessed_title(", the ", " president"), None);
    }

    #[test]
    fn a_person_of_a_body_is_a_member_unless_the_body_owns_what_follows() {
        assert!(of_body(" of the ", ", told reporters"));
        assert!(of_body(", also of the ", ", said"));
        assert!(of_body(" of ", " said"));
        // Near misses: the body owns the next noun; the "of" is a verb's.
        assert!(!of_body(" of the ", "'s promise"));
        assert!(!of_body(" of the ", "\u{2019}s plan"));
        assert!(!of_body(" spoke of the ", " with scorn"));
    }

    #[test]
    fn the_noun_after_a_body_is_no_title_when_possessive() {
        assert_eq!(next_word("Labour MP for Leeds", 6), Some("MP"));
        assert_eq!(next_word("Labour MP's aide", 6), None);
        assert_eq!(next_word("Labour, which", 6), None);
    }
}
