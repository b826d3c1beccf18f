//! The tree from hierarchy cues: "X, who heads the Y", "X, an analyst at Y", "X,
//! a unit of Y" state where X sits as plainly as the name constructions `cast`
//! reads, so a person or organisation that `cast` left at a state by default (or
//! at no parent) moves under the organisation the cue names.
//!
//! Why after `find`: the cues are read with the mention stream and the source and
//! target rules of this module, which run once the cast is complete. Only a default
//! is replaced (a state, or nothing), never an owner a construction stated, and
//! never out of the actor's state (an international body or another state's
//! institution stays a relation; an organisation the text places under no state
//! may take it in); the
//! first cue in reading order wins. Cycles are impossible: the new parent is no
//! descendant of the actor (checked), and `assemble` drops any cycle regardless.

use super::Found;
use crate::extract::cast::{kb, Cast};
use crate::model::ActorKind;

/// How far up the tree an ancestor walk goes (the tree is shallow: state,
/// institution, unit, person).
const DEPTH: usize = 16;

pub fn adopt(cast: &mut Cast, found: &[Found]) {
    let kb = kb::get();
    let n = cast.actors.len();
    let mut moved = vec![false; n];
    for f in found {
        if !matches!(f.kind, "member_of" | "leads" | "part_of") || f.source >= n || f.target >= n || moved[f.source] {
            continue;
        }
        let (s, t) = (&cast.actors[f.source], &cast.actors[f.target]);
        if !matches!(s.kind, ActorKind::Person | ActorKind::Organization | ActorKind::Group) || !matches!(t.kind, ActorKind::Organization | ActorKind::Group) {
            continue;
        }
        let current = s.parent;
        if current == Some(f.target) || current.is_some_and(|p| cast.actors[p].kind != ActorKind::State) {
            continue;
        }
        // Within the source's state only: "X, who chairs the regional bloc" keeps a
        // president at home (the bloc, under no state, stays a relation).
        // An organisation under no state moves the actor only when no body of the
        // knowledge base (an international organisation) is at or above it.
        let target_state = ancestors(cast, f.target).find(|&a| cast.actors[a].kind == ActorKind::State);
        let international = || std::iter::once(f.target).chain(ancestors(cast, f.target)).any(|a| matches!(kb.lookup(&cast.actors[a].name), Some(kb::Entry::Body(_))));
        if current.is_some() && target_state != current && (target_state.is_some() || international()) {
            continue;
        }
        if f.target == f.source || ancestors(cast, f.target).any(|a| a == f.source) {
            continue;
        }
        cast.actors[f.source].parent = Some(f.target);
        cast.record_step(f.source, "relations: adopted by a hierarchy cue");
        moved[f.source] = true;
    }
}

fn ancestors(cast: &Cast, a: usize) -> impl Iterator<Item = usize> + '_ {
    std::iter::successors(cast.actors.get(a).and_then(|d| d.parent), move |&p| cast.actors.get(p).and_then(|d| d.parent)).take(DEPTH)
}
