//! Titles: "Supreme Leader Ali Khamenei", "Treasury Cabinet Secretary X", "Mayor X
//! of San Isidro", "the Secretary-General of the United Nations" (a title and its
//! complement, no name), "the Majority Leader" (a title alone, given to its holder
//! in apposition by `title_apposition`), "a Labour MP" (the party before a
//! legislator's noun).

use crate::case::StrCase;
use crate::extract::cast::builder::*;
use crate::extract::cast::kb::{self, Entry, Kb, OfficeKind, StateForm};
use crate::extract::cast::names::{self, Chunk, Tok, TokKind};
use crate::model::ActorKind;
use super::classify::{Rest, Seen};
use super::helpers::*;

impl Builder {
    /// "Amir Haddad", "Sultan Qaboos": a title that is also a given name
    /// (`data/given_names.txt`), then one name word, is a full name; only a second
    /// title or a longer name ("Amir Tamim bin Hamad") makes it a title.
    pub(super) fn title_that_is_a_given_name(&mut self, v: &Seen, titles: &[&'static kb::Office], i: usize, n0: usize) -> Option<Option<usize>> {
        let Seen { full, words, .. } = *v;
        if titles.len() == 1 && n0 == 0 && i == 1 && words.len() == 2 && !names::is_acronym(words[1]) && {
            let lx = crate::extract::lexicon::get();
            let g = words[0].lowercase();
            lx.is("given_male", &g) || lx.is("given_female", &g)
        } {
            return Some(Some(self.person(full)));
        }
        None
    }

    /// Titles of the knowledge base, then a name: "Supreme Leader Ali Khamenei",
    /// "Saudi Foreign Minister Prince Faisal bin Farhan" (the role is the titles up
    /// to the first rank or honorific); a title alone is no actor.
    pub(super) fn person_of_titles(&mut self, v: &Seen, r: &Rest, titles: &[&'static kb::Office], mut i: usize) -> Option<usize> {
        let Seen { words, .. } = *v;
        let Rest { n0, .. } = *r;
        let span = |a: usize, b: usize| v.span(a, b);
        // The role: the titles up to the first rank or honorific ("Foreign Minister Prince").
        let role: Vec<String> = titles.iter().take_while(|o| o.kind != OfficeKind::Rank).map(|o| o.display()).collect();
        let role = if role.is_empty() { titles.iter().filter(|o| o.kind != OfficeKind::Rank).map(|o| o.display()).collect() } else { role };
        if i == words.len() {
            if !role.is_empty() && n0 == 0 {
                self.titles.push(role.join(" "));
                self.title_chunk = true;
            }
            return None;
        }
        // "High Commissioner for Peace Otty Patiño": the title's complement runs to
        // the name, taken as the last two words (and the particles before them).
        let mut role = role;
        let connector = matches!(words[i], "of" | "for" | "on" | "and" | "the");
        decided!(self.title_opens_org_name(v, r, i, connector));
        // "Deputy Agriculture Minister X": a KB title ("Deputy") before a portfolio
        // title the KB does not list whole, then a name: the title runs on to the
        // title noun (`titled_name`), the name is what follows.
        if !connector {
            if let Some((t, s)) = titled_name(&words[i..]).filter(|&(t, s)| s == t + 1 && words[i..=i + t].iter().all(|w| names::is_capitalised(w))) {
                if let Some(last) = role.last_mut() {
                    *last = format!("{last} {}", span(i, i + t + 1));
                }
                i += s;
            }
        }
        // Where the name would start: the last two words (and the particles before).
        let mut s = words.len().saturating_sub(2);
        while s > i + 2 && !names::is_capitalised(words[s - 1]) {
            s -= 1;
        }
        decided!(self.title_and_complement(v, r, &role, i, s, connector));
        if connector {
            if let Some(last) = role.last_mut() {
                *last = format!("{last} {}", span(i, s));
            }
            i = s;
        }
        Some(self.person_with_title(v, r, titles, &role, i))
    }

    /// "General Motors", "Major League Baseball", "the Vietnam General Confederation
    /// of Labour": a title word opening an
    /// organisation's name (a head word after it, or a company's last word)
    /// is no title, and the whole name is the organisation.
    /// Only the words before a complement ("Chancellor X of the Social
    /// Democrats" is a person), and never across a possessive ("Prime Minister
    /// X's Democratic Alliance"); never when a given name follows the title
    /// ("Senator Frank Church": a person whose surname is a head word).
    fn title_opens_org_name(&mut self, v: &Seen, r: &Rest, i: usize, connector: bool) -> Option<Option<usize>> {
        let Seen { toks, c, full, words, .. } = *v;
        let Rest { n0, masks, .. } = *r;
        let kb = self.kb;
        let lx = crate::extract::lexicon::get();
        let end = (i..words.len()).find(|&k| matches!(words[k], "of" | "for" | "the" | "and")).unwrap_or(words.len());
        let poss = toks[c.first..=c.last].iter().any(|t| t.kind == TokKind::Poss);
        let org_tail = masks[i - n0..end - n0].iter().any(|m| m & kb.bit("org_heads") != 0) || (end == words.len() && lx.is("industry_word", &words[end - 1].lowercase()));
        // "the Vietnam General Confederation of Labour": a state's name may open it,
        // and places it.
        let state_opens = matches!(r.prefix, Some((Entry::State(..), _)));
        if !connector && !poss && org_tail && (n0 == 0 || state_opens) && !given_name(words[i]) {
            let a = self.org(full, ActorKind::Organization);
            if state_opens {
                self.place_by_prefix(a, r.prefix, "part_of", v.para, v.c.start);
            }
            return Some(Some(a));
        }
        None
    }

    /// "The Archbishop of Lima, X", "the Secretary-General of the United Nations,
    /// X", "the Minister of Economy and Finance, X": a title and its complement,
    /// no name (the name, if any, is in apposition). A state or body the
    /// complement names is that actor.
    fn title_and_complement(&mut self, v: &Seen, r: &Rest, role: &[String], i: usize, s: usize, connector: bool) -> Option<Option<usize>> {
        let Seen { words, .. } = *v;
        let Rest { n0, .. } = *r;
        let kb = self.kb;
        let span = |a: usize, b: usize| v.span(a, b);
        let tail_known = kb.lookup(span(s.max(i), words.len())).is_some() || words[s.max(i)..].iter().any(|w| kb.is("org_heads", w)) || !names::is_capitalised(words[s.max(i)]);
        if connector && (words.len() - i < 4 || tail_known) {
            if n0 == 0 && !role.is_empty() {
                self.titles.push(format!("{} {}", role.join(" "), span(i, words.len())));
            }
            let b = if words[i + 1..].first().is_some_and(|w| w.eq_ignore_ascii_case("the")) { i + 2 } else { i + 1 };
            return Some(match (words[i] == "of" && b < words.len()).then(|| kb.lookup(span(b, words.len()))).flatten() {
                Some(e @ (Entry::Body(_) | Entry::State(_, StateForm::Name))) => Some(self.entry(e)),
                _ => None,
            });
        }
        None
    }

    /// The person a title names, from word `i` ("Senator María José Pizarro of the
    /// Historic Pact": the person of an institution; "Archbishop Samuel Kuot of
    /// Juba": of a state), with the role, the office and the state it gives.
    fn person_with_title(&mut self, v: &Seen, r: &Rest, titles: &[&'static kb::Office], role: &[String], i: usize) -> usize {
        let Seen { para, c, full, words, .. } = *v;
        let prefix = r.prefix;
        let kb = self.kb;
        let lx = crate::extract::lexicon::get();
        let span = |a: usize, b: usize| v.span(a, b);
        // "Senator María José Pizarro of the Historic Pact": the person of an institution.
        let of = (i + 2..words.len().saturating_sub(1)).find(|&k| words[k] == "of");
        // "Archbishop Samuel Kuot of Juba", "Governor X of Lagos" (a capital or a
        // state): the person of that state, named without it.
        let of_state = of.and_then(|k| match kb.lookup(span(k + 1, words.len())) {
            Some(Entry::State(si, _)) => Some((k, si)),
            _ => None,
        });
        let (name, of_org) = match of {
            Some(k) if of_state.is_some() => (span(i, k), None),
            Some(k) if kb.lookup(span(k + 1, words.len())).is_none_or(|e| matches!(e, Entry::Body(_))) => {
                let b = if words[k + 1].eq_ignore_ascii_case("the") { k + 2 } else { k + 1 };
                // "Archbishop Samuel Kuot of Juba", "Bishop X of Bamenda": a bare
                // name after "of", with no head word and not a known body, is the
                // see or the town: a place, no institution.
                let place = b == k + 1 && b < words.len() && kb.lookup(span(b, words.len())).is_none() && !words[b..].iter().any(|w| names::is_acronym(w) || kb.is("org_heads", w));
                // "Mayor X of San Isidro": a town's office makes the town its
                // institution, the municipality (`[municipal_office]`).
                let municipal = titles.iter().any(|o| lx.is("municipal_office", &o.title().lowercase()));
                // "Governor X of Kumamoto" after "the Kumamoto prefectural government":
                // the place's government the story named is the holder's institution.
                let local = (place && !municipal && b < words.len()).then(|| self.local_govs.get(&span(b, words.len()).lowercase()).map(|&g| self.actors[g].name.clone())).flatten();
                if let Some(g) = local {
                    (span(i, k), Some(g))
                } else {
                    (span(i, k), (b < words.len() && (!place || municipal)).then(|| span(b, words.len()).to_string()))
                }
            }
            _ => (span(i, words.len()), None),
        };
        // "Sheikh Walid" after "Sheikh Walid al-Tamimi": a title and the given
        // name of exactly one person named in full are that person.
        let given = (!name.contains(' ')).then(|| {
            // The persons created last (a bounded window keeps the pass linear).
            let mut hits = (self.actors.len().saturating_sub(64)..self.actors.len()).filter(|&a| self.actors[a].kind == ActorKind::Person && self.actors[a].name.split_whitespace().next() == Some(name) && self.actors[a].name.contains(' '));
            match (hits.next(), hits.next()) {
                (Some(a), None) => Some(a),
                _ => None,
            }
        });
        let a = match given.flatten() {
            Some(a) => a,
            None => self.person(name),
        };
        if full != name && of_org.is_none() {
            self.alias(a, full);
        }
        if let Some((_, si)) = of_state {
            self.set_state(a, si);
        }
        if let Some(org) = of_org.as_deref() {
            let o = match kb.lookup(org) {
                Some(e) => self.entry(e),
                None => self.org(org, ActorKind::Organization),
            };
            // "Chancellor X of the Social Democrats (SPD)": the acronym right after
            // the chunk defines the institution, not the person (never another
            // entry's: "of the Trade Directorate (EU)").
            // Only after "of the" ("Mayor X of Lagos (APC)": the town is no party).
            let of_the = of.is_some_and(|k| words.get(k + 1).is_some_and(|w| w.eq_ignore_ascii_case("the")));
            if let Some(acr) = r.defined.as_deref().filter(|acr| of_the && r.party_acr.is_none() && kb.lookup(acr).is_none() && self.info[o].is_state.is_none()) {
                self.alias(o, acr);
            }
            if let Some(si) = self.info[o].is_state {
                self.set_state(a, si);
            } else {
                self.set_owner(a, o, "member_of", para, c.start);
            }
        }
        if !role.is_empty() && self.actors[a].role.is_none() {
            self.actors[a].role = Some(role.join(" "));
        }
        if role.is_empty() && self.info[a].rank.is_none() {
            // "Rear Admiral", "Lt. Col.": the ranks (no courtesy title: "Sir", "Prince")
            // are the role `finish` gives when nothing else does.
            let ranks: Vec<String> = titles.iter().filter(|o| !kb.is("honorifics", o.title())).map(|o| o.display()).collect();
            self.info[a].rank = (!ranks.is_empty()).then(|| ranks.join(" "));
        }
        // "Deputy Foreign Minister X", "Deputy Agriculture Minister X": a deputy's
        // title before a minister's (or a portfolio's) is a minister's office, as
        // "deputy minister" is in the KB.
        let office: &kb::Office = titles.iter().find(|o| o.kind != OfficeKind::Rank).unwrap_or(&titles[0]);
        let deputy_minister = office.title() == "deputy" && (titles.iter().any(|o| o.kind == OfficeKind::Minister) || role.last().is_some_and(|r| r.ends_with(" Minister")));
        let office = if deputy_minister { kb.office("deputy minister").unwrap_or(office) } else { office };
        self.set_office(a, office.kind);
        self.info[a].site.get_or_insert((para, c.start));
        if self.info[a].institution.is_none() {
            self.info[a].institution = office.institution();
        }
        self.place_by_prefix(a, prefix, "member_of", para, c.start);
        if let Some(si) = office.iso3().and_then(|iso| kb.state_by_iso(iso)) {
            self.set_state(a, si);
        }
        a
    }

    /// "Treasury Cabinet Secretary Daniel Kiprono", "Inspector-General of Police
    /// Samuel Lagat": a title the knowledge base does not list whole, ended by a
    /// title noun (`[title_noun]`), then a name: the person, with that role. With no
    /// name ("the Majority Leader", "The Environment Secretary, X", "a Labour MP"),
    /// a title is nobody by itself; an apposition gives it to its holder
    /// (`title_apposition`), and "the Environment Secretary" is then a mention of
    /// that person.
    pub(super) fn unlisted_title(&mut self, v: &Seen, r: &Rest) -> Option<Option<usize>> {
        let Seen { para, c, full, words, .. } = *v;
        let Rest { prefix, n0, .. } = *r;
        let span = |a: usize, b: usize| v.span(a, b);
        let given = given_name;
        if let Some((t, s)) = titled_name(&words[n0..]) {
            let (t, s) = (n0 + t, n0 + s);
            let a = self.person(span(s, words.len()));
            if self.actors[a].role.is_none() {
                self.actors[a].role = Some(span(n0, t + 1).to_string());
            }
            if let Some(o) = self.party_before(&words[n0..=t]) {
                self.set_owner(a, o, "member_of", para, c.start);
            }
            // "Agriculture Minister X", "Polish Trade Minister X": a portfolio title
            // the KB does not list whole, ended by a minister's noun, is a
            // minister's office (which keeps the state a demonym before it gives).
            if self.kb.office(words[t]).is_some_and(|o| o.kind == OfficeKind::Minister) {
                self.set_office(a, OfficeKind::Minister);
            }
            self.alias(a, full);
            self.info[a].site.get_or_insert((para, c.start));
            self.place_by_prefix(a, prefix, "member_of", para, c.start);
            return Some(Some(a));
        }
        // "the Majority Leader", "The Environment Secretary, X", "a Labour MP": a
        // title with no name is nobody by itself; an apposition gives it to its
        // holder (`title_apposition`), and "the Environment Secretary" is then
        // a mention of that person.
        // "the United Nations Independent Expert, X": a body's name may open it.
        let body_opens = matches!(prefix, Some((Entry::Body(_), _))) && words.len() - n0 >= 2;
        if (n0 == 0 || body_opens) && words.len() >= 2 && title_noun(words[words.len() - 1]) && !words.iter().any(|w| matches!(*w, "of" | "for" | "and" | "de" | "pour" | "para" | "por" | "et" | "y")) && !given(words[0]) {
            self.title_chunk = true;
            self.party_before(words);
            return Some(None);
        }
        None
    }

    /// "the Labour MP", "Conservative MP X", "an SNP councillor": one name before a
    /// legislator's title (`[legislator_noun]`) is the party that elected them, an
    /// organisation (a state's demonym or a known body is read elsewhere).
    pub(in crate::extract::cast) fn party_before(&mut self, title: &[&str]) -> Option<usize> {
        let lx = crate::extract::lexicon::get();
        let [party, noun] = title else { return None };
        if !lx.is("legislator_noun", &noun.lowercase()) || !names::is_capitalised(party) || lx.is_stop_capital(party) || self.kb.lookup(party).is_some() || self.kb.mask(party) != 0 {
            return None;
        }
        Some(self.org(party, ActorKind::Organization))
    }

    /// A title chunk with no name (`classify` set `title_chunk`) in apposition to a
    /// person: "X, the Majority Leader," (after the name, closed by punctuation) or
    /// "The Environment Secretary, X" (before it). The title becomes the person's
    /// alias (and role, if none), so that "the Majority Leader said" later is them.
    /// A title that opens with a party before a legislator's noun ("the Labour MP for
    /// Stroud", "the Green MP for Bath") also places the holder in that
    /// party (`party_before`; a state's demonym, "the Kenyan MP for X", is no party).
    pub(super) fn title_apposition(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], title: &[bool]) {
        let person = |b: &Self, x: Option<usize>| x.filter(|&a| b.actors[a].kind == ActorKind::Person);
        for ci in (0..chunks.len()).filter(|&ci| title[ci] && assigned[ci].is_none()) {
            let c = &chunks[ci];
            // (tree24: "X, a Blue Party MP,": an indefinite title places the holder in
            // the party as the definite one does, but is no alias of them)
            let article = c.first.checked_sub(1).and_then(|k| word_at(text, toks, k));
            let indefinite = matches!(article, Some("a" | "an"));
            let after = c.first.checked_sub(3).filter(|&k| toks[k + 1].kind == TokKind::Punct(',') && (article == Some("the") || indefinite));
            let closed = toks.get(c.last + 1).is_none_or(|t| matches!(t.kind, TokKind::Punct(',' | '.' | ';' | ')' | '\u{2014}')));
            let holder = match after {
                Some(k) if closed && ci > 0 && chunks[ci - 1].last == k => person(self, assigned[ci - 1]),
                _ => {
                    let before = toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Punct(',')) && chunks.get(ci + 1).is_some_and(|n| n.first == c.last + 2);
                    if before { person(self, assigned[ci + 1]) } else { None }
                }
            };
            if let Some(a) = holder {
                let t = c.text(text);
                if indefinite && after.is_some() {
                    // (no alias, role or state from "a …": only the party below)
                    if self.info[a].owner.is_none() {
                        let long: Vec<&str> = (c.first..=c.last).filter_map(|k| word_at(text, toks, k)).take(4).collect();
                        let long_party = (2..=long.len()).find_map(|m| self.party_phrase(&long[..m]));
                        let o = self.party_before(&long[..long.len().min(2)]).or_else(|| long_party.map(|p| self.org(&p, ActorKind::Organization)));
                        if let Some(o) = o {
                            self.set_owner(a, o, "member_of", para, c.start);
                        }
                    }
                    continue;
                }
                self.alias(a, t);
                if self.actors[a].role.is_none() {
                    self.actors[a].role = Some(t.to_string());
                }
                // "Ethiopia's Ambassador, Tesfaye Gebremariam,": the state whose
                // possessive owns the title is the holder's.
                let owner = ci.checked_sub(1).filter(|&p| chunks[p].last + 2 == c.first && toks[c.first - 1].kind == TokKind::Poss);
                if let Some(si) = owner.and_then(|p| assigned[p]).and_then(|s| self.info[s].is_state) {
                    self.set_state(a, si);
                }
                // The first two words; ("the Kenya Kwanza MP for Kiambu Town": a party
                // of two or three words) the first four (one list for both).
                let long: Vec<&str> = (c.first..=c.last).filter_map(|k| word_at(text, toks, k)).take(4).collect();
                let words = &long[..long.len().min(2)];
                let long = (2..=long.len()).find_map(|m| self.party_phrase(&long[..m]));
                if self.info[a].owner.is_none() {
                    let o = self.party_before(words).or_else(|| long.map(|p| self.org(&p, ActorKind::Organization)));
                    if let Some(o) = o {
                        self.set_owner(a, o, "member_of", para, c.start);
                    }
                }
            }
        }
    }

    /// "The Armenian Prime Minister", "Prime Minister": an optional state (name or
    /// demonym) followed by an office title and nothing else.
    pub(super) fn state_title(&self, chunk: &str) -> Option<(Option<usize>, &'static kb::Office)> {
        let kb = self.kb;
        let rest = chunk.strip_prefix("The ").unwrap_or(chunk).trim();
        let words: Vec<&str> = rest.split_whitespace().collect();
        for n in (0..words.len()).rev() {
            let state = if n == 0 {
                None
            } else {
                match kb.lookup(&words[..n].join(" ")) {
                    Some(Entry::State(si, _)) => Some(si),
                    _ => continue,
                }
            };
            if let Some(o) = kb.office(&words[n..].join(" ")).filter(|o| o.kind != OfficeKind::Rank) {
                return Some((state, o));
            }
        }
        // "The Minister for Employment and Labour Relations": a minister's title
        // with its portfolio after "for"/"of".
        let head = [" for ", " of "].iter().find_map(|p| rest.split_once(p)).map(|(h, _)| h)?;
        kb.office(head).filter(|o| o.kind == OfficeKind::Minister).map(|o| (None, o))
    }
}

/// The knowledge base's titles opening the chunk's words from word `n0` (longest
/// first), and the word after them.
pub(super) fn kb_titles(kb: &'static Kb, v: &Seen, n0: usize) -> (Vec<&'static kb::Office>, usize) {
    let Seen { words, .. } = *v;
    let span = |a: usize, b: usize| v.span(a, b);
    let mut i = n0;
    let mut titles: Vec<&kb::Office> = Vec::new();
    'titles: while i < words.len() {
        for n in (1..=kb.office_max_words.min(words.len() - i)).rev() {
            if let Some(o) = kb.office(span(i, i + n)) {
                titles.push(o);
                i += n;
                continue 'titles;
            }
        }
        break;
    }
    (titles, i)
}

