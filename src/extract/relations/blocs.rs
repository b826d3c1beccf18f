//! Bloc memberships every reader knows (`data/kb/memberships.tsv`): a member
//! state under the bloc when the story names both.

use super::evidence::clip;
use super::Found;
use crate::extract::cast::{kb, Cast};
use crate::extract::Context;
use crate::model::ActorKind;
use std::sync::OnceLock;


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
/// The evidence is the state's first mention. Linear: one pass over the actors.
pub(super) fn memberships(cast: &Cast, first: &[Option<(usize, usize)>], ctx: &Context, out: &mut Vec<Found>) {
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
    // Each named bloc's members split once per extraction (a few blocs), not per state.
    let members: Vec<Vec<&'static str>> = blocs.iter().map(|&(b, _)| bloc_members()[b].1.split_whitespace().collect()).collect();
    for (&(_, bloc), members) in blocs.iter().zip(&members) {
        for &(iso, st) in &states {
            if !members.contains(&iso) {
                continue;
            }
            let Some((para, at)) = first.get(st).copied().flatten() else { continue };
            if let Some(p) = ctx.paras.get(para) {
                out.push(Found { source: st, target: bloc, kind: "member_of", para, sentence: clip(p.text, p.sentence_at(at), at, at) });
            }
        }
    }
}
