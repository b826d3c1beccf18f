//! Still sieve 3: a piece of writing whose author the next sentence names. `A
//! commentary in the daily X warned that the port could become "Q". Its author, Y,
//! wrote: …`: a quote whose frame's subject is an unnamed piece (`[authored_piece]`
//! of `data/grammar_words.txt`: commentary, column, op-ed) is the person the very
//! next sentence opens with as its author ("Its author, Y," / "The writer, Y,",
//! `[author_noun]`). Otherwise the piece speaks for the outlet it ran in (sieve 5).
//!
//! Cost: the first tokens of one sentence per such quote.

use super::*;

/// How far into the next sentence the author's name may end (`Its author, Khalid
/// Al-Kuwari,`).
const AUTHOR_AT: usize = 9;

/// The author of the piece described at `range` (head `head`) of paragraph `p`, when
/// the sentence after the description's names one.
pub(super) fn named_next(f: &Finder, cast: &mut Cast, p: usize, range: &Range<usize>, head: &str) -> Option<usize> {
    if !f.lx.is("authored_piece", head) {
        return None;
    }
    let tk = &f.tks[p];
    let n = tk.toks.len();
    let end = tk.sentence_toks(tk.at(range.start).min(n.saturating_sub(1))).end;
    if end >= n {
        return None;
    }
    let next = tk.sentence_toks(end);
    // "Its author, Y," / "The author, Y,": a possessive pronoun or "the", the author
    // noun, a comma, a name, a comma.
    let s = next.start;
    let opens = tk.is_word(s) && (tk.lower(s) == "the" || f.lx.is("possessive_pronoun", tk.lower(s))) && tk.is_word(s + 1) && f.lx.is("author_noun", tk.lower(s + 1)) && tk.punct(s + 2) == Some(',');
    if !opens {
        return None;
    }
    let close = (s + 3..next.end.min(s + AUTHOR_AT)).find(|&k| tk.punct(k).is_some() || tk.quoted[k]).filter(|&k| tk.punct(k) == Some(','))?;
    match f.noun_phrase(cast, p, s + 3, close)? {
        Subj::Actor(a) if cast.actors[a].kind == ActorKind::Person => Some(a),
        Subj::Name(r) => name_actor_if(f, cast, p, r, |k, _| k == ActorKind::Person),
        _ => None,
    }
}
