//! Bloc memberships every reader knows (`data/kb/memberships.tsv`): a member
//! state under the bloc when the story names both.

use super::evidence::clip;
use super::Found;
use crate::extract::cast::{kb, Cast};
use crate::extract::Context;
use crate::model::ActorKind;
use std::sync::OnceLock;


/// The most member states of a bloc whose membership a story means wherever it
/// names the two (larger blocs need a paragraph naming both).
const SMALL_BLOC: usize = 6;

/// Blocs and their member states (`data/kb/memberships.tsv`, comments stripped by
/// build.rs): each bloc's name and its members' ISO3 codes as one space-separated
/// text, parsed once into one `Vec` (no `Vec` per bloc: this is set-up the first
/// extraction pays).
pub(super) fn bloc_members() -> &'static [(&'static str, &'static str)] {
    static BLOCS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    BLOCS.get_or_init(|| {
        include_str!(concat!(env!("OUT_DIR"), "/memberships.tsv"))
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(body, isos)| (body.trim(), isos))
            .collect()
    })
}

/// "member_of" from a state to a bloc when the story names both: membership of the
/// EU, ASEAN or ECOWAS is what every reader knows and analysis rarely spells out.
/// A large bloc's member must share a paragraph with it: a story states the
/// membership only where the two meet (round 18: of the dev memberships of a large
/// bloc whose state and bloc share no paragraph, none is in the gold — "Germany"
/// of a summit story's last paragraph is no member the story speaks of — and 34
/// were wrong or unmapped). A small bloc (at most [`SMALL_BLOC`] states: the
/// Alliance of Sahel States, the GCC, Mercosur) is its members, whom a story
/// naming it means anywhere. The evidence is the state's first mention in the
/// first paragraph naming both, else its first mention. Linear: one pass over the
/// actors and one over the mentions.
pub(super) fn memberships(cast: &Cast, ctx: &Context, out: &mut Vec<Found>) {
    let kbase = kb::get();
    let mut states: Vec<(&'static str, usize)> = Vec::new();
    let mut blocs: Vec<(usize, usize)> = Vec::new();
    for (a, actor) in cast.actors.iter().enumerate() {
        match actor.kind {
            ActorKind::State => {
                if let Some(kb::Entry::State(si, _)) = kbase.lookup(&actor.name) {
                    states.push((kbase.states[si].iso3(), a));
                }
            }
            ActorKind::Organization => {
                if let Some(b) = bloc_members().iter().position(|(name, _)| *name == actor.name) {
                    blocs.push((b, a));
                }
            }
            _ => {}
        }
    }
    if blocs.is_empty() {
        return;
    }
    // The paragraphs naming each state and bloc, with the first mention in each, in
    // document order (one pass over the mentions).
    let mut slot: Vec<Option<usize>> = vec![None; cast.actors.len()];
    for (k, &a) in states.iter().map(|(_, a)| a).chain(blocs.iter().map(|(_, a)| a)).enumerate() {
        slot[a] = Some(k);
    }
    let mut paras: Vec<Vec<(usize, usize)>> = vec![Vec::new(); states.len() + blocs.len()];
    for m in cast.mentions() {
        if let Some(k) = slot.get(m.actor).copied().flatten() {
            if paras[k].last().is_none_or(|&(p, _)| p != m.para) {
                paras[k].push((m.para, m.range.start));
            }
        }
    }
    // Each named bloc's members split once per extraction (a few blocs), not per state.
    let members: Vec<Vec<&'static str>> = blocs.iter().map(|&(b, _)| bloc_members()[b].1.split_whitespace().collect()).collect();
    for (j, (&(_, bloc), members)) in blocs.iter().zip(&members).enumerate() {
        for (i, &(iso, st)) in states.iter().enumerate() {
            if !members.contains(&iso) {
                continue;
            }
            let small = members.len() <= SMALL_BLOC;
            let Some((para, at)) = shared_paragraph(&paras[i], &paras[states.len() + j]).or_else(|| paras[i].first().copied().filter(|_| small)) else { continue };
            if let Some(p) = ctx.paras.get(para) {
                out.push(Found { source: st, target: bloc, kind: "member_of", para, sentence: clip(p.text, p.sentence_at(at), at, at) });
            }
        }
    }
}

/// The first paragraph of `a` (paragraph, first mention there; in order) that `b`
/// names too, with `a`'s mention: a merge of two sorted lists.
fn shared_paragraph(a: &[(usize, usize)], b: &[(usize, usize)]) -> Option<(usize, usize)> {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return Some(a[i]),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::shared_paragraph;

    #[test]
    fn a_membership_needs_a_paragraph_naming_both() {
        assert_eq!(shared_paragraph(&[(0, 5), (3, 10), (7, 2)], &[(2, 0), (3, 40)]), Some((3, 10)));
        assert_eq!(shared_paragraph(&[(1, 0)], &[(1, 9)]), Some((1, 0)));
        // Near miss: both named, never in one paragraph.
        assert_eq!(shared_paragraph(&[(0, 5), (4, 1)], &[(1, 0), (2, 0), (5, 0)]), None);
        assert_eq!(shared_paragraph(&[], &[(1, 0)]), None);
    }
}
