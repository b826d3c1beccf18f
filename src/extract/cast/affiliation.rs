//! Who belongs to what, from the constructions news writing uses to say it: the
//! helpers behind the membership rules of `candidates` (pass 1) and `resolve`
//! (the tree).
//!
//! - chunk refinement: "Dana Yousef of the Levant Strategy Centre" is a person
//!   *of* an institution, not one institution's name; in "the Amman-based Levant
//!   Strategy Centre" Amman is neither the centre's state nor its owner;
//! - descriptions: "the council's president" is the president of the council the
//!   story named last ("National Electoral Council"); "the group's spokesman" of the
//!   group named last;
//! - an unknown name before a member noun ("a French Renew Europe lawmaker") is an
//!   organisation, not a person;
//! - committees sit in the story's legislature.
//!
//! Every rule reads words from `data/cast_words.txt` sections, never names.

use crate::case::StrCase;
use super::builder::*;
use super::kb::{self, Entry, StateForm};
use super::names::{self, Chunk, Tok, TokKind};
use crate::model::ActorKind;

impl Builder {
    /// Refines the name chunks of a paragraph before they are classified: joins
    /// "Socialists and Democrats (S&D)" and "Garment Workers' Unity Forum (GWUF)"
    /// (the acronym defines the whole; the chunker joins "and" only before a head
    /// word, and never across a possessive) and splits "Dana Yousef of the Levant
    /// Strategy Centre" into person and institution.
    pub(super) fn refine_chunks(&self, text: &str, toks: &[Tok], chunks: &mut Vec<Chunk>) {
        // Most paragraphs have neither construction: no allocation for them.
        let joinable = chunks.windows(2).any(|w| w[1].first == w[0].last + 2 && (toks[w[0].last + 1].kind == TokKind::Poss || word_at(text, toks, w[0].last + 1) == Some("and")));
        let splittable = chunks.iter().any(|c| c.last > c.first + 2 && (c.first + 1..c.last).any(|k| word_at(text, toks, k) == Some("of")));
        if !joinable && !splittable {
            return;
        }
        let mut out: Vec<Chunk> = Vec::with_capacity(chunks.len() + 1);
        let mut i = 0;
        while i < chunks.len() {
            let c = &chunks[i];
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
                        && kb.mask(&text[toks[c.last].start..toks[c.last].end]) & heads == 0
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
                if inner || defined.is_some_and(|acr| super::resolve::initials_match(&acr, &text[c.start..n.end])) {
                    // "Ana Ruiz of the Workers' Party": the joined name may still be a
                    // person of the institution.
                    let joined = Chunk { first: c.first, last: n.last, start: c.start, end: n.end };
                    match self.split_person_of_org(text, toks, &joined) {
                        Some((a, b)) => out.extend([a, b]),
                        None => out.push(joined),
                    }
                    i += 2;
                    continue;
                }
            }
            match self.split_person_of_org(text, toks, c) {
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

    /// "Amman-based", "Saudi-owned": a chunk glued by a hyphen to a participle
    /// (`prefix_participles`) describes what follows; it is no owner or state of it.
    pub(super) fn hyphen_adjective(&self, text: &str, toks: &[Tok], c: &Chunk) -> bool {
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
    fn split_person_of_org(&self, text: &str, toks: &[Tok], c: &Chunk) -> Option<(Chunk, Chunk)> {
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
        if !name.iter().all(|w| plain(w)) || kb.lookup(&text[toks[c.first].start..toks[of - 1].end]).is_some() || kb.lookup(&text[c.start..c.end]).is_some() {
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
        if !acronym && !(b..=c.last).filter_map(word).any(|w| kb.mask(w) & heads != 0) && !matches!(kb.lookup(org_text), Some(Entry::Body(_) | Entry::State(_, StateForm::Name | StateForm::Capital))) {
            return None;
        }
        let person = Chunk { first: c.first, last: of - 1, start: c.start, end: toks[of - 1].end };
        let org = Chunk { first: b, last: c.last, start: toks[b].start, end: c.end };
        Some((person, org))
    }

    /// The organisation a lowercase description names: "the council" → the last
    /// institution named before with "Council" in its name (this paragraph's chunks
    /// first, then the whole story); a generic noun ("the group", "the movement",
    /// `org_descriptions`) → the last organisation or group of the paragraph.
    pub(super) fn described_org(&self, noun: &str, chunks_before: &[Option<usize>], not: usize) -> Option<usize> {
        let is_org = |a: usize| matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group);
        let named = |a: usize| a != not && is_org(a) && self.actors[a].name.split([' ', '-', '/']).any(|w| w.eq_ignore_ascii_case(noun));
        if !self.kb.is("org_heads", noun) && !self.kb.is("org_descriptions", noun) {
            return None;
        }
        if let Some(a) = chunks_before.iter().rev().flatten().copied().find(|&a| named(a)) {
            return Some(a);
        }
        if let Some(&a) = self.described.get(noun).filter(|&&a| a != not && is_org(a)) {
            return Some(a);
        }
        if self.kb.is("org_descriptions", noun) {
            if let Some(a) = chunks_before.iter().rev().flatten().copied().find(|&a| a != not && is_org(a) && self.info[a].is_state.is_none()) {
                return Some(a);
            }
        }
        (0..self.actors.len()).rev().find(|&a| named(a))
    }

    /// "the Berlin-based charity SeaLink Rescue", "SeaLink Rescue, a German
    /// charity,": an organisation noun (`org_descriptions`) right before the name or
    /// ending its appositive; recorded for "the charity's head of operations, X"
    /// later in the story (`described_org`).
    pub(super) fn record_description(&mut self, text: &str, toks: &[Tok], c: &Chunk, a: usize) {
        if !matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) || self.info[a].is_state.is_some() {
            return;
        }
        let noun_at = |k: usize| lower_word(text, toks, k).filter(|w| !names::is_capitalised(word_at(text, toks, k).unwrap_or("")) && self.kb.is("org_descriptions", w));
        if let Some(w) = c.first.checked_sub(1).and_then(noun_at) {
            self.described.insert(w, a);
            return;
        }
        // "The UN refugee agency, UNHCR, said": the noun before the name's comma.
        if c.first >= 2 && toks[c.first - 1].kind == TokKind::Punct(',') {
            if let Some(w) = noun_at(c.first - 2) {
                self.described.insert(w, a);
                return;
            }
        }
        // ", a German charity," / ", an armed group that ...": the noun within four
        // words of the article, followed by punctuation or a relative pronoun.
        if !toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Punct(',')) || !lower_word(text, toks, c.last + 2).is_some_and(|w| w == "a" || w == "an") {
            return;
        }
        for k in c.last + 3..(c.last + 7).min(toks.len()) {
            let Some(w) = lower_word(text, toks, k) else { return };
            if names::is_capitalised(word_at(text, toks, k).unwrap_or("")) && self.kb.lookup(word_at(text, toks, k).unwrap_or("")).is_none() {
                return;
            }
            let next_ends = toks.get(k + 1).is_none_or(|t| matches!(t.kind, TokKind::Punct(_))) || lower_word(text, toks, k + 1).is_some_and(|n| matches!(n.as_str(), "that" | "which" | "whose" | "based" | "founded"));
            if next_ends {
                if self.kb.is("org_descriptions", &w) {
                    self.described.insert(w, a);
                }
                return;
            }
        }
    }

    /// An actor first read as a person ("Renew Europe", "Asaib Ahl al-Haq") that the
    /// context shows to be an organisation: retyped, without the surname aliases
    /// `person` gave it. Only a bare name (no role, office or owner) is retyped.
    pub(super) fn as_org(&mut self, a: usize) -> bool {
        if self.actors[a].kind != ActorKind::Person {
            return matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group | ActorKind::Media);
        }
        let i = &self.info[a];
        if self.actors[a].role.is_some() || i.office.is_some() || i.owner.is_some() || !self.actors[a].name.contains(' ') {
            return false;
        }
        self.actors[a].kind = ActorKind::Organization;
        for alias in std::mem::take(&mut self.actors[a].aliases) {
            if kb::with_key(&alias, |k| self.index.get(k) == Some(&a)) {
                self.index.remove(&kb::key(&alias));
            }
        }
        true
    }

