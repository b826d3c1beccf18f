//! Who a cue's source is when it is not simply the nearest actor: the person a
//! subject pronoun stands for ("he accused X"), the head of a comma-closed clause
//! ("X, whose ministry oversees the police, ordered Y"), the head of an
//! appositive ("Hamas, the Iran-backed group"), a coordinated pair before a
//! mutual cue, the head and owner of a possessed appositive.

use crate::case::StrCase;
use super::cues::{cues, List};
use crate::extract::cast::names::Tok;
use crate::extract::cast::{Cast, Mention};
use crate::model::ActorKind;


/// "he accused X", "she has since accused X": a subject pronoun right before the
/// cue (past `[-:skip]` words) stands for the speaker attribution gave a quote of
/// the sentence (`speaker`), else for the subject of the sentence (or of the one
/// before) when that is a person, else for the person named last before it, here
/// or in an earlier paragraph. `k` is the cue's first word (an index into
/// `words`), `lo` the sentence's first.
#[allow(clippy::too_many_arguments)]
pub(super) fn pronoun_subject(
    text: &str,
    words: &[(usize, &str)],
    toks: &[Tok],
    k: usize,
    lo: usize,
    cast: &Cast,
    para: usize,
    speaker: Option<usize>,
    subject_before: &dyn Fn(usize) -> Option<usize>,
) -> Option<usize> {
    let mut j = k;
    for _ in 0..4 {
        if j <= lo {
            return None;
        }
        j -= 1;
        let (t, w) = words[j];
        if !in_a_row(text, words, toks, j) {
            return None;
        }
        if cues().is(List::PersonSubject, w) {
            let at = echoed_at(text, words, toks, j, lo, cast, para).unwrap_or(toks[t].start);
            let person = |a: &usize| cast.actors[*a].kind == ActorKind::Person;
            // The sentence's speaker, as attribution read its pronoun; not one whose
            // given name is of the other gender ("He said she had accused X").
            let g = crate::extract::gender::of_pronoun(w);
            let speaker = speaker.filter(|&a| !crate::extract::gender::of_name(&cast.actors[a].name).is_some_and(|n| g.is_some_and(|g| g != n)));
            return speaker.or_else(|| subject_before(at).filter(person)).or_else(|| cast.mentions_before(para, at).take(40).map(|m| m.actor).find(person));
        }
        if !cues().is(List::Skip, w) {
            return None;
        }
    }
    None
}

/// Whether word `j` runs straight into word `j + 1` (at most a space, no comma or
/// quotation mark between): only words in a row make a pronoun subject, "Hollweg,
/// he said, accused" has none. Shared with `references.rs`.
pub(super) fn in_a_row(text: &str, words: &[(usize, &str)], toks: &[Tok], j: usize) -> bool {
    let (t, next) = (words[j].0, words[j + 1].0);
    toks[t].end + 2 >= toks[next].start && !text[toks[t].end..toks[next].start].contains([',', '"', '\u{201c}', '\u{201d}'])
}

/// "He said the money was his father's, and that he would sue X": a subject
/// pronoun opening a "that" clause of a sentence opened by the same pronoun stands
/// for whom the first one does, so it is read at the sentence's start (not as the
/// person named last: "his father's" names no subject). Not when a person is named
/// in between other than as a possessor ("He said Ortega had warned that he would
/// sue X": Ortega may be the one).
fn echoed_at(text: &str, words: &[(usize, &str)], toks: &[Tok], j: usize, lo: usize, cast: &Cast, para: usize) -> Option<usize> {
    if j < lo + 2 || words[lo].1 != words[j].1 || words[j - 1].1 != "that" {
        return None;
    }
    let (start, at) = (toks[words[lo].0].start, toks[words[j].0].start);
    let named = cast.mentions_in(para, start..at).iter().any(|m| {
        cast.actors[m.actor].kind == ActorKind::Person && !text[m.range.end..].starts_with(['\'', '\u{2019}'])
    });
    (!named).then_some(start)
}

