//! Reported criticism ("X argued that the council had “sidelined” parliament"):
//! the actor a reported clause opens with, and the tree check that keeps a
//! speaker from criticising its own state or institution.

use crate::extract::cast::names::Tok;
use crate::extract::cast::{Cast, Mention};
use crate::model::ActorKind;
use super::cues::{cues, List};

/// The actor a reported clause opens with, and where its mention ends: "said (in a
/// statement) that the Commission had ...", "said Kenya cannot ...". Up to six
/// words may stand between the verb and "that" (not a comma or a quotation mark),
/// and an opening quotation mark after "that" ("wrote that “the EU cannot …”");
/// without "that", the actor must follow the verb (an outlet there is the
/// audience: "told Reuters") and be followed by its verb (after a quotation,
/// "…," said X, a lawmaker" names the speaker, not what was said).
#[allow(clippy::too_many_arguments)]
pub(super) fn reported_subject(text: &str, words: &[(usize, &str)], toks: &[Tok], k: usize, hi: usize, cue_start: usize, after: &[&Mention], cast: &Cast) -> Option<(usize, usize)> {
    let start = toks[words.get(k)?.0].start;
    let mut open = None;
    for j in k..(k + 7).min(hi) {
        let (t, w) = words[j];
        if text[start..toks[t].start].contains([',', ';', ':', '"', '\u{201c}', '\u{201d}']) {
            break;
        }
        if w == "that" {
            open = Some(toks[t].end);
            break;
        }
    }
    let at = open.unwrap_or(start);
    let m = after.iter().find(|m| m.range.start >= at)?;
    let gap = text[at..m.range.start].trim();
    // "wrote that “the EU cannot …”": after "that", the clause may open a quotation.
    let gap = if open.is_some() { gap.trim_start_matches(['"', '\u{201c}', '\u{2018}', '\'', '\u{ab}']).trim_start() } else { gap };
    if !(gap.is_empty() || gap.eq_ignore_ascii_case("the")) {
        return None;
    }
    if open.is_none() {
        let verb_next = text[m.range.end..].strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()));
        let after_quote = text[..cue_start].trim_end().ends_with(['"', '\u{201d}', '\u{bb}']);
        if !verb_next || after_quote || cast.actors[m.actor].kind == ActorKind::Media {
            return None;
        }
    }
    Some((m.actor, m.range.end))
}

/// Whether one actor sits above the other in the tree (a minister speaking of his
/// own government is no critic of it).
pub(super) fn related_in_tree(cast: &Cast, a: usize, b: usize) -> bool {
    let above = |x: usize, y: usize| {
        let mut cur = cast.actors.get(x).and_then(|d| d.parent);
        for _ in 0..16 {
            match cur {
                Some(c) if c == y => return true,
                Some(c) => cur = cast.actors.get(c).and_then(|d| d.parent),
                None => return false,
            }
        }
        false
    };
    above(a, b) || above(b, a)
}

/// Whether the critical word at `words[j]` is a negation that charges no one: the
/// clause's subject is the one left without, in a passive of `[-:undergone]` ("said
/// the House was not shown the contract", "had not been consulted") or with a verb of
/// receipt on either side (`[-:receipt]`: "had not received a reply", "had received
/// no reply"), a plan denied (`[-:intent_noun]` then "to"/"of": "had no plans to cut
/// jobs"; "had no plan" is a failing, still a charge), or a phrase contrasted after a
/// comma ("would become “a model, not a battlefield”"). Any other negation ("didn't
/// keep its word", "had not paid the nurses") still reads as a charge.
pub(super) fn idle_negation(text: &str, words: &[(usize, &str)], toks: &[Tok], j: usize, hi: usize) -> bool {
    let w = words[j].1.replace('\u{2019}', "'");
    if !(matches!(w.as_str(), "not" | "no" | "never" | "nothing" | "cannot") || w.ends_with("n't")) {
        return false;
    }
    let c = cues();
    let be = |w: &str| matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "being");
    let rest = &words[(j + 1).min(hi)..hi];
    let skipped = rest.iter().take_while(|(_, w)| matches!(*w, "been" | "yet" | "be" | "even")).count();
    let passive = skipped > 0 || (j > 0 && be(words[j - 1].1));
    if let Some(&(_, n)) = rest.get(skipped) {
        if c.is(List::Receipt, n) || (passive && c.is(List::Undergone, n)) {
            return true;
        }
        // "had no plans to cut jobs", "no intention of": not "had no plan".
        if c.is(List::IntentNoun, n) && rest.get(skipped + 1).is_some_and(|(_, w)| matches!(*w, "to" | "of")) {
            return true;
        }
    }
    if j > 0 && c.is(List::Receipt, words[j - 1].1) {
        return true;
    }
    // "a model, not a battlefield": a comma (past a closing quotation mark) right before.
    j > 0 && text.get(toks[words[j - 1].0].end..toks[words[j].0].start).is_some_and(|g| g.contains(','))
}
