//! Chunk refinement before classification: "Dana Yousef of the Levant Strategy
//! Centre" is a person *of* an institution, not one institution's name; "Socialists
//! and Democrats (S&D)" is one name; in "the Amman-based Levant Strategy Centre"
//! Amman is neither the centre's state nor its owner.

use crate::case::StrCase;
use super::super::builder::*;
use super::super::kb::{self, Entry, StateForm};
use super::super::names::{self, Chunk, Tok, TokKind};
use crate::model::ActorKind;

impl Builder {
    /// Refines the name chunks of a paragraph before they are classified: joins
    /// "Socialists and Democrats (S&D)" and "Garment Workers' Unity Forum (GWUF)"
    /// (the acronym defines the whole; the chunker joins "and" only before a head
    /// word, and never across a possessive) and splits "Dana Yousef of the Levant
    /// Strategy Centre" into person and institution.
    pub(in crate::extract::cast) fn refine_chunks(&self, text: &str, toks: &[Tok], chunks: &mut Vec<Chunk>) {
        // Most paragraphs have neither construction: no allocation for them.
        let joinable = chunks.windows(2).any(|w| w[1].first == w[0].last + 2 && (toks[w[0].last + 1].kind == TokKind::Poss || matches!(word_at(text, toks, w[0].last + 1), Some("and" | "in"))));
        let splittable = chunks.iter().any(|c| c.last > c.first + 2 && (c.first + 1..c.last).any(|k| word_at(text, toks, k) == Some("of")));
        if !joinable && !splittable {
            return;
        }
        let mut out: Vec<Chunk> = Vec::with_capacity(chunks.len() + 1);
        let mut i = 0;
        while i < chunks.len() {
            let c = &chunks[i];
            if let Some(m) = self.mission_in_place(text, toks, chunks, i).or_else(|| self.church_in_state(text, toks, chunks, i)) {
                out.push(Chunk { first: c.first, last: chunks[m].last, start: c.start, end: chunks[m].end });
                i = m + 1;
                continue;
            }
            // "Socialists and Democrats (S&D)", "Garment Workers' Unity Forum (GWUF)".
            // (A chunk may end the paragraph: no token after it.)
            let poss = toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Poss);
            let glued = |n: &&Chunk| n.first == c.last + 2 && (word_at(text, toks, c.last + 1) == Some("and") || poss);
            if let Some(n) = chunks.get(i + 1).filter(glued) {
                let defined = self.parenthesised_acronym(text, toks, n.last + 1);
                // "National People's Assembly", "People's Liberation Army Navy": a
                // possessive inside an institution's name (the part before it is no
                // state, body or known person, the part after ends in a head word).
                let kb = self.kb;
                let inner = poss && {
                    let owner = c.text(text);
                    let last = &text[toks[n.last].start..toks[n.last].end];
                    let heads = kb.bit("org_heads") | kb.bit("legislatures");
                    kb.mask(last) & heads != 0
                        // (No head word in the owner: "the Bank of Ghana's Monetary Policy
                        // Committee" is the bank's committee, not one name.)
                        && (c.first..=c.last).all(|k| word_at(text, toks, k).is_none_or(|w| kb.mask(w) & heads == 0))
                        && kb.lookup(owner).is_none()
                        && !kb::with_key(owner, |k| self.index.get(k).is_some_and(|&a| self.actors[a].kind == ActorKind::Person))
                        // "Prime Minister Rui Ferraz's Democratic Alliance": an office
                        // title then a name is a person, no institution's name ("the
                        // Prime Minister's Office" is one).
                        && !{
                            let ws: Vec<&str> = owner.split_whitespace().collect();
                            (1..ws.len()).any(|m| kb.office(&ws[..m].join(" ")).is_some())
                        }
                };
                if inner || defined.is_some_and(|acr| super::super::resolve::initials_match(&acr, &text[c.start..n.end])) {
                    // "Ana Ruiz of the Workers' Party": the joined name may still be a
                    // person of the institution.
                    let joined = Chunk { first: c.first, last: n.last, start: c.start, end: n.end };
                    match self.split_person_of_org(text, toks, &joined, &chunks[..i]) {
                        Some((a, b)) => out.extend([a, b]),
                        None => out.push(joined),
                    }
                    i += 2;
                    continue;
                }
            }
            match self.split_person_of_org(text, toks, c, &chunks[..i]) {
                Some((a, b)) => {
                    out.push(a);
                    out.push(b);
                }
                None => out.push(c.clone()),
            }
            i += 1;
        }
        *chunks = out;
    }

    /// "the African Union Support and Stabilization Mission in Somalia (AUSSOM)",
    /// "the UN Assistance Mission in Afghanistan (UNAMA)": chunks joined by "and"
    /// and "in" (one "in" at least; "and" alone is read above), up to three, before
    /// a parenthesised acronym that abbreviates them all (`loose_initials`), are one
    /// name; the index of its last chunk. Near miss: "talks in Kenya (KBC)"
    /// abbreviates nothing.
    fn mission_in_place(&self, text: &str, toks: &[Tok], chunks: &[Chunk], i: usize) -> Option<usize> {
        let mut via_in = false;
        let mut m = i;
        while m + 1 < chunks.len() && m < i + 2 && chunks[m + 1].first == chunks[m].last + 2 {
            match word_at(text, toks, chunks[m].last + 1) {
                Some("in") => via_in = true,
                Some("and") => {}
                _ => break,
            }
            m += 1;
            if via_in {
                if let Some(acr) = self.parenthesised_acronym(text, toks, chunks[m].last + 1) {
                    return loose_initials(&acr, &text[chunks[i].start..chunks[m].end]).then_some(m);
                }
            }
        }
        None
    }

    /// "Amman-based", "Saudi-owned": a chunk glued by a hyphen to a participle
    /// (`prefix_participles`) describes what follows; it is no owner or state of it.
    pub(in crate::extract::cast) fn hyphen_adjective(&self, text: &str, toks: &[Tok], c: &Chunk) -> bool {
        let end = toks[c.last].end;
        text.as_bytes().get(end) == Some(&b'-') && toks.get(c.last + 1).is_some_and(|t| t.start == end + 1) && word_at(text, toks, c.last + 1).is_some_and(|w| self.kb.is("prefix_participles", w))
    }

    /// "Rasmus Kjeldsen of the Centre for European Reform": a name of two or more
    /// plain words (no institutional head, title, KB entry, place or event word),
    /// "of [the]", then an institution: a head word or a legislature's ("Ravi Menon
    /// of Congress"), an acronym ("Stefan Huber of the CSU"), a body the knowledge
    /// base knows, or a state ("Abdoulaye Diallo of Senegal": diplomatic prose names
    /// delegates by their country). The name part never holds a head word, so "Bank
    /// of England" and "Organization of American States" stay whole, and a chunk the
    /// knowledge base knows whole ("Islamic Republic of Afghanistan") is never split.
    fn split_person_of_org(&self, text: &str, toks: &[Tok], c: &Chunk, earlier: &[Chunk]) -> Option<(Chunk, Chunk)> {
        let kb = self.kb;
        let word = |k: usize| (toks[k].kind == TokKind::Word).then(|| &text[toks[k].start..toks[k].end]);
        let of = (c.first + 1..c.last).find(|&k| word(k) == Some("of"))?;
        let name: Vec<&str> = (c.first..of).filter_map(word).collect();
        if name.len() < 2 || (c.first..of).any(|k| toks[k].kind != TokKind::Word) {
            return None;
        }
        let plain = |w: &str| {
            names::is_capitalised(w)
                && !names::is_acronym(w)
                && kb.mask(w) & (kb.bit("org_heads") | kb.bit("event_words") | kb.bit("place_heads") | kb.bit("not_names") | kb.bit("honorifics")) == 0
                && kb.office(w).is_none()
                && kb.lookup(w).is_none()
        };
        // ("Lucía de la Fuente of Estudios Albahaca": a surname's lowercase particles
        // between plain words.)
        let inner = |i: usize, w: &str| i > 0 && i + 1 < name.len() && w.starts_with(char::is_lowercase) && names::surname_particle(w);
        if !name.iter().enumerate().all(|(i, w)| plain(w) || inner(i, w)) || kb.lookup(&text[toks[c.first].start..toks[of - 1].end]).is_some() || kb.lookup(&text[c.start..c.end]).is_some() {
            return None;
        }
        let mut b = of + 1;
        if word(b).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            b += 1;
        }
        if b > c.last {
            return None;
        }
        let org_text = &text[toks[b].start..c.end];
        let heads = kb.bit("org_heads") | kb.bit("legislatures");
        let acronym = b == c.last && word(b).is_some_and(names::is_acronym);
        // "Huang Shu-fen of the Liberty Times": an outlet's name (`[media_heads]`).
        let outlet = b < c.last && word(c.last).is_some_and(|w| crate::extract::lexicon::get().is("media_heads", &w.lowercase()));
        // "Lucía de la Fuente of Estudios Albahaca" after "the Madrid company Estudios
        // Albahaca": an organisation the story has already named (or a name of two
        // words or more this paragraph gave before it: its chunks are not yet read).
        let known = || {
            kb::with_key(org_text, |k| self.index.get(k).copied()).is_some_and(|a| self.actors[a].kind == ActorKind::Organization)
                || b < c.last && earlier.iter().any(|e| e.text(text) == org_text)
        };
        if !acronym && !outlet && !known() && !(b..=c.last).filter_map(word).any(|w| kb.mask(w) & heads != 0) && !matches!(kb.lookup(org_text), Some(Entry::Body(_) | Entry::State(_, StateForm::Name | StateForm::Capital))) {
            return None;
        }
        let person = Chunk { first: c.first, last: of - 1, start: c.start, end: toks[of - 1].end };
        let org = Chunk { first: b, last: c.last, start: toks[b].start, end: c.end };
        Some((person, org))
    }
}