/// "X, whose ministry oversees the police, ordered Y", "Egypt, locked in a dispute
/// with Ethiopia, moved to back Somalia": when the cue follows a comma-closed clause
/// opened by a relative pronoun, an article or a participle, the source is the
/// actor named right before that clause; not when a description stands between
/// the clause and the cue ("X, the head of Y, said the union backed Z": the union).
pub(super) fn clause_head(text: &str, start: usize, cue_start: usize, before: &[&Mention], quoted: &dyn Fn(&Mention) -> bool) -> Option<usize> {
    clause_head_at(text, start, cue_start, before, quoted).map(|(a, _)| a)
}

/// [`clause_head`], with the byte offset of the clause's opening comma (where a
/// coordinated subject before it ends: `conjuncts`).
pub(super) fn clause_head_at(text: &str, start: usize, cue_start: usize, before: &[&Mention], quoted: &dyn Fn(&Mention) -> bool) -> Option<(usize, usize)> {
    let mut pre = text[start..cue_start].trim_end();
    for _ in 0..3 {
        if pre.ends_with(',') {
            break;
        }
        let (rest, last) = pre.rsplit_once(' ')?;
        // "…, a decision criticised by Kinshasa, which accuses X": the relative
        // clause is Kinshasa's, not the head of the appositive before it.
        if !last.chars().all(|c| c.is_lowercase()) || cues().is(List::Relative, last) {
            return None;
        }
        pre = rest.trim_end();
    }
    let close = start + pre.strip_suffix(',')?.len();
    // "X, the head of Y, said the union backed Z": a description named between the
    // clause and the cue is the cue's own subject, not the clause's head.
    if before.last().is_some_and(|m| m.range.start > close && !quoted(m)) {
        return None;
    }
    let open = start + text[start..close].rfind(',')?;
    let mut clause_words = text[open + 1..close].split_whitespace();
    let first = clause_words.next()?.lowercase();
    // ", long wary of Z,": a stance adjective, past one adverb (`[-:stance_adjective]`).
    let stance = cues().is(List::StanceAdjective, &first)
        || (first.bytes().all(|b| b.is_ascii_lowercase()) && clause_words.next().is_some_and(|w| cues().is(List::StanceAdjective, w)));
    // ", Ukraine's human rights commissioner," and ", 54," are appositives too.
    let possessive = first.ends_with("'s") || first.ends_with("\u{2019}s");
    let opens_clause = cues().is(List::AppositiveOpener, &first)
        || possessive
        || first.bytes().all(|b| b.is_ascii_digit())
        || stance
        || (first.len() > 4 && (first.ends_with("ed") || first.ends_with("ing")));
    if !opens_clause {
        return None;
    }
    // "Portugal and the Nordic states, long wary of …,": past a conjunct that names
    // no actor (a pair joiner, then at most four words), the actor before it.
    let conjunct = |g: &str| {
        let g = g.trim();
        g.split_once(' ').is_some_and(|(j, rest)| cues().is_lower(List::PairJoiner, j) && !rest.contains([',', ';', ':', '"', '(', ')']) && rest.split_whitespace().count() <= 4)
    };
    before
        .iter()
        .rev()
        .find(|m| m.range.end <= open && !quoted(m))
        .filter(|m| text[m.range.end..open].trim_end_matches([')', ' ']).len() <= 8 || (stance && conjunct(&text[m.range.end..open])))
        .map(|m| (m.actor, open))
}

/// ", the Iran-backed group": the actor the appositive describes, named right
/// before its opening comma.
pub(super) fn appositive_head(text: &str, start: usize, cue_start: usize, before: &[&Mention]) -> Option<usize> {
    let open = start + text[start..cue_start].rfind(',')?;
    let desc = text[open + 1..cue_start].trim_start();
    if !desc.starts_with("the ") && !desc.starts_with("an ") && !desc.starts_with("a ") {
        return None;
    }
    before.iter().rev().find(|m| m.range.end <= open).filter(|m| text[m.range.end..open].trim_end_matches([')', ' ']).len() <= 8).map(|m| m.actor)
}

