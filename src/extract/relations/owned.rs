//! Acts and fates that belong to an actor: "Y's takeover bid", "Y's resignation",
//! "the decision by Y". Three readings use them:
//! - `[kind:owned]` cues ("X demanded Y's resignation", "X welcomed Y's decision"):
//!   the actor whose act or fate the object names ([`owned_object`]);
//! - a conflict cue whose object is an act named earlier with its owner ("Y's
//!   takeover bid … X has opposed the bid", "X called the bid ‘a raid’"): the owner
//!   ([`Acts`], [`act_object`]);
//! - a conflict cue whose object is a person's act by a possessive pronoun ("the
//!   union rejected his ceasefire proposal"): the person named last ([`pronoun_act`]).
//!
//! Why: news prose often relates two actors through the thing one of them did; the
//! verb's object is then a noun, not a name, and the name sits in a possessive. The
//! nouns are data (`[-:ouster]`, `[-:owned_act]`). Cost: a few words after each
//! mention and after each cue; the memory holds one owner per noun of the list.

use crate::case::StrCase;
use super::cues::{cues, List};
use crate::extract::cast::{Cast, Mention};
use crate::extract::gender;
use crate::model::ActorKind;

/// The words after `at` (at most `n`), each trimmed of punctuation and lowercased,
/// with the byte offset where each ends; stops at a clause mark.
fn words_after(text: &str, at: usize, n: usize) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let rest = &text[at..];
    let mut pos = 0;
    for w in rest.split_inclusive(char::is_whitespace) {
        let start = pos;
        pos += w.len();
        let t = w.trim();
        if t.is_empty() {
            continue;
        }
        if out.len() == n {
            break;
        }
        let core = t.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '€' && c != '$');
        out.push((core.lowercase(), at + start + w.trim_end().len()));
        if t.ends_with([',', ';', ':', '.', '"', '\u{201d}', '\u{2019}']) && !t.ends_with("\u{2019}s") {
            break;
        }
    }
    out
}

/// The rest of the text after a possessive right after a mention ("'s", "’s", or a
/// lone apostrophe after a plural), if there is one.
fn after_possessive(text: &str, m: &Mention) -> Option<usize> {
    let rest = &text[m.range.end..];
    ["'s ", "\u{2019}s ", "' ", "\u{2019} "].iter().find(|p| rest.starts_with(**p)).map(|p| m.range.end + p.len() - 1)
}

/// "X demanded Y's resignation", "X welcomed the decision by Y": the actor right after
/// the cue (an article or a title at most between) with a possessive and, within two words, a
/// word of `list`; or "the [adj] NOUN by|of|from Y" with NOUN in `list`.
pub(super) fn owned_object(text: &str, cue_end: usize, after: &[&Mention], list: List) -> Option<usize> {
    let c = cues();
    let m = after.first()?;
    let gap = text.get(cue_end..m.range.start)?.trim();
    // "demanded Health Minister Ana Prado's resignation": a title may stand before the
    // name (capitalised words, no punctuation).
    let titled = gap.split_whitespace().count() <= 4
        && !gap.contains([',', ';', ':', '.', '"', '\u{201c}', '\u{201d}'])
        && gap.split_whitespace().all(|w| w == "the" || w.starts_with(char::is_uppercase));
    if titled {
        let at = after_possessive(text, m)?;
        return words_after(text, at, 2).iter().any(|(w, _)| c.is(list, w)).then_some(m.actor);
    }
    let words: Vec<&str> = gap.split_whitespace().collect();
    let ok = match words.as_slice() {
        ["the", n, p] | ["the", _, n, p] => c.is_lower(list, n) && matches!(*p, "by" | "of" | "from"),
        _ => false,
    };
    ok.then_some(m.actor)
}

/// The owners of the acts named so far in the story: "Credito Lombardo's takeover
/// bid" makes Credito Lombardo the owner of "takeover" and "bid" until another
/// owner's bid is named.
#[derive(Default)]
pub(super) struct Acts {
    owners: Vec<(String, usize)>,
}

impl Acts {
    /// Records the acts owned by the mentions of a sentence ("Y's [two words] NOUN").
    pub(super) fn record(&mut self, text: &str, ms: &[Mention]) {
        let c = cues();
        for m in ms {
            let Some(at) = after_possessive(text, m) else { continue };
            for (w, _) in words_after(text, at, 3) {
                if c.is(List::OwnedAct, &w) {
                    match self.owners.iter_mut().find(|(n, _)| *n == w) {
                        Some(o) => o.1 = m.actor,
                        None => self.owners.push((w, m.actor)),
                    }
                }
            }
        }
    }

    /// The object of a cue that is an act named before with its owner ("opposed the
    /// bid", "called the takeover ‘a raid’"): the owner and where the noun ends. Only
    /// "the" (possibly with one modifier) before the noun: "its bid", "a bid" are
    /// not the one named.
    pub(super) fn act_object(&self, text: &str, cue_end: usize) -> Option<(usize, usize)> {
        let c = cues();
        let ws = words_after(text, cue_end, 3);
        let (first, _) = ws.first()?;
        if first != "the" {
            return None;
        }
        let (noun, end) = ws[1..].iter().take(2).find(|(w, _)| c.is(List::OwnedAct, w))?;
        let owner = self.owners.iter().find(|(n, _)| n == noun)?.1;
        Some((owner, *end))
    }
}

/// "The union rejected his ceasefire proposal", "X criticised her plan": a person's
/// possessive pronoun (lexicon `possessive_pronoun` and `pronoun_person`: "his",
/// "her") right after the cue, with a word of `[-:owned_act]` within the two words
/// after it, names an act of the person named last before the cue (in its paragraph
/// or the one before), never the source, nor one whose given name is of the other
/// gender. A person source takes it only when its own given name is of the other
/// gender ("Costa rejected his plan"; "Vega rejected his own plan" is his).
pub(super) fn pronoun_act(text: &str, cue_end: usize, cast: &Cast, para: usize, src: usize) -> Option<usize> {
    let ws = words_after(text, cue_end, 3);
    let (first, _) = ws.first()?;
    let lx = crate::extract::lexicon::get();
    if !(lx.is("possessive_pronoun", first) && lx.is("pronoun_person", first)) || !ws[1..].iter().any(|(w, _)| cues().is(List::OwnedAct, w)) {
        return None;
    }
    let g = gender::of_pronoun(first);
    let other = |a: usize| gender::of_name(&cast.actors[a].name).is_some_and(|n| g.is_some_and(|g| g != n));
    let person = |a: usize| cast.actors[a].kind == ActorKind::Person;
    if person(src) && !other(src) {
        return None;
    }
    // A possessor ("For Ndukong's faction, he is irrelevant: the Lions rejected his
    // proposal") is no antecedent, as in attribution's pronoun rule.
    let texts = |q: usize| if q == para { Some(text) } else { None };
    cast.mentions_before(para, cue_end)
        .take_while(|m| m.para + 1 >= para)
        .take(40)
        .filter(|m| !texts(m.para).is_some_and(|t| after_possessive(t, m).is_some()))
        .map(|m| m.actor)
        .find(|&a| a != src && person(a) && !other(a))
}