/// Whether `acr` abbreviates `name` as a mission's acronym does: each word gives
/// its initial and up to two more of its letters in order, or nothing (two
/// capitalised words at most, "Assistance" in UNTMIS, "Stabilization Mission" in
/// AUSSOM), a lowercase word nothing or its initial; the first and the last words
/// give letters ("SOM" for Somalia). Four letters at least.
pub(in crate::extract::cast) fn loose_initials(acr: &str, name: &str) -> bool {
    let a: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_uppercase()).collect();
    let words: Vec<(Vec<char>, bool)> = name.split_whitespace().map(|w| (w.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_uppercase()).collect(), w.starts_with(char::is_uppercase))).collect();
    fn go(a: &[char], words: &[(Vec<char>, bool)], skips: usize, first: bool) -> bool {
        let Some(((w, cap), rest)) = words.split_first() else { return a.is_empty() };
        let last = rest.is_empty();
        // Give nothing: a lowercase word always, a capitalised one within the budget.
        if !first && !last && (!cap || skips > 0) && go(a, rest, skips - usize::from(*cap), false) {
            return true;
        }
        if a.first() != w.first() {
            return false;
        }
        // The initial, then up to two more letters found in order in the word.
        let (mut take, mut pos) = (1, 1);
        loop {
            if go(&a[take..], rest, skips, false) {
                return true;
            }
            if take >= 3 || take >= a.len() || !*cap {
                return false;
            }
            match w[pos..].iter().position(|&c| c == a[take]) {
                Some(p) => pos += p + 1,
                None => return false,
            }
            take += 1;
        }
    }
    a.len() >= 4 && go(&a, &words, 2, true)
}

#[cfg(test)]
mod tests {
    use super::loose_initials;

    #[test]
    fn a_mission_acronym_may_skip_words_of_its_name() {
        assert!(loose_initials("AUSSOM", "African Union Support and Stabilization Mission in Somalia"));
        assert!(loose_initials("UNTMIS", "United Nations Transitional Assistance Mission in Somalia"));
        assert!(loose_initials("UNAMA", "UN Assistance Mission in Afghanistan"));
        // Near misses: the last word (the place) must give letters; three letters are too few.
        assert!(!loose_initials("AUSSM", "African Union Support and Stabilization Mission in Somalia Today"));
        assert!(!loose_initials("NATO", "Security Council in Somalia"));
        assert!(!loose_initials("KBC", "Kenya in Burundi"));
    }
}
