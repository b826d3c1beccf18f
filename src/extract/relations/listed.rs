//! Members listed beside a group's name: "the A3 Plus — Liberia, Somalia and
//! Guyana —", "the E3 (France, Germany and the United Kingdom)". News prose
//! spells out a small or ad hoc bloc's membership once, in parentheses or between
//! dashes right after its name; each listed state, body or group is a member.
//!
//! Why its own pass: no cue word carries it, only the punctuation after a name.
//! The list must close (")" or a dash) and hold two members at least, all joined
//! by list words (`[-:list_joiner]`), so "the Council (which meets today)", "the
//! Fund (IMF)" and "the EU — and Hungary in particular —" are no lists. Linear:
//! one look after each organisation mention, a bounded run of mentions after it.

use super::cues::{cues, List};
use super::evidence::clip;
use super::Found;
use crate::extract::cast::Cast;
use crate::extract::Context;
use crate::model::ActorKind;

/// Most members read in one list (a bound on a pathological paragraph).
const MOST: usize = 12;

pub(super) fn listed_members(ctx: &Context, cast: &Cast, out: &mut Vec<Found>) {
    let c = cues();
    let member = |a: usize| matches!(cast.actors[a].kind, ActorKind::State | ActorKind::Organization | ActorKind::Group);
    for p in &ctx.paras {
        if p.is_heading() {
            continue;
        }
        let ms = cast.mentions_in(p.index, 0..p.text.len());
        for (i, head) in ms.iter().enumerate() {
            if !matches!(cast.actors[head.actor].kind, ActorKind::Organization | ActorKind::Group) {
                continue;
            }
            // The opener: a parenthesis or a spaced dash, past a closing quotation mark.
            let rest = p.text[head.range.end..].trim_start_matches(['"', '\u{201d}', '\u{2019}']);
            let Some(open) = ["(", " (", " \u{2014} ", " \u{2013} ", "\u{2014}"].iter().find(|o| rest.starts_with(**o)) else { continue };
            let close: &[char] = if open.contains('(') { &[')'] } else { &['\u{2014}', '\u{2013}'] };
            let mut at = p.text.len() - rest.len() + open.len();
            let mut items: Vec<usize> = Vec::new();
            let mut closed = false;
            for m in ms[i + 1..].iter().take(MOST) {
                let Some(gap) = p.text.get(at..m.range.start).map(str::trim) else { break };
                let ok = if items.is_empty() { gap.is_empty() || gap.eq_ignore_ascii_case("the") } else { c.is_lower(List::ListJoiner, gap) };
                if !ok || !member(m.actor) || m.actor == head.actor {
                    break;
                }
                items.push(m.actor);
                at = m.range.end;
                if p.text[at..].trim_start().starts_with(close) {
                    closed = true;
                    break;
                }
            }
            items.dedup();
            if !closed || items.len() < 2 {
                continue;
            }
            let s = p.sentence_at(head.range.start);
            for a in items {
                out.push(Found { source: a, target: head.actor, kind: "member_of", para: p.index, sentence: clip(p.text, s.clone(), head.range.start, at) });
            }
        }
    }
}
