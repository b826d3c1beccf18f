//! "X met both sides", "X condemned both governments": a meeting or conflict cue
//! whose object is a phrase of `[-:both_sides]` relates its source to the two
//! parties that phrase stands for, read as mediation reads "between the two
//! delegations" (`mediation::two_sides`: the paragraph's two parties, else the
//! story's last "X and Y"). Why here: mediation cues had this reading; meeting and
//! conflict verbs take the same object in news prose ("has already met both
//! sides", "accused both sides of violating the truce"). "both sides of the river"
//! (the phrase followed by "of") names places, not parties: no one. A person's own
//! state or body (its parent) is not one of the sides it meets.

use super::cues::{cues, List};
use super::mediation::two_sides;
use crate::extract::cast::{Cast, Mention};
use crate::model::ActorKind;

/// The two sides a cue of `kind` ending at `cue_end` names as its object, or none:
/// only meeting and conflict kinds, only with the phrase right after the cue.
pub(super) fn sides_object(kind: &str, text: &str, cue_end: usize, all: &[Mention], source: usize, last_pair: Option<(usize, usize)>, cast: &Cast) -> Vec<usize> {
    if !matches!(kind, "meets" | "opposes" | "criticizes") {
        return Vec::new();
    }
    let rest = text[cue_end..].trim_start();
    let of_after = cues().list(List::BothSides).iter().any(|ph| {
        rest.len() >= ph.len() && rest.as_bytes()[..ph.len()].eq_ignore_ascii_case(ph.as_bytes()) && rest[ph.len()..].trim_start().starts_with("of ")
    });
    if of_after {
        return Vec::new();
    }
    // "The Lithuanian foreign minister ... met both sides": a person's own state or
    // body is no side (a person is none anyway: `two_sides` counts parties only).
    let own = match cast.actors[source].kind {
        ActorKind::Person => cast.actors[source].parent.unwrap_or(source),
        _ => source,
    };
    two_sides(text, cue_end, all, own, last_pair, cast)
}
