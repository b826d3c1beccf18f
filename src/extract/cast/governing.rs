//! Governing parties the text does not call "ruling" (tree22, issue 4): the cues
//! of `Builder::seat_ruling_parties` (`government.rs`) that read a party's own
//! mention and its neighbours, beyond "the ruling X" and "the coalition of X, Y":
//! - "the Fidesz-led coalition", "an ANC-led government": the party leading it;
//! - "X, whose Reform Party leads the coalition", "Smer heads the three-party
//!   government": a present-tense verb of leading (`[governing_verb]`) and "the"
//!   then a government's body (`[governing_body]`) within two words;
//! - "X (ACR), whose group governs in coalition with …": a verb of governing
//!   with no object (a `[governing_verb]` that is no `[heading_verb]`);
//! - "Prime Minister X's Unity party": the party a head of government (or of
//!   state) owns, named with a party noun (`[party_noun]`) or "Party";
//!   "Chancellor X of the Social Democrats": the one a head of government is of.
//!
//! Why: gold puts a state's governing parties in its government (20 of 24 on the
//! dev set, `resolve.rs`), and news prose says who governs in these ways as often
//! as with "ruling". Near misses (module tests): "X, whose party left the
//! coalition" (no verb of leading), "the Fidesz-led march" (no government's body),
//! "Prime Minister X's office" (no party), "led" (past: "the party that led the
//! government until 2019").

use super::builder::*;
use super::kb::OfficeKind;
use super::Mention;
use crate::case::StrCase;
use crate::model::ActorKind;

/// Whether the up to three words opening `rest` are "the", at most two lowercase
/// modifiers, then a `[governing_body]` noun ("the coalition", "the three-party
/// government", "the governing coalition").
fn the_government(rest: &str) -> bool {
    let lx = crate::extract::lexicon::get();
    let mut words = rest.split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';')).filter(|w| !w.is_empty());
    if words.next() != Some("the") {
        return false;
    }
    words.take(3).take_while(|w| w.starts_with(char::is_lowercase)).any(|w| lx.is("governing_body", w))
}

/// "-led coalition", "-led government" right after a name: up to two lowercase
/// words, then a `[governing_body]` noun.
fn led_government(after: &str) -> bool {
    let lx = crate::extract::lexicon::get();
    let Some(rest) = after.strip_prefix("-led ").or_else(|| after.strip_prefix("\u{2011}led ")) else { return false };
    rest.split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';')).filter(|w| !w.is_empty()).take(3).take_while(|w| w.starts_with(char::is_lowercase)).any(|w| lx.is("governing_body", w))
}

