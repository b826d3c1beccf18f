//! Pass 1: capitalised chunks → candidate actors, read with their neighbours.
//!
//! A chunk is classified by what it *is* (a KB state or body, titles + a name, a
//! name with an institutional head word, an event, a place) and then by where it
//! *stands*: the owner before a person ("Qods Force commander", "Niger's leader,")
//! and the appositive after it (", president of the ECOWAS Commission").

use crate::case::StrCase;
use super::affiliation::lower_word;
use super::builder::*;
use super::kb::{self, Entry, OfficeKind, StateForm};
use super::names::{self, Chunk, Tok, TokKind};
use super::{ActorDraft, Link, Mention};
use crate::model::ActorKind;

/// How many chunks back "its commander" looks for its organisation.
pub(super) const PRONOUN_REACH: usize = 24;

/// The chunk starting at token `t` (chunks are sorted and disjoint).
pub(super) fn starting_at(chunks: &[Chunk], t: usize) -> Option<usize> {
    chunks.binary_search_by_key(&t, |x| x.first).ok()
}

impl Builder {

    pub(super) fn paragraph(&mut self, p: &crate::extract::Para) {
        let (para, text, toks) = (p.index, p.text, &p.names[..]);
        self.sentences.clone_from(&p.sentences);
        let mut chunks = names::chunks(text, toks);
        self.refine_chunks(text, toks, &mut chunks);
        let mut assigned: Vec<Option<usize>> = vec![None; chunks.len()];
        let mut title = vec![false; chunks.len()];
        // "THE VETO: Hungary has told partners …": a newsletter's label in capitals
        // (two words or more, closed by a colon) opening the paragraph names no one.
        let label_end = {
            let t = text.trim_start();
            t.find(':').filter(|&i| i <= 40 && t[..i].split_whitespace().count() >= 2 && t[..i].chars().any(char::is_alphabetic) && !t[..i].chars().any(char::is_lowercase)).map(|i| text.len() - t.len() + i)
        };
        if let Some(end) = label_end {
            chunks.retain(|c| c.end > end);
        }
        for (ci, c) in chunks.iter().enumerate() {
            self.title_chunk = false;
            // "the armed forces' union, known by its acronym SNF": another name of the
            // actor before, not a second actor. Never a state's: "Mozambique's armed
            // forces, known as FADM", "the mission in Mozambique, known as SAMIM" name
            // the unnamed thing the state qualifies.
            let named = |a: &usize| self.actors[*a].kind != ActorKind::State;
            if let Some(a) = ci.checked_sub(1).filter(|&x| known_as(text, toks, chunks[x].last, c.first)).and_then(|x| assigned[x]).filter(named) {
                self.alias(a, c.text(text));
                assigned[ci] = Some(a);
                continue;
            }
            assigned[ci] = self.classify(para, text, toks, &p.names_lower, c);
            title[ci] = self.title_chunk;
            // "The BJP has seized on it. Party president X": the party named before
            // (this paragraph's chunks, then the last paragraph's).
            if let (Some((noun, lead)), Some(a)) = (self.described_owner.take(), assigned[ci]) {
                let before: Vec<Option<usize>> = self.prev_assigned.iter().chain(&assigned[..ci]).copied().collect();
                if let Some(o) = self.described_org(&noun, &before, a) {
                    self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, c.start);
                }
            }
        }
        for (ci, c) in chunks.iter().enumerate() {
            self.context(para, text, toks, &chunks, &mut assigned, ci, c);
        }
        self.title_apposition(para, text, toks, &chunks, &assigned, &title);
        self.prev_assigned = assigned;
    }

    pub(super) fn classify(&mut self, para: usize, text: &str, toks: &[Tok], lower: &crate::extract::Lowered, c: &Chunk) -> Option<usize> {
        let kb = self.kb;
        let full = c.text(text);
        // A chunk is a few words: its word tokens, words and masks sit in fixed arrays
        // (a Vec only past SMALL tokens), and the neighbours' lowercase forms are the
        // paragraph's; these were six allocations per chunk, malloc/free ≈ 12 % of a run.
        const SMALL: usize = 16;
        let (mut wt_small, wt_big): ([usize; SMALL], Vec<usize>);
        let wt: &[usize] = if c.last - c.first < SMALL {
            wt_small = [0; SMALL];
            let mut n = 0;
            for k in (c.first..=c.last).filter(|&k| toks[k].kind == TokKind::Word) {
                wt_small[n] = k;
                n += 1;
            }
            &wt_small[..n]
        } else {
            wt_big = (c.first..=c.last).filter(|&k| toks[k].kind == TokKind::Word).collect();
            &wt_big
        };
        let (mut words_small, words_big): ([&str; SMALL], Vec<&str>);
        let words: &[&str] = if wt.len() <= SMALL {
            words_small = [""; SMALL];
            for (w, &k) in words_small.iter_mut().zip(wt) {
                *w = &text[toks[k].start..toks[k].end];
            }
            &words_small[..wt.len()]
        } else {
            words_big = wt.iter().map(|&k| &text[toks[k].start..toks[k].end]).collect();
            &words_big
        };
        let word_lower = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Word).then(|| lower.get(k));
        let prev = c.first.checked_sub(1).and_then(word_lower);
        let next = word_lower(c.last + 1);
        let span = |a: usize, b: usize| &text[toks[wt[a]].start..toks[wt[b - 1]].end];

        // "the outlet Sudan Dispatch", "the newspaper Kayhan"; "the U.N. refugee agency
        // UNHCR" is the body the knowledge base knows, not an outlet.
        let known_body = |e: Option<Entry>| matches!(e, Some(Entry::Body(bi)) if kb.bodies[bi].kind != ActorKind::Media);
        if prev.as_deref().is_some_and(|p| kb.is("media_nouns", p)) && !matches!(kb.lookup(full), Some(Entry::State(..))) && !known_body(kb.lookup(full)) {
            let a = self.org(full, ActorKind::Media);
            // "Iran's state news agency IRNA", "the Hungarian news agency MTI": the
            // state before the lowercase description owns the outlet.
            let mut k = c.first;
            while k > 0 && c.first - k < 5 {
                k -= 1;
                if toks[k].kind == TokKind::Poss {
                    continue;
                }
                let Some(w) = word_at(text, toks, k) else { break };
                if !names::is_capitalised(w) {
                    continue;
                }
                if let Some(Entry::State(si, _)) = kb.lookup(w) {
                    self.state(si);
                    self.set_state(a, si);
                }
                break;
            }
            return Some(a);
        }
        // "the think tank Bruegel", "the ruling party Libre": a name right after an
        // organisation noun is an organisation.
        // ("the regulator Ofgem fined ...": a verb may follow the name too.)
        // (Not a person the story named: "the party Orbán founded".)
        let closes = toks.get(c.last + 1).is_none_or(|t| matches!(t.kind, TokKind::Punct(_) | TokKind::Poss)) || (next.as_deref().is_some_and(|n| word_at(text, toks, c.last + 1) == Some(n) && !crate::extract::lexicon::get().is("name_particle", n)) && !self.names_person(full));
        if closes && prev.as_deref().is_some_and(|p| kb.is("org_descriptions", p)) && kb.lookup(full).is_none() && kb.office(words[0]).is_none() && !kb.is("honorifics", words[0]) {
            return Some(self.org(full, ActorKind::Organization));
        }
        // "the Greenlandic parliament, Inatsisartut,": a name in apposition right after
        // an organisation noun is its name (a native name the reader is given once),
        // unless a given name opens it ("the group, Ahmed Ali,"); the noun in lowercase
        // ("a spokesman for the Mining Union, Milan Horvat," names the spokesman).
        let appositive = c.first >= 2 && toks[c.first - 1].kind == TokKind::Punct(',') && word_at(text, toks, c.first - 2).is_some_and(|w| !names::is_capitalised(w)) && word_lower(c.first - 2).is_some_and(|p| kb.is("org_descriptions", &p));
        if appositive && words.len() <= 3 && toks.get(c.last + 1).is_none_or(|t| matches!(t.kind, TokKind::Punct(',' | '.' | ';' | ')'))) && kb.lookup(full).is_none() && !given_name(words[0]) && kb.office(words[0]).is_none() && !kb.is("honorifics", words[0]) && !self.names_person(full) {
            return Some(self.org(full, ActorKind::Organization));
        }
        // "Renamo, the main opposition party", "the Serb List, the largest Serb party":
        // a name so described is an organisation. Only for a lone word or a name that
        // opens with a state's form, which no other rule reads as a name; a person-like
        // name ("DP World, the Emirati-backed port operator") is read after it.
        let lone = words.len() == 1 || matches!(kb.lookup(words[0]), Some(Entry::State(..)));
        if lone && kb.lookup(full).is_none() && kb.office(words[0]).is_none() && !kb.is("honorifics", words[0]) {
            if let Some(head) = described_as_org(text, toks, c.last + 1) {
                let a = self.org(full, ActorKind::Organization);
                // "..., the largest Serb party in Kosovo": the state it acts in.
                if word_at(text, toks, head + 1) == Some("in") {
                    if let Some(Entry::State(si, StateForm::Name)) = word_at(text, toks, head + 2).and_then(|w| kb.lookup(w)) {
                        self.state(si);
                        self.set_state(a, si);
                    }
                }
                return Some(a);
            }
        }
        // An acronym defined in parentheses after its expansion is handled there.
        if c.first > 0 && toks[c.first - 1].kind == TokKind::Punct('(') && words.len() <= 2 && words.iter().all(|w| names::is_acronym(w)) && toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Punct(')')) {
            return None;
        }
        // Longest KB prefix.
        let mut prefix: Option<(Entry, usize)> = None;
        for n in (1..=words.len().min(kb.max_words)).rev() {
            if let Some(e) = kb.lookup(span(0, n)) {
                prefix = Some((e, n));
                break;
            }
        }
        let n0 = prefix.map_or(0, |p| p.1);
        let rest = &words[n0..];
        let defined = self.parenthesised_acronym(text, toks, c.last + 1).or_else(|| or_acronym(text, toks, c.last + 1, full));
        if rest.is_empty() {
            let (e, _) = prefix?;
            // "ethnic Albanian mayors": an ethnicity, not the state of Albania; "its
            // Portuguese acronym": a language.
            if matches!(e, Entry::State(_, StateForm::Demonym | StateForm::PluralDemonym)) {
                let lx = crate::extract::lexicon::get();
                if prev.as_deref().is_some_and(|p| lx.is("ethnic_marker", p)) || next.as_deref().is_some_and(|n| lx.is("language_noun", n)) {
                    return None;
                }
            }
            if let Entry::State(si, form) = e {
                if form == StateForm::Capital && prev.as_deref().is_some_and(|p| LOCATIVE.contains(&p)) && !self.state_actor.contains_key(&si) {
                    return None; // "a rally in Niamey": a place.
                }
                if form == StateForm::PluralDemonym && next.as_deref().is_some_and(|w| kb.is("group_followers", w)) {
                    let st = self.state(si);
                    let g = match self.actors.iter().position(|x| x.kind == ActorKind::Group && x.name == full) {
                        Some(g) => g,
                        None => {
                            self.actors.push(ActorDraft { name: full.to_string(), kind: ActorKind::Group, ..Default::default() });
                            self.info.push(Info::default());
                            self.actors.len() - 1
                        }
                    };
                    self.set_owner(g, st, "member_of", para, c.start);
                    self.direct.push(Mention { actor: g, para, range: c.start..c.end });
                    return Some(g);
                }
            }
            // "the Security Council" before any UN body is named: the home state's own.
            if let Entry::Body(bi) = e {
                if self.national_namesake(bi, full) {
                    return Some(self.org(full, ActorKind::Organization));
                }
            }
            let a = self.entry(e);
            // "BEIRUT (AP) —", "the Association of Banks in Lebanon (ABL)": an acronym
            // after a state's name defines it only if it abbreviates it ("the
            // Democratic Republic of the Congo (DRC)"), never when it names another entry.
            let other = |acr: &str| kb.lookup(acr).is_some_and(|x| x != e);
            if let Some(acr) = defined.filter(|acr| !other(acr) && (matches!(e, Entry::Body(_)) || super::initials_match(acr, &self.actors[a].name))) {
                self.alias(a, &acr);
            }
            // "al-Shabaab" for the KB's "al-Shabab": the article's spelling is an alias.
            if matches!(e, Entry::Body(_)) && self.actors[a].name != full && !self.actors[a].aliases.iter().any(|x| x == full) {
                self.alias(a, full);
            }
            return Some(a);
        }
        let rest_text = span(n0, words.len());
        // "a French Renew Europe lawmaker": a demonym before a known body.
        if matches!(prefix, Some((Entry::State(..), _))) {
            if let Some(b) = self.body_after_demonym(rest_text) {
                return Some(b);
            }
        }
        // The word lists each word of the rest is in: one probe per word.
        let (mut masks_small, masks_big): ([u32; SMALL], Vec<u32>);
        let masks: &[u32] = if rest.len() <= SMALL {
            masks_small = [0; SMALL];
            for (m, w) in masks_small.iter_mut().zip(rest) {
                *m = kb.mask(w);
            }
            &masks_small[..rest.len()]
        } else {
            masks_big = rest.iter().map(|w| kb.mask(w)).collect();
            &masks_big
        };
        let in_rest = |section: &str| {
            let bit = kb.bit(section);
            masks.iter().any(|m| m & bit != 0)
        };
        // "National People's Assembly": a legislature's head word heads an institution.
        let last_is_head = masks.last().is_some_and(|&m| m != 0 && m & (kb.bit("org_heads") | kb.bit("legislatures")) != 0);
        // Events, agreements and texts: "UN General Assembly", "Joint Comprehensive Plan of
        // Action"; an institution head before the event word keeps an institution
        // ("Headquarters for the Treatment of Prisoners of War", "Ministry of War").
        // The head must govern the event word through a connector: "Trade Union Act",
        // "Police Reform Act" name a law, not the union or the police.
        let head_first = masks.iter().filter(|&&m| m != 0).count() >= 2 && {
            let (head_bit, event_bit) = (kb.bit("org_heads"), kb.bit("event_words"));
            masks.iter().position(|m| m & head_bit != 0).is_some_and(|h| masks.iter().position(|m| m & event_bit != 0).is_some_and(|e| h < e && rest[h..e].iter().any(|w| matches!(*w, "of" | "for"))))
        };
        if !last_is_head && !head_first && in_rest("event_words") {
            return None;
        }
        // "the Finance Bill", "the Yellow Envelope Law": a text, unless a given name
        // opens it (a person: "Jude Law").
        let lx = crate::extract::lexicon::get();
        let given = given_name;
        if n0 == 0 && rest.len() >= 2 && !last_is_head && lx.is("text_tail", &rest[rest.len() - 1].lowercase()) && !given(rest[0]) {
            return None;
        }
        if kb.is("places", full) || kb.is("places", rest_text) || (n0 == 0 && kb.is("places", words[0]) && !last_is_head) {
            return None;
        }
        // "Strait of Hormuz", "Tahrir Square": places; "Sunni Arab": no one in particular.
        let not_names = kb.bit("not_names");
        let has_org_head = in_rest("org_heads") || last_is_head;
        // "Peter Lang (CDU)", "Ana Ruiz (PT)": an acronym in parentheses after a
        // plain two- or three-word name (no head word, no list word) that does not
        // abbreviate it, nor hold its initials in order ("Free Democrats (FDP)", a
        // name cut short: "Salish Kendra (ASK)"), is the person's party.
        let party_acr = defined.clone().filter(|acr| {
            n0 == 0 && !has_org_head && (2..=3).contains(&rest.len()) && masks.iter().all(|&m| m == 0) && !rest.iter().any(|w| names::is_acronym(w)) && !super::initials_match(acr, full) && !initials_within(acr, rest) && self.parenthesised_acronym(text, toks, c.last + 1).is_some()
        });
        let defined = if party_acr.is_some() { None } else { defined };
        if (!has_org_head && in_rest("place_heads")) || rest.iter().zip(masks).all(|(w, m)| m & not_names != 0 || *w == "of") {
            return None;
        }
        // "president of Inuit Tapiriit Kanatami", "a former mayor of San Pedro Sula":
        // a name right after a role noun and "of" is the role's domain, never its
        // holder: a place after a seat's noun (`[place_office]`), else an
        // organisation (after a member's noun, only a name of two words or more:
        // "an aide of Netanyahu" may be a surname). Not a name the knowledge base or
        // the story knows, nor one a given name opens or a possessive follows ("the
        // head of Jane Doe's campaign").
        if n0 == 0 && !has_org_head && prev.as_deref() == Some("of") && !given_name(words[0]) && kb.lookup(full).is_none() && !self.names_person(full) && toks.get(c.last + 1).is_none_or(|t| t.kind != TokKind::Poss) {
            let role = c.first.checked_sub(2).and_then(|k| word_at(text, toks, k)).filter(|w| !names::is_capitalised(w)).map(StrCase::lowercase);
            if let Some(role) = role {
                if lx.is("place_office", &role) {
                    return None;
                }
                if kb.is("leader_nouns", &role) || (kb.is("member_nouns", &role) && words.len() >= 2) {
                    return Some(self.org(full, ActorKind::Organization));
                }
            }
        }
        // Titles: "Supreme Leader Ali Khamenei", "Saudi Foreign Minister Prince Faisal bin Farhan".
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
        if titles.is_empty() && n0 == 0 {
            if let Some(a) = self.owner_title_name(para, text, toks, &wt, c.start) {
                return Some(a);
            }
            if self.title_chunk {
                return None;
            }
        }
        // "Amir Haddad", "Sultan Qaboos": a title that is also a given name
        // (`data/given_names.txt`), then one name word, is a full name; only a second
        // title or a longer name ("Amir Tamim bin Hamad") makes it a title.
        if titles.len() == 1 && n0 == 0 && i == 1 && words.len() == 2 && !names::is_acronym(words[1]) && {
            let lx = crate::extract::lexicon::get();
            let g = words[0].lowercase();
            lx.is("given_male", &g) || lx.is("given_female", &g)
        } {
            return Some(self.person(full));
        }
        if !titles.is_empty() {
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
            // "General Motors", "Major League Baseball": a title word opening an
            // organisation's name (a head word after it, or a company's last word)
            // is no title, and the whole name is the organisation.
            // Only the words before a complement ("Chancellor X of the Social
            // Democrats" is a person), and never across a possessive ("Prime Minister
            // X's Democratic Alliance").
            let end = (i..words.len()).find(|&k| matches!(words[k], "of" | "for" | "the" | "and")).unwrap_or(words.len());
            let poss = toks[c.first..=c.last].iter().any(|t| t.kind == TokKind::Poss);
            let org_tail = masks[i - n0..end - n0].iter().any(|m| m & kb.bit("org_heads") != 0) || (end == words.len() && lx.is("industry_word", &words[end - 1].lowercase()));
            if !connector && !poss && org_tail && n0 == 0 {
                return Some(self.org(full, ActorKind::Organization));
            }
            // Where the name would start: the last two words (and the particles before).
            let mut s = words.len().saturating_sub(2);
            while s > i + 2 && !names::is_capitalised(words[s - 1]) {
                s -= 1;
            }
            // "The Archbishop of Lima, X", "the Secretary-General of the United Nations,
            // X", "the Minister of Economy and Finance, X": a title and its complement,
            // no name (the name, if any, is in apposition). A state or body the
            // complement names is that actor.
            let tail_known = kb.lookup(span(s.max(i), words.len())).is_some() || words[s.max(i)..].iter().any(|w| kb.is("org_heads", w)) || !names::is_capitalised(words[s.max(i)]);
            if connector && (words.len() - i < 4 || tail_known) {
                if n0 == 0 && !role.is_empty() {
                    self.titles.push(format!("{} {}", role.join(" "), span(i, words.len())));
                }
                let b = if words[i + 1..].first().is_some_and(|w| w.eq_ignore_ascii_case("the")) { i + 2 } else { i + 1 };
                return match (words[i] == "of" && b < words.len()).then(|| kb.lookup(span(b, words.len()))).flatten() {
                    Some(e @ (Entry::Body(_) | Entry::State(_, StateForm::Name))) => Some(self.entry(e)),
                    _ => None,
                };
            }
            if connector {
                if let Some(last) = role.last_mut() {
                    *last = format!("{last} {}", span(i, s));
                }
                i = s;
            }
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
                    (span(i, k), (b < words.len() && (!place || municipal)).then(|| span(b, words.len())))
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
            if let Some(org) = of_org {
                let o = match kb.lookup(org) {
                    Some(e) => self.entry(e),
                    None => self.org(org, ActorKind::Organization),
                };
                if let Some(si) = self.info[o].is_state {
                    self.set_state(a, si);
                } else {
                    self.set_owner(a, o, "member_of", para, c.start);
                }
            }
            if !role.is_empty() && self.actors[a].role.is_none() {
                self.actors[a].role = Some(role.join(" "));
            }
            let office = titles.iter().find(|o| o.kind != OfficeKind::Rank).unwrap_or(&titles[0]);
            self.set_office(a, office.kind);
            self.info[a].site.get_or_insert((para, c.start));
            if self.info[a].institution.is_none() {
                self.info[a].institution = office.institution();
            }
            self.place_by_prefix(a, prefix, "member_of", para, c.start);
            if let Some(si) = office.iso3().and_then(|iso| kb.state_by_iso(iso)) {
                self.set_state(a, si);
            }
            return Some(a);
        }
        // "Treasury Cabinet Secretary Daniel Kiprono", "Inspector-General of Police
        // Samuel Lagat": a title the knowledge base does not list whole, ended by a
        // title noun (`[title_noun]`), then a name: the person, with that role.
        if titles.is_empty() {
            if let Some((t, s)) = titled_name(&words[n0..]) {
                let (t, s) = (n0 + t, n0 + s);
                let a = self.person(span(s, words.len()));
                if self.actors[a].role.is_none() {
                    self.actors[a].role = Some(span(n0, t + 1).to_string());
                }
                if let Some(o) = self.party_before(&words[n0..=t]) {
                    self.set_owner(a, o, "member_of", para, c.start);
                }
                self.alias(a, full);
                self.info[a].site.get_or_insert((para, c.start));
                self.place_by_prefix(a, prefix, "member_of", para, c.start);
                return Some(a);
            }
            // "the Majority Leader", "The Environment Secretary, X", "a Labour MP": a
            // title with no name is nobody by itself; an apposition gives it to its
            // holder (`title_apposition`), and "the Environment Secretary" is then
            // a mention of that person.
            if n0 == 0 && words.len() >= 2 && title_noun(words[words.len() - 1]) && !words.iter().any(|w| matches!(*w, "of" | "for" | "and")) && !given(words[0]) {
                self.title_chunk = true;
                self.party_before(words);
                return None;
            }
        }
        // "Army chief ...": the home institution the story introduced in full.
        if n0 == 0 && words.len() == 1 {
            if let Some(ends) = kb.bare_head(lower.get(wt[0])) {
                let found = match self.bare_found.get(words[0]) {
                    Some(&x) => Some(x),
                    None => (0..self.actors.len()).find(|&x| {
                        self.actors[x].kind == ActorKind::Organization && ends.iter().any(|e| self.actors[x].name.ends_with(e)) && self.actors[x].name != words[0]
                    }),
                };
                if let Some(x) = found {
                    self.bare_found.insert(words[0].to_string(), x);
                }
                if let Some(x) = found {
                    self.alias(x, words[0]);
                    return Some(x);
                }
            }
        }
        // Institutions: a head word, or an acronym defined right after.
        // "the Border Guard Command" after "the Iraqi Border Guard Command", "Rural
        // Strength" after "the Rural Strength Party": a shorter form of a name the
        // story gave in full.
        if n0 == 0 && words.len() >= 2 && defined.is_none() {
            if let Some(a) = self.shorter_form(full) {
                self.alias(a, full);
                return Some(a);
            }
        }
        // "dissolve the House" after "the House of Representatives", "the Council"
        // after "the Council of the European Union": a lone head word that opens
        // exactly one institution's name before "of" is that institution.
        if n0 == 0 && words.len() == 1 && has_org_head && defined.is_none() {
            if let Some(a) = self.head_of_name(full, prev.as_deref() == Some("the")) {
                self.alias(a, full);
                return Some(a);
            }
            // "Government officials have ...", "Army sources said": a head word
            // capitalised only because it opens the sentence, modifying the people
            // after it (`[group]`, `[person]` of data/speaker_nouns.txt), names no
            // institution of its own ("Parliament voted" does).
            let opens_sentence = c.first == 0 || matches!(toks[c.first - 1].kind, TokKind::Punct('.' | '"' | '\u{201c}' | '?' | '!' | ':'));
            let people = next.as_deref().is_some_and(|n| {
                let lx = crate::extract::lexicon::get();
                lx.is("group", n) || lx.is("person", n)
            });
            if opens_sentence && people && !names::is_acronym(full) && kb::with_key(full, |k| !self.index.contains_key(k)) {
                return None;
            }
        }
        if has_org_head || defined.is_some() {
            // "the 13 Brigade": a numbered unit is named with its number, never a bare head.
            let number = c.first.checked_sub(1).and_then(|k| word_at(text, toks, k)).filter(|w| w.starts_with(|ch: char| ch.is_ascii_digit()));
            let numbered = number.filter(|_| n0 == 0).map(|n| format!("{n} {full}"));
            let a = self.org(numbered.as_deref().unwrap_or(full), ActorKind::Organization);
            self.place_by_prefix(a, prefix, "part_of", para, c.start);
            // "... Organization of Iran".
            for (k, w) in words.iter().enumerate() {
                if *w == "of" && k + 1 < words.len() {
                    if let Some(Entry::State(si, StateForm::Name)) = kb.lookup(span(k + 1, words.len())) {
                        self.set_state(a, si);
                    }
                }
            }
            if let Some(acr) = defined {
                self.alias(a, &acr);
            }
            return Some(a);
        }
        if rest.len() >= 2 {
            // "Norvell Energy", "Castlegate Logistics": a name ending in a word of an
            // industry (`[industry_word]`) is a company's, even after "in"; "Halvorsen
            // Shipping, which operates ...": "which" refers to no person.
            let which = toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Punct(',')) && word_at(text, toks, c.last + 2) == Some("which");
            if n0 == 0 && !given(rest[0]) && (which || lx.is("industry_word", &rest[rest.len() - 1].lowercase())) && !rest.iter().any(|w| matches!(*w, "on" | "in" | "at" | "to" | "with" | "from" | "by")) {
                return Some(self.org(full, ActorKind::Organization));
            }
            if n0 == 0 && prev.as_deref().is_some_and(|p| PLACE_PREPOSITIONS.contains(&p)) {
                return None; // "in New York"
            }
            if rest.iter().all(|w| names::is_acronym(w)) {
                return Some(self.org(full, ActorKind::Organization)); // "DG NEAR", "UN OCHA": no one's name
            }
            // A connector that is no name particle names no person: "pressed Hudec on
            // China" joins two phrases (the mention scan still finds the names
            // inside); "Patriots for Europe", "Supporters of Valladares" name a body
            // or a group.
            if rest.iter().any(|w| matches!(*w, "on" | "in" | "at" | "to" | "with" | "from" | "by")) {
                return None;
            }
            // "Surfers Against Sewage", "Reporters Without Borders": a capitalised
            // preposition (kept by `names::chunks`) is in no person's name.
            if rest[1..].iter().any(|w| names::is_capitalised(w) && crate::extract::lexicon::get().is("preposition", &w.lowercase())) {
                return Some(self.org(full, ActorKind::Organization));
            }
            if rest.iter().any(|w| matches!(*w, "of" | "for" | "and")) {
                let kind = if rest[0].ends_with('s') { ActorKind::Group } else { ActorKind::Organization };
                return Some(self.org(full, kind));
            }
            // "Abu Hussein" after "Abu Hussein al-Saadi": the opening words of exactly
            // one person named in full (a bounded window of the persons created last).
            let fuller = (n0 == 0 && kb::with_key(rest_text, |k| !self.index.contains_key(k))).then(|| {
                let mut hits = (self.actors.len().saturating_sub(64)..self.actors.len()).filter(|&a| {
                    let n = &self.actors[a].name;
                    self.actors[a].kind == ActorKind::Person && n.len() > rest_text.len() + 1 && n.starts_with(rest_text) && n.as_bytes()[rest_text.len()] == b' '
                });
                match (hits.next(), hits.next()) {
                    (Some(a), None) => Some(a),
                    _ => None,
                }
            });
            if let Some(a) = fuller.flatten() {
                self.alias(a, rest_text);
                return Some(a);
            }
            // "“The Snake Wakes Up”", "“A Long Night Ahead”": a name that fills a whole
            // quotation opened by a stop capital ("The", "A") is a title or a
            // headline, no one's name (a quoted name alone, "“Los Pulpos”", stays).
            if n0 == 0 && quoted_whole(text, toks, c) {
                return None;
            }
            let a = self.person(rest_text);
            if let Some((Entry::State(si, _), _)) = prefix {
                self.state(si);
                self.set_state(a, si);
            }
            if let Some(acr) = party_acr {
                let o = match kb.lookup(&acr) {
                    Some(e) => self.entry(e),
                    None => self.org(&acr, ActorKind::Organization),
                };
                if let Some(si) = self.info[o].is_state {
                    self.set_state(a, si);
                } else {
                    self.set_owner(a, o, "member_of", para, c.start);
                }
            }
            return Some(a);
        }
        // "Sofia Ruiz, a spokeswoman": a capital's name opening a two-word name in
        // apposition is a first name; so is one that is a given name ("AD
        // spokeswoman Sofia Brandão shared").
        if let (Some((Entry::State(_, StateForm::Capital), 1)), [first, w]) = (prefix, words) {
            if (toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Punct(',')) || given_name(first)) && kb.mask(w) == 0 && !names::is_acronym(w) && kb.lookup(w).is_none() {
                return Some(self.person(full));
            }
        }
        if let Some((e, _)) = prefix {
            return Some(self.entry(e)); // "Iran Watchers"-like: keep the known part.
        }
        // A lone word the story already knows ("Commission", a surname): that actor,
        // so that the constructions around it ("its Directorate-General") can use it.
        if let Some(a) = kb::with_key(full, |k| self.index.get(k).copied()).filter(|&a| self.info[a].is_state.is_none()) {
            return Some(a);
        }
        // "Seaspan said" after "Seaspan Shipyards": the first word of exactly one
        // company the story named, its name two words ending in an industry word
        // ("Norvell" → "Norvell Energy"), is its short name ("Kumamoto" after
        // "Kumamoto University" is a place, "the Thames" a river). A bounded window
        // of the actors created last keeps the pass linear.
        if words.len() == 1 && prev.as_deref() != Some("the") && !names::is_acronym(full) && lone_unknown(self, full) {
            let lx = crate::extract::lexicon::get();
            let mut hits = (self.actors.len().saturating_sub(64)..self.actors.len()).filter(|&a| {
                // The cheap tests first: this runs for 64 actors per lone word.
                let n = &self.actors[a].name;
                self.actors[a].kind == ActorKind::Organization
                    && n.len() > full.len() + 1
                    && n.starts_with(full)
                    && n.as_bytes()[full.len()] == b' '
                    && !n[full.len() + 1..].contains(' ')
                    && lx.is("industry_word", &n[full.len() + 1..].lowercase())
            });
            if let (Some(a), None) = (hits.next(), hits.next()) {
                self.alias(a, full);
                return Some(a);
            }
        }
        // "Ms Ortiz", "Mr. Kittipong" with no full name before: a courtesy title
        // (`honorific_*` in data/grammar_words.txt) makes the lone word a person.
        let courtesy = match c.first {
            k if k >= 2 && toks[k - 1].kind == TokKind::Punct('.') => word_at(text, toks, k - 2),
            k if k >= 1 => word_at(text, toks, k - 1),
            _ => None,
        };
        if courtesy.is_some_and(|w| names::is_capitalised(w) && { let lx = crate::extract::lexicon::get(); let w = w.lowercase(); lx.is("honorific_male", &w) || lx.is("honorific_female", &w) }) && kb.mask(full) == 0 && !names::is_acronym(full) {
            // "Mr Kittipong" after "Kittipong Srisuwan" (Thai usage: the given name): the
            // one person named in full with that word; with several, left to attribution.
            let mut hits = (0..self.actors.len()).filter(|&a| self.actors[a].kind == ActorKind::Person && self.actors[a].name.split_whitespace().any(|w| w == full));
            return match (hits.next(), hits.next()) {
                (Some(a), None) => {
                    self.alias(a, full);
                    Some(a)
                }
                (None, _) => Some(self.person(full)),
                _ => None,
            };
        }
        // "Exxon, which leads a consortium": "which" refers to no person.
        if toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Punct(',')) && word_at(text, toks, c.last + 2) == Some("which") && !names::is_acronym(full) {
            return Some(self.org(full, ActorKind::Organization));
        }
        // "Ofwat's chief executive", "Codelco's board": what only an organisation owns
        // (`[owned_by_org]`) after an unknown word (a known surname returned above).
        if toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Poss) && !names::is_acronym(full) {
            let after = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Word).then(|| lower.get(k));
            if after(c.last + 2).is_some_and(|n| crate::extract::lexicon::get().is("owned_by_org", n) || (n == "chief" && after(c.last + 3) == Some("executive"))) {
                return Some(self.org(full, ActorKind::Organization));
            }
        }
        // "the Bild newspaper", "state-owned Codelco", "between Codelco and SQM":
        // a lone unknown word the words around it type as an organisation.
        if words.len() == 1 {
            if let Some(kind) = self.lone_org_cue(text, toks, c, full, prev.as_deref(), next.as_deref()) {
                return Some(self.org(full, kind));
            }
        }
        // A lone unknown word: decided once the whole document is read.
        let media = next.as_deref().is_some_and(|w| kb.is("media_verbs", w));
        let body = appositive_acronym(text, toks, c, full);
        if !(c.first == 0 || matches!(toks[c.first - 1].kind, TokKind::Punct('.' | '"' | '\u{201c}' | '?' | '!'))) || media || names::is_acronym(full) {
            self.deferred.push(Deferred::Single { word: full.to_string(), media, body });
        }
        None
    }

    /// The evidence in a lone unknown word's surroundings that it names an
    /// organisation, and which kind: "the Bild newspaper" (`[media_after_name]`: an
    /// outlet), "state-owned Codelco", "privately held X" (`[org_premodifier]`, both in
    /// data/grammar_words.txt), "Codelco and SQM", "SQM and Codelco" (coordinated with
    /// an organisation the story named: one kind of thing on both sides of "and").
    fn lone_org_cue(&self, text: &str, toks: &[Tok], c: &Chunk, full: &str, prev: Option<&str>, next: Option<&str>) -> Option<ActorKind> {
        if !lone_unknown(self, full) {
            return None;
        }
        let lx = crate::extract::lexicon::get();
        // ("the Lagos daily The Guardian", "the Flemish broadcaster VRT": a name after
        // the noun is the outlet's, the word before it a place or an adjective.)
        let named_after = word_at(text, toks, c.last + 2).is_some_and(names::is_capitalised);
        if prev == Some("the") && next.is_some_and(|n| lx.is("media_after_name", n)) && !named_after {
            return Some(ActorKind::Media);
        }
        let before = text[..c.start].trim_end();
        let pre = before.rsplit(|ch: char| ch.is_whitespace() || ch == '(').next().unwrap_or("").lowercase();
        let two = before.rsplitn(3, char::is_whitespace).take(2).collect::<Vec<_>>();
        let pre2 = if two.len() == 2 { format!("{} {}", two[1], two[0]).lowercase() } else { String::new() };
        if lx.is("org_premodifier", &pre) || lx.is("org_premodifier", &pre2) {
            return Some(ActorKind::Organization);
        }
        // The capitalised run on the far side of "and", looked up whole.
        let org_at = |from: usize, step: isize| -> bool {
            let (mut a, mut b) = (from, from);
            let cap = |k: usize| word_at(text, toks, k).is_some_and(names::is_capitalised);
            if !cap(from) {
                return false;
            }
            for _ in 0..4 {
                let k = (if step < 0 { a.checked_sub(1) } else { Some(b + 1) }).filter(|&k| k < toks.len() && cap(k));
                match k {
                    Some(k) if step < 0 => a = k,
                    Some(k) => b = k,
                    None => break,
                }
            }
            let name = &text[toks[a].start..toks[b].end];
            kb::with_key(name, |k| self.index.get(k).copied()).is_some_and(|o| matches!(self.actors[o].kind, ActorKind::Organization) && self.info[o].is_state.is_none())
        };
        let and_after = next == Some("and") && org_at(c.last + 2, 1);
        let and_before = prev == Some("and") && c.first >= 2 && org_at(c.first - 2, -1);
        (and_after || and_before).then_some(ActorKind::Organization)
    }

    /// "the Labour MP", "Conservative MP X", "an SNP councillor": one name before a
    /// legislator's title (`[legislator_noun]`) is the party that elected them, an
    /// organisation (a state's demonym or a known body is read elsewhere).
    /// A name that opens with a knowledge-base entry is placed by it: "Kenyan
    /// President X" under Kenya (and Kenya is mentioned), "Hamas commander X" or "the
    /// Hamas Political Bureau" under Hamas, with `rel` (member_of for a person,
    /// part_of for an organisation).
    fn place_by_prefix(&mut self, a: usize, prefix: Option<(Entry, usize)>, rel: &'static str, para: usize, at: usize) {
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
    fn names_person(&self, name: &str) -> bool {
        kb::with_key(name, |k| self.index.get(k).copied()).is_some_and(|a| self.actors[a].kind == ActorKind::Person)
    }

    fn party_before(&mut self, title: &[&str]) -> Option<usize> {
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
    fn title_apposition(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], title: &[bool]) {
        let person = |b: &Self, x: Option<usize>| x.filter(|&a| b.actors[a].kind == ActorKind::Person);
        for ci in (0..chunks.len()).filter(|&ci| title[ci] && assigned[ci].is_none()) {
            let c = &chunks[ci];
            let after = c.first.checked_sub(3).filter(|&k| toks[k + 1].kind == TokKind::Punct(',') && word_at(text, toks, k + 2) == Some("the"));
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
                self.alias(a, t);
                if self.actors[a].role.is_none() {
                    self.actors[a].role = Some(t.to_string());
                }
                let words: Vec<&str> = (c.first..=c.last).filter_map(|k| word_at(text, toks, k)).take(2).collect();
                if self.info[a].owner.is_none() {
                    if let Some(o) = self.party_before(&words) {
                        self.set_owner(a, o, "member_of", para, c.start);
                    }
                }
            }
        }
    }

    /// The organisation named just before whose name is `short` with its head word
    /// after ("Rural Strength" → "Rural Strength Party") or a state's form before
    /// ("Border Guard Command" → "Iraqi Border Guard Command"); only when exactly one
    /// matches. A bounded window of the actors created last keeps the pass linear.
    fn shorter_form(&self, short: &str) -> Option<usize> {
        let kb = self.kb;
        let mut hits = (self.actors.len().saturating_sub(64)..self.actors.len()).filter(|&a| {
            let n = &self.actors[a].name;
            if !matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) || n.len() <= short.len() + 1 {
                return false;
            }
            let head_after = n.starts_with(short) && n.as_bytes()[short.len()] == b' ' && {
                let tail = &n[short.len() + 1..];
                !tail.contains(' ') && kb.is("org_heads", tail)
            };
            let state_before = n.ends_with(short) && n.as_bytes()[n.len() - short.len() - 1] == b' ' && matches!(kb.lookup(&n[..n.len() - short.len() - 1]), Some(Entry::State(..)));
            head_after || state_before
        });
        match (hits.next(), hits.next()) {
            (Some(a), None) => Some(a),
            _ => None,
        }
    }

    /// The one organisation the story named whose name opens with `head` then "of"
    /// ("House" → "House of Representatives"); none when two do. A bounded window of
    /// the actors created last keeps the pass linear.
    /// After "the", a name the head word ends counts too ("the Fund" after "the
    /// International Monetary Fund", "the Agency" after "the Environment Agency").
    fn head_of_name(&self, head: &str, after_the: bool) -> Option<usize> {
        // The opening "X of" first ("the House": the House of Representatives, not
        // Government House), or "X and" / "X/" (a party group named by its
        // families: "the Socialists" of "Socialists and Democrats", "the Greens" of
        // "Greens/European Free Alliance"), then, after "the", a name ending in the word.
        let unique = |ends: bool| {
            let mut hits = (self.actors.len().saturating_sub(64)..self.actors.len()).filter(|&a| {
                let n = &self.actors[a].name;
                let fits = if ends { n.len() > head.len() + 1 && n.ends_with(head) && n.as_bytes()[n.len() - head.len() - 1] == b' ' } else { n.len() > head.len() + 1 && n.starts_with(head) && [" of ", " and ", "/"].iter().any(|j| n[head.len()..].starts_with(j)) };
                matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) && fits
            });
            match (hits.next(), hits.next()) {
                (Some(a), None) => Some(a),
                _ => None,
            }
        };
        unique(false).or_else(|| if after_the { unique(true) } else { None })
    }

    /// "(IRGC)" right after a chunk: the acronym it defines; for ", or TTP," see [`or_acronym`].
    pub(super) fn parenthesised_acronym(&self, text: &str, toks: &[Tok], at: usize) -> Option<String> {
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

    /// Reads a chunk with its neighbours: "X administration", "X's office", and for
    /// persons the owner before ("Qods Force commander", "Niger's leader,") and the
    /// appositive after (", president of the ECOWAS Commission", ", known as Hemedti").
    #[allow(clippy::too_many_arguments)]
    pub(super) fn context(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], ci: usize, c: &Chunk) {
        let kb = self.kb;
        // Borrowed when already lowercase ASCII (nearly always): this runs per chunk.
        let lower = |k: usize| {
            word_at(text, toks, k).filter(|w| !names::is_capitalised(w)).map(|w| -> std::borrow::Cow<str> {
                if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                    w.into()
                } else {
                    w.lowercase().into()
                }
            })
        };
        if let Some(noun) = lower(c.last + 1) {
            if let Some(iso3) = kb.government_noun(&noun) {
                let phrase = format!("{} {}", c.text(text), noun);
                self.deferred.push(Deferred::Administration { name: c.text(text).to_string(), phrase, iso3, para, at: c.start });
            }
        }
        if toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Poss) {
            if let Some(noun) = lower(c.last + 2).filter(|n| kb.is("possessive_institutions", n)) {
                let phrase = format!("{}'s {}", c.text(text), noun);
                // "the weekly magazine published by Khamenei's office".
                let mut medium = None;
                let mut k = c.first;
                if k >= 2 && lower(k - 1).as_deref() == Some("by") {
                    k -= 1;
                    if lower(k - 1).is_some_and(|w| w.ends_with("ed")) {
                        k -= 1;
                    }
                    let end = k;
                    let mut start = k;
                    while start > 0 && lower(start - 1).is_some_and(|w| !ARTICLES.contains(&&*w)) && end - start < 4 {
                        start -= 1;
                    }
                    if start < end && lower(end - 1).is_some_and(|w| kb.is("media_nouns", &w)) {
                        medium = Some(text[toks[start].start..toks[end - 1].end].to_string());
                    }
                }
                self.deferred.push(Deferred::Institution { owner: c.text(text).to_string(), phrase, medium });
            }
        }
        // "Verity Foods' shares", "Ofwat's chief executive": what only a company or an
        // institution owns (`[owned_by_org]`) makes a name read as a person's (no
        // given name first, no role) an organisation.
        if toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Poss) {
            let owned = lower(c.last + 2).is_some_and(|n| crate::extract::lexicon::get().is("owned_by_org", &n) || (n == "chief" && lower(c.last + 3).as_deref() == Some("executive")));
            if let Some(a) = assigned[ci].filter(|&a| owned && self.actors[a].kind == ActorKind::Person && !given_name(self.actors[a].name.split_whitespace().next().unwrap_or(""))) {
                self.as_org(a);
            }
        }
        if let Some(si) = assigned[ci].and_then(|a| self.info[a].is_state) {
            self.lowercase_ministry(text, toks, c, si);
            self.lowercase_force(text, toks, c, si, false);
        }
        let Some(a) = assigned[ci] else { return };
        self.possessed_part(para, text, toks, chunks, assigned, ci, c, a);
        self.named_before_org_noun(text, toks, c, a);
        self.record_description(text, toks, c, a);
        // "The Commission said … its Directorate-General for …": part of the
        // organisation named last before.
        if self.actors[a].kind == ActorKind::Organization && self.info[a].owner.is_none() && c.first > 0 && lower(c.first - 1).as_deref() == Some("its") {
            let owner = (ci.saturating_sub(PRONOUN_REACH)..ci).rev().find_map(|x| assigned[x].filter(|&o| o != a && self.actors[o].kind == ActorKind::Organization));
            if let Some(o) = owner {
                self.set_owner(a, o, "part_of", para, c.start);
            }
        }
        if self.actors[a].kind != ActorKind::Person {
            // "the Russian Defense Ministry's Africa Corps": part of the owner.
            if self.actors[a].kind == ActorKind::Organization && toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Poss) {
                // "the Nigerian Army's 13 Brigade": a unit's number may stand between.
                let numbered = word_at(text, toks, c.last + 2).is_some_and(|w| w.starts_with(|ch: char| ch.is_ascii_digit()));
                if let Some(nc) = starting_at(chunks, c.last + 2).or_else(|| starting_at(chunks, c.last + 3).filter(|_| numbered)) {
                    if let Some(o) = assigned[nc].filter(|&o| self.actors[o].kind == ActorKind::Organization) {
                        self.set_owner(o, a, "part_of", para, c.start);
                    }
                }
            }
            self.org_apposition(para, text, toks, chunks, assigned, c, a);
            // "the group's Eastern War Front": part of the organisation the description
            // stands for (`described_org`).
            if c.first >= 3 && toks[c.first - 1].kind == TokKind::Poss && matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) && self.info[a].owner.is_none() && lower(c.first - 3).as_deref() == Some("the") {
                if let Some(o) = lower(c.first - 2).and_then(|noun| self.described_org(&noun, &assigned[..ci], a)).filter(|&o| self.info[o].is_state.is_none()) {
                    self.set_owner(a, o, "part_of", para, c.start);
                }
            }
            // "Russia's Defence Ministry": the state before the possessive owns it.
            if c.first >= 2 && toks[c.first - 1].kind == TokKind::Poss && self.actors[a].kind == ActorKind::Organization {
                if let Some(si) = chunks[..ci].binary_search_by_key(&(c.first - 2), |x| x.last).ok().and_then(|sc| assigned[sc]).and_then(|s| self.info[s].is_state) {
                    self.set_state(a, si);
                }
            }
            return;
        }
        self.look_back(para, text, toks, chunks, assigned, ci, c, a);
        self.look_ahead(para, text, toks, chunks, assigned, c, a);
        self.speaks_for(para, text, toks, chunks, assigned, ci, c, a);
        // "Prime Minister Rui Ferraz's Democratic Alliance", "Osmonov's GKNB": a
        // person's possessive before an organisation's name: the organisation the
        // person leads (a party, a company, an agency), when nothing placed them.
        if toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Poss) {
            if let Some(o) = starting_at(chunks, c.last + 2).and_then(|x| assigned[x]).filter(|&o| o != a && matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group) && self.info[o].is_state.is_none()) {
                self.set_owner(a, o, "leads", para, c.start);
            }
        }
    }

    /// "[Owner]['s] [role words][,] Person": "Qods Force commander X" (leads),
    /// "RSF adviser X" (member), "French president X" / "Niger's leader, X" (state),
    /// "its commander, X" (the organisation named last before).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn look_back(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], ci: usize, c: &Chunk, a: usize) {
        let kb = self.kb;
        self.led_by(para, text, toks, chunks, assigned, ci, c, a);
        let lower = |k: usize| word_at(text, toks, k).filter(|w| !names::is_capitalised(w)).map(StrCase::lowercase);
        let mut k = c.first;
        // "Its leader, Spain's Isabel Prieto": the state possessive is no role word.
        if k >= 2 && toks[k - 1].kind == TokKind::Poss {
            if let Some(sc) = chunks[..ci].binary_search_by_key(&(k - 2), |x| x.last).ok() {
                if let Some(si) = assigned[sc].and_then(|s| self.info[s].is_state) {
                    if chunks[sc].first > 0 && toks[chunks[sc].first - 1].kind == TokKind::Punct(',') {
                        self.set_state(a, si);
                        k = chunks[sc].first;
                    }
                }
            }
        }
        let comma = k > 0 && toks[k - 1].kind == TokKind::Punct(',');
        if comma {
            k -= 1;
        }
        if comma && self.pronoun_remit(para, text, toks, chunks, assigned, ci, k, a) {
            return;
        }
        let mut role_end = k;
        while k > 0 && role_end - k < 4 && lower(k - 1).is_some_and(|w| !ARTICLES.contains(&w.as_str()) && !kb.is("role_stops", &w)) {
            k -= 1;
        }
        // "The court's presiding judge in the case, X": a role noun, then its remit
        // ("in|on|at|for the" and up to two words), which is no part of the role.
        if comma && k >= 3 && k < role_end && role_end - k <= 2 && word_at(text, toks, k - 1) == Some("the") && matches!(word_at(text, toks, k - 2), Some("in" | "on" | "at" | "for")) && lower(k - 3).is_some_and(|w| (kb.is("leader_nouns", &w) || kb.is("member_nouns", &w)) && !kb.is("posted_offices", &w)) {
            // (an envoy's remit is read by `posted_office`)
            role_end = k - 2;
            k -= 3;
            while k > 0 && role_end - k < 3 && lower(k - 1).is_some_and(|w| !ARTICLES.contains(&w.as_str()) && !kb.is("role_stops", &w)) {
                k -= 1;
            }
        }
        // "the company's founder and chief executive, X", "the union's president and
        // chief negotiator, X": two roles joined by "and" are one holder's (only when
        // a role noun stands right before "and" and the appositive's comma follows).
        if comma && k < role_end && k >= 2 && word_at(text, toks, k - 1) == Some("and") && lower(k - 2).is_some_and(|w| kb.is("leader_nouns", &w) || kb.is("member_nouns", &w)) {
            let mut b = k - 2;
            while b > 0 && k - 1 - b < 2 && lower(b - 1).is_some_and(|w| !ARTICLES.contains(&w.as_str()) && !kb.is("role_stops", &w)) {
                b -= 1;
            }
            k = b;
        }
        // "The army chief of staff, X": a title with "of" inside it (a word of it
        // after "of": "the mayor of X" makes X the domain, not the holder).
        if k >= 2 && k < role_end && word_at(text, toks, k - 1) == Some("of") {
            let mut b = k - 1;
            while b > 0 && k - 1 - b < 3 && lower(b - 1).is_some_and(|w| !ARTICLES.contains(&w.as_str()) && !kb.is("role_stops", &w)) {
                b -= 1;
                let phrase: Vec<String> = (b..role_end).filter_map(lower).collect();
                // "minister of government", "head of operations": a role noun before "of".
                let role_noun = b + 2 == k && lower(b).is_some_and(|w| kb.is("member_nouns", &w) || kb.is("leader_nouns", &w));
                if role_noun || kb.office(&phrase.join(" ")).is_some() {
                    k = b;
                    // "Its deputy director of water quality, X": the role's own
                    // qualifiers before it, after an owner pronoun.
                    let mut q = k;
                    while q > 0 && b - q < 2 && lower(q - 1).is_some_and(|w| !ARTICLES.contains(&w.as_str()) && !kb.is("role_stops", &w)) {
                        q -= 1;
                    }
                    if q < k && word_at(text, toks, q.wrapping_sub(1)).is_some_and(|w| matches!(w, "Its" | "its" | "Their" | "their")) {
                        k = q;
                    }
                    break;
                }
            }
        }
        // "The NPP's spokesman on finance, X", "the union's officer for youth, X": a
        // role noun, then its portfolio ("on"/"for" and bare lowercase words).
        if k >= 2 && role_end - k <= 2 && matches!(word_at(text, toks, k - 1), Some("on" | "for")) && lower(k - 2).is_some_and(|w| kb.is("member_nouns", &w) || kb.is("leader_nouns", &w)) {
            k -= 2;
            let noun = k;
            while k > 0 && noun - k < 2 && lower(k - 1).is_some_and(|w| !ARTICLES.contains(&w.as_str()) && !kb.is("role_stops", &w)) {
                k -= 1;
            }
        }
        let mut role_words: Vec<String> = (k..role_end).filter_map(lower).collect();
        // "with a budget its president, X": the role starts at the pronoun.
        if let Some(i) = role_words.iter().rposition(|w| matches!(w.as_str(), "its" | "their")).filter(|&i| i > 0 && i + 1 < role_words.len()) {
            role_words.drain(..i);
            k += i;
        }
        let mut pronoun_owner = role_words.first().is_some_and(|w| matches!(w.as_str(), "its" | "their"));
        let its = role_words.first().is_some_and(|w| w == "its") || word_at(text, toks, k.saturating_sub(1)) == Some("Its");
        if pronoun_owner {
            role_words.remove(0);
        } else if k > 0 && !role_words.is_empty() && word_at(text, toks, k - 1).is_some_and(|w| matches!(w, "Its" | "Their")) {
            // "Its president, X" opening a sentence.
            pronoun_owner = true;
        }
        let leader = role_words.iter().any(|w| kb.is("leader_nouns", w));
        let member = role_words.iter().any(|w| kb.is("member_nouns", w) || kb.is("office_nouns", w));
        let role_phrase = role_words.join(" ");
        let office = kb.office(&role_phrase).or_else(|| role_words.last().and_then(|w| kb.office(w)));
        let poss = k > 0 && toks[k - 1].kind == TokKind::Poss;
        // "Green Party (PVEM) senator X", "the Workers' Union (SIT) leader X": the
        // acronym in brackets defines the name before it, which owns the role.
        let bracketed = !poss && k >= 4 && toks[k - 1].kind == TokKind::Punct(')') && toks[k - 3].kind == TokKind::Punct('(') && toks[k - 2].kind == TokKind::Word;
        let owner_tok = if poss { k.checked_sub(2) } else if bracketed { Some(k - 4) } else { k.checked_sub(1) };
        let owner_chunk = if pronoun_owner {
            // "Credito Lombardo said it would study the decree. Its chief executive, X":
            // "its" never stands for a person, so the subject so read is an organisation.
            if its && (leader || member || office.is_some()) {
                self.its_subject(text, chunks, assigned, toks[k.saturating_sub(1)].start);
            }
            // "Somalia reacted with fury. Its president, X": a state owns its offices too.
            self.pronoun_owner(text, chunks, toks, assigned, ci, toks[k.saturating_sub(1)].start, leader || office.is_some())
        } else {
            owner_tok.and_then(|t| chunks[..ci].binary_search_by_key(&t, |x| x.last).ok())
        };
        let set_role = |b: &mut Self, fallback: String| {
            if b.actors[a].role.is_none() && !role_phrase.is_empty() {
                b.actors[a].role = Some(match office {
                    Some(o) if kb.office(&role_phrase).is_some() => o.display(),
                    _ => fallback,
                });
            }
            if let Some(o) = office {
                b.set_office(a, o.kind);
                if let Some(si) = o.iso3().and_then(|iso| kb.state_by_iso(iso)) {
                    b.set_state(a, si);
                }
            }
        };
        // "The party saw it differently. Its secretary-general, X": no name for the
        // pronoun, but a description for the subject.
        if pronoun_owner && owner_chunk.is_none() && (leader || member || office.is_some()) {
            if let Some(o) = self.described_subject(text, assigned, ci, toks[k.saturating_sub(1)].start) {
                self.set_owner(a, o, if leader { "leads" } else { "member_of" }, para, toks[k.saturating_sub(1)].start);
                set_role(self, role_phrase.clone());
                return;
            }
        }
        // "The Armenian Prime Minister, Aram Petrosyan": a chunk of state and title
        // only, then the name in apposition.
        // "the EU's envoy for the Belgrade–Pristina dialogue, X": a lowercase remit.
        if comma && !poss && !role_words.is_empty() && self.posted_office(para, text, toks, chunks, assigned, role_end, a) {
            return;
        }
        if comma && role_words.is_empty() && !poss {
            if self.posted_office(para, text, toks, chunks, assigned, k, a) {
                return;
            }
            if let Some((si, o)) = owner_chunk.filter(|&x| assigned[x].is_none()).and_then(|x| self.state_title(chunks[x].text(text))) {
                if self.actors[a].role.is_none() {
                    self.actors[a].role = Some(o.display());
                }
                self.set_office(a, o.kind);
                if let Some(si) = si.or_else(|| o.iso3().and_then(|iso| kb.state_by_iso(iso))) {
                    self.state(si);
                    self.set_state(a, si);
                }
                return;
            }
        }
        // "the chief executive of Southern Water, X", "a senior researcher at the
        // Delta Institute, X": a role, "of"/"at" and a name, then the person in
        // apposition.
        if let Some(oc) = owner_chunk.filter(|_| comma && role_words.is_empty() && !poss && !pronoun_owner) {
            let mut b = chunks[oc].first;
            if word_at(text, toks, b.saturating_sub(1)).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
                b -= 1;
            }
            if b >= 2 && matches!(word_at(text, toks, b - 1), Some("of" | "at")) {
                let mut r = b - 1;
                while r > 0 && b - 1 - r < 3 && lower(r - 1).is_some_and(|w| !ARTICLES.contains(&w.as_str()) && !kb.is("role_stops", &w)) {
                    r -= 1;
                }
                // "the professor of law at the University of Ghana, X": a role noun's
                // own "of" complement.
                if r >= 2 && b - 1 - r <= 2 && word_at(text, toks, r - 1) == Some("of") && lower(r - 2).is_some_and(|w| kb.is("member_nouns", &w) || kb.is("leader_nouns", &w)) {
                    r -= 2;
                    if r > 0 && lower(r - 1).is_some_and(|w| !ARTICLES.contains(&w.as_str()) && !kb.is("role_stops", &w)) {
                        r -= 1;
                    }
                }
                let words: Vec<String> = (r..b - 1).filter_map(lower).collect();
                let lead = words.iter().any(|w| kb.is("leader_nouns", w));
                let mem = words.iter().any(|w| kb.is("member_nouns", w));
                let opens = r == 0 || word_at(text, toks, r - 1).is_some_and(|w| ARTICLES.contains(&w.lowercase().as_str())) || toks[r - 1].kind != TokKind::Word;
                if (lead || mem) && opens {
                    // A name the story has not placed is an organisation: a role is
                    // held in one ("the chief executive of Severn Valley Water").
                    let named = chunks[oc].text(text).to_string();
                    let o = self.chunk_org(text, &chunks[oc], assigned, oc).or_else(|| {
                        (assigned[oc].is_none() && named.contains(' ') && kb.lookup(&named).is_none()).then(|| self.org(&named, ActorKind::Organization))
                    });
                    // A bare name first read as a person's is the organisation, unless
                    // it opens with a given name ("the lawyer of Ana Soto").
                    let lx = crate::extract::lexicon::get();
                    let first = named.split_whitespace().next().unwrap_or("").lowercase();
                    let given = lx.is("given_male", &first) || lx.is("given_female", &first);
                    let o = o.filter(|&o| self.actors[o].kind != ActorKind::Person || (!given && self.as_org(o)));
                    if let Some(o) = o {
                        assigned[oc] = Some(o);
                        if let Some(si) = self.info[o].is_state {
                            self.set_state(a, si);
                        } else if self.actors[o].kind != ActorKind::Person {
                            self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, chunks[oc].start);
                        }
                        if self.actors[a].role.is_none() {
                            self.actors[a].role = Some(words.join(" "));
                        }
                        return;
                    }
                }
            }
        }
        // ", a spokesman for the front, X"; "His deputy, X" (the antecedent's staff).
        let lex = crate::extract::lexicon::get();
        let in_role = role_words.iter().rposition(|w| lex.is("pronoun_person", w));
        if comma && !poss && (owner_chunk.is_none() || in_role.is_some()) {
            if self.described_remit(para, text, toks, assigned, ci, k, &role_words, a) {
                return;
            }
            // The possessive: the last role word that is one ("dispatched his envoy,";
            // the name before the verb is its subject, no owner), else the word
            // before the role ("His deputy," opening a sentence).
            let (pronoun, rest) = match in_role {
                Some(i) => (Some(role_words[i].clone()), &role_words[i + 1..]),
                None => (k.checked_sub(1).and_then(|j| lower_word(text, toks, j)), &role_words[..]),
            };
            if !rest.is_empty() && pronoun.is_some_and(|w| self.antecedents_staff(para, toks[k.saturating_sub(1)].start, &w, rest, assigned, ci, a)) {
                return;
            }
        }
        // "Valladares's campaign manager, X": a person's own staff.
        let staff = poss && role_words.last().is_some_and(|w| kb.is("staff_nouns", w));
        // "The committee's chair, X": the committee the story named last.
        if owner_chunk.is_none() && poss && (leader || member) {
            let noun = owner_tok.and_then(lower);
            let the = owner_tok.and_then(|t| t.checked_sub(1)).and_then(|t| lower_word(text, toks, t));
            if let (Some(noun), Some("the")) = (noun, the.as_deref()) {
                if let Some(o) = self.described_org(&noun, &assigned[..ci], a) {
                    self.set_owner(a, o, if leader { "leads" } else { "member_of" }, para, toks[k].start);
                    set_role(self, role_phrase.clone());
                    return;
                }
            }
        }
        if owner_chunk.is_none() && !poss && (leader || member) && self.described_role(para, text, toks, assigned, ci, k, &role_words, leader, a) {
            if leader || member || office.is_some() {
                set_role(self, title_case(&role_phrase));
            }
            return;
        }
        let Some(oc) = owner_chunk.filter(|_| leader || member || staff || office.is_some() || (poss && role_words.is_empty())) else {
            if leader || member || office.is_some() {
                set_role(self, title_case(&role_phrase)); // "former prime minister Abdalla Hamdok"
            }
            return;
        };
        // "The BJP has seized on it. Party president X": a description noun
        // capitalised before the role (`org_descriptions`) names no new organisation
        // but the one it describes, named before (`described_org`); with none, the
        // person keeps the role alone.
        let noun = chunks[oc].text(text).lowercase();
        if assigned[oc].is_none() && (leader || member) && chunks[oc].first == chunks[oc].last && !names::is_acronym(chunks[oc].text(text)) && kb.is("org_descriptions", &noun) {
            let before: Vec<Option<usize>> = self.prev_assigned.iter().chain(&assigned[..oc]).copied().collect();
            if let Some(o) = self.described_org(&noun, &before, a) {
                self.set_owner(a, o, if leader { "leads" } else { "member_of" }, para, chunks[oc].start);
            }
            set_role(self, title_case(&role_phrase));
            return;
        }
        let owner = match assigned[oc] {
            Some(o) => Some(o),
            None if (leader || member) && chunks[oc].first == chunks[oc].last => {
                let w = chunks[oc].text(text);
                if names::is_acronym(w) || (kb.lookup(w).is_none() && !crate::extract::lexicon::get().is_stop_capital(w)) {
                    let o = self.org(w, ActorKind::Organization);
                    assigned[oc] = Some(o);
                    Some(o)
                } else {
                    None
                }
            }
            None => None,
        };
        let Some(o) = owner else { return };
        // "Renew Europe lawmaker X": a name before a role noun is an organisation.
        if !poss && (leader || member) && self.info[o].is_state.is_none() && !self.as_org(o) {
            return;
        }
        if let Some(si) = self.info[o].is_state {
            self.set_state(a, si);
            set_role(self, role_phrase.clone());
            if !poss && !comma && !role_words.is_empty() {
                // "Iranian president Hassan Rouhani" as one surface form.
                let phrase = text[chunks[oc].start..c.end].to_string();
                self.alias(a, &phrase);
            }
        } else if self.actors[o].kind != ActorKind::Person && role_phrase.is_empty() && poss {
            // "Hamas's Khalil al-Hayya", "the Liberal Party's Ana Soto".
            self.set_owner(a, o, "member_of", para, chunks[oc].start);
        } else if self.actors[o].kind != ActorKind::Person && !role_phrase.is_empty() {
            let kind = if leader { "leads" } else { "member_of" };
            self.set_owner(a, o, kind, para, chunks[oc].start);
            let owner_name = if pronoun_owner { self.actors[o].name.clone() } else { chunks[oc].text(text).to_string() };
            set_role(self, String::new());
            // "Qods Force commander": the role names its institution.
            self.actors[a].role = Some(format!("{owner_name} {role_phrase}"));
        } else if staff || (poss && (leader || member || office.is_some()) && self.actors[o].kind == ActorKind::Person) {
            // "Valladares's campaign manager", "Arce's minister of government": the
            // person's own staff or appointee.
            self.set_owner(a, o, "member_of", para, chunks[oc].start);
            set_role(self, role_phrase.clone());
        }
    }

    /// ", the Emirati-backed port operator": the name before is an organisation (or an
    /// outlet) and the state before "-backed" its backer and parent; ", the Iranian
    /// broadcaster": its state. Returns whether the appositive was such a description.
    #[allow(clippy::too_many_arguments)]
    fn org_appositive(&mut self, para: usize, text: &str, toks: &[Tok], k: usize, limit: usize, a: usize) -> bool {
        let kb = self.kb;
        if !word_at(text, toks, k).is_some_and(|w| matches!(w, "the" | "a" | "an")) {
            return false;
        }
        let (mut state, mut backer, mut head) = (None, None, None);
        let mut capitalised = false;
        let mut j = k + 1;
        while j < limit {
            match toks[j].kind {
                TokKind::Punct('-') => {
                    j += 1;
                    continue;
                }
                TokKind::Punct(_) => break,
                // ", the party's candidate": the head comes after the possessive.
                TokKind::Poss => return false,
                TokKind::Word => {}
            }
            let word = word_at(text, toks, j).unwrap_or("");
            if matches!(word, "that" | "which" | "who" | "whose") {
                break; // ", the Iran-backed group that the United States designated ...".
            }
            // ", a lawmaker from the Green party": a person's role noun before the
            // preposition is the head; the institution after it is where she sits.
            if matches!(word, "from" | "of" | "for" | "in" | "at" | "with") && head.as_deref().is_some_and(|h: &str| ["member_nouns", "leader_nouns", "staff_nouns"].iter().any(|l| kb.is(l, h))) {
                return false;
            }
            if word.ends_with("year-old") || (word == "old" && j > 0 && word_at(text, toks, j - 1) == Some("year")) {
                return false; // ", a 31-year-old machine operator": a person.
            }
            // "Emirati-backed": one token, or two split at the hyphen.
            let (w, participle) = match word.rsplit_once('-') {
                Some((l, r)) if kb.is("backer_participles", r) => (l, true),
                _ => (word, toks[j].start > 0 && text.as_bytes()[toks[j].start - 1] == b'-' && kb.is("backer_participles", word)),
            };
            if let Some(Entry::State(si, _)) = names::is_capitalised(w).then(|| kb.lookup(w)).flatten() {
                state.get_or_insert(si);
            } else if names::is_capitalised(w) && !participle {
                // "X, the Hamas commander": a person's role, unless the head turns out
                // to describe an organisation ("a Maoist guerrilla group").
                capitalised = true;
            }
            if participle {
                backer = state;
            }
            head = (!names::is_capitalised(w) || participle).then(|| word.lowercase());
            j += 1;
        }
        let Some(head) = head else { return false };
        let media = kb.is("media_nouns", &head);
        if !media && !kb.is("org_descriptions", &head) {
            return false;
        }
        if capitalised && media {
            return false; // "X, the Reuters correspondent"-like: a role at an outlet.
        }
        // A bare name read as a person's loses the surname aliases that gave it.
        self.as_org(a);
        self.actors[a].kind = if media { ActorKind::Media } else { ActorKind::Organization };
        self.actors[a].role = None;
        if let Some(si) = state {
            let st = self.state(si);
            self.set_state(a, si);
            if backer.is_some() {
                self.links.push(Link { source: st, target: a, kind: "backs", para, at: toks[k].start });
            }
        }
        true
    }

    /// "Ethiopia's foreign ministry", "the Russian foreign ministry": a national
    /// ministry written in lowercase becomes an institution of that state, named
    /// "Ethiopia's Foreign Ministry" / "Russian Foreign Ministry".
    fn lowercase_ministry(&mut self, text: &str, toks: &[Tok], c: &Chunk, si: usize) {
        let kb = self.kb;
        let mut k = c.last + 1;
        let poss = toks.get(k).is_some_and(|t| t.kind == TokKind::Poss);
        if poss {
            k += 1;
        }
        let (Some(port), Some(min)) = (word_at(text, toks, k), word_at(text, toks, k + 1)) else { return };
        if min != "ministry" || !kb.is("ministry_portfolios", port) || names::is_capitalised(port) {
            return;
        }
        let owner = c.text(text);
        let demonym = matches!(kb.lookup(owner), Some(Entry::State(_, StateForm::Demonym)));
        if !poss && !demonym {
            return;
        }
        let name = if poss { format!("{owner}'s {} Ministry", title_case(port)) } else { format!("{owner} {} Ministry", title_case(port)) };
        let o = self.org(&name, ActorKind::Organization);
        self.state(si);
        self.set_state(o, si);
        self.alias(o, &text[c.start..toks[k + 1].end]);
    }

    /// "Cameroon's army", "the Cameroonian army", "the Thai police": a state (name
    /// with a possessive, or demonym) then a lowercase national head word
    /// (`[national_heads]`; ministries and legislatures have their own rules) names
    /// the state's institution, "Cameroonian army" whichever form the text uses.
    /// Only from its second mention: an army named once in passing ("Ethiopia's
    /// army is stretched") is part of the state's story, not an actor of its own.
    /// `named` (the owner in "the elite unit of the Cameroonian army") makes it an
    /// actor at once. Returns the institution when it is one.
    pub(super) fn lowercase_force(&mut self, text: &str, toks: &[Tok], c: &Chunk, si: usize, named: bool) -> Option<usize> {
        let kb = self.kb;
        let mut k = c.last + 1;
        let poss = toks.get(k).is_some_and(|t| t.kind == TokKind::Poss);
        if poss {
            k += 1;
        }
        let Some(w) = word_at(text, toks, k) else { return None };
        if names::is_capitalised(w) {
            return None;
        }
        let two = word_at(text, toks, k + 1).map(|w2| format!("{w} {w2}"));
        let (head, end) = match two {
            Some(h) if kb.is("national_heads", &h) => (h, k + 1),
            _ => (w.to_string(), k),
        };
        if !kb.is("national_heads", &head) || kb.is("legislatures", &head) || head.starts_with("ministr") {
            return None;
        }
        let owner = c.text(text);
        let demonym = matches!(kb.lookup(owner), Some(Entry::State(_, StateForm::Demonym)));
        if !poss && !demonym {
            return None;
        }
        let adjective = if demonym {
            owner.to_string()
        } else {
            let Some(d) = kb.state_keys(si).find(|f| matches!(kb.lookup(f), Some(Entry::State(_, StateForm::Demonym)))) else { return None };
            title_case(d)
        };
        let name = format!("{adjective} {head}");
        let words = &text[c.start..toks[end].end];
        let first = match self.forces_once.get(&name) {
            Some(f) => f.clone(),
            None if !named && !self.index.contains_key(&kb::key(&name)) => {
                self.forces_once.insert(name, words.to_string());
                return None;
            }
            None => String::new(),
        };
        let o = self.org(&name, ActorKind::Organization);
        self.state(si);
        self.set_state(o, si);
        for w in [first.as_str(), words] {
            if !w.is_empty() && w != name {
                self.alias(o, w);
            }
        }
        Some(o)
    }

    /// "The Armenian Prime Minister", "Prime Minister": an optional state (name or
    /// demonym) followed by an office title and nothing else.
    fn state_title(&self, chunk: &str) -> Option<(Option<usize>, &'static kb::Office)> {
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

    /// ", [a|the] role words of|at Owner" / " is role at Owner" / ", known as X" /
    /// ", who heads ... known as X".
    #[allow(clippy::too_many_arguments)]
    pub(super) fn look_ahead(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], c: &Chunk, a: usize) {
        let kb = self.kb;
        let mut k = c.last + 1;
        self.runs_ministry(text, toks, chunks, assigned, c, a);
        let opener = match toks.get(k) {
            Some(t) if t.kind == TokKind::Punct(',') => true,
            Some(_) if word_at(text, toks, k) == Some("of") => {
                self.of_owner(para, text, toks, chunks, assigned, k, a);
                return;
            }
            Some(_) => matches!(word_at(text, toks, k), Some("is" | "was")),
            None => false,
        };
        if !opener {
            return;
        }
        k += 1;
        // "Diego Rojas, 54, the head of ...": an age is no appositive.
        if toks[c.last + 1].kind == TokKind::Punct(',') && word_at(text, toks, k).is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit())) && toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Punct(',')) {
            k += 2;
            // "Nazarov, 61, is Tajikistan's chief negotiator".
            if matches!(word_at(text, toks, k), Some("is" | "was")) {
                k += 1;
            }
        }
        let limit = (k + 16).min(toks.len());
        if toks[c.last + 1].kind == TokKind::Punct(',') && self.org_appositive(para, text, toks, k, limit, a) {
            return;
        }
        let mut role: Vec<String> = Vec::new();
        let mut prep_seen = false;
        let mut heads_verb = false;
        // ", a Dutch MEP who sits in the EPP Group": membership by a relative clause.
        let mut member_verb = false;
        // ", a political scientist at the University of X": "at" alone says where one works.
        let mut prep_at = false;
        // Where that preposition is: ", a spokesperson for the ministry,".
        let mut prep_tok = None;
        let mut demonym_state = None;
        // ", the Liberal Party leader", ", a French Renew Europe lawmaker": the
        // organisation named before the role noun, and how many role words preceded it.
        let mut pre_org: Option<(usize, usize, usize)> = None;
        let owned_before = self.info[a].owner.is_some();
        // A verb right after "who", or after "who" and auxiliaries ("who has led X").
        let lex = crate::extract::lexicon::get();
        let after_who = |j: usize| {
            let mut b = j - 1;
            while b > k && b + 3 > j && lower_word(text, toks, b).is_some_and(|w| lex.is("auxiliary", &w)) {
                b -= 1;
            }
            word_at(text, toks, b).is_some_and(|p| p.eq_ignore_ascii_case("who"))
        };
        let mut j = k;
        while j < limit {
            match toks[j].kind {
                TokKind::Poss => {
                    // ", Russia's deputy foreign minister": the state's office holder.
                    let state_before = j.checked_sub(1).and_then(|t| chunks.binary_search_by_key(&t, |x| x.last).ok()).and_then(|pc| assigned[pc]).and_then(|o| self.info[o].is_state);
                    if let Some(si) = state_before.filter(|_| role.iter().all(|w| ARTICLES.contains(&w.as_str()))) {
                        let next: Vec<String> = (j + 1..(j + 5).min(toks.len())).map_while(|t| word_at(text, toks, t).filter(|w| !names::is_capitalised(w)).map(StrCase::lowercase)).collect();
                        // "deputy foreign minister": the office may start after a qualifier.
                        let office = (0..next.len()).find_map(|b| (b + 1..=next.len()).rev().find_map(|e| kb.office(&next[b..e].join(" ")).map(|o| (o, e))));
                        let end = next.iter().rposition(|n| kb.is("member_nouns", n) || kb.is("leader_nouns", n)).map(|i| i + 1).max(office.map(|(_, e)| e));
                        if let Some(end) = end {
                            self.set_state(a, si);
                            if let Some((o, _)) = office {
                                self.set_office(a, o.kind);
                            }
                            if self.actors[a].role.is_none() {
                                self.actors[a].role = Some(title_case(&next[..end].join(" ")));
                            }
                        }
                        break;
                    }
                    // ", the Peasant Federation's secretary general".
                    if let Some((oc, _, start)) = pre_org.filter(|&(_, at, _)| at == role.len()) {
                        let next: Vec<String> = (j + 1..(j + 4).min(toks.len())).map_while(|t| word_at(text, toks, t).filter(|w| !names::is_capitalised(w)).map(StrCase::lowercase)).collect();
                        let lead = next.iter().any(|n| kb.is("leader_nouns", n));
                        let o = if lead || next.iter().any(|n| kb.is("member_nouns", n) || kb.is("office_nouns", n)) { self.chunk_org(text, &chunks[oc], assigned, oc) } else { None };
                        if let Some(o) = o.filter(|&o| self.as_org(o)) {
                            self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, start);
                            if self.actors[a].role.is_none() {
                                self.actors[a].role = Some(next.join(" "));
                            }
                        }
                        break;
                    }
                    // ", the council's president": the council the story named last;
                    // ", who leads the agency's team in Gambella": a member of it.
                    let verb = heads_verb || member_verb;
                    if let [.., art, noun] = role.as_slice().get(if verb { role.len().saturating_sub(2).. } else { 0.. }).unwrap_or(&[]) {
                        // The role noun, past up to two qualifiers ("the council's former
                        // international chair").
                        let is_role = |n: &str| kb.is("leader_nouns", n) || kb.is("member_nouns", n);
                        let next = (j + 1..(j + 4).min(toks.len())).map_while(|t| word_at(text, toks, t).filter(|w| !names::is_capitalised(w)).map(StrCase::lowercase)).find(|n| is_role(n));
                        let noun_role = next.is_some();
                        if art == "the" && (role.len() == 2 || verb) && (noun_role || verb) {
                            let before: Vec<Option<usize>> = chunks.iter().zip(assigned.iter()).take_while(|(x, _)| x.start < c.start).map(|(_, o)| *o).collect();
                            if let Some(o) = self.described_org(noun, &before, a) {
                                let lead = next.as_deref().is_some_and(|n| kb.is("leader_nouns", n));
                                self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, toks[k].start);
                                if self.actors[a].role.is_none() && noun_role {
                                    self.actors[a].role = next.clone();
                                }
                            }
                        }
                    }
                    break;
                }
                TokKind::Punct(_) => break,
                TokKind::Word => {}
            }
            let w = word_at(text, toks, j).unwrap_or("").lowercase();
            if w == "known" && word_at(text, toks, j + 1) == Some("as") {
                if let Some(nc) = starting_at(chunks, j + 2) {
                    let name = chunks[nc].text(text).to_string();
                    if heads_verb {
                        // ", who now heads an anti-war front known as Taqaddum".
                        let o = match assigned[nc] {
                            Some(o) => o,
                            None => self.org(&name, ActorKind::Organization),
                        };
                        assigned[nc] = Some(o);
                        self.set_owner(a, o, "leads", para, chunks[nc].start);
                    } else if j == k {
                        self.alias(a, &name);
                        assigned[nc] = Some(a);
                    }
                }
                return;
            }
            if let Some(oc) = starting_at(chunks, j) {
                if self.hyphen_adjective(text, toks, &chunks[oc]) {
                    j = chunks[oc].last + 2; // "the Amman-based ...": skip "Amman-based".
                    continue;
                }
                // "Iraq's foreign ministry", "Kyrgyzstan's State Committee for National
                // Security": the institution, not the state.
                let ministry = match assigned[oc].and_then(|o| self.info[o].is_state) {
                    Some(si) if prep_seen => self.possessive_ministry(text, toks, &chunks[oc], si).or_else(|| {
                        let next = starting_at(chunks, chunks[oc].last + 2).filter(|_| toks.get(chunks[oc].last + 1).is_some_and(|t| t.kind == TokKind::Poss))?;
                        assigned[next].filter(|&o| self.actors[o].kind == ActorKind::Organization)
                    }),
                    _ => None,
                };
                let o = ministry.or(assigned[oc]);
                if prep_seen || heads_verb || member_verb {
                    let o = o.or_else(|| if prep_at && role.iter().any(|w| ["member_nouns", "leader_nouns", "office_nouns", "staff_nouns"].iter().any(|l| kb.is(l, w))) { self.chunk_org_at(text, &chunks[oc], assigned, oc) } else { self.chunk_org(text, &chunks[oc], assigned, oc) });
                    if let Some(o) = o {
                        let lead = heads_verb || role.iter().any(|w| kb.is("leader_nouns", w));
                        let mem = member_verb || prep_at || role.iter().any(|w| kb.is("member_nouns", w) || kb.is("office_nouns", w));
                        if !(lead || mem) {
                            // ", accusing them of being fooled by the Americans": no role.
                        } else if let Some(si) = self.info[o].is_state {
                            self.set_state(a, si);
                        } else if self.actors[o].kind == ActorKind::Person {
                            // ", a senior adviser to President X": a person's staff.
                            if role.iter().any(|w| kb.is("staff_nouns", w)) && o != a {
                                self.set_owner(a, o, "member_of", para, chunks[oc].start);
                            } else if prep_at && o != a && toks.get(chunks[oc].last + 1).is_none_or(|t| t.kind != TokKind::Poss) && self.as_org(o) {
                                // ", an analyst at Morgan Stanley", ", a partner at Baker
                                // McKenzie": one works *at* an institution, so a bare name
                                // first read as a person's (a given name opens it) is one.
                                self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, chunks[oc].start);
                            } else if lead && o != a && prep_tok.is_some_and(|t| word_at(text, toks, t) == Some("of")) && toks.get(chunks[oc].last + 1).is_none_or(|t| t.kind != TokKind::Poss) && !given_name(self.actors[o].name.split_whitespace().next().unwrap_or("")) && self.as_org(o) {
                                // ", president of Inuit Tapiriit Kanatami": one presides
                                // over an institution, never a person ("the wife of X" has
                                // no leader noun), unless a given name opens the name.
                                self.set_owner(a, o, "leads", para, chunks[oc].start);
                            }
                        } else {
                            let kind = if lead { "leads" } else { "member_of" };
                            if heads_verb && (self.info[a].state.is_some() || self.info[a].owner.is_some()) {
                                // "Nigeria's president, Bola Tinubu, who chairs ...": a link, not the parent.
                                self.links.push(Link { source: a, target: o, kind, para, at: chunks[oc].start });
                            } else {
                                self.set_owner(a, o, kind, para, chunks[oc].start);
                            }
                        }
                        if self.actors[a].role.is_none() && (lead || mem) && !heads_verb && !member_verb {
                            let r: Vec<&str> = role.iter().map(String::as_str).filter(|w| !ARTICLES.contains(w)).collect();
                            if !r.is_empty() {
                                self.actors[a].role = Some(r.join(" "));
                            }
                        }
                    }
                    break;
                }
                match o {
                    Some(o) if self.info[o].is_state.is_some() => {
                        demonym_state.get_or_insert(self.info[o].is_state.unwrap_or_default());
                    }
                    Some(o) if self.actors[o].kind == ActorKind::Media => {}
                    // An unassigned acronym ("a Spanish EPP lawmaker") is made an
                    // organisation only if a role noun follows (below).
                    _ if o.is_some() || chunks[oc].first == chunks[oc].last => pre_org = Some((oc, role.len(), chunks[oc].start)),
                    _ => {}
                }
                j = chunks[oc].last + 1;
                continue;
            }
            if w == "whose" && j == k {
                // ", whose Department of National Defense oversees ...": the person's institution.
                if let Some(oc) = starting_at(chunks, j + 1) {
                    if let Some(o) = self.chunk_org(text, &chunks[oc], assigned, oc).filter(|&o| self.actors[o].kind == ActorKind::Organization) {
                        let kind = if self.info[a].office.is_some_and(|o| o != OfficeKind::Rank) { "leads" } else { "member_of" };
                        self.info[a].owner = None; // the institution beats an office's default
                        self.set_owner(a, o, kind, para, chunks[oc].start);
                    }
                }
                break;
            }
            if heads_verb && role.last().is_some_and(|r| !kb.is("leader_verbs", r) && !ARTICLES.contains(&r.as_str())) && kb.is("role_stops", &w) && w != "of" {
                if w == "at" {
                    // ", who leads the oceans campaign at Greenpeace Africa": one works
                    // at the organisation (a member), leading only the campaign.
                    heads_verb = false;
                    member_verb = true;
                } else {
                    // ", who heads the government delegation in talks with the ELN": the
                    // object was the lowercase delegation, not what follows.
                    break;
                }
            }
            let to_staff = w == "to" && role.iter().any(|r| kb.is("staff_nouns", r));
            if (to_staff || matches!(w.as_str(), "of" | "at" | "for" | "with" | "from" | "in")) && !role.is_empty() {
                if !prep_seen {
                    prep_tok = Some(j);
                }
                prep_seen = true;
                prep_at = w == "at";
            } else if (kb.is("leader_verbs", &w) && j <= k + 2) || (j > k && kb.is("leader_verbs", &w) && after_who(j)) {
                heads_verb = true;
            } else if j > k && word_at(text, toks, j - 1).is_some_and(|p| p.eq_ignore_ascii_case("who")) && kb.is("member_verbs", &w) {
                member_verb = true;
                let next = lower_word(text, toks, j + 1);
                if next.as_deref().is_some_and(|n| matches!(n, "in" | "on" | "with" | "for" | "at")) {
                    j += 1;
                }
            } else if !prep_seen && !names::is_capitalised(&w) {
                role.push(w);
            }
            j += 1;
        }
        // ", a spokesperson for the ministry,": no name after the preposition, but a
        // description ending the appositive names the organisation it stands for.
        if let Some(p) = prep_tok.filter(|_| self.info[a].owner.is_none() && !owned_before && self.info[a].state.is_none()) {
            let lead = role.iter().any(|w| kb.is("leader_nouns", w));
            let mem = role.iter().any(|w| kb.is("member_nouns", w) || kb.is("office_nouns", w));
            let ends = toks.get(p + 3).is_none_or(|t| matches!(t.kind, TokKind::Punct(_)));
            // ", a spokesman for the armed forces, the FARDC,": the description's own
            // name in apposition after it (one or two lowercase words, a comma, [the]
            // a name closed by punctuation) is the organisation.
            let desc_end = (p + 2..(p + 4).min(toks.len())).take_while(|&t| word_at(text, toks, t).is_some_and(|w| !names::is_capitalised(w))).last();
            if let Some(e) = desc_end.filter(|&e| word_at(text, toks, p + 1) == Some("the") && (lead || mem) && toks.get(e + 1).is_some_and(|t| t.kind == TokKind::Punct(','))) {
                let b = if lower_word(text, toks, e + 2).as_deref() == Some("the") { e + 3 } else { e + 2 };
                if let Some(oc) = starting_at(chunks, b).filter(|&oc| toks.get(chunks[oc].last + 1).is_none_or(|t| matches!(t.kind, TokKind::Punct(',' | '.' | ';' | ')')))) {
                    if let Some(o) = self.chunk_org(text, &chunks[oc], assigned, oc).filter(|&o| o != a && matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group)) {
                        self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, toks[p].start);
                    }
                }
            }
            let noun = lower_word(text, toks, p + 2).filter(|_| word_at(text, toks, p + 1) == Some("the") && ends && (lead || mem) && self.info[a].owner.is_none());
            if let Some(noun) = noun.filter(|n| word_at(text, toks, p + 2) == Some(n.as_str())) {
                let before: Vec<Option<usize>> = chunks.iter().zip(assigned.iter()).take_while(|(x, _)| x.start < c.start).map(|(_, o)| *o).collect();
                if let Some(o) = self.described_org(&noun, &before, a) {
                    self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, toks[p].start);
                }
            }
            // ", an assistant deputy minister at the procurement department,": a
            // modifier and an institution's noun (`org_heads`, `org_descriptions`)
            // name the one organisation the story named with that modifier as a word
            // of its name ("Public Services and Procurement Canada"). A bounded window
            // of the actors created last keeps the pass linear.
            let modifier = word_at(text, toks, p + 2).filter(|w| !names::is_capitalised(w) && w.len() > 3);
            let head = lower_word(text, toks, p + 3).filter(|h| word_at(text, toks, p + 3) == Some(h.as_str()) && (kb.is("org_heads", &title_case(h)) || kb.is("org_descriptions", h)));
            let closed = toks.get(p + 4).is_none_or(|t| matches!(t.kind, TokKind::Punct(_)));
            if let (Some(m), Some(_), true) = (modifier.filter(|_| self.info[a].owner.is_none() && (lead || mem) && word_at(text, toks, p + 1) == Some("the")), head, closed) {
                let mut hits = (self.actors.len().saturating_sub(64)..self.actors.len()).filter(|&o| {
                    o != a && self.actors[o].kind == ActorKind::Organization && self.info[o].is_state.is_none() && self.actors[o].name.split([' ', '-']).any(|w| w.eq_ignore_ascii_case(m))
                });
                if let (Some(o), None) = (hits.next(), hits.next()) {
                    self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, toks[p].start);
                }
            }
        }
        // ", its deputy minister": the organisation (or state) the pronoun refers to.
        if role.first().is_some_and(|w| w == "its" || w == "their") && self.info[a].owner.is_none() && !owned_before {
            let lead = role.iter().any(|w| kb.is("leader_nouns", w));
            let office = role.iter().any(|w| kb.is("office_nouns", w));
            if lead || office || role.iter().any(|w| kb.is("member_nouns", w)) {
                let ci = chunks.partition_point(|x| x.first < c.first);
                if let Some(o) = self.pronoun_owner(text, chunks, toks, assigned, ci, toks[k].start, lead || office).and_then(|x| assigned[x]) {
                    if let Some(si) = self.info[o].is_state {
                        self.set_state(a, si);
                    } else {
                        self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, toks[k].start);
                    }
                }
            }
        }
        // ", the Liberal Party leader", ", a Spanish EPP lawmaker on the trade committee".
        if let Some((oc, at, start)) = pre_org.filter(|_| !owned_before && self.info[a].owner.is_none()) {
            let after = &role[at.min(role.len())..];
            let lead = after.first().is_some_and(|w| kb.is("leader_nouns", w));
            let mem = after.first().is_some_and(|w| kb.is("member_nouns", w) || kb.is("staff_nouns", w));
            let o = if lead || mem { self.chunk_org(text, &chunks[oc], assigned, oc) } else { None };
            if let Some(o) = o.filter(|&o| self.as_org(o)) {
                self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, start);
                if self.actors[a].role.is_none() {
                    self.actors[a].role = Some(format!("{} {}", self.actors[o].name, after[0]));
                }
            }
        }
        let has_role = role.iter().any(|w| kb.is("member_nouns", w) || kb.is("leader_nouns", w) || kb.is("office_nouns", w));
        if let Some(si) = demonym_state.filter(|_| has_role) {
            self.set_state(a, si);
        }
        // ", the assistant secretary of state for African affairs": a title with no owner named.
        if self.actors[a].role.is_none() && !heads_verb {
            let words: Vec<&str> = role.iter().map(String::as_str).filter(|w| !ARTICLES.contains(w)).collect();
            for n in (1..=words.len().min(kb.office_max_words)).rev() {
                let phrase = words[..n].join(" ");
                let full: String = (k..limit)
                    .filter_map(|t| word_at(text, toks, t))
                    .skip_while(|w| ARTICLES.contains(&w.lowercase().as_str()))
                    .take(n + 2)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .lowercase();
                let o = kb.office(&full).or_else(|| kb.office(&phrase));
                if let Some(o) = o {
                    self.actors[a].role = Some(o.display());
                    self.set_office(a, o.kind);
                    if self.info[a].institution.is_none() {
                        self.info[a].institution = o.institution();
                    }
                    if let Some(si) = o.iso3().and_then(|iso| kb.state_by_iso(iso)) {
                        self.set_state(a, si);
                    }
                    break;
                }
            }
            // ", the shadow schools minister": an opposition office ending in an office
            // or a role noun is the role (`tree_owners` places it in the party).
            if self.actors[a].role.is_none() && words.len() >= 2 && lex.is("opposition_office", words[0]) && words.last().is_some_and(|w| kb.office(w).is_some() || kb.is("leader_nouns", w) || kb.is("member_nouns", w)) {
                self.actors[a].role = Some(words.join(" "));
            }
        }
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

