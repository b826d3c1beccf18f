//! "a venture led by Namcor with German and Dutch partners": a pair glued to a
//! noun of alliance ("partners", "allies") with nothing between is that noun's
//! modifier, naming someone else's partners, not two parties allied with each other.
//!
//! Why: the mutual cues (`[allied_with:mutual]`) read "X and Y have long been close
//! partners", "X and Y, allies since 1951": a verb or a comma stands between the
//! pair and the noun whenever the pair is its subject. Right before the noun, with
//! no word between, the pair is an adjective list ("US and British allies",
//! "Kenyan and Ugandan partners of the mission"). Other mutual cues keep their
//! reading ("the Chile and Argentina defence pact" is theirs).
//!
//! Cost: one look at the gap before the cue.

use super::cues::{cues, List};

/// Whether the mutual cue `cue` (its words), starting at `cue_start`, is one noun of
/// `[-:amicable]` glued to the pair's second actor, which ends at `y_end`.
pub(super) fn pair_modifies_noun(text: &str, y_end: usize, cue_start: usize, cue: &[&str]) -> bool {
    matches!(cue, [w] if cues().is(List::Amicable, w)) && text.get(y_end..cue_start).is_some_and(|g| g.chars().all(char::is_whitespace))
}