/// "X and Y have been treaty allies": two actors coordinated right before the cue,
/// at most three words from it.
pub(super) fn pair_before(text: &str, before: &[&Mention], cue_start: usize) -> Option<(usize, usize)> {
    let [.., w, x, y] = before else { return two_before(text, before, cue_start) };
    // "Uzbekistan and Afghanistan's Taliban administration signed": a possessor
    // modifies the second party, which is the name after it.
    if text.get(x.range.end..y.range.start).is_some_and(|g| matches!(g, "'s " | "\u{2019}s ")) && gap_to_cue(text, y.range.end, cue_start) {
        let and = text.get(w.range.end..x.range.start).map(str::trim);
        if and.is_some_and(|a| cues().is_lower(List::PairJoiner, a)) && w.actor != y.actor && x.actor != w.actor {
            return Some((w.actor, y.actor));
        }
    }
    two_before(text, before, cue_start)
}

/// [`pair_before`] for the two mentions right before the cue.
fn two_before(text: &str, before: &[&Mention], cue_start: usize) -> Option<(usize, usize)> {
    let [.., x, y] = before else { return None };
    // "X and Y have long been close partners"; "X and Y are no longer allies" is none.
    if !gap_to_cue(text, y.range.end, cue_start) {
        return None;
    }
    // Overlapping mentions (a description inside a name) join nothing.
    let and = text.get(x.range.end..y.range.start)?.trim();
    (cues().is_lower(List::PairJoiner, and) && x.actor != y.actor).then_some((x.actor, y.actor))
}

/// "Chile, Peru and Ecuador condemned X", "The Teachers Union and the Nurses Union
/// accused X": the actors coordinated right before the cue, in text order, when
/// there are at least two (the last is the nearest actor). The list ends at a gap
/// that is no list joiner (`[-:list_joiner]`); the same gap rules as a pair's
/// before the cue (no punctuation, at most five words, no negator).
pub(super) fn list_before(text: &str, before: &[&Mention], cue_start: usize) -> Vec<usize> {
    let mut out = Vec::new();
    if pair_before(text, before, cue_start).is_none() && !serial_comma(text, before, cue_start) {
        return out;
    }
    let mut i = before.len() - 1;
    out.push(before[i].actor);
    while i > 0 {
        let (x, y) = (before[i - 1], before[i]);
        let Some(gap) = text.get(x.range.end..y.range.start) else { break };
        // "Chile, Peru and Ecuador": ", " and "and" join.
        if !cues().is_lower(List::ListJoiner, gap.trim()) || out.contains(&x.actor) {
            break;
        }
        out.push(x.actor);
        i -= 1;
    }
    out.reverse();
    out
}

/// "France, Germany, and Italy criticised X": a serial (Oxford) comma before the last
/// member, read only in a list of three or more (a comma, then ", and", between the
/// last three mentions), never as a pair: "Russia struck Ukraine, and Poland
/// condemned X" is two clauses.
fn serial_comma(text: &str, before: &[&Mention], cue_start: usize) -> bool {
    let [.., w, x, y] = before else { return false };
    let gap = |a: &Mention, b: &Mention| text.get(a.range.end..b.range.start).map(str::trim);
    gap_to_cue(text, y.range.end, cue_start)
        && matches!(gap(x, y), Some(", and" | ", and the"))
        && matches!(gap(w, x), Some("," | ", the"))
        && w.actor != x.actor
        && x.actor != y.actor
}

