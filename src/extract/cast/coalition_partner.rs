//! Coalition partners (tree23, issue 4): a party the text names as a partner in
//! the governing coalition sits in its state's government, like the parties of
//! `governing.rs` (read by `Builder::seat_ruling_parties`, `government.rs`):
//! - "Eesti 200, a junior partner in the governing coalition", "X, the junior
//!   coalition partner": a partner noun (`[partner_noun]`) in the apposition after
//!   the party, with a modifier of governing (`[partner_cue]`: junior, coalition, …)
//!   or "in" then a government's body (`[governing_body]`) right after it;
//! - "X, the Reform Party's junior partner": the same, owned by a party, which
//!   governs too;
//! - "the coalition partner X", "its junior partner X": the cue right before it.
//!
//! Why: gold puts a state's governing parties in its government (`resolve.rs`), and
//! news prose names a coalition's smaller parties by their partnership more often
//! than as "ruling". Near misses (module tests): "X, a former coalition partner"
//! (`[ruling_cue_stop]` undoes it), "X, a partner in the opposition alliance" (no
//! cue, no government's body), "X, the Reform Party's business partner".

use super::builder::*;
use super::Mention;
use crate::case::StrCase;

/// Whether the words of `np` (an apposition after its determiner, or the words
/// before a name) hold a partner noun with a cue of governing: a `[partner_cue]`
/// modifier before it (and no `[partner_stop]`: "former", "opposition"), or "in"
/// and a `[governing_body]` within three words after it (no `[partner_stop]`).
fn partner_phrase(np: &str) -> bool {
    let lx = crate::extract::lexicon::get();
    let words: Vec<&str> = np.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).take(10).collect();
    let Some(p) = words.iter().take(4).position(|w| lx.is("partner_noun", w)) else { return false };
    let mods = &words[..p];
    if mods.iter().any(|w| lx.is("partner_stop", &w.lowercase()) || !w.starts_with(char::is_lowercase)) {
        return false;
    }
    let cue = mods.iter().any(|w| lx.is("partner_cue", w));
    let tail = words.get(p + 2..).unwrap_or(&[]).iter().take(3);
    let in_government = words.get(p + 1) == Some(&"in") && tail.clone().any(|w| lx.is("governing_body", w)) && !tail.into_iter().any(|w| lx.is("partner_stop", w));
    cue || in_government
}

impl Builder {
    /// For the `k`-th mention of a paragraph (`ms`, over `text`): whether a
    /// coalition-partner cue names it a governing party, and the mention of the
    /// party it is the partner of when one owns the phrase ("Y's junior partner").
    pub(super) fn partner_by_cue(&self, text: &str, ms: &[Mention], k: usize) -> (bool, Option<usize>) {
        let m = &ms[k];
        // "the coalition partner X", "its junior partner X": the two words before.
        let before = &text[..m.range.start];
        // ("its coalition partner, the Progressive Party": past "the" and a comma)
        let mut last = before.rsplit(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).peekable();
        if last.peek() == Some(&"the") {
            last.next();
        }
        if let (Some(noun), Some(modifier)) = (last.next(), last.next()) {
            if partner_phrase(&format!("{modifier} {}", noun.strip_suffix(',').unwrap_or(noun))) {
                return (true, None);
            }
        }
        // ", a junior partner in the governing coalition", ", the Y's junior partner":
        // the apposition up to the next comma or sentence end (bounded).
        let Some(rest) = text[m.range.end..].strip_prefix(", ") else { return (false, None) };
        let np_end = rest.find([',', '.', ';', ':', '(', ')']).unwrap_or(rest.len()).min(120);
        let Some(np) = rest.get(..np_end) else { return (false, None) };
        let start = m.range.end + 2;
        let (det, after_det) = np.split_once(' ').unwrap_or((np, ""));
        if !matches!(det, "a" | "an" | "the" | "its" | "their" | "his" | "her" | "your" | "our") {
            return (false, None);
        }
        // ("the Reform Party's junior partner": the owner is the next mention)
        let body_at = start + det.len() + 1;
        if let Some((j, n)) = ms.iter().enumerate().skip(k + 1).find(|(_, n)| n.range.start == body_at) {
            let owned = text[n.range.end..].strip_prefix("'s ").or_else(|| text[n.range.end..].strip_prefix("\u{2019}s "));
            return match owned {
                Some(tail) if partner_phrase(&tail[..tail.find([',', '.', ';', ':', '(', ')']).unwrap_or(tail.len())]) => (true, Some(j)),
                _ => (false, None),
            };
        }
        (partner_phrase(after_det), None)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{cast_of, names, parent_of};

    #[test]
    fn a_junior_partner_in_the_coalition_sits_in_the_government() {
        let gov = "Croatia's parliament passed the budget, and the government said wages would rise.";
        let c = cast_of(&[gov, "The Homeland Movement, a junior partner in the governing coalition, backed it.", "The Peasant Party, a former coalition partner, voted against it."]);
        assert_eq!(parent_of(&c, "Homeland Movement").as_deref(), Some("Croatian Government"), "{:?}", names(&c));
        // Near misses: a former partner, an opposition coalition's partner.
        assert_eq!(parent_of(&c, "Peasant Party").as_deref(), Some("Croatia"), "{:?}", names(&c));
        let c = cast_of(&[gov, "The Homeland Movement, a junior partner in the governing coalition, backed it.", "The Focus party, a partner in the opposition coalition, walked out."]);
        assert_eq!(parent_of(&c, "Focus").as_deref(), Some("Croatia"), "{:?}", names(&c));
    }

    #[test]
    fn a_partys_junior_partner_seats_both() {
        let c = cast_of(&[
            "Estonia's cabinet approved the plan, and the government said it would take effect in July.",
            "A senior member of Eesti 200, the Reform Party's junior partner, said the date was agreed.",
        ]);
        assert_eq!(parent_of(&c, "Eesti 200").as_deref(), Some("Estonian Government"), "{:?}", names(&c));
        assert_eq!(parent_of(&c, "Reform Party").as_deref(), Some("Estonian Government"), "{:?}", names(&c));
    }

    #[test]
    fn a_business_partner_is_no_coalition_partner() {
        let c = cast_of(&[
            "Estonia's cabinet approved the plan, and the government said it would take effect in July.",
            "Mart Oja of Balti Holdings, the Narva Group's business partner, said the date was wrong.",
        ]);
        assert_ne!(parent_of(&c, "Narva Group").as_deref(), Some("Estonian Government"), "{:?}", names(&c));
        assert_ne!(parent_of(&c, "Balti Holdings").as_deref(), Some("Estonian Government"), "{:?}", names(&c));
    }

    #[test]
    fn the_coalition_partner_before_a_name_governs() {
        let c = cast_of(&[
            "Latvia's parliament passed the law on Thursday, and the government promised more money for schools.",
            "It was a good day, said its coalition partner, the Progressive Party, while the Harmony party said it was a bad one.",
        ]);
        assert_eq!(parent_of(&c, "Progressive Party").as_deref(), Some("Latvian Government"), "{:?}", names(&c));
        // Near miss: another party in the same sentence.
        assert_eq!(parent_of(&c, "Harmony").as_deref(), Some("Latvia"), "{:?}", names(&c));
    }
}
