//! "The India-Pakistan rivalry", "the Hamas-Israel truce", "the Franco-German
//! alliance": two actors joined by a hyphen before a noun that relates a pair. The
//! noun is one whose "<noun> between" is a `[*:pair]` cue of `data/relations.txt`
//! ("rivalry between", "truce between", "alliance between"), and the relation is
//! that cue's kind. Each half is an actor of the cast named by its name or an alias
//! ("Hamas"), a state's surface form in the knowledge base ("German", "Indian"), or a
//! combining form (`[-:combining_form]`: "Franco" → France, "Sino" → China).
//!
//! Deliberately not read: a compound whose half names no actor the story already
//! holds (this creates no actor: "the North-South expressway", "the Sino-Soviet
//! split", a double-barrelled surname "Osei-Bonsu"), a noun that is no pair cue
//! ("the Iraqi-Syrian border", "Russian-made jets"), a lowercase tail ("US-brokered",
//! read by the cue's own `prefixed` agent), and one half twice ("the Serb-Serb talks").
use super::cues::{cues, Family, List};
use super::evidence::clip;
use super::Found;
use crate::extract::cast::names::Tok;
use crate::extract::cast::kb::{self, Entry};
use crate::case::StrCase;
use crate::extract::cast::Cast;
use std::ops::Range;

/// The relations of "the X-Y <noun>" in sentence `s` of a paragraph's `text`, whose
/// words (token index, lowercase form) from `lo` to `hi` are `words`.
pub(super) fn pairs(text: &str, s: &Range<usize>, words: &[(usize, &str)], toks: &[Tok], lo: usize, hi: usize, cast: &Cast, para: usize, out: &mut Vec<Found>) {
    let c = cues();
    for &(i, w) in &words[lo..hi] {
        let (start, end) = (toks[i].start, toks[i].end);
        // The noun: "<w> between" a pair cue.
        let Some(cue) = c.starting_with(w).iter().find(|q| q.family == Family::Pair && q.words.len() == 2 && q.words[1] == "between") else { continue };
        // The chunk right before it, one space away: "India-Pakistan".
        let Some(head) = text.get(s.start..start).and_then(|h| h.strip_suffix(' ')) else { continue };
        let chunk = &head[head.rfind(char::is_whitespace).map_or(0, |i| i + 1)..];
        let chunk = chunk.trim_start_matches(['"', '\u{201c}', '(', '\'', '\u{2018}']);
        let Some((a, b)) = chunk.split_once(['-', '\u{2013}']) else { continue };
        if !a.starts_with(char::is_uppercase) || !b.starts_with(char::is_uppercase) || b.contains(['-', '\u{2013}']) {
            continue;
        }
        let (Some(x), Some(y)) = (half(a, cast), half(b, cast)) else { continue };
        if x == y {
            continue;
        }
        let at = start - chunk.len() - 1;
        let sentence = clip(text, s.clone(), at, end);
        out.push(Found { source: x, target: y, kind: cue.kind, para, sentence });
    }
}

/// The cast's actor one half of a hyphenated pair names.
fn half(h: &str, cast: &Cast) -> Option<usize> {
    if let Some(a) = cast.lookup(h) {
        return Some(a);
    }
    let kb = kb::get();
    let state = match kb.lookup(h) {
        Some(Entry::State(si, _)) => kb.states[si].name(),
        // "Franco" → "franco france": the state's name after the form.
        _ => {
            let lower = h.lowercase();
            let list = cues().list(List::CombiningForm);
            let i = list.partition_point(|e| *e < lower.as_str());
            let e = list.get(i)?.strip_prefix(lower.as_str())?.strip_prefix(' ')?;
            return cast.lookup(e);
        }
    };
    cast.lookup(state)
}
