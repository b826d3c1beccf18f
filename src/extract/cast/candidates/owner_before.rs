//! The owner before a person: "[Owner]['s] [role words][,] Person". `look_back`
//! finds where the role words start (`role_span`), reads them and the owner they
//! point to (`RoleBefore`), then tries the constructions in order: an owner the
//! pronoun's subject describes, a posted office or a state's title, a role "of"/"at"
//! a named owner in apposition, a remit or an antecedent's staff, a described
//! organisation, and last the owner chunk itself. Before the role words are read, a
//! remit after a pronoun or possessive (`pronoun_remit`, `possessed_remit`) and "One
//! of its MPs, X" (`one_of_pronoun`) are tried.

use crate::case::StrCase;
use crate::extract::cast::affiliation::lower_word;
use crate::extract::cast::builder::*;
use crate::extract::cast::kb::{self, Entry, Kb, StateForm};
use crate::extract::cast::names::{self, Chunk, Tok, TokKind};
use crate::model::ActorKind;

/// The role words before a person and the owner they point to.
struct RoleBefore {
    /// The first token of the role words, and the token after them.
    k: usize,
    role_end: usize,
    /// An appositive's comma stands between the role and the name ("its leader, X").
    comma: bool,
    words: Vec<String>,
    phrase: String,
    /// "its"/"their" (or "Its" opening a sentence) stands for the owner.
    pronoun_owner: bool,
    leader: bool,
    member: bool,
    office: Option<&'static kb::Office>,
    /// A possessive stands before the role ("the council's president").
    poss: bool,
    /// The owner's last token, and its chunk.
    owner_tok: Option<usize>,
    owner_chunk: Option<usize>,
}

