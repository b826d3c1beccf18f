//! Mediation: who the mediator mediates with ("the parties" of the sentence, or
//! "the two delegations" read as the paragraph's or the story's last pair), and
//! the parties negotiating with each other.

use super::cues::{cues, List};
use super::Found;
use crate::extract::cast::{Cast, Mention};
use crate::model::ActorKind;


/// The other parties of a mediation sentence: its states, bodies and groups that
/// are not the mediators (persons and outlets are witnesses, not parties), nor the
/// agent of another mediation or meeting participle ("The talks, brokered by the
/// United States and hosted by Switzerland, …": Switzerland hosts, it is no party;
/// "a deal signed by X" keeps X).
pub(super) fn parties(text: &str, agents: &[usize], ms: &[Mention], quoted: &dyn Fn(&Mention) -> bool, cast: &Cast) -> Vec<usize> {
    let agent_of_by = |m: &Mention| {
        let pre = text[..m.range.start].trim_end();
        let pre = pre.strip_suffix(" the").unwrap_or(pre);
        let Some(pre) = pre.strip_suffix(" by") else { return false };
        let w = pre.rsplit(' ').next().unwrap_or("");
        // Cue words are lowercase ASCII; a capitalised participle opens no such agent.
        w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && cues().starting_with(w).iter().any(|c| matches!(c.kind, "mediates" | "meets") && (c.words.len() == 1 || c.words == [w, "by"]))
    };
    let mut v: Vec<usize> = ms
        .iter()
        .filter(|m| !quoted(m) && !agents.contains(&m.actor) && !agent_of_by(m) && !matches!(cast.actors[m.actor].kind, ActorKind::Person | ActorKind::Media))
        .map(|m| m.actor)
        .collect();
    crate::sort::sort_by(&mut v, Ord::cmp);
    v.dedup();
    v
}