    /// The actor a chunk names, or for an unassigned lone acronym ("EPP", "RSF") an
    /// organisation of that name.
    pub(super) fn chunk_org(&mut self, text: &str, c: &Chunk, assigned: &mut [Option<usize>], ci: usize) -> Option<usize> {
        if let Some(o) = assigned[ci] {
            return Some(o);
        }
        let w = c.text(text);
        if c.first == c.last && names::is_acronym(w) && self.kb.lookup(w).is_none() {
            let o = self.org(w, ActorKind::Organization);
            assigned[ci] = Some(o);
            return Some(o);
        }
        None
    }

    /// ", chief economist at Commerzbank", ", an analyst at Capstone": one works *at*
    /// an organisation, never at a person, so a lone capitalised word there that the
    /// story and the knowledge base do not know (no state, no listed word, no given
    /// name) is an organisation's name.
    pub(super) fn chunk_org_at(&mut self, text: &str, c: &Chunk, assigned: &mut [Option<usize>], ci: usize) -> Option<usize> {
        if let Some(o) = self.chunk_org(text, c, assigned, ci) {
            return Some(o);
        }
        let w = c.text(text);
        if c.first != c.last || !super::candidates::lone_unknown(self, w) {
            return None;
        }
        let o = self.org(w, ActorKind::Organization);
        assigned[ci] = Some(o);
        Some(o)
    }

    /// "Iraq's foreign ministry" after a state chunk: the ministry institution
    /// (`lowercase_ministry` names it the same way when it reads the state chunk).
    pub(super) fn possessive_ministry(&mut self, text: &str, toks: &[Tok], c: &Chunk, si: usize) -> Option<usize> {
        let k = c.last + 1;
        if toks.get(k)?.kind != TokKind::Poss {
            return None;
        }
        let (port, min) = (word_at(text, toks, k + 1)?, word_at(text, toks, k + 2)?);
        if min != "ministry" || names::is_capitalised(port) || !self.kb.is("ministry_portfolios", port) {
            return None;
        }
        let o = self.org(&format!("{}'s {} Ministry", c.text(text), title_case(port)), ActorKind::Organization);
        self.state(si);
        self.set_state(o, si);
        Some(o)
    }

    /// The rest of a chunk after a state prefix ("French Renew Europe") when it is
    /// a KB body: the body, the demonym being an adjective.
    pub(super) fn body_after_demonym(&mut self, rest: &str) -> Option<usize> {
        match self.kb.lookup(rest)? {
            Entry::Body(bi) => Some(self.body(bi)),
            Entry::State(..) => None,
        }
    }

    /// "Commission President Margarethe Lindqvist", "IndustriALL General Secretary
    /// Marta Lindgren": an institution's name, an office title, then a person's name
    /// of two or more words. The person holds the office in that institution (a known
    /// actor, a bare head word the story expanded before, or a new organisation).
    /// A seat after the office ("Labour MP for Stroud") makes the chunk a title:
    /// `title_chunk` is set and no actor is returned.
    pub(super) fn owner_title_name(&mut self, para: usize, text: &str, toks: &[Tok], wt: &[usize], at: usize) -> Option<usize> {
        let kb = self.kb;
        let span = |a: usize, b: usize| &text[toks[wt[a]].start..toks[wt[b - 1]].end];
        let n = wt.len();
        let lex = crate::extract::lexicon::get();
        for p in 1..n.saturating_sub(2) {
            let w = span(p - 1, p);
            let acronym = names::is_acronym(w);
            if (!acronym && lex.is_stop_capital(w)) || kb.office(w).is_some() || kb.is("honorifics", w) || matches!(kb.lookup(w), Some(Entry::State(..))) {
                return None;
            }
            let Some((office, q)) = (1..=kb.office_max_words.min(n - p)).rev().find_map(|m| kb.office(span(p, p + m)).map(|o| (o, p + m))) else {
                continue;
            };
            if office.kind == kb::OfficeKind::Rank || n - q < 2 {
                return None;
            }
            // "the Labour MP for Stroud", "a Green councillor for Northfield": a
            // preposition after the office opens its seat or remit, no person's name;
            // the whole chunk is a title (`title_apposition` gives it to the holder).
            let first = span(q, q + 1);
            if !names::is_capitalised(first) && lex.is("preposition", first) {
                self.titles.push(span(0, n).to_string());
                self.title_chunk = true;
                return None;
            }
            // "Bavarian Premier Stefan Huber of the CSU": the name ends before "of
            // [the]" and an institution (an acronym, a head word, a KB body), which
            // the person belongs to; "of Bavaria" (a state) is the person's state.
            let (nend, of_org) = match (q + 2..n.saturating_sub(1)).find(|&k| span(k, k + 1) == "of") {
                Some(k) => {
                    let b = if span(k + 1, k + 2).eq_ignore_ascii_case("the") { k + 2 } else { k + 1 };
                    let org = (b < n).then(|| span(b, n)).filter(|o| {
                        let heads = kb.bit("org_heads") | kb.bit("legislatures");
                        (b + 1 == n && names::is_acronym(o)) || o.split_whitespace().any(|w| kb.mask(w) & heads != 0) || kb.lookup(o).is_some()
                    });
                    match org {
                        Some(o) => (k, Some(o)),
                        None => (n, None),
                    }
                }
                None => (n, None),
            };
            let owner_text = span(0, p);
            let owner = match kb::with_key(owner_text, |k| self.index.get(k).copied()) {
                Some(o) if self.actors[o].kind == ActorKind::Person || self.info[o].is_state.is_some() => return None,
                Some(o) => o,
                None => match kb.lookup(owner_text) {
                    Some(Entry::Body(bi)) => self.body(bi),
                    Some(Entry::State(..)) => return None,
                    None => {
                        // A bare head word the story expanded before ("Commission"), or the
                        // first words of an organisation it named ("IndustriALL").
                        let ends = (p == 1).then(|| kb.bare_head(&owner_text.lowercase())).flatten();
                        let is_org = |x: usize| self.actors[x].kind == ActorKind::Organization && self.actors[x].name != owner_text;
                        let found = (0..self.actors.len()).find(|&x| {
                            is_org(x)
                                && (ends.is_some_and(|ends| ends.iter().any(|e| self.actors[x].name.ends_with(e)))
                                    || self.actors[x].name.strip_prefix(owner_text).is_some_and(|r| r.starts_with(' ')))
                        });
                        match found {
                            Some(o) => {
                                self.alias(o, owner_text);
                                o
                            }
                            // "Party president X", "Company spokeswoman X": a lone
                            // description noun capitalised as part of the title names
                            // no new institution but the one the story described last
                            // (`paragraph` resolves it, `described_owner`).
                            None if p == 1 && !acronym && kb.is("org_descriptions", &owner_text.lowercase()) => {
                                let lead = (p..q).any(|k| kb.is("leader_nouns", span(k, k + 1)));
                                let a = self.titled_person(para, at, span(0, q), span(q, n), span(0, n), office.kind);
                                self.described_owner = Some((owner_text.lowercase(), lead));
                                return Some(a);
                            }
                            // An acronym or a name with a head word: a new institution.
                            None if (p == 1 && acronym) || (0..p).any(|k| kb.is("org_heads", span(k, k + 1))) => self.org(owner_text, ActorKind::Organization),
                            // "Labour Minister X", "Opposition Leader X": the whole is the title.
                            None => {
                                let a = self.titled_person(para, at, span(0, q), span(q, nend), span(0, nend), office.kind);
                                if let Some(o) = of_org {
                                    self.of_institution(a, o, para, at);
                                }
                                return Some(a);
                            }
                        }
                    }
                },
            };
            let name = span(q, nend);
            let a = self.person(name);
            self.alias(a, span(0, nend));
            if self.actors[a].role.is_none() {
                self.actors[a].role = Some(format!("{owner_text} {}", office.display()));
            }
            self.set_office(a, office.kind);
            self.info[a].site.get_or_insert((para, at));
            let title_words: Vec<&str> = (p..q).map(|k| span(k, k + 1)).collect();
            let lead = title_words.iter().any(|w| kb.is("leader_nouns", w)) || office.title() == "secretary-general";
            self.set_owner(a, owner, if lead { "leads" } else { "member_of" }, para, at);
            return Some(a);
        }
        None
    }