/// "Home Secretary Amir Shah", "Finance Minister Sultan Khalid": after an office, a
/// title that is also a given name (`data/given_names.txt`) with exactly one name
/// word after it opens the name, no second title; the word after the titles moves
/// back to it. A rank before it ("Prince Sultan Khalid") or a longer name ("Emir
/// Tamim bin Hamad") keeps it a title, as [`Builder::title_that_is_a_given_name`]
/// does for a lone title.
pub(super) fn given_name_after_office(v: &Seen, titles: &mut Vec<&'static kb::Office>, i: usize) -> usize {
    let Seen { words, .. } = *v;
    let n = titles.len();
    if n < 2 || i + 1 != words.len() || names::is_acronym(words[i]) || titles[n - 2].kind == OfficeKind::Rank {
        return i;
    }
    let kb = kb::get();
    let lx = crate::extract::lexicon::get();
    let g = words[i - 1].lowercase();
    let one_word = kb.office(words[i - 1]).is_some_and(|o| std::ptr::eq(o, titles[n - 1]));
    if one_word && (lx.is("given_male", &g) || lx.is("given_female", &g)) {
        titles.pop();
        return i - 1;
    }
    i
}

/// The last word of an office title: an office of the knowledge base ("Leader"), a
/// leader or member noun ("Chairman", "MP") or a `[title_noun]` ("Secretary").
pub(super) fn title_noun(w: &str) -> bool {
    let kb = kb::get();
    kb.office(w).is_some() || crate::extract::lexicon::with_lower(w, |l| kb.is("leader_nouns", l) || kb.is("member_nouns", l) || crate::extract::lexicon::get().is("title_noun", l))
}

