//! Small readers the candidate rules share: the acronym a name defines ("(IRGC)",
//! ", or TTP,"), ", known as", a given name, a chunk quoted whole, ", the main
//! opposition party" (an appositive describing an organisation), an acronym in
//! apposition, a short name blended from the name's words ("(Namcor)"), and the placing of an actor by the knowledge-base entry its name
//! opens with.

use crate::case::StrCase;
use crate::extract::cast::builder::*;
use crate::extract::cast::kb::{self, Entry};
use crate::extract::cast::names::{self, Chunk, Tok, TokKind};
use crate::model::ActorKind;

impl Builder {
    /// A name that opens with a knowledge-base entry is placed by it: "Kenyan
    /// President X" under Kenya (and Kenya is mentioned), "Hamas commander X" or "the
    /// Hamas Political Bureau" under Hamas, with `rel` (member_of for a person,
    /// part_of for an organisation).
    pub(super) fn place_by_prefix(&mut self, a: usize, prefix: Option<(Entry, usize)>, rel: &'static str, para: usize, at: usize) {
        match prefix {
            Some((Entry::State(si, _), _)) => {
                self.state(si);
                self.set_state(a, si);
            }
            Some((Entry::Body(bi), _)) => {
                let o = self.body(bi);
                self.set_owner(a, o, rel, para, at);
            }
            None => {}
        }
    }

    /// Whether the story already has a person of that name (or key form of it).
    pub(super) fn names_person(&self, name: &str) -> bool {
        kb::with_key(name, |k| self.index.get(k).copied()).is_some_and(|a| self.actors[a].kind == ActorKind::Person)
    }

    /// "(IRGC)" right after a chunk: the acronym it defines; for ", or TTP," see [`or_acronym`].
    pub(in crate::extract::cast) fn parenthesised_acronym(&self, text: &str, toks: &[Tok], at: usize) -> Option<String> {
        if toks.get(at)?.kind != TokKind::Punct('(') {
            return None;
        }
        let w = word_at(text, toks, at + 1)?;
        if toks.get(at + 2)?.kind == TokKind::Punct(')') {
            return names::is_acronym(w).then(|| w.to_string());
        }
        // "(DG NEAR)", "(UN OCHA)": two acronyms.
        let w2 = word_at(text, toks, at + 2)?;
        (toks.get(at + 3)?.kind == TokKind::Punct(')') && names::is_acronym(w) && names::is_acronym(w2)).then(|| text[toks[at + 1].start..toks[at + 2].end].to_string())
    }
}

/// Whether the tokens between `before` (the last token of a name) and `name` (the
/// first of the next) read ", [also|better|…] known as" or ", known by its/their
/// [Portuguese|French|…] acronym|initials|name": the next name is the first one's
/// alias. Not without the comma ("a front known as Taqaddum" names a new thing).
pub(super) fn known_as(text: &str, toks: &[Tok], before: usize, name: usize) -> bool {
    if !toks.get(before + 1).is_some_and(|t| t.kind == TokKind::Punct(',')) || name < before + 4 || name > before + 8 {
        return false;
    }
    // "known" opens it, after at most one adverb: without a word that may lowercase to
    // it there, no copies (a word other than "known" in any ASCII case lowercases to
    // it only if it has other characters).
    let may_be_known = |k: usize| word_at(text, toks, k).is_some_and(|w| !w.is_ascii() || w.eq_ignore_ascii_case("known"));
    if !may_be_known(before + 2) && !may_be_known(before + 3) {
        return false;
    }
    let words: Vec<String> = (before + 2..name).map(|k| word_at(text, toks, k).map(StrCase::lowercase)).collect::<Option<_>>().unwrap_or_default();
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    let w = match w.as_slice() {
        [adv, rest @ ..] if adv.ends_with("ly") || matches!(*adv, "also" | "better" | "now" | "formerly" | "often") => rest,
        all => all,
    };
    match w {
        ["known", "as"] => true,
        ["known", "by", "its" | "their", mid @ .., last] => mid.len() <= 2 && matches!(*last, "acronym" | "initials" | "abbreviation" | "name"),
        _ => false,
    }
}

/// Whether `w` is a given name of `data/given_names.txt`.
pub(in crate::extract::cast) fn given_name(w: &str) -> bool {
    let lx = crate::extract::lexicon::get();
    crate::extract::lexicon::with_lower(w, |w| lx.is("given_male", w) || lx.is("given_female", w))
}