    /// "Esteban Valladares of the opposition National Party", "Dana Yousef of the
    /// Levant Strategy Centre", "Bola Tinubu of Nigeria": the person right before
    /// "of [the] [two lowercase words]" belongs to the institution (or state) after.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn of_owner(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], of: usize, a: usize) {
        let mut j = of + 1;
        if lower_word(text, toks, j).as_deref() == Some("the") {
            j += 1;
        }
        let limit = (j + 3).min(toks.len());
        while j < limit {
            if let Some(oc) = chunks.binary_search_by_key(&j, |x| x.first).ok() {
                if self.hyphen_adjective(text, toks, &chunks[oc]) {
                    return;
                }
                let Some(o) = self.chunk_org(text, &chunks[oc], assigned, oc) else { return };
                if let Some(si) = self.info[o].is_state {
                    // "of the Chișinău think tank Expert-Grup": a state or capital
                    // qualifying an organisation noun, then the organisation's name.
                    let mut t = chunks[oc].last + 1;
                    while t < toks.len() && t <= chunks[oc].last + 3 && word_at(text, toks, t).is_some_and(|w| !names::is_capitalised(w) && !ARTICLES.contains(&w) && !self.kb.is("role_stops", w)) {
                        t += 1;
                    }
                    let described = t > chunks[oc].last + 1 && lower_word(text, toks, t - 1).is_some_and(|w| self.kb.is("org_descriptions", &w));
                    let named = described.then(|| chunks.binary_search_by_key(&t, |x| x.first).ok()).flatten().and_then(|nc| self.chunk_org(text, &chunks[nc], assigned, nc).map(|n| (n, nc)));
                    if let Some((n, nc)) = named.filter(|&(n, _)| n != a && self.info[n].is_state.is_none() && matches!(self.actors[n].kind, ActorKind::Organization | ActorKind::Group)) {
                        if self.info[a].owner.is_none() {
                            self.set_owner(a, n, "member_of", para, chunks[nc].start);
                        }
                        return;
                    }
                    self.set_state(a, si);
                } else if matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) && self.info[a].owner.is_none() {
                    self.set_owner(a, o, "member_of", para, chunks[oc].start);
                }
                return;
            }
            match lower_word(text, toks, j) {
                Some(w) if !names::is_capitalised(&w) && !self.kb.is("role_stops", &w) && !ARTICLES.contains(&w.as_str()) => j += 1,
                _ => return,
            }
        }
    }
}

impl Builder {
    /// An organisation's appositive naming what it is part of: ", the Parliament's
    /// second-largest group", ", a faction of the Popular Mobilization Forces", ", a
    /// unit of the police" (a description of an institution named before).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn org_apposition(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], c: &Chunk, a: usize) {
        let kb = self.kb;
        let mut k = c.last + 1;
        if toks.get(k).is_some_and(|t| t.kind == TokKind::Punct('(')) && toks.get(k + 2).is_some_and(|t| t.kind == TokKind::Punct(')')) {
            k += 3; // "The Socialists and Democrats (S&D), the ..."
        }
        if !toks.get(k).is_some_and(|t| t.kind == TokKind::Punct(',')) || !word_at(text, toks, k + 1).is_some_and(|w| ARTICLES.iter().any(|a| w.eq_ignore_ascii_case(a))) {
            return;
        }
        let limit = (k + 10).min(toks.len());
        let mut j = k + 2;
        // The owner: a chunk with a possessive, or the chunk after "part noun of [the]".
        let mut owner: Option<(usize, usize)> = None;
        let mut part_of = false;
        while j < limit {
            if let Some(oc) = chunks.binary_search_by_key(&j, |x| x.first).ok() {
                let poss = toks.get(chunks[oc].last + 1).is_some_and(|t| t.kind == TokKind::Poss);
                if self.hyphen_adjective(text, toks, &chunks[oc]) {
                    j = chunks[oc].last + 2;
                    continue;
                }
                // "the largest FARC dissident faction": a name before the noun too.
                if part_of || poss || owner.is_none() {
                    if let Some(o) = self.chunk_org(text, &chunks[oc], assigned, oc) {
                        // ", the elite unit of the Cameroonian army": the state's army.
                        let force = self.info[o].is_state.filter(|_| part_of).and_then(|si| self.lowercase_force(text, toks, &chunks[oc], si, true));
                        owner = Some((force.unwrap_or(o), chunks[oc].start));
                    }
                    if part_of {
                        break;
                    }
                    j = chunks[oc].last + if poss { 2 } else { 1 };
                    continue;
                }
                return;
            }
            let Some(w) = lower_word(text, toks, j) else { return };
            if part_of && w != "the" && !names::is_capitalised(&w) {
                // ", a unit of the police": the police institution named before.
                let before: Vec<Option<usize>> = chunks.iter().zip(assigned.iter()).take_while(|(x, _)| x.start < c.start).map(|(_, o)| *o).collect();
                owner = self.described_org(&w, &before, a).map(|o| (o, toks[j].start));
                break;
            }
            if w == "of" && j > k + 2 && lower_word(text, toks, j - 1).is_some_and(|p| kb.is("part_nouns", &p)) {
                part_of = true;
            } else if part_of && w == "the" {
            } else if owner.is_some() && (kb.is("org_descriptions", &w) || kb.is("part_nouns", &w)) {
                break; // "the Parliament's second-largest group"
            } else if names::is_capitalised(&w) || kb.is("role_stops", &w) || part_of {
                return;
            }
            j += 1;
        }
        let Some((o, at)) = owner.filter(|&(o, _)| o != a) else { return };
        if let Some(si) = self.info[o].is_state {
            self.set_state(a, si);
        } else if matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) {
            self.set_owner(a, o, "part_of", para, at);
        }
    }
}