impl Builder {
    /// "[Owner]['s] [role words][,] Person": "Qods Force commander X" (leads),
    /// "RSF adviser X" (member), "French president X" / "Niger's leader, X" (state),
    /// "its commander, X" (the organisation named last before).
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn look_back(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], ci: usize, c: &Chunk, a: usize) {
        let kb = self.kb;
        self.led_by(para, text, toks, chunks, assigned, ci, c, a);
        let mut k = self.state_possessive_before(toks, chunks, assigned, ci, c, a);
        let comma = k > 0 && toks[k - 1].kind == TokKind::Punct(',');
        if comma {
            k -= 1;
        }
        if comma && self.pronoun_remit(para, text, toks, chunks, assigned, ci, k, a) {
            return;
        }
        if comma && self.possessed_remit(para, text, toks, chunks, assigned, ci, k, a) {
            return;
        }
        if comma && self.one_of_pronoun(para, text, toks, chunks, assigned, ci, k, a) {
            return;
        }
        let (k, role_end) = role_span(kb, text, toks, k, comma);
        let rb = self.role_before(text, toks, chunks, assigned, ci, k, role_end, comma);
        if self.owner_described_by_subject(para, text, toks, assigned, ci, a, &rb) {
            return;
        }
        if self.posted_office_or_state_title(para, text, toks, chunks, assigned, a, &rb) {
            return;
        }
        if self.role_at_named_owner(para, text, toks, chunks, assigned, a, &rb) {
            return;
        }
        if self.antecedent_remit_or_staff(para, text, toks, assigned, ci, a, &rb) {
            return;
        }
        if self.role_of_described_org(para, text, toks, assigned, ci, a, &rb) {
            return;
        }
        self.role_of_owner_chunk(para, text, chunks, assigned, c, a, &rb);
    }

    /// "Its leader, Spain's Isabel Prieto": the state possessive is no role word;
    /// the state is the person's. Returns where the words before the name start.
    fn state_possessive_before(&mut self, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], ci: usize, c: &Chunk, a: usize) -> usize {
        let mut k = c.first;
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
        k
    }

    /// The role words from `k` back (up to `role_end`), with the owner they point to:
    /// the chunk before the possessive, the bracketed acronym's name, or the one
    /// "its"/"their" stands for.
    #[allow(clippy::too_many_arguments)]
    fn role_before(&mut self, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], ci: usize, mut k: usize, role_end: usize, comma: bool) -> RoleBefore {
        let kb = self.kb;
        let lower = |k: usize| lower_at(text, toks, k);
        let mut role_words: Vec<String> = (k..role_end).filter_map(lower).collect();
        // "with a budget its president, X": the role starts at the pronoun.
        if let Some(i) = role_words.iter().rposition(|w| matches!(w.as_str(), "its" | "their")).filter(|&i| i > 0 && i + 1 < role_words.len()) {
            role_words.drain(..i);
            k += i;
        }
        // "the Civic Platform, whose chairman, X": "whose" stands for the name right
        // before its comma, which owns the role.
        let whose = k >= 2 && toks[k - 1].kind == TokKind::Punct(',') && role_words.len() > 1 && role_words[0] == "whose";
        if whose {
            role_words.remove(0);
            k += 1;
        }
        // "Chief executive Tran Vinh" opening a sentence: the capitalised role noun
        // and the role words make one office of the knowledge base; no owner's name.
        let opens = |j: usize| j == 0 || matches!(toks[j - 1].kind, TokKind::Punct('.' | '!' | '?' | ':' | '"' | '\u{201c}'));
        if !comma && !role_words.is_empty() && k > 0 && opens(k - 1) {
            // (a role noun itself, "Chief"/"Deputy": "Opposition leader X" is read as
            // an owner's description elsewhere)
            let cap = word_at(text, toks, k - 1).filter(|w| names::is_capitalised(w) && !names::is_acronym(w)).map(StrCase::lowercase).filter(|w| kb.is("leader_nouns", w) || kb.is("member_nouns", w));
            if let Some(w) = cap.filter(|w| kb.office(&format!("{w} {}", role_words.join(" "))).is_some()) {
                role_words.insert(0, w);
                k -= 1;
            }
        }
        // "Its MP Tamás Bárdos", "the party's Senator X": with no role word between
        // the owner and the name, the title opening the name's chunk is the role.
        let glued = (role_words.is_empty() && !comma && role_end == chunks[ci].first).then(|| word_at(text, toks, role_end)).flatten().and_then(|w| kb.office(w).map(|o| (w.lowercase(), o)));
        let mut pronoun_owner = role_words.first().is_some_and(|w| matches!(w.as_str(), "its" | "their"));
        let its = role_words.first().is_some_and(|w| w == "its") || word_at(text, toks, k.saturating_sub(1)) == Some("Its");
        if pronoun_owner {
            role_words.remove(0);
        } else if k > 0 && (!role_words.is_empty() || glued.is_some()) && word_at(text, toks, k - 1).is_some_and(|w| matches!(w, "Its" | "Their")) {
            // "Its president, X" opening a sentence.
            pronoun_owner = true;
        }
        let leader = role_words.iter().any(|w| kb.is("leader_nouns", w)) || glued.as_ref().is_some_and(|(w, _)| kb.is("leader_nouns", w));
        let member = role_words.iter().any(|w| kb.is("member_nouns", w) || kb.is("office_nouns", w)) || glued.as_ref().is_some_and(|(w, _)| kb.is("member_nouns", w));
        let role_phrase = role_words.join(" ");
        let office = kb.office(&role_phrase).or_else(|| role_words.last().and_then(|w| kb.office(w))).or(glued.map(|g| g.1));
        let poss = k > 0 && toks[k - 1].kind == TokKind::Poss;
        // "Green Party (PVEM) senator X", "the Workers' Union (SIT) leader X": the
        // acronym in brackets defines the name before it, which owns the role.
        let bracketed = !poss && k >= 4 && toks[k - 1].kind == TokKind::Punct(')') && toks[k - 3].kind == TokKind::Punct('(') && toks[k - 2].kind == TokKind::Word;
        let owner_tok = if poss { k.checked_sub(2) } else if bracketed { Some(k - 4) } else { k.checked_sub(1) };
        let owner_chunk = if whose {
            chunks[..ci].binary_search_by_key(&(k - 3), |x| x.last).ok()
        } else if pronoun_owner {
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
        RoleBefore { k, role_end, comma, words: role_words, phrase: role_phrase, pronoun_owner, leader, member, office, poss, owner_tok, owner_chunk }
    }

    /// The person's role from the words before (the knowledge base's display of the
    /// office when it lists the whole phrase, else `fallback`), with the office and
    /// the state it gives.
    fn set_role_before(&mut self, a: usize, rb: &RoleBefore, fallback: String) {
        let kb = self.kb;
        if self.actors[a].role.is_none() && !rb.phrase.is_empty() {
            self.actors[a].role = Some(match rb.office {
                Some(o) if kb.office(&rb.phrase).is_some() => o.display(),
                _ => fallback,
            });
        }
        if let Some(o) = rb.office {
            self.set_office(a, o.kind);
            if let Some(si) = o.iso3().and_then(|iso| kb.state_by_iso(iso)) {
                self.set_state(a, si);
            }
        }
    }

    /// "The party saw it differently. Its secretary-general, X": no name for the
    /// pronoun, but a description for the subject.
    #[allow(clippy::too_many_arguments)]
    fn owner_described_by_subject(&mut self, para: usize, text: &str, toks: &[Tok], assigned: &[Option<usize>], ci: usize, a: usize, rb: &RoleBefore) -> bool {
        let RoleBefore { k, pronoun_owner, leader, member, office, owner_chunk, .. } = *rb;
        let role_phrase = &rb.phrase;
        if pronoun_owner && owner_chunk.is_none() && (leader || member || office.is_some()) {
            if let Some(o) = self.described_subject(text, assigned, ci, toks[k.saturating_sub(1)].start) {
                self.set_owner(a, o, if leader { "leads" } else { "member_of" }, para, toks[k.saturating_sub(1)].start);
                self.set_role_before(a, rb, role_phrase.clone());
                return true;
            }
        }
        false
    }

    /// "The Armenian Prime Minister, Aram Petrosyan": a chunk of state and title
    /// only, then the name in apposition; "the EU's envoy for the
    /// Belgrade–Pristina dialogue, X": a lowercase remit (`posted_office`).
    #[allow(clippy::too_many_arguments)]
    fn posted_office_or_state_title(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], a: usize, rb: &RoleBefore) -> bool {
        let RoleBefore { k, role_end, comma, poss, owner_chunk, .. } = *rb;
        let role_words = &rb.words;
        let kb = self.kb;
        if comma && !poss && !role_words.is_empty() && self.posted_office(para, text, toks, chunks, assigned, role_end, a) {
            return true;
        }
        if comma && role_words.is_empty() && !poss {
            if self.posted_office(para, text, toks, chunks, assigned, k, a) {
                return true;
            }
            if let Some((si, o)) = owner_chunk.filter(|&x| assigned[x].is_none()).and_then(|x| self.state_title(chunks[x].text(text))) {
                // "The Minister of Energy and Hydrocarbons, X": a minister's title with
                // its portfolio is the whole role, and the ministry of that portfolio
                // the story named is the holder's.
                let chunk = owner_chunk.map(|x| chunks[x].text(text)).unwrap_or("");
                let portfolio = (si.is_none() && o.kind == kb::OfficeKind::Minister).then(|| chunk.strip_prefix("The ").or(chunk.strip_prefix("the ")).unwrap_or(chunk)).and_then(|t| t.split_once(" of ").or(t.split_once(" for ")).map(|(_, p)| (t, p)));
                if let Some((title, p)) = portfolio {
                    if self.actors[a].role.is_none() {
                        self.actors[a].role = Some(title.to_string());
                    }
                    let ministry = kb::with_key(&format!("Ministry of {p}"), |key| self.index.get(key).copied()).filter(|&m| m != a && self.actors[m].kind == ActorKind::Organization);
                    if let Some(m) = ministry {
                        self.set_owner(a, m, "leads", para, chunks[owner_chunk.unwrap_or(0)].start);
                    }
                }
                if self.actors[a].role.is_none() {
                    self.actors[a].role = Some(o.display());
                }
                self.set_office(a, o.kind);
                if let Some(si) = si.or_else(|| o.iso3().and_then(|iso| kb.state_by_iso(iso))) {
                    self.state(si);
                    self.set_state(a, si);
                }
                return true;
            }
        }
        false
    }

    /// "the chief executive of Southern Water, X", "a senior researcher at the
    /// Delta Institute, X": a role, "of"/"at" and a name, then the person in
    /// apposition.
    #[allow(clippy::too_many_arguments)]
    fn role_at_named_owner(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], a: usize, rb: &RoleBefore) -> bool {
        let RoleBefore { comma, pronoun_owner, poss, owner_chunk, .. } = *rb;
        let role_words = &rb.words;
        let kb = self.kb;
        let lower = |k: usize| lower_at(text, toks, k);
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
                        return true;
                    }
                }
            }
        }
        false
    }

    /// ", a spokesman for the front, X" (a remit the story described); "His deputy,
    /// X" (the antecedent's staff).
    #[allow(clippy::too_many_arguments)]
    fn antecedent_remit_or_staff(&mut self, para: usize, text: &str, toks: &[Tok], assigned: &[Option<usize>], ci: usize, a: usize, rb: &RoleBefore) -> bool {
        let RoleBefore { k, comma, poss, owner_chunk, .. } = *rb;
        let role_words = &rb.words;
        let lex = crate::extract::lexicon::get();
        let in_role = role_words.iter().rposition(|w| lex.is("pronoun_person", w));
        if comma && !poss && (owner_chunk.is_none() || in_role.is_some()) {
            if self.described_remit(para, text, toks, assigned, ci, k, &role_words, a) {
                return true;
            }
            // The possessive: the last role word that is one ("dispatched his envoy,";
            // the name before the verb is its subject, no owner), else the word
            // before the role ("His deputy," opening a sentence).
            let (pronoun, rest) = match in_role {
                Some(i) => (Some(role_words[i].clone()), &role_words[i + 1..]),
                None => (k.checked_sub(1).and_then(|j| lower_word(text, toks, j)), &role_words[..]),
            };
            if !rest.is_empty() && pronoun.is_some_and(|w| self.antecedents_staff(para, toks[k.saturating_sub(1)].start, &w, rest, assigned, ci, a)) {
                return true;
            }
        }
        false
    }

    /// "The committee's chair, X": the committee the story named last; "the
    /// party's leader" with no possessive's owner named: the organisation the
    /// description stands for (`described_role`).
    #[allow(clippy::too_many_arguments)]
    fn role_of_described_org(&mut self, para: usize, text: &str, toks: &[Tok], assigned: &[Option<usize>], ci: usize, a: usize, rb: &RoleBefore) -> bool {
        let RoleBefore { k, leader, member, office, poss, owner_tok, owner_chunk, .. } = *rb;
        let (role_words, role_phrase) = (&rb.words, &rb.phrase);
        let lower = |k: usize| lower_at(text, toks, k);
        if owner_chunk.is_none() && poss && (leader || member) {
            let noun = owner_tok.and_then(lower);
            let the = owner_tok.and_then(|t| t.checked_sub(1)).and_then(|t| lower_word(text, toks, t));
            if let (Some(noun), Some("the")) = (noun, the.as_deref()) {
                if let Some(o) = self.described_org(&noun, &assigned[..ci], a) {
                    self.set_owner(a, o, if leader { "leads" } else { "member_of" }, para, toks[k].start);
                    self.set_role_before(a, rb, role_phrase.clone());
                    return true;
                }
            }
        }
        if owner_chunk.is_none() && !poss && (leader || member) && self.described_role(para, text, toks, assigned, ci, k, &role_words, leader, a) {
            if leader || member || office.is_some() {
                self.set_role_before(a, rb, title_case(&role_phrase));
            }
            return true;
        }
        false
    }

    /// The owner chunk before the role: "Qods Force commander X" (leads), "RSF
    /// adviser X" (member), "French president X" (state), "Hamas's Khalil al-Hayya",
    /// "Valladares's campaign manager" (a person's staff); "Party president X" (a
    /// description noun: the organisation described before).
    #[allow(clippy::too_many_arguments)]
    fn role_of_owner_chunk(&mut self, para: usize, text: &str, chunks: &[Chunk], assigned: &mut [Option<usize>], c: &Chunk, a: usize, rb: &RoleBefore) {
        let RoleBefore { comma, pronoun_owner, leader, member, office, poss, owner_chunk, .. } = *rb;
        let (role_words, role_phrase) = (&rb.words, &rb.phrase);
        let kb = self.kb;
        // "Valladares's campaign manager, X": a person's own staff.
        let staff = poss && role_words.last().is_some_and(|w| kb.is("staff_nouns", w));
        let Some(oc) = owner_chunk.filter(|_| leader || member || staff || office.is_some() || (poss && role_words.is_empty())) else {
            if leader || member || office.is_some() {
                self.set_role_before(a, rb, title_case(&role_phrase)); // "former prime minister Abdalla Hamdok"
            }
            // "Chief executive X" with no owner named: a company's office
            // (`[company_office]`) is held in the company the story described.
            let lx = crate::extract::lexicon::get();
            if !poss && !pronoun_owner && self.info[a].owner.is_none() && self.info[a].state.is_none() && office.is_some_and(|o| lx.is("company_office", &o.title().lowercase())) {
                if let Some(o) = self.described_org("company", &assigned[..chunks.partition_point(|x| x.first < c.first)], a) {
                    self.set_owner(a, o, "leads", para, c.start);
                }
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
            self.set_role_before(a, rb, title_case(&role_phrase));
            return;
        }
        let owner = match assigned[oc] {
            Some(o) => Some(o),
            None if (leader || member) && chunks[oc].first == chunks[oc].last => {
                let w = chunks[oc].text(text);
                // "Chief executive X", "Deputy director X" opening a sentence: a role
                // noun capitalised is part of the role, no owner.
                let role_noun = { let l = w.lowercase(); kb.is("leader_nouns", &l) || kb.is("member_nouns", &l) };
                if !role_noun && (names::is_acronym(w) || (kb.lookup(w).is_none() && !crate::extract::lexicon::get().is_stop_capital(w))) {
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
            self.set_role_before(a, rb, role_phrase.clone());
            if !poss && !comma && !role_words.is_empty() {
                // "Iranian president Hassan Rouhani" as one surface form.
                let phrase = text[chunks[oc].start..c.end].to_string();
                self.alias(a, &phrase);
            }
        } else if self.actors[o].kind != ActorKind::Person && role_phrase.is_empty() && (poss || pronoun_owner) {
            // "Hamas's Khalil al-Hayya", "the Liberal Party's Ana Soto"; "Its MP X"
            // (the title glued to the name is the role).
            self.set_owner(a, o, if leader && !poss { "leads" } else { "member_of" }, para, chunks[oc].start);
        } else if self.actors[o].kind != ActorKind::Person && !role_phrase.is_empty() {
            let kind = if leader { "leads" } else { "member_of" };
            self.set_owner(a, o, kind, para, chunks[oc].start);
            let owner_name = if pronoun_owner { self.actors[o].name.clone() } else { chunks[oc].text(text).to_string() };
            self.set_role_before(a, rb, String::new());
            // "Qods Force commander": the role names its institution.
            self.actors[a].role = Some(format!("{owner_name} {role_phrase}"));
        } else if staff || (poss && (leader || member || office.is_some()) && self.actors[o].kind == ActorKind::Person) {
            // "Valladares's campaign manager", "Arce's minister of government": the
            // person's own staff or appointee.
            self.set_owner(a, o, "member_of", para, chunks[oc].start);
            self.set_role_before(a, rb, role_phrase.clone());
        }
    }
}

/// Where the role words before a name start and end: from `k` (the name, or its
/// comma) back over up to four lowercase words that are no article or role stop,
/// then over a role's remit ("The court's presiding judge in the case, X"), two
/// roles joined by "and" ("the company's founder and chief executive, X"), a title
/// with "of" inside it ("The army chief of staff, X") and a portfolio ("The NPP's
/// spokesman on finance, X").
fn role_span(kb: &Kb, text: &str, toks: &[Tok], mut k: usize, comma: bool) -> (usize, usize) {
    let lower = |k: usize| lower_at(text, toks, k);
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
    // "an IMF spokesperson in Washington, X", "the paper's correspondent in Cairo,
    // X": a role noun, then where it is held ("in" and one capitalised word), which
    // is no part of the role (an envoy's post is read by `posted_office`).
    if comma && k == role_end && k >= 3 && word_at(text, toks, k - 1).is_some_and(names::is_capitalised) && word_at(text, toks, k - 2) == Some("in") && lower(k - 3).is_some_and(|w| (kb.is("leader_nouns", &w) || kb.is("member_nouns", &w)) && !kb.is("posted_offices", &w)) {
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
    // "Its Gandaki leader, X", "the UTA's Córdoba delegate, X", "the paper's Cairo
    // correspondent, X": one capitalised word (no acronym; nothing the knowledge
    // base knows but a capital) between an owner's possessive and a role noun is
    // where the role is held, no owner of it.
    let noun = lower(k).is_some_and(|w| kb.is("leader_nouns", &w) || kb.is("member_nouns", &w));
    let place = |w: &str| kb.lookup(w).is_none_or(|e| matches!(e, Entry::State(_, StateForm::Capital)));
    if k >= 2 && noun && word_at(text, toks, k - 1).is_some_and(|w| names::is_capitalised(w) && !names::is_acronym(w) && place(w)) {
        // (a lowercase "its" opens the role words, as `role_before` reads them)
        if toks[k - 2].kind == TokKind::Poss || word_at(text, toks, k - 2).is_some_and(|w| matches!(w, "Its" | "Their")) {
            k -= 1;
        } else if word_at(text, toks, k - 2).is_some_and(|w| matches!(w, "its" | "their")) {
            k -= 2;
        }
    }
    (k, role_end)
}

/// Token `k` when it is a lowercase word, lowercased.
fn lower_at(text: &str, toks: &[Tok], k: usize) -> Option<String> {
    word_at(text, toks, k).filter(|w| !names::is_capitalised(w)).map(StrCase::lowercase)
}