/// In a chunk's words, a title ended by a title noun (`[title_noun]` in
/// data/grammar_words.txt) or a party member's word (`[party_member]`: "Republican
/// Mitch Hale") and then a person's name: (index of the title noun,
/// index where the name starts). The name is two or three plain capitalised words
/// (no acronym, no word of the knowledge base's lists, no title noun) right after the
/// title ("Energy Cabinet Secretary Grace Wanjiru"), or, after a complement ("of
/// Police", "for Trade"), the last two words when a given name opens them
/// ("Inspector-General of Police Samuel Lagat"; "MP for Kiambu Town" is a seat).
fn titled_name(words: &[&str]) -> Option<(usize, usize)> {
    let kb = kb::get();
    let lx = crate::extract::lexicon::get();
    let plain = |w: &&str| names::is_capitalised(w) && !names::is_acronym(w) && kb.mask(w) == 0 && kb.lookup(w).is_none() && !title_noun(w) && !lx.is_stop_capital(w);
    let party_member = |w: &str| lx.is("party_member", &w.lowercase());
    let t = (0..words.len().saturating_sub(2)).rev().find(|&t| title_noun(words[t]) || party_member(words[t]))?;
    let after = &words[t + 1..];
    if (2..=3).contains(&after.len()) && after.iter().all(plain) {
        return Some((t, t + 1));
    }
    let s = words.len() - 2;
    (matches!(after[0], "of" | "for") && s > t + 2 && given_name(words[s]) && words[s..].iter().all(plain)).then_some((t, s))
}