impl Builder {
    /// Pass 4, before the tree: owners that no construction stated but the story
    /// implies. Linear in the actors plus one walk over the (sorted) mentions.
    /// - A committee ("Committee on Legal Affairs") sits in the story's legislature
    ///   (the most mentioned organisation with a legislature head word).
    /// - A spokesperson or aide with neither owner nor state ("chief spokesperson X"
    ///   after "The Commission insists ...") speaks for the organisation named last
    ///   before them in their paragraph.
    /// - A minister sits in the ministry of the same portfolio and state that the
    ///   story names ("Home Minister X" in the "Home Ministry": the KB says a home
    ///   minister is an interior minister).
    pub(super) fn tree_owners(&mut self, counts: &[usize], home_state: Option<usize>) {
        let kb = self.kb;
        let n = self.actors.len();
        let is_org = |b: &Self, o: usize| b.actors[o].kind == ActorKind::Organization && b.info[o].is_state.is_none();
        let last_word = |name: &str| name.rsplit(' ').next().unwrap_or(name).to_string();
        let legislature = (0..n).filter(|&o| is_org(self, o) && kb.is("legislatures", &last_word(&self.actors[o].name))).max_by_key(|&o| counts[o]);
        // Ministries by the office their portfolio names ("Home Ministry" → interior minister).
        let mut ministries: Vec<(usize, &'static str)> = Vec::new();
        for o in 0..n {
            if !is_org(self, o) {
                continue;
            }
            let name = &self.actors[o].name;
            if let Some(l) = legislature.filter(|&l| l != o && self.info[o].owner.is_none() && self.info[o].body.is_none()) {
                if name.split(' ').any(|w| kb.is("chamber_parts", w)) && !kb.is("legislatures", &last_word(name)) {
                    self.info[o].owner = Some((l, "part_of", 0, 0));
                }
            }
            if !name.contains("inistry") {
                continue; // the two constructions below are "X Ministry" and "Ministry of X"
            }
            let lower = name.lowercase();
            let portfolio = lower.strip_prefix("ministry of ").map(|p| p.trim_start_matches("the ").to_string()).or_else(|| {
                let p = lower.strip_suffix(" ministry")?;
                Some(p.rsplit(' ').next()?.to_string())
            });
            let office = portfolio.and_then(|p| kb.office(&format!("{p} minister")).or_else(|| kb.office(&format!("minister of {p}"))));
            if let Some(off) = office.filter(|o| o.kind == kb::OfficeKind::Minister) {
                ministries.push((o, off.title()));
            }
        }
        let mut last_org: Vec<Option<usize>> = vec![None; n];
        let mut seen = vec![false; n];
        let (mut para, mut latest) = (usize::MAX, None);
        // The holders of an office by title, the last mentioned (this paragraph or
        // the one before): "The government of President X ... presidential
        // spokesman Y said" — Y serves X.
        let lex = crate::extract::lexicon::get();
        let mut holders: Vec<(&'static str, usize, usize)> = Vec::new();
        for m in &self.mentions {
            if m.para != para {
                (para, latest) = (m.para, None);
            }
            if !seen[m.actor] {
                seen[m.actor] = true;
                last_org[m.actor] = latest;
                let role = self.actors[m.actor].role.as_deref().unwrap_or("").lowercase();
                if let Some((adj, _)) = role.split_once(' ').filter(|(adj, noun)| lex.is("office_adjectives", adj) && kb.is("staff_nouns", noun)) {
                    let holder = holders.iter().rev().find(|(t, _, p)| adj.starts_with(t) && p + 1 >= m.para).map(|h| h.1);
                    if let Some(h) = holder.filter(|&h| h != m.actor && self.info[m.actor].owner.is_none()) {
                        self.info[m.actor].owner = Some((h, "member_of", 0, 0));
                    }
                }
            }
            if is_org(self, m.actor) {
                latest = Some(m.actor);
            }
            if self.actors[m.actor].kind == ActorKind::Person {
                if let Some(o) = self.actors[m.actor].role.as_deref().and_then(|r| kb.office(&r.lowercase())) {
                    // A short window (the last few holders) keeps the walk linear.
                    holders.retain(|h| h.1 != m.actor);
                    if holders.len() == 8 {
                        holders.remove(0);
                    }
                    holders.push((o.title(), m.actor, m.para));
                }
            }
        }
        for a in 0..n {
            if self.actors[a].kind != ActorKind::Person || self.info[a].owner.is_some() {
                continue;
            }
            let role = self.actors[a].role.clone().unwrap_or_default().lowercase();
            if self.info[a].state.is_none() && role.rsplit(' ').next().is_some_and(|w| kb.is("staff_nouns", w)) {
                if let Some(o) = last_org[a] {
                    self.info[a].owner = Some((o, "member_of", 0, 0));
                    continue;
                }
            }
            // "The Conservatives … Harriet Dunmore, the shadow schools minister": an
            // opposition office (`[opposition_office]` of data/grammar_words.txt) is
            // held in the party named last before in the paragraph, not the state.
            if role.split(' ').next().is_some_and(|w| lex.is("opposition_office", w)) {
                if let Some(o) = last_org[a] {
                    self.info[a].owner = Some((o, "member_of", 0, 0));
                    continue;
                }
            }
            if self.info[a].office == Some(kb::OfficeKind::Minister) {
                let title = kb.office(&role).map(|o| o.title());
                let state = self.info[a].state.or(home_state);
                let found = ministries.iter().find(|&&(o, t)| Some(t) == title && self.org_state(o).or(home_state) == state);
                if let Some(&(o, _)) = found {
                    self.info[a].owner = Some((o, "leads", 0, 0));
                }
            }
        }
    }
}

impl Builder {
    /// Pass 4, after the parents: a holder of a state office whose parent is not
    /// that state ("Foreign Minister X" in the foreign ministry the story names,
    /// "Prime Minister Y" at the head of a party) still leads or serves the state;
    /// the tree only implies it, the reader is told. The role must be the office
    /// title alone (not "Commission President"), of a head of government or a
    /// minister (a "president" under an institution presides over it).
    pub(super) fn office_state_links(&mut self, home_state: Option<usize>) {
        let kb = self.kb;
        // Who already has a link to a state, once (a lookup per actor stays linear).
        let mut stated = vec![false; self.actors.len()];
        for l in &self.links {
            if self.info[l.target].is_state.is_some() {
                stated[l.source] = true;
            }
        }
        for a in 0..self.actors.len() {
            let Some(office) = self.actors[a].role.as_deref().and_then(|r| kb.office(&r.lowercase())) else { continue };
            let lead = match office.kind {
                kb::OfficeKind::Head | kb::OfficeKind::Government => "leads",
                kb::OfficeKind::Minister => "member_of",
                _ => continue,
            };
            let Some(si) = self.info[a].state.or(home_state) else { continue };
            let Some(&st) = self.state_actor.get(&si) else { continue };
            let Some(p) = self.actors[a].parent.filter(|&p| p != st) else { continue };
            if self.info[p].is_state.is_some() || self.actors[p].kind == ActorKind::Person || stated[a] {
                continue;
            }
            // Under an institution: one of that state, or of no known state when the
            // person's state is the article's own ("Defense Secretary X" of Manila's
            // defence department is no U.S. official though the title is American).
            // A head of state under an institution heads that institution; under an
            // international body of the KB ("European Council President X") a
            // president presides over the body, not a state.
            let same = office.kind != kb::OfficeKind::Head
                && self.info[p].body.is_none()
                && match self.org_state(p) {
                    Some(ps) => ps == si,
                    None => Some(si) == home_state,
                };
            if same {
                let (para, at) = self.info[a].site.unwrap_or((0, 0));
                self.links.push(super::Link { source: a, target: st, kind: lead, para, at });
            }
        }
    }

    /// The owner "its"/"their" at byte `at` refers to: the subject (first fitting
    /// chunk) of its sentence, or of the sentence before when the pronoun opens one
    /// ("The S&D will vote against. Its leader, X"); else the organisation named
    /// last before chunk `ci`. States fit only when `state_ok` (an office: "Its
    /// president").
    pub(super) fn pronoun_owner(&self, text: &str, chunks: &[Chunk], toks: &[Tok], assigned: &[Option<usize>], ci: usize, at: usize, state_ok: bool) -> Option<usize> {
        let org = |x: usize| assigned[x].is_some_and(|o| matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group));
        let fits = |x: usize| org(x) || assigned[x].is_some_and(|o| self.info[o].is_state.is_some() && state_ok);
        let here = self.sentences.partition_point(|s| s.end <= at);
        let opens = self.sentences.get(here).is_some_and(|s| text[s.start..at].trim().is_empty());
        let scope = if opens { here.checked_sub(1).and_then(|i| self.sentences.get(i)) } else { self.sentences.get(here) }.cloned();
        // In that sentence an organisation before a state ("Ukraine's intelligence
        // agency, known as HUR, said ... Its chief"), and never a state that only
        // modifies what follows it ("Ukraine's").
        let modifier = |x: usize| toks.get(chunks[x].last + 1).is_some_and(|t| t.kind == TokKind::Poss);
        let in_scope = |x: usize| scope.as_ref().is_some_and(|r| chunks[x].start >= r.start && chunks[x].start < r.end);
        // "NATO's peacekeeping force, KFOR, has ... Its commander": the possessor
        // only qualifies the subject; the organisation in apposition is the subject.
        (0..ci)
            .find(|&x| in_scope(x) && org(x) && !modifier(x))
            .or_else(|| (0..ci).find(|&x| in_scope(x) && org(x)))
            .or_else(|| (0..ci).find(|&x| in_scope(x) && fits(x) && !modifier(x)))
            .or_else(|| (ci.saturating_sub(super::candidates::PRONOUN_REACH)..ci).rev().find(|&x| fits(x)))
    }

    /// "Credito Lombardo, Italy's third-largest lender, said ... Its chief executive,
    /// X": the subject opening the sentence before the pronoun (or the pronoun's own
    /// sentence), read as a person's name (two words or more, no given name first, no
    /// role), is an organisation: "its" stands for no person. Returns it.
    pub(super) fn its_subject(&mut self, text: &str, chunks: &[Chunk], assigned: &[Option<usize>], at: usize) -> Option<usize> {
        let here = self.sentences.partition_point(|s| s.end <= at);
        let opens = self.sentences.get(here).is_some_and(|s| text[s.start..at].trim().is_empty());
        let scope = if opens { here.checked_sub(1).and_then(|i| self.sentences.get(i)) } else { self.sentences.get(here) }?.clone();
        let lead = text[scope.start..].len() - text[scope.start..].trim_start().len();
        let x = chunks.iter().position(|c| c.start == scope.start + lead)?;
        let a = assigned[x]?;
        let first = self.actors[a].name.split_whitespace().next().unwrap_or("");
        if self.actors[a].kind != ActorKind::Person || super::candidates::given_name(first) {
            return None;
        }
        self.as_org(a).then_some(a)
    }

    /// "When X took over Ghana's finance ministry", "X, who runs Kenya's interior
    /// ministry": a person who leads a state's ministry is a minister of that state
    /// (in the tree, under its head of government like any minister).
    pub(super) fn runs_ministry(&mut self, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], c: &Chunk, a: usize) {
        let mut k = c.last + 1;
        if toks.get(k).is_some_and(|t| t.kind == TokKind::Punct(',')) && lower_word(text, toks, k + 1).as_deref() == Some("who") {
            k += 2;
        }
        let verb = lower_word(text, toks, k);
        let over = matches!(verb.as_deref(), Some("took" | "takes" | "taken")) && lower_word(text, toks, k + 1).as_deref() == Some("over");
        if !over && !verb.is_some_and(|w| self.kb.is("leader_verbs", &w) && !matches!(w.as_str(), "founded" | "chaired" | "chairs")) {
            return;
        }
        let s = k + 1 + usize::from(over);
        let Some(sc) = chunks.iter().position(|x| x.first == s) else { return };
        let Some(si) = assigned[sc].and_then(|o| self.info[o].is_state) else { return };
        if !toks.get(chunks[sc].last + 1).is_some_and(|t| t.kind == TokKind::Poss) {
            return;
        }
        let ministry = (chunks[sc].last + 2..chunks[sc].last + 5).map_while(|j| word_at(text, toks, j).filter(|w| !names::is_capitalised(w))).position(|w| w == "ministry");
        if ministry.is_some_and(|i| i > 0) {
            self.set_office(a, kb::OfficeKind::Minister);
            self.set_state(a, si);
        }
    }