/// Whether chunk `c` is the title opening a book review's header ("The Dry Years: A
/// Minister's Account, by Karim Bennani. Casablanca: …"): the paragraph's first
/// name (after "The"/"A"/"An" at most), closed by a colon, in a sentence that later
/// names its author (", by" and a capital). The title names no one; the author is
/// read as usual. Near miss: "Ana Ruiz: the plan, by design, …" ("by" and no name).
pub(super) fn book_header(text: &str, toks: &[Tok], c: &Chunk) -> bool {
    const REACH: usize = 24;
    let article = |k: usize| word_at(text, toks, k).is_some_and(|w| matches!(w, "The" | "A" | "An"));
    if !(c.first == 0 || c.first == 1 && article(0)) || !toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Punct(':')) {
        return false;
    }
    let end = (c.last + 2 + REACH).min(toks.len());
    (c.last + 2..end)
        .take_while(|&k| toks[k].kind != TokKind::Punct('.'))
        .any(|k| toks[k].kind == TokKind::Punct(',') && word_at(text, toks, k + 1) == Some("by") && word_at(text, toks, k + 2).is_some_and(names::is_capitalised))
}

/// Whether chunk `c` stands alone between quotation marks, past one capitalised stop
/// word after the opening mark ("“The Snake Wakes Up”") and before closing punctuation.
pub(super) fn quoted_whole(text: &str, toks: &[Tok], c: &Chunk) -> bool {
    let opening = |k: usize| matches!(toks[k].kind, TokKind::Punct('"' | '\u{201c}' | '\u{2018}' | '\''));
    let k = c.first;
    if !(k > 1 && word_at(text, toks, k - 1).is_some_and(|w| crate::extract::lexicon::get().is_stop_capital(w) && names::is_capitalised(w)) && opening(k - 2)) {
        return false;
    }
    let mut j = c.last + 1;
    while toks.get(j).is_some_and(|t| matches!(t.kind, TokKind::Punct(',' | '.' | '?' | '!'))) {
        j += 1;
    }
    toks.get(j).is_some_and(|t| matches!(t.kind, TokKind::Punct('"' | '\u{201d}' | '\u{2019}' | '\'')))
}

/// Whether chunk `c` stands inside a quotation that a work noun a few words before
/// the opening mark makes the title of a work (`[work_noun]`: "the 64-page report,
/// “Nowhere to Run: Gang Violence and the Absent State”", "a documentary titled
/// “Bitter Harvest”"): the title's words name no one. A quotation after no such
/// noun ("she said, “Ana Ruiz lied”") is not read here. Bounded windows: the marks
/// within `TITLE_REACH` tokens of the chunk, the noun within `WORK_NOUN_REACH`.
pub(super) fn in_work_title(text: &str, toks: &[Tok], lower: &crate::extract::Lowered, c: &Chunk) -> bool {
    const TITLE_REACH: usize = 16;
    const WORK_NOUN_REACH: usize = 6;
    let opening = |k: usize| matches!(toks[k].kind, TokKind::Punct('"' | '\u{201c}'));
    let closing = |k: usize| matches!(toks[k].kind, TokKind::Punct('"' | '\u{201d}'));
    let Some(open) = (c.first.saturating_sub(TITLE_REACH)..c.first).rev().take_while(|&k| !matches!(toks[k].kind, TokKind::Punct('\u{201d}' | '.' | '?' | '!'))).find(|&k| opening(k)) else {
        return false;
    };
    if !word_at(text, toks, open + 1).is_some_and(names::is_capitalised) || !(c.last + 1..(c.last + 1 + TITLE_REACH).min(toks.len())).any(closing) {
        return false;
    }
    let lx = crate::extract::lexicon::get();
    (open.saturating_sub(WORK_NOUN_REACH)..open).any(|k| toks[k].kind == TokKind::Word && lx.is("work_noun", lower.get(k)))
}

/// The assignments of the chunks before chunk `c` (those that start before it), as
/// the described-owner readers take them: a slice of `assigned`, not a copy (one
/// reader for the three rules of `appositive.rs` that need it).
pub(super) fn assigned_before<'a>(chunks: &[Chunk], assigned: &'a [Option<usize>], c: &Chunk) -> &'a [Option<usize>] {
    let mut n = 0;
    while n < chunks.len() && n < assigned.len() && chunks[n].start < c.start {
        n += 1;
    }
    &assigned[..n]
}

/// The words' initials in order inside the acronym ("FD" in "FDP").
pub(super) fn initials_within(acr: &str, words: &[&str]) -> bool {
    let mut letters = acr.chars();
    words.iter().filter_map(|w| w.chars().next()).all(|i| letters.any(|l| l == i))
}