/// The mediators mediate with every party, and the parties negotiate with each
/// other ("the Qatari-brokered deal between Iraq and Syria": Iraq with Syria).
pub(super) fn mediation(agents: &[usize], parties: &[usize], emit: &mut dyn FnMut(usize, usize, &'static str, &mut Vec<Found>), out: &mut Vec<Found>) {
    for &a in agents {
        for &t in parties.iter().take(4) {
            emit(a, t, "mediates", out);
        }
    }
    if let [x, rest @ ..] = &parties[..parties.len().min(3)] {
        for &y in rest {
            emit(*x, y, "negotiates_with", out);
        }
    }
}


/// A party to talks: a state, organisation or group (persons and outlets speak for one).
pub(super) fn party(cast: &Cast, a: usize) -> bool {
    matches!(cast.actors[a].kind, ActorKind::State | ActorKind::Organization | ActorKind::Group)
}

/// "between the two delegations", "between both sides" at `at`: the two parties.
/// Those of the paragraph before `at` when it names exactly two of the kind named
/// last (the mediator aside); none when it names more; with fewer, the story's last
/// "X and Y" pair.
pub(super) fn two_sides(text: &str, at: usize, all: &[Mention], mediator: usize, last_pair: Option<(usize, usize)>, cast: &Cast) -> Vec<usize> {
    if both_sides_end(text, at).is_none() {
        return Vec::new();
    }
    let mut seen: Vec<usize> = Vec::new();
    for m in all[..all.partition_point(|m| m.range.end <= at)].iter().rev() {
        if m.actor != mediator && party(cast, m.actor) && !seen.contains(&m.actor) {
            seen.push(m.actor);
        }
    }
    if let Some(&last) = seen.first() {
        let same: Vec<usize> = seen.iter().copied().filter(|&a| cast.actors[a].kind == cast.actors[last].kind).collect();
        if same.len() == 2 {
            return same;
        }
        if same.len() > 2 {
            return Vec::new();
        }
    }
    last_pair.filter(|&(x, y)| x != mediator && y != mediator).map_or(Vec::new(), |(x, y)| vec![x, y])
}

/// The end of a [-:both_sides] phrase ("the two sides") opening `text[at..]` (past
/// spaces), if one does.
fn both_sides_end(text: &str, at: usize) -> Option<usize> {
    let tail = &text[at..];
    let rest = tail.trim_start().as_bytes();
    let skip = tail.len() - rest.len();
    cues()
        .list(List::BothSides)
        .iter()
        .find(|ph| rest.len() >= ph.len() && rest[..ph.len()].eq_ignore_ascii_case(ph.as_bytes()) && !rest.get(ph.len()).is_some_and(|b| b.is_ascii_alphanumeric()))
        .map(|ph| at + skip + ph.len())
}

/// "called the union and the employers to talks", "summoned both sides to the
/// negotiating table": the two parties a verb of summoning (`[summon_verb]`, the
/// cue ending at `from`) names right after it — two coordinated actors, or a
/// [-:both_sides] phrase read as `two_sides` reads it — when "to" or "for", at most
/// two words of `[talks_modifier]` and a noun of talks ([-:talks], `[talks_venue]`:
/// "the table") follow them. None else: "called X and Y reckless", "called X and Y
/// to the summit", "summoned Y's ambassador to talks" (one party). Reads at most
/// five words past the parties.
pub(super) fn summoned_to_talks(text: &str, after: &[&Mention], all: &[Mention], from: usize, mediator: usize, last_pair: Option<(usize, usize)>, cast: &Cast) -> Vec<usize> {
    let (sides, end) = match both_sides_end(text, from) {
        Some(end) => (two_sides(text, from, all, mediator, last_pair, cast), end),
        None => {
            let named = super::targets::coordinated(text, after, from);
            if named.len() != 2 {
                return Vec::new();
            }
            let Some(first) = after.iter().position(|m| m.actor == named[0]) else { return Vec::new() };
            let Some(second) = after[first + 1..].iter().find(|m| m.actor == named[1]) else { return Vec::new() };
            (named, second.range.end)
        }
    };
    if sides.len() != 2 || sides.contains(&mediator) || !to_talks(&text[end..]) {
        return Vec::new();
    }
    sides
}

/// Whether `rest` opens with "to"/"for", at most two words of `[talks_modifier]`
/// ("the", "fresh", "negotiating") and a noun of talks ("to talks", "for fresh
/// negotiations", "to the negotiating table").
fn to_talks(rest: &str) -> bool {
    use crate::case::StrCase;
    let lx = crate::extract::lexicon::get();
    let mut ws = rest.split_whitespace();
    if !matches!(ws.next(), Some("to" | "for")) {
        return false;
    }
    for w in ws.take(3) {
        let w = w.trim_end_matches(|c: char| c.is_ascii_punctuation()).lowercase();
        if cues().is(List::Talks, &w) || lx.is("talks_venue", &w) {
            return true;
        }
        if !lx.is("talks_modifier", &w) {
            return false;
        }
    }
    false
}

/// The parties of a mediation sentence, or when it names none but speaks of talks
/// ("The European Union brokered the talks", "The talks were facilitated by
/// Norway"), the story's last "X and Y" pair (the mediators aside); so too when it
/// names one party of that pair.
pub(super) fn parties_or_last_pair(parties: Vec<usize>, agents: &[usize], talks: bool, last_pair: Option<(usize, usize)>) -> Vec<usize> {
    // "The deal, negotiated with Qatar as mediator, is the first the Taliban have
    // made": one party of the last pair named, the talks are that pair's.
    if let ([p], true, Some((x, y))) = (parties.as_slice(), talks, last_pair) {
        if (*p == x || *p == y) && !agents.contains(&x) && !agents.contains(&y) {
            return vec![x, y];
        }
    }
    if !parties.is_empty() || !talks {
        return parties;
    }
    last_pair.filter(|(x, y)| !agents.contains(x) && !agents.contains(y)).map_or(Vec::new(), |(x, y)| vec![x, y])
}

/// "under Turkey's mediation", "thanks to Qatari mediation": the owner of a
/// mediation noun ([mediates:owner]), a possessive or a demonym right before it,
/// itself right after a preposition (or "to"). "Ethiopia rejected Somalia's
/// mediation request" has a verb there: Somalia asked, it mediates nothing.
pub(super) fn mediation_owner(text: &str, before: &[&Mention], cue_start: usize) -> Option<usize> {
    let m = before.last()?;
    if !matches!(text.get(m.range.end..cue_start)?.trim(), "" | "'s" | "\u{2019}s") {
        return None;
    }
    let w = text[..m.range.start].split_whitespace().next_back()?;
    (w == "to" || crate::extract::lexicon::get().is("preposition", w)).then_some(m.actor)
}

/// "offered to bring the government and the rebels together", "brought Kenya and
/// Ethiopia back together": the actors coordinated right after the verb (ending at
/// `from`), when "together" (after "back" at most) follows the last of them; none
/// else ("brought the bill", "bring Kenya and Ethiopia to the summit").
pub(super) fn brought_together(text: &str, after: &[&Mention], from: usize, mediator: usize) -> Vec<usize> {
    let named = super::targets::coordinated(text, after, from);
    if named.len() != 2 || named.contains(&mediator) {
        return Vec::new();
    }
    let Some(first) = after.iter().position(|m| m.actor == named[0]) else { return Vec::new() };
    let Some(second) = after[first + 1..].iter().find(|m| m.actor == named[1]) else { return Vec::new() };
    let rest = text[second.range.end..].trim_start();
    let rest = rest.strip_prefix("back ").unwrap_or(rest);
    if rest.starts_with("together") {
        named
    } else {
        Vec::new()
    }
}