/// "She and Hollweg negotiated until dawn", "he and Aso would meet again": a subject
/// pronoun (`[-:person_subject]`) coordinated with the actor right before a mutual
/// cue stands for the person named last before it (in its paragraph or the one
/// before; not one whose given name is of the other gender), never that actor.
/// `at_para` is the paragraph.
pub(super) fn pronoun_pair(
    text: &str,
    before: &[&Mention],
    cue_start: usize,
    cast: &Cast,
    at_para: usize,
) -> Option<(usize, usize)> {
    let y = before.last()?;
    if !gap_to_cue(text, y.range.end, cue_start) {
        return None;
    }
    // "… she and Hollweg": the pronoun, then a pair joiner, right before the actor.
    let head = text[..y.range.start].trim_end();
    let (rest, joiner) = head.rsplit_once(' ')?;
    let rest = rest.trim_end();
    let (rest, pronoun) = rest.rsplit_once(' ').unwrap_or(("", rest));
    if !cues().is_lower(List::PairJoiner, joiner) || !cues().is(List::PersonSubject, &pronoun.lowercase()) {
        return None;
    }
    // The pronoun opens its clause: the sentence's start, or after a verb or a comma
    // ("Morimoto said he and Aso"), never after a preposition.
    if rest.split_whitespace().next_back().is_some_and(|w| crate::extract::lexicon::get().is("preposition", &w.lowercase())) {
        return None;
    }
    let at = pronoun.as_ptr() as usize - text.as_ptr() as usize;
    // The person named last ("In an interview with Corriere della Sera, Santoro
    // said: … She and Hollweg"), a given name of the other gender aside.
    let g = crate::extract::gender::of_pronoun(&pronoun.lowercase());
    let person = |a: &usize| {
        cast.actors[*a].kind == ActorKind::Person && *a != y.actor && !crate::extract::gender::of_name(&cast.actors[*a].name).is_some_and(|n| g.is_some_and(|g| g != n))
    };
    let x = cast.mentions_before(at_para, at).take_while(|m| m.para + 1 >= at_para).take(40).map(|m| m.actor).find(person)?;
    Some((x, y.actor))
}

/// Whether the words between an actor (ending at `end`) and a mutual cue leave
/// them one clause: no punctuation, at most five words, no negator ("X and Y are no
/// longer allies").
fn gap_to_cue(text: &str, end: usize, cue_start: usize) -> bool {
    let gap = &text[end..cue_start];
    !(gap.contains([',', ';', ':', '.', '"', '\u{201d}']) || gap.split_whitespace().count() > 5 || gap.split_whitespace().any(|w| cues().is_lower(List::Negator, w)))
}

/// "Turkey, Azerbaijan's closest ally, …": the owner right before the cue (a
/// possessive between), and the actor whose appositive this is.
pub(super) fn possessor(text: &str, before: &[&Mention], cue_start: usize) -> Option<(usize, usize)> {
    let [.., head, owner] = before else { return None };
    let raw = &text[owner.range.end..cue_start];
    // "Azerbaijan's closest ally", "a longtime Osmonov ally"; "X said the utility
    // had a partner" has no possessive, and the partner is no one's named here.
    let possessive = raw.starts_with(['\'', '\u{2019}']) || raw.trim().is_empty();
    let gap = raw.trim_start_matches(['\'', '\u{2019}']).trim_start_matches('s').trim();
    if !possessive {
        return None;
    }
    // "closest", "most loyal".
    if gap.split_whitespace().count() > 2 {
        return None;
    }
    let between = &text[head.range.end..owner.range.start];
    // "Turkey, Azerbaijan's closest ally", or as a predicate: "Belarus remains
    // Russia's most loyal ally", "Egypt has long been one of Sudan's backers".
    let lx = crate::extract::lexicon::get();
    let words: Vec<&str> = between.split_whitespace().collect();
    let predicate = words.len() <= 6
        && !between.contains([',', ';', ':', '.', '"', '\u{201c}', '\u{201d}'])
        && words.iter().any(|w| lx.is("copula", w))
        && !words.iter().any(|w| cues().is_lower(List::Negator, w));
    // "Jumabaev, a longtime Osmonov ally": an indefinite appositive, the owner as a
    // noun modifier (at most one adjective before it).
    let indefinite = matches!(words.as_slice(), [",", a] | [",", a, _] if lx.is("indefinite_article", &a.lowercase()));
    ((between.contains(',') && words.len() <= 2 || indefinite || predicate) && head.actor != owner.actor).then_some((head.actor, owner.actor))
}