/// The last word of an office title: an office of the knowledge base ("Leader"), a
/// leader or member noun ("Chairman", "MP") or a `[title_noun]` ("Secretary").
fn title_noun(w: &str) -> bool {
    let kb = kb::get();
    let l = w.lowercase();
    kb.office(w).is_some() || kb.is("leader_nouns", &l) || kb.is("member_nouns", &l) || crate::extract::lexicon::get().is("title_noun", &l)
}

/// A lone capitalised word that nothing yet names: no actor of the story, no
/// knowledge-base entry or listed word, no given name, no stop capital ("The",
/// "Monday"). Evidence around it (`chunk_org_at`, `lone_org_cue`) decides its type.
pub(super) fn lone_unknown(b: &Builder, w: &str) -> bool {
    let lx = crate::extract::lexicon::get();
    names::is_capitalised(w) && w.chars().all(|ch| ch.is_alphanumeric() || ch == '-') && b.kb.lookup(w).is_none() && b.kb.mask(w) == 0 && !given_name(w) && !lx.is_stop_capital(w) && kb::with_key(w, |k| !b.index.contains_key(k))
}

/// Whether `w` is a given name of `data/given_names.txt`.
pub(super) fn given_name(w: &str) -> bool {
    let lx = crate::extract::lexicon::get();
    let w = w.lowercase();
    lx.is("given_male", &w) || lx.is("given_female", &w)
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

/// Whether chunk `c` stands alone between quotation marks, past one capitalised stop
/// word after the opening mark ("“The Snake Wakes Up”") and before closing punctuation.
fn quoted_whole(text: &str, toks: &[Tok], c: &Chunk) -> bool {
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

/// The words' initials in order inside the acronym ("FD" in "FDP").
fn initials_within(acr: &str, words: &[&str]) -> bool {
    let mut letters = acr.chars();
    words.iter().filter_map(|w| w.chars().next()).all(|i| letters.any(|l| l == i))
}

/// ", or TTP," right after a name: the acronym it defines ("Tehrik-i-Taliban
/// Pakistan, or TTP, ..."). "Iran, or US officials" is no definition: the acronym
/// must close the phrase and either abbreviate the name or follow an institution's
/// name ("the Movement for Socialism, or MAS,": the Spanish initials).
fn or_acronym(text: &str, toks: &[Tok], at: usize, name: &str) -> Option<String> {
    if toks.get(at)?.kind != TokKind::Punct(',') || word_at(text, toks, at + 1)? != "or" {
        return None;
    }
    let acr = word_at(text, toks, at + 2).filter(|w| names::is_acronym(w))?;
    if !toks.get(at + 3).is_none_or(|t| matches!(t.kind, TokKind::Punct(',' | '.' | ')' | ';' | ':' | '\u{2014}'))) {
        return None;
    }
    let kb = kb::get();
    let institution = name.split_whitespace().any(|w| kb.is("org_heads", w));
    (institution || super::initials_match(acr, name)).then(|| acr.to_string())
}

/// ", the main opposition party", ", the country's largest Serb party in X": an
/// appositive whose head noun is an organisation noun (`[org_descriptions]`). The
/// noun must end the phrase: ", a party member", ", the party's leader" describe a
/// person, and ", the head of the party" stops at "of" before any such noun.
fn described_as_org(text: &str, toks: &[Tok], at: usize) -> Option<usize> {
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
fn appositive_acronym(text: &str, toks: &[Tok], c: &Chunk, full: &str) -> Option<Option<String>> {
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