/// "National Democratic Action (ADN)", "Revolutionary Armed Forces of Colombia
/// (FARC)": an acronym whose letters are exactly the initials of the name's
/// capitalised words in another order abbreviates the name in its own language
/// (Acción Democrática Nacional), where the adjective follows the noun. Three
/// letters at least: "Ana Ruiz (RA)" is no translation.
pub(super) fn initials_permuted(acr: &str, words: &[&str]) -> bool {
    let mut a: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
    let mut i: Vec<char> = words.iter().filter(|w| names::is_capitalised(w)).filter_map(|w| w.chars().next()).collect();
    a.sort_unstable();
    i.sort_unstable();
    a.len() >= 3 && a == i
}

/// ", or TTP," right after a name: the acronym it defines ("Tehrik-i-Taliban
/// Pakistan, or TTP, ..."). "Iran, or US officials" is no definition: the acronym
/// must close the phrase and either abbreviate the name or follow an institution's
/// name ("the Movement for Socialism, or MAS,": the Spanish initials).
///
/// Without "or" (cast29): "the Development Bank of Latin America, CAF, which",
/// "the Congolese Association for Human Rights, ACDH, said": an unknown acronym set
/// off by commas after an institution's name is its short name in the body's own
/// language, when a lowercase word other than a coordinator follows the second comma
/// (a list, "the Senate, ANC, and the FDP", or "X, ABC, Y and Z", defines nothing).
pub(super) fn or_acronym(text: &str, toks: &[Tok], at: usize, name: &str) -> Option<String> {
    if toks.get(at)?.kind != TokKind::Punct(',') {
        return None;
    }
    if word_at(text, toks, at + 1)? != "or" {
        return comma_acronym(text, toks, at, name);
    }
    let acr = word_at(text, toks, at + 2).filter(|w| names::is_acronym(w))?;
    if !toks.get(at + 3).is_none_or(|t| matches!(t.kind, TokKind::Punct(',' | '.' | ')' | ';' | ':' | '\u{2014}'))) {
        return None;
    }
    let kb = kb::get();
    let institution = name.split_whitespace().any(|w| kb.is("org_heads", w));
    (institution || crate::extract::cast::initials_match(acr, name)).then(|| acr.to_string())
}

/// ", CAF, which": `or_acronym` without "or" (see there).
fn comma_acronym(text: &str, toks: &[Tok], at: usize, name: &str) -> Option<String> {
    let acr = word_at(text, toks, at + 1).filter(|w| names::is_acronym(w) && w.chars().count() >= 2)?;
    if toks.get(at + 2)?.kind != TokKind::Punct(',') {
        return None;
    }
    let after = word_at(text, toks, at + 3)?;
    if names::is_capitalised(after) || matches!(after, "and" | "or" | "but" | "nor" | "as" | "and/or") {
        return None;
    }
    let kb = kb::get();
    if kb.lookup(acr).is_some() || !name.split_whitespace().any(|w| kb.is("org_heads", w)) || name.split_whitespace().count() < 2 {
        return None;
    }
    Some(acr.to_string())
}

/// ", the main opposition party", ", the country's largest Serb party in X": an
/// appositive whose head noun is an organisation noun (`[org_descriptions]`). The
/// noun must end the phrase: ", a party member", ", the party's leader" describe a
/// person, and ", the head of the party" stops at "of" before any such noun.
pub(super) fn described_as_org(text: &str, toks: &[Tok], at: usize) -> Option<usize> {
    if toks.get(at).is_none_or(|t| t.kind != TokKind::Punct(',')) || !word_at(text, toks, at + 1).is_some_and(|w| matches!(w, "the" | "a" | "an")) {
        return None;
    }
    let kb = kb::get();
    let lx = crate::extract::lexicon::get();
    for k in at + 2..(at + 8).min(toks.len()) {
        if toks[k].kind == TokKind::Poss {
            continue; // "the country's main party"
        }
        let w = word_at(text, toks, k)?;
        if lx.is("preposition", &w.lowercase()) || lx.is("relative", &w.lowercase()) {
            return None;
        }
        if !names::is_capitalised(w) && kb.is("org_descriptions", w) {
            // The head noun closes the phrase, or a preposition or relative follows it.
            let ends = match toks.get(k + 1) {
                None => true,
                Some(t) if t.kind == TokKind::Poss => false,
                Some(t) if matches!(t.kind, TokKind::Punct(_)) => true,
                Some(_) => word_at(text, toks, k + 1).is_some_and(|n| {
                    let n = n.lowercase();
                    lx.is("preposition", &n) || lx.is("relative", &n) || n.ends_with("ed")
                }),
            };
            return ends.then_some(k);
        }
    }
    None
}

