//! A cue's targets: the actor right after it and those coordinated with it, and
//! where such a list ends (a name followed by a verb opens a new clause); when no
//! actor follows, the target after "on" of a blame verb ([`onto`]) or the
//! antecedent of an object relative clause ([`relative_antecedent`]).

use crate::case::StrCase;
use super::cues::{cues, Family, List};
use crate::extract::cast::Mention;


/// The actor right after `from` and those coordinated with it ("Rouhani and
/// Foreign Minister Zarif", "the United States, France, and Russia").
pub(super) fn coordinated(text: &str, after: &[&Mention], from: usize) -> Vec<usize> {
    let c = cues();
    let mut out = Vec::new();
    let mut end = from;
    let mut i = 0;
    while let Some(&m) = after.get(i) {
        // Overlapping mentions ("a spokeswoman for the Greek government" holds
        // "the Greek government") leave no gap: the list ends there, never a panic.
        let Some(gap) = text.get(end..m.range.start).map(str::trim) else { break };
        // The gap is lowercased only once the cheap tests pass: it may run to the end
        // of the sentence, and a copy per mention after every cue was a visible cost.
        let ok = if i == 0 {
            // The object: close to the cue, no clause boundary in between (nor a
            // relative clause: "the group that the United States designated").
            gap.len() <= 30
                && !gap.contains([',', ';', ':', '.', '—'])
                && gap.split_whitespace().count() <= 4
                && {
                    let gap_l = gap.lowercase();
                    !gap_l.split_whitespace().any(|w| c.is(List::RelativeGap, w))
                        // "hosted both leaders in Moscow": a place, not the object.
                        && !gap_l.split_whitespace().last().is_some_and(|w| c.is(List::Locative, w))
                }
        } else {
            c.is_lower(List::ListJoiner, gap)
        };
        if !ok {
            break;
        }
        // "took aim at Chile, and Argentina lambasted Brazil": a name followed by a verb
        // opens a new clause (its own subject), which ends the list.
        if i > 0 && opens_clause(&text[m.range.end..], gap.starts_with(',')) {
            break;
        }
        // "met her Azerbaijani counterpart, Elnur Mammadli": the person, not the state.
        let rest = &text[m.range.end..];
        let named = rest.strip_prefix(" counterpart").and_then(|r| r.strip_prefix(',').or(Some(r))).and_then(|r| {
            let n = after.get(i + 1)?;
            (n.range.start == text.len() - r.len() + (r.len() - r.trim_start().len())).then_some(*n)
        });
        if let Some(n) = named {
            out.push(n.actor);
            break;
        }
        // "chairs the group of Least Developed Countries": a description (a lowercase
        // mention) followed by "of" and a name is that name.
        let of_name = after.get(i + 1).filter(|n| {
            i == 0 && text[m.range.clone()].starts_with(char::is_lowercase) && text.get(m.range.end..n.range.start).is_some_and(|g| matches!(g, " of " | " of the "))
        });
        if let Some(n) = of_name {
            out.push(n.actor);
            end = n.range.end;
            i += 2;
            continue;
        }
        // "a researcher at the Brussels-based think tank Bruegel", "sits in Obeidi's
        // ruling Coordination Framework": a name glued to a participle or owning what
        // follows modifies the object, which is the next name of the noun phrase.
        if let Some(n) = after.get(i + 1).filter(|n| i == 0 && modifies(text, m, n)) {
            out.push(n.actor);
            end = n.range.end;
            i += 2;
            continue;
        }
        out.push(m.actor);
        end = m.range.end;
        i += 1;
    }
    out
}

/// Whether mention `m` is a modifier of the name `n` after it: glued to a
/// lowercase word by a hyphen ("Brussels-based") or a possessive ("Obeidi's"),
/// with at most three words and no punctuation between them.
fn modifies(text: &str, m: &Mention, n: &Mention) -> bool {
    let rest = &text[m.range.end..];
    let tail = if let Some(r) = rest.strip_prefix('-') {
        if !r.starts_with(|ch: char| ch.is_lowercase()) {
            return false;
        }
        r
    } else if let Some(r) = rest.strip_prefix("'s ").or_else(|| rest.strip_prefix("\u{2019}s ")) {
        r
    } else {
        return false;
    };
    let gap = &tail[..n.range.start.saturating_sub(text.len() - tail.len()).min(tail.len())];
    !gap.contains([',', ';', ':', '.', '\u{2014}', '"', '\u{201c}', '\u{201d}']) && gap.split_whitespace().count() <= 3
}

