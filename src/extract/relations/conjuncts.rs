//! The other members of a coordinated subject whose last member is a cue's source
//! when a comma clause stands between them and the cue, and the partner of "X
//! joined Y in <cue>ing Z". `list_before` reads a list that runs straight into the
//! cue ("X and Y accused Z"); these read the three constructions it cannot:
//! - "Chile and Peru, long wary of Bolivia, condemned Paraguay": an appositive
//!   between the subject and its verb (its head from `clause_head_at`): the list
//!   ends at the appositive's opening comma;
//! - "Chile and Peru, which have backed X, …": a relative clause right after a
//!   coordinated subject is every conjunct's, unless its verb is singular
//!   (`[-:singular_verb]`: "Chile and Peru, which has backed X," is Peru's);
//! - "Norway joined Denmark in condemning Belarus": the joiner (`[-:join_verb]`)
//!   shares the act of the gerund after "in";
//! - "Western governments, including France and Germany, condemned Russia": the
//!   members of a list after ", including", ", such as" or ", among them" that
//!   closes with a comma right before the cue (`included`).
//!
//! Why here and not in `sources`: these add sources beside the one the cue found,
//! they never change it. Cost: the mentions before the cue only (bounded by the
//! caller's reach).

use super::cues::{cues, List};
use super::sources::list_before;
use crate::case::StrCase;
use crate::extract::cast::Mention;

/// The conjuncts before `src` (in text order) of a subject list that ends right
/// before the comma at `open` (an appositive's opening, `clause_head_at`), or
/// before a relative clause of `src` that holds the cue (", which have backed").
/// `first` is the sentence's subject: the list must open the clause.
pub(super) fn before_clause(text: &str, before: &[&Mention], cue_start: usize, src: usize, open: Option<usize>, first: Option<usize>) -> Vec<usize> {
    let open = open.or_else(|| relative_open(text, before, cue_start, src));
    let Some(open) = open else { return Vec::new() };
    let upto = &before[..before.partition_point(|m| m.range.end <= open)];
    let list = list_before(text, upto, open);
    if list.last() != Some(&src) || list.first().copied() != first {
        return Vec::new();
    }
    list[..list.len() - 1].to_vec()
}

/// ", which have long backed" right after the last mention of `src` before the cue,
/// with no other comma up to the cue: the relative's comma, unless its verb is
/// singular.
fn relative_open(text: &str, before: &[&Mention], cue_start: usize, src: usize) -> Option<usize> {
    let m = before.last().filter(|m| m.actor == src)?;
    let gap = text.get(m.range.end..cue_start)?;
    let rest = gap.strip_prefix(", ")?;
    if rest.contains([',', ';', '"', '\u{201c}', '\u{201d}']) {
        return None;
    }
    let mut ws = rest.split_whitespace();
    let rel = ws.next()?.lowercase();
    if !matches!(rel.as_str(), "which" | "who") || !cues().is(List::Relative, &rel) {
        return None;
    }
    if ws.next().is_some_and(|w| cues().is(List::SingularVerb, &w.lowercase())) {
        return None;
    }
    Some(m.range.end)
}

/// "Norway joined Denmark in condemning Belarus": when the cue's source `src` is
/// named right before " in " and the cue, after a join verb (`[-:join_verb]`,
/// perhaps after "has"/"had") that follows another actor, that actor.
pub(super) fn joined_in(text: &str, before: &[&Mention], cue_start: usize, src: usize) -> Option<usize> {
    let [.., x, y] = before else { return None };
    if y.actor != src || x.actor == src || !text.get(y.range.end..cue_start)?.eq_ignore_ascii_case(" in ") {
        return None;
    }
    let gap = text.get(x.range.end..y.range.start)?;
    let ws: Vec<String> = gap.split_whitespace().map(|w| w.lowercase()).collect();
    match ws.as_slice() {
        [v] | [_, v] if cues().is(List::JoinVerb, v) && (ws.len() == 1 || matches!(ws[0].as_str(), "has" | "had" | "have" | "later" | "also")) => Some(x.actor),
        _ => None,
    }
}

/// "Western governments, including France and Germany, condemned Russia": when the
/// cue's source `src` is in a list that a comma closes right before the cue and that
/// opens after ", including", ", such as" or ", among them", the list's other
/// members. Not read: a list the cue does not follow at once ("…, including Kenya
/// and Uganda, and criticised Y": the verb is the clause subject's), one without
/// the comma before the opener ("cities including X and Y").
pub(super) fn included(text: &str, before: &[&Mention], cue_start: usize, src: usize) -> Vec<usize> {
    let Some(m) = before.last() else { return Vec::new() };
    if text.get(m.range.end..cue_start).map(str::trim) != Some(",") {
        return Vec::new();
    }
    let list = list_before(text, before, m.range.end);
    let Some(first) = before.iter().rev().take(list.len()).last().filter(|_| list.len() >= 2 && list.contains(&src)) else { return Vec::new() };
    let head = text[..first.range.start].trim_end();
    let head = head.strip_suffix(" the").unwrap_or(head).trim_end();
    let opened = [", including", ", such as", ", among them"].iter().any(|o| head.len() >= o.len() && head.is_char_boundary(head.len() - o.len()) && head[head.len() - o.len()..].eq_ignore_ascii_case(o));
    if !opened {
        return Vec::new();
    }
    list.into_iter().filter(|&a| a != src).collect()
}