/// "NATO's peacekeeping force, KFOR,", "its intelligence agency, the ISI,", "known
/// as SAMIM,": an acronym of three letters or more that stands in apposition names
/// a body, even with no expansion in the article. Common acronyms that name no one
/// ("the GDP,") are `[no_body_acronym]` in data/grammar_words.txt.
pub(super) fn appositive_acronym(text: &str, toks: &[Tok], c: &Chunk, full: &str) -> Option<Option<String>> {
    if c.first != c.last || !names::is_acronym(full) || full.chars().filter(|ch| ch.is_alphabetic()).count() < 3 {
        return None;
    }
    if crate::extract::lexicon::get().is("no_body_acronym", &full.lowercase()) {
        return None;
    }
    let closes = toks.get(c.last + 1).is_some_and(|t| matches!(t.kind, TokKind::Punct(',' | ')' | '\u{2014}')));
    let opens = c.first.checked_sub(1).is_some_and(|k| match toks[k].kind {
        TokKind::Punct(',' | '(' | '\u{2014}') => true,
        TokKind::Word => matches!(&text[toks[k].start..toks[k].end], "the" | "as"),
        _ => false,
    });
    if !(closes && opens) {
        return None;
    }
    // The owner: the capitalised words before the nearest possessive in the few
    // tokens before ("NATO's peacekeeping force, KFOR": NATO).
    let poss = (c.first.saturating_sub(8)..c.first).rev().find(|&k| toks[k].kind == TokKind::Poss);
    let owner = poss.and_then(|p| {
        let mut s = p;
        while s > 0 && word_at(text, toks, s - 1).is_some_and(names::is_capitalised) && p - s < 6 {
            s -= 1;
        }
        (s < p).then(|| text[toks[s].start..toks[p - 1].end].to_string())
    });
    Some(owner)
}

/// "the National Petroleum Corporation of Namibia (Namcor)", "Petróleos Mexicanos
/// (Pemex)": one capitalised word in parentheses right after an institution's name,
/// made of the openings (two letters or more each) of two or three of its words, in
/// any order, is its short name, as an acronym would be. Not a word the knowledge
/// base knows or a stop capital; "the Harbour Authority (Hamburg)" blends no words
/// of the name (a place), so it is none.
pub(super) fn blended_short_name(text: &str, toks: &[Tok], at: usize, full: &str) -> Option<String> {
    if toks.get(at)?.kind != TokKind::Punct('(') || toks.get(at + 2)?.kind != TokKind::Punct(')') {
        return None;
    }
    let w = word_at(text, toks, at + 1)?;
    let lx = crate::extract::lexicon::get();
    if !names::is_capitalised(w) || names::is_acronym(w) || w.chars().count() < 4 || lx.is_stop_capital(w) || kb::get().lookup(w).is_some() {
        return None;
    }
    let name: Vec<String> = full.split(|c: char| !c.is_alphanumeric()).filter(|x| x.len() >= 2).map(StrCase::lowercase).collect();
    let lower = w.lowercase();
    // Whether `rest` is the openings of `left` more words of the name (each used once).
    fn blend(rest: &str, name: &[String], used: u32, left: usize) -> bool {
        if rest.is_empty() {
            return used.count_ones() >= 2;
        }
        if left == 0 {
            return false;
        }
        let cut = |k: usize| rest.is_char_boundary(k);
        (2..=rest.len()).filter(|&k| cut(k)).any(|k| {
            let (head, tail) = rest.split_at(k);
            name.iter().enumerate().take(32).any(|(i, n)| used & (1 << i) == 0 && n.starts_with(head) && blend(tail, name, used | (1 << i), left - 1))
        })
    }
    blend(&lower, &name, 0, 3).then(|| w.to_string())
}

/// Whether a dateline's punctuation follows token `last` (a place in capitals opening
/// its paragraph): a dash ("SANTA CRUZ —"), or a comma and a state the knowledge base
/// knows ("SÃO LUÍS, Brazil —").
pub(super) fn dateline_after(text: &str, toks: &[Tok], last: usize) -> bool {
    match toks.get(last + 1).map(|t| &t.kind) {
        Some(TokKind::Punct('\u{2014}' | '\u{2013}' | '-')) => true,
        Some(TokKind::Punct(',')) => toks.get(last + 2).is_some_and(|t| t.kind == TokKind::Word && matches!(kb::get().lookup(&text[t.start..t.end]), Some(Entry::State(..)))),
        _ => false,
    }
}