/// "Russia's ally Belarus", "Iran and its ally Hezbollah", "Azerbaijan's rival,
/// Armenia", "X and its ally, the Y party", "Hale's lawyer, Thomas Kessler": the
/// owner right before the cue (a possessive and at most one adjective, or "and"
/// and a possessive pronoun: "its", "their", "his") and the actor named right after
/// it (a comma and "the" at most between).
pub(super) fn owner_and_named(text: &str, before: &[&Mention], after: &[&Mention], cue_start: usize, cue_end: usize) -> Option<(usize, usize)> {
    let owner = before.last()?;
    let gap = text[owner.range.end..cue_start].trim();
    // "'s" and at most one adjective ("Russia's key ally"), or "and its [key]".
    let after_s = ["'s", "\u{2019}s", "'", "\u{2019}"].iter().find_map(|s| gap.strip_prefix(s));
    let lex = crate::extract::lexicon::get();
    let possessive = after_s.is_some_and(|r| r.split_whitespace().count() <= 1) || {
        let words: Vec<&str> = gap.split_whitespace().collect();
        matches!(words.as_slice(), [a, p] | [a, p, _] if cues().is(List::PairJoiner, a) && lex.is("possessive_pronoun", p))
    };
    let named = after.first()?;
    let rest = text[cue_end..named.range.start].trim();
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    (possessive && (rest.is_empty() || rest == "the") && owner.actor != named.actor).then_some((owner.actor, named.actor))
}

/// "Saudi Arabia and the United States, co-chairs of the talks": two actors
/// coordinated right before the comma that opens the appositive cue.
pub(super) fn pair_before_comma(text: &str, before: &[&Mention], cue_start: usize) -> Option<(usize, usize)> {
    let [.., x, y] = before else { return None };
    let gap = text[y.range.end..cue_start].trim();
    let words: Vec<&str> = gap.split_whitespace().collect();
    // ", co-" or "," (the cue may start inside a hyphenated word).
    if !gap.starts_with(',') || words.len() > 2 {
        return None;
    }
    let and = text[x.range.end..y.range.start].trim();
    (cues().is_lower(List::PairJoiner, and) && x.actor != y.actor).then_some((x.actor, y.actor))
}
/// "Latvia signed the deal, a move condemned by X", "Aziz accused India, a charge
/// New Delhi dismissed": a cue inside an appositive naming an act (`[-:act_noun]`)
/// reacts to the main clause, so its other party is the actor of that clause, not the
/// actor named last. Returns the opening comma and, for an active cue, the reacting
/// actor (the mention that fills the gap between the act noun and the cue, a
/// relative pronoun at most before it); for a passive cue ("a move condemned by X")
/// the gap must be empty and the reacting actor is the agent after the cue.
pub(super) fn act_apposition(text: &str, start: usize, cue_start: usize, before: &[&Mention], passive: bool) -> Option<(usize, Option<usize>)> {
    let open = start + text[start..cue_start].rfind(',')?;
    // A closing quotation mark may follow the comma ("…in Kabul," a charge …).
    let mut rest = text[open + 1..cue_start].split_whitespace().skip_while(|w| w.chars().all(|c| matches!(c, '"' | '\u{201d}' | '\u{2019}' | '\'')));
    let article = rest.next()?;
    if !matches!(article, "a" | "the") {
        return None;
    }
    let noun = rest.next()?;
    if !cues().is_lower(List::ActNoun, noun.trim_end_matches(',')) {
        return None;
    }
    let noun_end = noun.as_ptr() as usize - text.as_ptr() as usize + noun.len();
    if passive {
        return text[noun_end..cue_start].trim().is_empty().then_some((open, None));
    }
    let agent = before.last().filter(|m| m.range.start >= noun_end)?;
    let gap = text[noun_end..agent.range.start].trim();
    let tail = text[agent.range.end..cue_start].trim();
    // "a claim the alliance rejected", "a remark that Armenian officials condemned".
    let gap_ok = gap.is_empty() || matches!(gap, "that" | "which" | "the");
    let tail_ok = tail.split_whitespace().count() <= 2 && !tail.contains([',', '"', '\u{201c}', '\u{201d}']);
    (gap_ok && tail_ok).then_some((open, Some(agent.actor)))
}