    /// "The party saw it differently. Its secretary-general, X": when the pronoun
    /// finds no name, a sentence whose subject is a description ("the party", "the
    /// ministry") names the organisation that description stands for
    /// (`described_org`). The sentence is the pronoun's own, or the one before when
    /// the pronoun opens its sentence, as in `pronoun_owner`.
    pub(super) fn described_subject(&self, text: &str, assigned: &[Option<usize>], ci: usize, at: usize) -> Option<usize> {
        let here = self.sentences.partition_point(|s| s.end <= at);
        let opens = self.sentences.get(here).is_some_and(|s| text[s.start..at].trim().is_empty());
        let scope = if opens { here.checked_sub(1).and_then(|i| self.sentences.get(i)) } else { self.sentences.get(here) }?;
        let mut words = text[scope.clone()].split_whitespace();
        if !words.next()?.eq_ignore_ascii_case("the") {
            return None;
        }
        let noun = words.next()?.trim_end_matches([',', '.', ';', ':']);
        if !noun.starts_with(char::is_lowercase) {
            return None;
        }
        // The paragraph before counts too, before this one's chunks.
        let before: Vec<Option<usize>> = self.prev_assigned.iter().chain(&assigned[..ci]).copied().collect();
        self.described_org(noun, &before, usize::MAX)
    }
}

impl Builder {
    /// "The ELN's negotiating team, led by Pablo Beltrán, ...", "The OAS mission,
    /// led by former foreign minister X": the person leads the organisation named
    /// (possibly with a lowercase description after it) before ", led by", or the
    /// subject of "is led by", "has been headed by".
    #[allow(clippy::too_many_arguments)]
    pub(super) fn led_by(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], ci: usize, c: &Chunk, a: usize) {
        let kb = self.kb;
        // Back over the person's lowercase role words ("former foreign minister"), a
        // demonym among them ("former Costa Rican foreign minister").
        let mut k = c.first;
        let mut words = 0;
        while k > 0 && words < 6 {
            if word_at(text, toks, k - 1).is_some_and(|w| !names::is_capitalised(w) && w != "by") {
                k -= 1;
            } else if let Some(sc) = chunks[..ci].binary_search_by_key(&(k - 1), |x| x.last).ok().filter(|&sc| assigned[sc].is_some_and(|s| self.info[s].is_state.is_some())) {
                k = chunks[sc].first;
            } else {
                break;
            }
            words += 1;
        }
        if k < 3 || word_at(text, toks, k - 1) != Some("by") || !word_at(text, toks, k - 2).is_some_and(|w| kb.is("leader_verbs", w)) {
            return;
        }
        if toks[k - 3].kind != TokKind::Punct(',') {
            // "The Volta Front is led by X", "The union has been headed by X since
            // 2019": a passive whose subject, right before its auxiliaries, is the
            // organisation.
            let lex = crate::extract::lexicon::get();
            let mut t = k - 2;
            while t > 0 && k - 2 - t < 3 && lower_word(text, toks, t - 1).is_some_and(|w| lex.is("auxiliary", &w)) {
                t -= 1;
            }
            if t == k - 2 || t == 0 {
                return;
            }
            if let Some(oc) = chunks[..ci].binary_search_by_key(&(t - 1), |x| x.last).ok() {
                if let Some(o) = self.chunk_org(text, &chunks[oc], assigned, oc).filter(|&o| matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group)) {
                    self.set_owner(a, o, "leads", para, chunks[oc].start);
                }
                return;
            }
            // "The Houthi side is led by X", "the Iranian delegation is headed by X": a
            // party's noun (`[led_part]` of data/grammar_words.txt, after at most one
            // other lowercase word: "negotiating team") after a name: X leads that
            // party of the organisation (a member of it), or of the state.
            let mut s = t - 1;
            while s > 0 && t - 1 - s < 2 && word_at(text, toks, s).is_some_and(|w| !names::is_capitalised(w) && !ARTICLES.contains(&w) && !kb.is("role_stops", w)) {
                s -= 1;
            }
            let noun = lower_word(text, toks, t - 1).filter(|w| lex.is("led_part", w));
            if let (Some(_), Some(oc)) = (noun.filter(|_| s < t - 1), chunks[..ci].binary_search_by_key(&s, |x| x.last).ok()) {
                match self.chunk_org(text, &chunks[oc], assigned, oc) {
                    Some(o) if self.info[o].is_state.is_some() => self.set_state(a, self.info[o].is_state.unwrap_or_default()),
                    Some(o) if o != a && matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) => self.set_owner(a, o, "member_of", para, chunks[oc].start),
                    _ => {}
                }
            }
            return;
        }
        // Back from the comma over a lowercase description and a possessive to the name.
        let mut t = k - 3;
        let mut steps = 0;
        while t > 0 && steps < 5 {
            t -= 1;
            steps += 1;
            if toks[t].kind == TokKind::Poss || toks[t].kind == TokKind::Punct(')') || toks[t].kind == TokKind::Punct('(') {
                continue;
            }
            if let Some(oc) = chunks[..ci].binary_search_by_key(&t, |x| x.last).ok() {
                // "the Akwaya Lions, led by ...": a bare name first read as a person
                // is an organisation (a person is not led).
                if let Some(o) = self.chunk_org(text, &chunks[oc], assigned, oc).filter(|&o| o != a && self.as_org(o)) {
                    self.set_owner(a, o, "leads", para, chunks[oc].start);
                }
                return;
            }
            if !lower_word(text, toks, t).is_some_and(|w| !names::is_capitalised(&w)) && !(toks[t].kind == TokKind::Word && names::is_acronym(&text[toks[t].start..toks[t].end])) {
                return;
            }
        }
    }
}

