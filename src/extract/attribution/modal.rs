//! Modal frames: `Under the deal, Accra would "open its ports"`. No reporting verb:
//! the quote is the predicate of a clause whose subject makes a commitment, and the
//! commitment is quoted in that party's words (an agreement's text, a pledge). Only
//! when the clause is nothing but the subject (one actor mention, a capital standing
//! for its state included) and a modal, right before the quote: "Critics fear the
//! government will "crush dissent"" quotes the critics, and is left alone.

use super::*;

/// The actor whose commitment the quote at byte `open` of paragraph `p` states, when
/// the quote directly follows `<subject> <modal>` opening a clause.
pub(super) fn speaker(f: &Finder, cast: &Cast, p: usize, open: usize) -> Option<usize> {
    let tk = &f.tks[p];
    let first_in = tk.at(open);
    let modal = first_in.checked_sub(1)?;
    if !tk.is_word(modal) || !f.lx.is("modal", tk.lower(modal)) || !tk.is_lower(modal) {
        return None;
    }
    let text = f.ctx.paras[p].text;
    // The quote continues the clause: it opens in lowercase ("would "undertake …"").
    let inner = text[open..].chars().nth(1);
    if !inner.is_some_and(char::is_lowercase) {
        return None;
    }
    // The clause: back to a comma or the sentence start.
    let sent = tk.sentence_toks(modal);
    let lo = (sent.start..modal).rev().find(|&k| tk.punct(k) == Some(',')).map_or(sent.start, |k| k + 1);
    let lo = if tk.is_word(lo) && tk.lower(lo) == "the" { lo + 1 } else { lo };
    if lo >= modal || (lo..modal).any(|k| tk.quoted[k]) {
        return None;
    }
    let (start, end) = (tk.toks[lo].start, tk.toks[modal - 1].end);
    cast.mentions_in(p, start..end).iter().find(|m| m.range.start == start && m.range.end == end).map(|m| m.actor)
}