impl Builder {
    /// Whether the `k`-th mention of a paragraph (`ms`, its mentions in order, over
    /// `text`) names a party the text says governs by one of this module's cues.
    pub(super) fn governs_by_cue(&self, text: &str, ms: &[Mention], k: usize) -> bool {
        let lx = crate::extract::lexicon::get();
        let m = &ms[k];
        let after = &text[m.range.end..];
        if led_government(after) {
            return true;
        }
        // "X leads the coalition", "X, which heads the government", "Sumar (SMR),
        // whose group governs in coalition with …": a verb of leading before "the"
        // and a government's body, or one of governing (no `[heading_verb]`) alone.
        // (past an acronym in parentheses, or the parenthesis the name closes:
        // "Ana Soler (Sumar), whose …")
        let bare = after.strip_prefix(" (").and_then(|x| x.split_once(')')).filter(|(acr, _)| acr.len() < 12 && !acr.contains(' ')).map_or(after, |(_, rest)| rest);
        let bare = bare.strip_prefix(')').unwrap_or(bare);
        let clause = bare.strip_prefix(", which ").or_else(|| bare.strip_prefix(", who ")).or_else(|| {
            // (", whose group governs": one lowercase noun after "whose")
            let rest = bare.strip_prefix(", whose ")?;
            let (noun, rest) = rest.split_once(' ')?;
            noun.starts_with(char::is_lowercase).then_some(rest)
        });
        let clause = clause.unwrap_or(bare).trim_start();
        let (verb, rest) = clause.split_once(' ').unwrap_or((clause, ""));
        if lx.is("governing_verb", verb) && (the_government(rest) || !lx.is("heading_verb", verb)) {
            return true;
        }
        // "Prime Minister X's Unity party": a head of government's (or state's)
        // party; "Chancellor X of the Social Democrats": the party a head of
        // government is of.
        let Some(prev) = k.checked_sub(1).map(|j| &ms[j]) else { return false };
        // (mentions may nest: "Chancellor X" inside a longer one; no gap then)
        let Some(gap) = text.get(prev.range.end..m.range.start) else { return false };
        let head = self.actors[prev.actor].kind == ActorKind::Person && matches!(self.info[prev.actor].office, Some(OfficeKind::Government | OfficeKind::Head));
        if head && matches!(gap, " of " | " of the ") && self.actors[m.actor].kind == ActorKind::Organization {
            return true;
        }
        let owned = matches!(gap, "'s " | "\u{2019}s ");
        let party_noun = after.trim_start().split(|c: char| !c.is_alphabetic()).next().is_some_and(|w| w.starts_with(char::is_lowercase) && lx.is("party_noun", w));
        let party_name = self.actors[m.actor].name.split(' ').any(|w| w.starts_with(char::is_uppercase) && lx.is("party_noun", &w.lowercase()));
        owned && head && (party_noun || party_name)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{cast_of, names, parent_of};

    #[test]
    fn parties_leading_the_government_sit_in_it() {
        let c = cast_of(&[
            "Estonia's cabinet approved the tax rise, and the government said it would take effect in July.",
            "Kaja Tamm, whose Reform Party leads the coalition, defended it. Jaan Kask, whose Centre Party left the coalition in May, called it theft.",
        ]);
        assert_eq!(parent_of(&c, "Reform Party").as_deref(), Some("Estonian Government"), "{:?}", names(&c));
        // Near miss: leaving the coalition is no governing.
        assert_eq!(parent_of(&c, "Centre Party").as_deref(), Some("Estonia"));
    }

    #[test]
    fn a_led_government_seats_its_leader_party() {
        let c = cast_of(&[
            "Hungary's parliament approved the law, and the government said the courts would be reformed.",
            "The Fidesz-led coalition has a two-thirds majority. The opposition Dialogue party called a Dialogue-led march for Sunday.",
        ]);
        assert_eq!(parent_of(&c, "Fidesz").as_deref(), Some("Hungarian Government"), "{:?}", names(&c));
        // Near miss: a march is no government.
        assert_eq!(parent_of(&c, "Dialogue").as_deref(), Some("Hungary"), "{:?}", names(&c));
    }

    #[test]
    fn the_head_of_governments_party_governs() {
        let c = cast_of(&[
            "Latvia's parliament passed the budget on Wednesday, and the government promised more money for schools.",
            "Prime Minister Ilze Kalnina's Unity party voted for it, while the opposition Harmony party walked out.",
        ]);
        assert_eq!(parent_of(&c, "Unity").as_deref(), Some("Latvian Government"), "{:?}", names(&c));
        // Near miss: another party in the same sentence.
        assert_eq!(parent_of(&c, "Harmony").as_deref(), Some("Latvia"), "{:?}", names(&c));
    }

    #[test]
    fn the_party_a_head_of_government_is_of_governs() {
        let c = cast_of(&[
            "Germany's top court struck down the fund, and the government said it would appeal.",
            "It was a blow to Chancellor Jonas Adler of the Social Democrats, while opposition leader Mia Brandt of the Greens welcomed it.",
        ]);
        assert_eq!(parent_of(&c, "Social Democrats").as_deref(), Some("German Government"), "{:?}", names(&c));
        // Near miss: an opposition leader's party.
        assert_ne!(parent_of(&c, "Greens").as_deref(), Some("German Government"), "{:?}", names(&c));
    }

    #[test]
    fn a_party_that_governs_in_coalition_sits_in_the_government() {
        let c = cast_of(&[
            "Spain's rent law passed on Wednesday, and the government said prices would fall.",
            "Ana Soler (Sumar), whose group governs in coalition with the Socialist Party, backed it. The Vox party, whose group governed the region until 2023, voted against.",
        ]);
        assert_eq!(parent_of(&c, "Sumar").as_deref(), Some("Spanish Government"), "{:?}", names(&c));
        assert_eq!(parent_of(&c, "Socialist Party").as_deref(), Some("Spanish Government"), "{:?}", names(&c));
        // Near miss: "governed" is past.
        assert_eq!(parent_of(&c, "Vox").as_deref(), Some("Spain"), "{:?}", names(&c));
    }
}