/// (see `look_back`)
impl Builder {
    /// "The U.S. envoy for the Caucasus, Karen Whitlock", "the French ambassador to
    /// Mali, X": an office held for a state abroad (`posted_offices`), its remit
    /// after a preposition, then the name in apposition (`comma` is the comma's
    /// token). The remit ("the Caucasus") is where the person serves, never whom:
    /// the person belongs to the state named before the office (a demonym, a name,
    /// a possessive), or to the organisation whose possessive it follows ("the
    /// African Union's special envoy for the Horn, X"). Returns whether the
    /// construction was read.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn posted_office(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], comma: usize, a: usize) -> bool {
        let kb = self.kb;
        let lex = crate::extract::lexicon::get();
        // Back over the remit: at most two lowercase nouns at its end ("the
        // Belgrade–Pristina dialogue", "the peace process"), then capitalised words
        // ("the Great Lakes", "the Horn of Africa"), "the", and the dashes of a
        // compound name.
        let mut t = comma;
        while t > 0 && comma - t < 2 && word_at(text, toks, t - 1).is_some_and(|w| !names::is_capitalised(w) && !ARTICLES.contains(&w) && !kb.is("role_stops", w) && !lex.is("remit_preposition", w) && !kb.is("posted_offices", w)) {
            t -= 1;
        }
        while t > 0 && comma - t < 8 && (word_at(text, toks, t - 1).is_some_and(|w| names::is_capitalised(w) || w == "the" || (w == "of" && word_at(text, toks, t).is_some_and(names::is_capitalised))) || matches!(toks[t - 1].kind, TokKind::Punct('-' | '\u{2013}'))) {
            t -= 1;
        }
        if t == comma {
            return false;
        }
        if t < 2 || !lower_word(text, toks, t - 1).is_some_and(|w| lex.is("remit_preposition", &w)) {
            return false;
        }
        // The office: up to three lowercase words before the preposition.
        let end = t - 1;
        let mut s = end;
        while s > 0 && end - s < 3 && word_at(text, toks, s - 1).is_some_and(|w| !names::is_capitalised(w) && !ARTICLES.contains(&w) && !kb.is("role_stops", w)) {
            s -= 1;
        }
        if s == end || !lower_word(text, toks, end - 1).is_some_and(|w| kb.is("posted_offices", &w)) {
            return false;
        }
        // The state right before it ("U.S. envoy", "France's ambassador"), or an
        // organisation's possessive ("the African Union's special envoy").
        let poss = s > 0 && toks[s - 1].kind == TokKind::Poss;
        let Some(st) = s.checked_sub(if poss { 2 } else { 1 }) else { return false };
        let Some(o) = chunks.binary_search_by_key(&st, |x| x.last).ok().and_then(|x| assigned[x]) else { return false };
        match self.info[o].is_state {
            Some(si) => self.set_state(a, si),
            None if poss && matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) => self.set_owner(a, o, "member_of", para, toks[s].start),
            None => return false,
        }
        self.set_office(a, kb::OfficeKind::Official);
        if self.actors[a].role.is_none() {
            let office: Vec<String> = (s..end).filter_map(|k| lower_word(text, toks, k)).collect();
            self.actors[a].role = Some(title_case(&office.join(" ")));
        }
        true
    }
}

/// (see `look_back`: appositive roles whose owner is no name before them)
impl Builder {
    /// ", a spokesman for the front, X", "the head of the union, X": a role noun,
    /// "for|of the", a description noun, the comma: the person belongs to (or leads)
    /// the organisation the description names (`described_org`). `k` is the first
    /// token of the role words the caller read back from the comma (here the noun).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn described_remit(&mut self, para: usize, text: &str, toks: &[Tok], assigned: &[Option<usize>], ci: usize, k: usize, role_words: &[String], a: usize) -> bool {
        let kb = self.kb;
        let [noun] = role_words else { return false };
        if k < 3 || lower_word(text, toks, k - 1).as_deref() != Some("the") || !lower_word(text, toks, k - 2).is_some_and(|w| crate::extract::lexicon::get().is("preposition", &w)) {
            return false;
        }
        let Some(role) = lower_word(text, toks, k - 3) else { return false };
        let leader = kb.is("leader_nouns", &role);
        if !leader && !kb.is("member_nouns", &role) {
            return false;
        }
        let Some(o) = self.described_org(noun, &assigned[..ci], a) else { return false };
        self.set_owner(a, o, if leader { "leads" } else { "member_of" }, para, toks[k].start);
        if self.actors[a].role.is_none() {
            self.actors[a].role = Some(title_case(&role));
        }
        true
    }

    /// "Foreign Minister X and his deputy, Y", "X runs the front. His deputy, Y":
    /// a person possessive before a role noun: the person named last before it in
    /// the paragraph is the antecedent, and Y is that person's staff (under them,
    /// so under their organisation or state too). `pronoun` is the possessive.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn antecedents_staff(&mut self, para: usize, at: usize, pronoun: &str, role_words: &[String], assigned: &[Option<usize>], ci: usize, a: usize) -> bool {
        let kb = self.kb;
        if !crate::extract::lexicon::get().is("pronoun_person", pronoun) || !role_words.iter().any(|w| kb.is("leader_nouns", w) || kb.is("member_nouns", w)) {
            return false;
        }
        let Some(p) = assigned[..ci].iter().rev().flatten().copied().find(|&p| p != a && self.actors[p].kind == ActorKind::Person) else { return false };
        // Under the antecedent, whose own place (the organisation it leads, its
        // state) is then Y's too.
        self.set_owner(a, p, "member_of", para, at);
        // And a member of the organisation the antecedent leads or belongs to (a
        // relation the reader sees; the tree already implies it).
        if let Some((o, ..)) = self.info[p].owner.filter(|&(o, ..)| self.actors[o].kind != ActorKind::Person) {
            self.links.push(super::Link { source: a, target: o, kind: "member_of", para, at });
        }
        if self.actors[a].role.is_none() {
            self.actors[a].role = Some(title_case(&role_words.join(" ")));
        }
        true
    }
}