/// "The opposition accuses him of …", "voted against her.": a cue's object that is
/// a person pronoun (`[-:person_object]`) right after it is the person named last
/// before the cue (not the source), in this paragraph or the one before: the
/// reading `pronoun_subject` gives a subject pronoun. A pronoun followed by a word
/// other than a preposition is a possessive ("criticised her government").
/// "accused his colleague of …" (`peer`): a person's possessive pronoun and a peer
/// noun (`[-:peer_noun]`) read so too, past the noun.
pub(super) fn pronoun_object(text: &str, words: &[(usize, &str)], toks: &[Tok], k: usize, hi: usize, cue_end: usize, cast: &Cast, para: usize, src: usize) -> Option<usize> {
    let &(t, w) = words.get(k).filter(|_| k < hi)?;
    if !text[cue_end..toks[t].start].trim().is_empty() {
        return None;
    }
    let lx = crate::extract::lexicon::get();
    let peer = lx.is("possessive_pronoun", w)
        && lx.is("pronoun_person", w)
        && words.get(k + 1).filter(|_| k + 1 < hi).is_some_and(|&(n, noun)| text[toks[t].end..toks[n].start].trim().is_empty() && cues().is(List::PeerNoun, noun));
    if !peer && !cues().is(List::PersonObject, w) {
        return None;
    }
    let (t, k) = if peer { (words[k + 1].0, k + 1) } else { (t, k) };
    if let Some(&(n, next)) = words.get(k + 1).filter(|_| k + 1 < hi) {
        // "accused him of", "pressed her to raise …"; "criticised her government" is
        // a possessive.
        if text[toks[t].end..toks[n].start].trim().is_empty() && next != "to" && !lx.is("preposition", next) {
            return None;
        }
    }
    let at = toks[t].start;
    // "would vote against him" after "Claire Morvan … asked him": not a person whose
    // given name is of the other gender ("his colleague" is the source's: any).
    let g = if peer { None } else { crate::extract::gender::of_pronoun(w) };
    let other = |a: usize| crate::extract::gender::of_name(&cast.actors[a].name).is_some_and(|n| g.is_some_and(|g| g != n));
    cast.mentions_before(para, at)
        .take_while(|m| m.para + 1 >= para)
        .take(40)
        .map(|m| m.actor)
        .find(|&a| a != src && cast.actors[a].kind == ActorKind::Person && !other(a))
}

/// "Lim Sung-chul, a vice-president of the confederation, who describes …": the
/// person an appositive post "a|an|the NOUN(S) of|at|for (the) BODY" follows, not
/// the body, is the head of the relative clause after it (the last mention of
/// `before` is the body; at most four words of post, no other comma).
pub(super) fn post_of_head(text: &str, before: &[&Mention], cast: &Cast) -> Option<usize> {
    let [.., p, m] = before else { return None };
    let gap = text.get(p.range.end..m.range.start)?;
    let tail = text.get(m.range.end..)?.trim_start_matches([')', ' ']);
    let post = gap.strip_prefix(", ")?;
    let words: Vec<&str> = post.split_whitespace().collect();
    let ok = words.len() >= 3
        && words.len() <= 6
        && matches!(words[0], "a" | "an" | "the")
        && !post.contains([',', ';', '"', '\u{201c}'])
        && words.iter().any(|w| matches!(*w, "of" | "at" | "for"))
        && matches!(words[words.len() - 1], "of" | "at" | "for" | "the");
    (ok && tail.starts_with(", who") && cast.actors[p.actor].kind == ActorKind::Person && cast.actors[m.actor].kind != ActorKind::Person).then_some(p.actor)
}

