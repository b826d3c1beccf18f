//! Owners before a title: "Commission President Margarethe Lindqvist",
//! "IndustriALL General Secretary Marta Lindgren", "Bavarian Premier Stefan Huber of
//! the CSU".

use crate::case::StrCase;
use super::super::builder::*;
use super::super::kb::{self, Entry};
use super::super::names::{self, Tok};
use crate::model::ActorKind;

impl Builder {
    /// "Commission President Margarethe Lindqvist", "IndustriALL General Secretary
    /// Marta Lindgren": an institution's name, an office title, then a person's name
    /// of two or more words. The person holds the office in that institution (a known
    /// actor, a bare head word the story expanded before, or a new organisation).
    /// A seat after the office ("Labour MP for Stroud") makes the chunk a title:
    /// `title_chunk` is set and no actor is returned.
    pub(in crate::extract::cast) fn owner_title_name(&mut self, para: usize, text: &str, toks: &[Tok], wt: &[usize], at: usize) -> Option<usize> {
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
            // "Universidad Mayor de San Simón", "Procuraduría General de la Nación": one
            // unknown word, an office word, then a lowercase particle is a Romance
            // institution's name (the adjective after its head), no holder.
            if p == 1 && !names::is_capitalised(first) && lex.is("loose_particle", first) && kb.lookup(span(0, 1)).is_none() && kb.is("org_heads", span(0, 1)) {
                return None;
            }
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
                                } else if p == 1 && q == 2 && self.info[a].owner.is_none() {
                                    // "the Labour MP X": the one name before a legislator's noun
                                    // is the party that elected them (`party_before`).
                                    // A party family's adjective ("Conservative MP", `[party_adjective]`)
                                    // is no name by itself: the party is "<Adjective> Party".
                                    let family = lex.is("party_adjective", &owner_text.lowercase()) && lex.is("legislator_noun", &span(1, 2).lowercase());
                                    let o = if family { Some(self.org(&format!("{owner_text} Party"), ActorKind::Organization)) } else { self.party_before(&[owner_text, span(1, 2)]) };
                                    if let Some(o) = o.filter(|&o| o != a) {
                                        self.set_owner(a, o, "member_of", para, at);
                                    }
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

    /// "the Kenya Kwanza MP for Kiambu Town": a party's name of two or three words
    /// (`party_phrase`; it may open with its state's name), a legislator's noun, then
    /// a preposition and the seat: the chunk is a title, no actor (`title_chunk`;
    /// `title_apposition` gives it and the party to its holder). Returns whether.
    pub(in crate::extract::cast) fn party_seat_title(&mut self, text: &str, toks: &[Tok], wt: &[usize]) -> bool {
        let span = |a: usize, b: usize| &text[toks[wt[a]].start..toks[wt[b - 1]].end];
        let n = wt.len();
        let lex = crate::extract::lexicon::get();
        // (the preposition at `q`, the noun before it, a seat after it)
        let seat = (3..=4).filter(|&q| q + 2 <= n).find(|&q| lex.is("legislator_noun", &span(q - 1, q).lowercase()) && lex.is("preposition", span(q, q + 1)));
        if !seat.is_some_and(|q| self.party_phrase(&(0..q).map(|k| span(k, k + 1)).collect::<Vec<_>>()).is_some()) {
            return false;
        }
        self.titles.push(span(0, n).to_string());
        self.title_chunk = true;
        true
    }

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

    /// "Kenya Kwanza MP", "Liberal Democrat MP": the words before a legislator's
    /// noun (`[legislator_noun]`) name the party that elected them when there are two
    /// or three, all capitalised, none a nationality ("the Kenyan MP") or a function
    /// word, and the whole is nothing the knowledge base knows. Its name, not yet an
    /// actor (`title_apposition` makes it one).
    pub(in crate::extract::cast) fn party_phrase(&self, title: &[&str]) -> Option<String> {
        let lex = crate::extract::lexicon::get();
        let (noun, party) = title.split_last()?;
        if !(2..=3).contains(&party.len()) || !lex.is("legislator_noun", &noun.lowercase()) {
            return None;
        }
        let plain = |w: &str| names::is_capitalised(w) && !names::is_acronym(w) && !lex.is_stop_capital(w) && !matches!(self.kb.lookup(w), Some(Entry::State(_, kb::StateForm::Demonym) | Entry::Body(_))) && self.kb.office(w).is_none();
        let name = party.join(" ");
        (party.iter().all(|w| plain(w)) && self.kb.lookup(&name).is_none()).then_some(name)
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