/// (see `context` and `look_back`: a description noun inside the role)
impl Builder {
    /// "NATO's peacekeeping force, KFOR", "the army's media wing, X": an appositive
    /// whose role ends in an organisation noun (`part_nouns`, `org_descriptions`)
    /// after an owner's possessive (a name, or a description "the army"): the named
    /// actor is an organisation (a bare name first read as a person is retyped),
    /// part of the owner. `c` is the named chunk.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn possessed_part(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], ci: usize, c: &Chunk, a: usize) -> bool {
        let kb = self.kb;
        // ", the Manyu Command,": the name may open with "the" after the comma.
        let the = c.first >= 2 && word_at(text, toks, c.first - 1).is_some_and(|w| w == "the");
        let first = c.first - usize::from(the);
        if first < 3 || toks[first - 1].kind != TokKind::Punct(',') || self.info[a].owner.is_some() {
            return false;
        }
        // Back over the role's lowercase words to the possessive.
        let end = first - 1;
        let mut k = end;
        let pronoun = |w: &str| matches!(w, "its" | "Its" | "their" | "Their");
        while k > 0 && end - k < 3 && word_at(text, toks, k - 1).is_some_and(|w| !names::is_capitalised(w) && !ARTICLES.contains(&w) && !pronoun(w)) {
            k -= 1;
        }
        // "The ARA is less united than its name suggests. Its main body, the Manyu
        // Command,": the organisation the pronoun stands for.
        // Only a pronoun opening the sentence ("For their part, IRGC leaders" is an
        // idiom, no part of anyone).
        let opens = k < 2 || matches!(toks[k - 2].kind, TokKind::Punct('.' | '"' | '\u{201c}' | '?' | '!' | ':'));
        let its = k >= 1 && opens && word_at(text, toks, k - 1).is_some_and(|w| matches!(w, "Its" | "Their"));
        if k == end || k < 2 || (toks[k - 1].kind != TokKind::Poss && !its) || !lower_word(text, toks, end - 1).is_some_and(|w| kb.is("part_nouns", &w) || kb.is("org_descriptions", &w)) {
            return false;
        }
        let owner_tok = k - 2;
        let o = if its {
            self.pronoun_owner(text, chunks, toks, assigned, ci, toks[k - 1].start, false).and_then(|x| assigned[x])
        } else {
            match chunks[..ci].binary_search_by_key(&owner_tok, |x| x.last).ok() {
                Some(oc) => assigned[oc],
                None => match (lower_word(text, toks, owner_tok), owner_tok.checked_sub(1).and_then(|t| lower_word(text, toks, t)).as_deref()) {
                    (Some(noun), Some("the")) => self.described_org(&noun, &assigned[..ci], a),
                    _ => None,
                },
            }
        };
        let is_org = |b: &Self, o: usize| matches!(b.actors[o].kind, ActorKind::Organization | ActorKind::Group) || b.info[o].is_state.is_some();
        let Some(o) = o.filter(|&o| o != a && is_org(self, o)) else { return false };
        if self.actors[a].kind == ActorKind::Person && !self.as_org(a) {
            return false;
        }
        if !matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) {
            return false;
        }
        if let Some(si) = self.info[o].is_state {
            self.set_state(a, si);
        } else {
            self.set_owner(a, o, "part_of", para, toks[k].start);
        }
        true
    }

    /// "the army chief, General X", "the party leader, X": a leader or member noun
    /// after a description noun: the person leads (or belongs to) the organisation
    /// the description names (`described_org`). `k` is the first role token. The
    /// article may be left out where the phrase opens its clause, as wire copy does
    /// after a quote ("“…,” ministry spokesman X told reporters").
    pub(super) fn described_role(&mut self, para: usize, text: &str, toks: &[Tok], assigned: &[Option<usize>], ci: usize, k: usize, role_words: &[String], leader: bool, a: usize) -> bool {
        let opens_clause = k == 0 || matches!(toks[k - 1].kind, TokKind::Punct(_));
        if role_words.len() < 2 || !(opens_clause || lower_word(text, toks, k - 1).is_some_and(|w| ARTICLES.contains(&w.as_str()))) {
            return false;
        }
        let Some(o) = self.described_org(&role_words[0], &assigned[..ci], a) else { return false };
        self.set_owner(a, o, if leader { "leads" } else { "member_of" }, para, toks[k].start);
        true
    }
}

/// (see `context`)
impl Builder {
    /// "the centre-right Comunidad Ciudadana bloc", "the Wagner group": a bare
    /// name first read as a person, after "the" (and at most two lowercase words)
    /// and before an organisation noun (`org_descriptions`), names an organisation.
    pub(super) fn named_before_org_noun(&mut self, text: &str, toks: &[Tok], c: &Chunk, a: usize) {
        if self.actors[a].kind != ActorKind::Person || !lower_word(text, toks, c.last + 1).is_some_and(|w| self.kb.is("org_descriptions", &w) && !names::is_capitalised(word_at(text, toks, c.last + 1).unwrap_or(""))) {
            return;
        }
        let mut k = c.first;
        while k > 0 && c.first - k < 2 && word_at(text, toks, k - 1).is_some_and(|w| !names::is_capitalised(w) && w != "the") {
            k -= 1;
        }
        if k > 0 && word_at(text, toks, k - 1).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            self.as_org(a);
        }
    }
}

/// (see `owner_title_name`)
impl Builder {
    /// "... Stefan Huber of the CSU": the person belongs to the institution named
    /// after "of" (a KB entry, else an organisation of that name), or to the state.
    fn of_institution(&mut self, a: usize, org: &str, para: usize, at: usize) {
        let o = match self.kb.lookup(org) {
            Some(e) => self.entry(e),
            None => self.org(org, ActorKind::Organization),
        };
        match self.info[o].is_state {
            Some(si) => self.set_state(a, si),
            None if o != a => self.set_owner(a, o, "member_of", para, at),
            None => {}
        }
    }

    /// A person introduced by a title the KB does not list whole ("Labour Minister").
    fn titled_person(&mut self, para: usize, at: usize, title: &str, name: &str, full: &str, kind: kb::OfficeKind) -> usize {
        let a = self.person(name);
        self.alias(a, full);
        if self.actors[a].role.is_none() {
            self.actors[a].role = Some(title.to_string());
        }
        self.set_office(a, kind);
        self.info[a].site.get_or_insert((para, at));
        a
    }
}

/// The word at token `k`, lowercased (any case), or `None` for punctuation.
pub(super) fn lower_word(text: &str, toks: &[Tok], k: usize) -> Option<String> {
    word_at(text, toks, k).map(StrCase::lowercase)
}