/// Whether the text after a name starts with a verb: a one-word cue ("lambasted"),
/// and after ", and" also an auxiliary, "also", or a past form in "-ed" ("Peru has",
/// "Chile said"); a bare "and" may join a subject ("resistance against X and Y has
/// improved"). Adverbs that may follow an object ("again", "later") never count.
pub(super) fn opens_clause(rest: &str, comma: bool) -> bool {
    let Some(w) = rest.strip_prefix(' ').and_then(|r| r.split(' ').next()) else { return false };
    let w = w.trim_end_matches([',', '.', ';', ':']);
    if w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let c = cues();
    let participle = rest[1 + w.len()..].trim_start().starts_with("by ");
    if participle {
        return false;
    }
    c.starting_with(w).iter().any(|x| x.words.len() == 1 && x.family != Family::Owner && x.family != Family::Mutual)
        || (comma && (w.ends_with("ed") || c.is(List::ClauseVerb, w)))
}

/// "described the ECOWAS sanctions, which closed the borders for months, as
/// “illegal”": where the words about an object go on when a comma-closed relative
/// clause follows it (its noun at most two words on): past the clause's closing
/// comma; else `end` itself. Within the sentence ending at `s_end`.
pub(super) fn past_relative(text: &str, end: usize, s_end: usize) -> usize {
    let rest = &text[end..s_end.max(end)];
    let Some(open) = rest.find(", ") else { return end };
    if rest[..open].split_whitespace().count() > 2 || rest[..open].contains([';', ':', '.', '"', '\u{201c}', '\u{201d}']) {
        return end;
    }
    let clause = &rest[open + 2..];
    let first = clause.split_whitespace().next().unwrap_or("");
    if !cues().is(List::RelativeGap, first) {
        return end;
    }
    clause.find(',').map_or(end, |c| end + open + 2 + c + 1)
}

/// "blamed the shortage of beds on the Health Ministry": the actor right after the
/// first " on " within eight words of a blame verb (`[-:onto]`), with no clause
/// mark or quotation mark before it, "the" at most between. In the sentence ending
/// at `s_end`.
pub(super) fn onto(text: &str, cue_end: usize, s_end: usize, after: &[&Mention]) -> Option<usize> {
    let rest = text.get(cue_end..s_end.max(cue_end))?;
    let on = rest.find(" on ")?;
    let gap = &rest[..on];
    if gap.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}', '\u{2014}']) || gap.split_whitespace().count() > 8 {
        return None;
    }
    let at = cue_end + on + " on ".len();
    let m = after.iter().find(|m| m.range.start >= at)?;
    matches!(text.get(at..m.range.start)?.trim(), "" | "the").then_some(m.actor)
}

/// "the Libyan coast guard, which Italy funds and trains", "Uganda, whom Kenya
/// accuses of …", "the TTP, which Pakistan has fought": a forward or object cue
/// right after the subject of an object relative clause (",
/// which|whom [the] Y cue", two words at most between Y and the cue) has the
/// clause's antecedent, the actor right before the comma, as its object. Not "that"
/// ("Kenya warned Uganda that Tanzania funds the rebels" is a reported clause).
pub(super) fn relative_antecedent(text: &str, before: &[&Mention], cue_start: usize) -> Option<usize> {
    let [.., ante, subj] = before else { return None };
    let gap = text.get(subj.range.end..cue_start)?;
    if gap.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}']) || gap.split_whitespace().count() > 2 {
        return None;
    }
    // "… of the Taliban,” whom the department accused": a quotation may close on
    // the antecedent.
    let link = text.get(ante.range.end..subj.range.start)?.trim_end().replace(['"', '\u{201d}'], "");
    let link = link.strip_suffix(" the").unwrap_or(&link);
    (matches!(link, ", which" | ", whom") && ante.actor != subj.actor).then_some(ante.actor)
}