/// "Noraini Yusof, the opposition MP who chairs …", "X, a Dutch MEP who sits in
/// Y": the gap between a person's mention and a cue after "who" is an appositive
/// post ("the|a|an", then one to five words, no other punctuation) whose relative
/// clause is the person's. Not "X met the MP who chairs Y" (no apposition) nor
/// "X, who met the MP who chairs Y" (a second clause).
pub(super) fn post_relative(gap: &str) -> bool {
    let Some(post) = [", the ", ", a ", ", an "].iter().find_map(|o| gap.strip_prefix(o)).and_then(|r| r.strip_suffix(" who ")) else { return false };
    let n = post.split_whitespace().count();
    (1..=5).contains(&n) && !post.contains([',', ';', ':', '"', '(', ')', '\u{201c}', '\u{201d}']) && !post.split_whitespace().any(|w| w == "who")
}

/// "Senator Ida Holm of the Centre Party accused X", "Diallo of Senegal backed
/// X": the person a trailing "of (the) Y" qualifies, not Y, is the agent of the
/// verb after it. `i` is the index in `before` of the mention taken as nearest;
/// the person must stand right before "of" ("the leader of the party" names no
/// person there, and "a ruling of the court" no actor).
pub(super) fn of_head(text: &str, before: &[&Mention], i: usize, cast: &Cast) -> Option<usize> {
    let (p, m) = (before.get(i.checked_sub(1)?)?, before.get(i)?);
    let gap = text.get(p.range.end..m.range.start)?;
    (matches!(gap, " of the " | " of ") && cast.actors[p.actor].kind == ActorKind::Person && cast.actors[m.actor].kind != ActorKind::Person).then_some(p.actor)
}

/// "X met Y and criticised Z", "X said … and has since accused Z", "Kessler
/// questioned Marsh for hours, pressing her on …": a verb coordinated after "and" or "but"
/// (past `[-:skip]` words), or a participle opening a phrase after a comma, shares
/// the subject of the clause before it, so the actor named last (the first verb's
/// object) is not its agent. `k` is the cue's first word (an index into `words`),
/// `lo` the sentence's first; `first` the cue's first word. A nominal cue ("and
/// criticism of Y", "and condemnation of Y": an -ion or -ism noun) coordinates no
/// verb.
pub(super) fn shares_subject(text: &str, words: &[(usize, &str)], toks: &[Tok], k: usize, lo: usize, first: &str) -> bool {
    let nominal = ["ion", "ions", "ism", "isms"].iter().any(|e| first.ends_with(e));
    if nominal || k <= lo {
        return false;
    }
    let cue_at = toks[words[k].0].start;
    // ", pressing her on": a participle right after a comma (not a closing quotation).
    if first.ends_with("ing") && text[..cue_at].trim_end().ends_with(',') {
        return true;
    }
    let mut j = k;
    for _ in 0..3 {
        if j <= lo {
            return false;
        }
        j -= 1;
        let (t, w) = words[j];
        // Words in a row, no punctuation but the comma of ", and".
        let gap = &text[toks[t].end..toks[words[j + 1].0].start];
        if !gap.trim().is_empty() {
            return false;
        }
        // "X visited the town but accused Y": "but" joins verbs as "and" does.
        if w == "and" || w == "but" {
            return true;
        }
        if !cues().is(List::Skip, w) {
            return false;
        }
    }
    false
}

/// "Hale's lawyer, Thomas Kessler, spent …": a subject named as a possessor before
/// a lowercase noun (at most three words) and a comma is the owner of the subject,
/// not the subject; the name in apposition after the comma is.
pub(super) fn possessed_appositive(text: &str, before: &[&Mention], subject: usize) -> Option<usize> {
    let i = before.iter().position(|m| m.actor == subject)?;
    let (m, n) = (before[i], before.get(i + 1)?);
    let gap = text.get(m.range.end..n.range.start)?;
    let rest = ["'s ", "\u{2019}s ", "' ", "\u{2019} "].iter().find_map(|p| gap.strip_prefix(p))?;
    let noun = rest.strip_suffix(", ")?;
    let words: Vec<&str> = noun.split_whitespace().collect();
    (!words.is_empty() && words.len() <= 3 && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-')) && n.actor != subject).then_some(n.actor)
}