impl Builder {
    /// A KB body named by a generic alias that leaves out its parent ("Security
    /// Council" for the UN Security Council, "General Assembly") while the story has
    /// named neither that parent nor another body under it, in a story that names a
    /// state: states have councils and assemblies of the same name ("Tokoev addressed
    /// a meeting of the Security Council"), so it is a national institution (placed
    /// like any unowned one, under its paragraph's or the home state). After "the UN
    /// said ..." the same words are the UN's body.
    pub(super) fn national_namesake(&self, bi: usize, surface: &str) -> bool {
        let kb = self.kb;
        // Only a generic alias, the body's name less its parent's ("Security Council"
        // of "UN Security Council"); a body's own name ("Kataib Hezbollah") is no namesake.
        let canon = kb.bodies[bi].name().lowercase();
        let said = surface.trim().lowercase();
        let said = said.strip_prefix("the ").unwrap_or(&said);
        if canon == said || !canon.ends_with(&format!(" {said}")) {
            return false;
        }
        let Some(pb) = kb.bodies[bi].parents().find_map(|p| kb.body_by_name(p)) else { return false };
        if self.state_actor.keys().next().is_none() {
            return false;
        }
        let parent = kb.bodies[pb].name();
        let under_parent = |b: usize| b == pb || b == bi || kb.bodies[b].parents().any(|p| p == parent);
        if self.body_actor.keys().any(under_parent) {
            return false;
        }
        // "UN Security Council", "U.N. Security Council": the surface names the parent.
        let words: Vec<String> = surface.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.').to_ascii_lowercase()).collect();
        let names_parent = kb.body_keys(pb).any(|k| {
            let k = k.trim_end_matches('.');
            words.iter().any(|w| w.trim_end_matches('.') == k) || (k.contains(' ') && surface.to_ascii_lowercase().contains(k))
        });
        !names_parent && surface.split_whitespace().count() >= 2
    }
}

/// (see `look_back`: a possessive pronoun's role with its remit)
impl Builder {
    /// "Its general secretary in charge of Uttar Pradesh, X", "Its representative in
    /// the talks, X": "its"/"their", a role of at most three lowercase words with a
    /// leader, member or office noun, then its remit (a preposition and at most five
    /// words, no punctuation) up to the appositive's comma (token `comma`). The person
    /// belongs to (or leads) what the pronoun stands for, as in "Its president, X"
    /// (the chunk `pronoun_owner` finds, else `described_subject`). Returns whether
    /// it was read.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn pronoun_remit(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], ci: usize, comma: usize, a: usize) -> bool {
        let kb = self.kb;
        let mut t = comma;
        while t > 1 && comma - t < 6 {
            t -= 1;
            let Some(w) = word_at(text, toks, t) else { return false };
            if !matches!(w, "in" | "for" | "on" | "at") || t + 1 == comma {
                continue;
            }
            // The role before the preposition, then the pronoun.
            let mut s = t;
            while s > 0 && t - s < 3 && word_at(text, toks, s - 1).is_some_and(|w| !names::is_capitalised(w) && !ARTICLES.contains(&w) && !kb.is("role_stops", w) && !matches!(w, "its" | "their")) {
                s -= 1;
            }
            if s == t || s == 0 || !word_at(text, toks, s - 1).is_some_and(|w| matches!(w, "Its" | "its" | "Their" | "their")) {
                continue;
            }
            let role: Vec<String> = (s..t).filter_map(|k| lower_word(text, toks, k)).collect();
            let leader = role.iter().any(|w| kb.is("leader_nouns", w));
            let office = kb.office(&role.join(" ")).is_some();
            if !leader && !office && !role.iter().any(|w| kb.is("member_nouns", w) || kb.is("office_nouns", w)) {
                return false;
            }
            let at = toks[s - 1].start;
            if word_at(text, toks, s - 1).is_some_and(|w| w.eq_ignore_ascii_case("its")) {
                self.its_subject(text, chunks, assigned, at);
            }
            let Some(o) = self.pronoun_owner(text, chunks, toks, assigned, ci, at, leader || office).and_then(|x| assigned[x]).or_else(|| self.described_subject(text, assigned, ci, at)).filter(|&o| o != a) else { return false };
            match self.info[o].is_state {
                Some(si) => self.set_state(a, si),
                None if matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) => self.set_owner(a, o, if leader { "leads" } else { "member_of" }, para, at),
                None => return false,
            }
            if self.actors[a].role.is_none() {
                self.actors[a].role = Some(title_case(&role.join(" ")));
            }
            return true;
        }
        false
    }
}

/// (see `speaks_for`)
impl Builder {
    /// "For Fidesz, parliamentary group leader Bence Halmos said …", "Speaking for the
    /// Christian Democratic People's Party (KDNP), Fidesz's partner in government,
    /// Márta Szalay-Kovács said …": the opening adverbial names the organisation the
    /// person speaks for, of which the person is a member (a debate summary's or a
    /// round-up's way of naming a party's speaker). The person must follow the
    /// adverbial's comma, after at most a few lowercase role words; between the
    /// organisation and that comma only its acronym in parentheses or one apposition
    /// without a verb may stand ("For Fidesz, the vote was a test, Halmos said" is no
    /// such adverbial). Only when nothing placed the person before.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn speaks_for(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], ci: usize, c: &Chunk, a: usize) {
        if self.info[a].owner.is_some() || self.actors[a].kind != ActorKind::Person {
            return;
        }
        let lex = crate::extract::lexicon::get();
        // Back over lowercase role words to the comma.
        let mut k = c.first;
        while k > 0 && c.first - k < SPEAKS_FOR_ROLE_WORDS && word_at(text, toks, k - 1).is_some_and(|w| !names::is_capitalised(w)) {
            k -= 1;
        }
        if k == 0 || toks[k - 1].kind != TokKind::Punct(',') {
            return;
        }
        // Back to "For" / "Speaking for" opening the sentence, within a bounded window.
        let sentence_end = |t: usize| matches!(toks[t].kind, TokKind::Punct('.' | '!' | '?' | ':' | ';' | '"' | '\u{201c}'));
        let lo = k.saturating_sub(SPEAKS_FOR_WINDOW);
        let Some(f) = (lo..k - 1).rev().take_while(|&t| !sentence_end(t)).find(|&t| lower_word(text, toks, t).as_deref() == Some("for")) else { return };
        let opens = |t: usize| t == 0 || sentence_end(t - 1);
        let lead = if opens(f) { true } else { f >= 1 && lower_word(text, toks, f - 1).as_deref() == Some("speaking") && opens(f - 1) };
        if !lead {
            return;
        }
        let mut o = f + 1;
        if lower_word(text, toks, o).as_deref() == Some("the") {
            o += 1;
        }
        let Some(oc) = super::candidates::starting_at(&chunks[..ci], o) else { return };
        let Some(org) = self.chunk_org(text, &chunks[oc], assigned, oc).filter(|&x| x != a && matches!(self.actors[x].kind, ActorKind::Organization | ActorKind::Group) && self.info[x].is_state.is_none()) else { return };
        // Between the organisation and the comma: "(KDNP)" and one verbless apposition.
        let mut t = chunks[oc].last + 1;
        if toks.get(t).is_some_and(|x| x.kind == TokKind::Punct('(')) {
            match (t + 1..(t + 4).min(k)).find(|&r| toks[r].kind == TokKind::Punct(')')) {
                Some(r) => t = r + 1,
                None => return,
            }
        }
        if t + 1 < k && toks[t].kind == TokKind::Punct(',') {
            let verbless = (t + 1..k - 1).all(|r| toks[r].kind != TokKind::Punct(',') && lower_word(text, toks, r).is_none_or(|w| !lex.is("auxiliary", &w) && lex.speech_verb(&w).is_none()));
            if !verbless || k - 1 - t > SPEAKS_FOR_WINDOW / 2 {
                return;
            }
            t = k - 1;
        }
        if t != k - 1 {
            return;
        }
        self.set_owner(a, org, "member_of", para, chunks[oc].start);
    }
}

/// How many lowercase role words may stand between "For X," and the name.
const SPEAKS_FOR_ROLE_WORDS: usize = 4;
/// How many tokens back from the name "For" may stand.
const SPEAKS_FOR_WINDOW: usize = 20;
