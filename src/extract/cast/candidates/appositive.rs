//! The appositive after a person: ", [a|the] role words of|at Owner", " is role at
//! Owner", ", Russia's deputy foreign minister", ", known as X", ", who heads ...
//! known as X", ", whose Department of ...". `look_ahead` reads the appositive word
//! by word (`scan_appositive`, filling an `Appositive`), then draws what it says:
//! an owner described after a preposition, the owner of "its", an organisation
//! named before the role noun, the state of a demonym, an office with no owner.

use crate::case::StrCase;
use crate::extract::cast::affiliation::lower_word;
use crate::extract::cast::builder::*;
use crate::extract::cast::kb::{Entry, OfficeKind};
use crate::extract::cast::names::{self, Chunk, Tok, TokKind};
use crate::extract::cast::Link;
use crate::extract::lexicon::Lexicon;
use crate::model::ActorKind;
use super::helpers::*;
use super::starting_at;

/// What the appositive after a person says, read word by word.
struct Appositive {
    /// The appositive's first token, and the end of the window read.
    k: usize,
    limit: usize,
    /// Its lowercase words before a preposition.
    role: Vec<String>,
    prep_seen: bool,
    /// ", who heads ...": a leader's verb.
    heads_verb: bool,
    /// ", a Dutch MEP who sits in the EPP Group": membership by a relative clause.
    member_verb: bool,
    /// ", a political scientist at the University of X": "at" alone says where one works.
    prep_at: bool,
    /// Where that preposition is: ", a spokesperson for the ministry,".
    prep_tok: Option<usize>,
    demonym_state: Option<usize>,
    /// ", the Liberal Party leader", ", a French Renew Europe lawmaker": the
    /// organisation named before the role noun, and how many role words preceded it.
    pre_org: Option<(usize, usize, usize)>,
    /// The person had an owner before the appositive was read.
    owned_before: bool,
}

impl Builder {

    /// ", [a|the] role words of|at Owner" / " is role at Owner" / ", known as X" /
    /// ", who heads ... known as X".
    #[allow(clippy::too_many_arguments)]
    pub(in crate::extract::cast) fn look_ahead(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], c: &Chunk, a: usize) {
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
        // "Councillor X, of the Radical Civic Union, accused ...": an appositive
        // opening with "of" names what the person belongs to, as "X of the Y" does.
        if toks[c.last + 1].kind == TokKind::Punct(',') && word_at(text, toks, k) == Some("of") && self.actors[a].kind == ActorKind::Person {
            self.of_owner(para, text, toks, chunks, assigned, k, a);
            return;
        }
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
        let mut ap = Appositive { k, limit, role: Vec::new(), prep_seen: false, heads_verb: false, member_verb: false, prep_at: false, prep_tok: None, demonym_state: None, pre_org: None, owned_before: self.info[a].owner.is_some() };
        if !self.scan_appositive(para, text, toks, chunks, assigned, c, a, &mut ap) {
            return;
        }
        self.described_org_after_preposition(para, text, toks, chunks, assigned, c, a, &ap);
        self.owner_of_its(para, text, toks, chunks, assigned, c, a, &ap);
        self.org_before_role_noun(para, text, chunks, assigned, a, &ap);
        if !ap.prep_seen && !ap.heads_verb && !ap.member_verb {
            let before = assigned_before(chunks, assigned, c);
            self.described_role_after(para, &ap.role, before, toks.get(ap.k).map_or(c.end, |t| t.start), a);
        }
        let (role, demonym_state) = (&ap.role, ap.demonym_state);
        let has_role = role.iter().any(|w| kb.is("member_nouns", w) || kb.is("leader_nouns", w) || kb.is("office_nouns", w));
        if let Some(si) = demonym_state.filter(|_| has_role) {
            self.set_state(a, si);
        }
        self.office_in_appositive(text, toks, a, &ap);
        self.capitalised_minister_after(text, toks, chunks, assigned, a, &ap);
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
            // ", a property developer controlled by the family", ", a Dubai-based
            // lender with …": a participle or a preposition after an organisation
            // noun ends the description at that noun.
            if head.as_deref().is_some_and(|h: &str| kb.is("org_descriptions", h)) && (word.ends_with("ed") || crate::extract::lexicon::get().is("preposition", word)) {
                break;
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

    /// Reads the appositive word by word up to its end (punctuation, a possessive's
    /// owner, a name after a preposition): its role words, prepositions, verbs and
    /// the names before the role noun. Returns false when ", known as X" ended it.
    #[allow(clippy::too_many_arguments)]
    fn scan_appositive(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], c: &Chunk, a: usize, ap: &mut Appositive) -> bool {
        let kb = self.kb;
        let lex = crate::extract::lexicon::get();
        let (k, limit) = (ap.k, ap.limit);
        // A verb right after "who", or after "who" and auxiliaries ("who has led X").
        let after_who = |j: usize| follows_who(text, toks, lex, k, j);
        let mut j = k;
        while j < limit {
            match toks[j].kind {
                TokKind::Poss => {
                    self.possessive_in_appositive(para, text, toks, chunks, assigned, c, a, ap, j);
                    break;
                }
                TokKind::Punct(_) => break,
                TokKind::Word => {}
            }
            let w = crate::extract::lexicon::lower_cow(word_at(text, toks, j).unwrap_or(""));
            if w == "known" && word_at(text, toks, j + 1) == Some("as") {
                self.known_as_in_appositive(para, text, chunks, assigned, a, ap, j);
                return false;
            }
            // ", an MP for the Blue Party": a capitalised member noun ("MP", "MEP")
            // read as a one-word chunk is the role, not a body before it.
            let role_chunk = |oc: usize| chunks[oc].first == chunks[oc].last && assigned[oc].is_none() && kb.is("member_nouns", &w) && word_at(text, toks, j + 1).is_some_and(|n| matches!(n, "for" | "of" | "from"));
            if let Some(oc) = starting_at(chunks, j).filter(|&oc| !role_chunk(oc)) {
                match self.chunk_in_appositive(para, text, toks, chunks, assigned, a, ap, oc) {
                    Some(next) => {
                        j = next;
                        continue;
                    }
                    None => break,
                }
            }
            if w == "whose" && j == k {
                self.whose_institution(para, text, chunks, assigned, a, j);
                break;
            }
            if ap.heads_verb && ap.role.last().is_some_and(|r| !kb.is("leader_verbs", r) && !ARTICLES.contains(&r.as_str())) && kb.is("role_stops", &w) && w != "of" {
                if w == "at" {
                    // ", who leads the oceans campaign at Greenpeace Africa": one works
                    // at the organisation (a member), leading only the campaign.
                    ap.heads_verb = false;
                    ap.member_verb = true;
                } else {
                    // ", who heads the government delegation in talks with the ELN": the
                    // object was the lowercase delegation, not what follows.
                    break;
                }
            }
            // ", who was interior minister until March and now heads the Civic
            // Forum": the current post wins; the former post's words are dropped
            // (tree26).
            if j > k + 2 && word_at(text, toks, k).is_some_and(|x| x.eq_ignore_ascii_case("who")) && word_at(text, toks, j - 1) == Some("now") && matches!(word_at(text, toks, j - 2), Some("and" | "but")) && (kb.is("leader_verbs", &w) || kb.is("member_verbs", &w)) {
                ap.role.clear();
                (ap.prep_seen, ap.prep_at, ap.prep_tok, ap.pre_org, ap.demonym_state) = (false, false, None, None, None);
                if kb.is("leader_verbs", &w) {
                    ap.heads_verb = true;
                } else {
                    ap.member_verb = true;
                    if lower_word(text, toks, j + 1).as_deref().is_some_and(|n| matches!(n, "in" | "on" | "with" | "for" | "at")) {
                        j += 1;
                    }
                }
                j += 1;
                continue;
            }
            let to_staff = w == "to" && ap.role.iter().any(|r| kb.is("staff_nouns", r));
            if (to_staff || matches!(&*w, "of" | "at" | "for" | "with" | "from" | "in")) && !ap.role.is_empty() {
                if !ap.prep_seen {
                    ap.prep_tok = Some(j);
                }
                ap.prep_seen = true;
                ap.prep_at = w == "at";
            } else if (kb.is("leader_verbs", &w) && j <= k + 2) || (j > k && kb.is("leader_verbs", &w) && after_who(j)) {
                ap.heads_verb = true;
            } else if j > k && word_at(text, toks, j - 1).is_some_and(|p| p.eq_ignore_ascii_case("who")) && kb.is("member_verbs", &w) {
                ap.member_verb = true;
                let next = lower_word(text, toks, j + 1);
                if next.as_deref().is_some_and(|n| matches!(n, "in" | "on" | "with" | "for" | "at")) {
                    j += 1;
                }
            } else if !ap.prep_seen && !names::is_capitalised(&w) {
                // An acronym keeps its capitals in the role a reader sees ("an MP for the
                // Blue Party": "MP", not "mp"); other role words are kept lowercased.
                let written = word_at(text, toks, j).filter(|o| o.len() > 1 && o.bytes().all(|b| b.is_ascii_uppercase()));
                ap.role.push(written.map_or_else(|| String::from(&*w), str::to_string));
            }
            j += 1;
        }
        true
    }

    /// A possessive in the appositive: ", Russia's deputy foreign minister" (the
    /// state's office holder), ", the Peasant Federation's secretary general" (the
    /// organisation named before it), ", the council's president" (the council the
    /// story named last), ", who leads the agency's team in Gambella" (a member).
    #[allow(clippy::too_many_arguments)]
    fn possessive_in_appositive(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], c: &Chunk, a: usize, ap: &Appositive, j: usize) {
        let kb = self.kb;
        let Appositive { k, heads_verb, member_verb, pre_org, .. } = *ap;
        let role = &ap.role;
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
            return;
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
            return;
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
                let before = assigned_before(chunks, assigned, c);
                if let Some(o) = self.described_org(noun, before, a) {
                    let lead = next.as_deref().is_some_and(|n| kb.is("leader_nouns", n));
                    self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, toks[k].start);
                    if self.actors[a].role.is_none() && noun_role {
                        self.actors[a].role = next.clone();
                    }
                }
            }
        }
    }

    /// ", known as Hemedti": the person's alias (right after the comma); ", who now
    /// heads an anti-war front known as Taqaddum": the organisation the person leads.
    #[allow(clippy::too_many_arguments)]
    fn known_as_in_appositive(&mut self, para: usize, text: &str, chunks: &[Chunk], assigned: &mut [Option<usize>], a: usize, ap: &Appositive, j: usize) {
        let Appositive { k, heads_verb, .. } = *ap;
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
    }

    /// A name in the appositive: skipped when a hyphenated adjective ("the
    /// Amman-based ..."), the owner after a preposition or a leader's or member's
    /// verb (`role_at_chunk`: the scan ends), else a state (a demonym) or the
    /// organisation before the role noun. Returns where the scan goes on.
    #[allow(clippy::too_many_arguments)]
    fn chunk_in_appositive(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], a: usize, ap: &mut Appositive, oc: usize) -> Option<usize> {
        if self.hyphen_adjective(text, toks, &chunks[oc]) {
            return Some(chunks[oc].last + 2); // "the Amman-based ...": skip "Amman-based".
        }
        // "Iraq's foreign ministry", "Kyrgyzstan's State Committee for National
        // Security": the institution, not the state.
        let ministry = match assigned[oc].and_then(|o| self.info[o].is_state) {
            Some(si) if ap.prep_seen => self.possessive_ministry(text, toks, &chunks[oc], si).or_else(|| {
                // (past up to two lowercase modifiers: "a member of Finland's
                // governing Centre Party", tree23: the state's party, not the state;
                // "a member of Finland's ruling coalition" names no body: the state)
                let next = past_modifiers(text, toks, chunks, chunks[oc].last + 2).filter(|_| toks.get(chunks[oc].last + 1).is_some_and(|t| t.kind == TokKind::Poss))?;
                assigned[next].filter(|&o| self.actors[o].kind == ActorKind::Organization)
            }),
            _ => None,
        };
        let o = ministry.or(assigned[oc]);
        if ap.prep_seen || ap.heads_verb || ap.member_verb {
            self.role_at_chunk(para, text, toks, chunks, assigned, a, ap, oc, o);
            return None;
        }
        match o {
            Some(o) if self.info[o].is_state.is_some() => {
                ap.demonym_state.get_or_insert(self.info[o].is_state.unwrap_or_default());
            }
            Some(o) if self.actors[o].kind == ActorKind::Media => {}
            // An unassigned acronym ("a Spanish EPP lawmaker") is made an
            // organisation only if a role noun follows (below).
            _ if o.is_some() || chunks[oc].first == chunks[oc].last => ap.pre_org = Some((oc, ap.role.len(), chunks[oc].start)),
            _ => {}
        }
        Some(chunks[oc].last + 1)
    }

    /// ", a senior adviser at Morgan Stanley", ", president of the ECOWAS
    /// Commission", ", who chairs ...": the person's place in the name after the
    /// preposition or verb: a state, a person's staff, an institution one works at or
    /// presides over, or an organisation the person leads or belongs to.
    #[allow(clippy::too_many_arguments)]
    fn role_at_chunk(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], a: usize, ap: &Appositive, oc: usize, o: Option<usize>) {
        let kb = self.kb;
        // ", who runs the Kenya office of Oxfam", ", head of the Gaza bureau of Al
        // Jazeera": a place before a local office's noun (`[local_office]`) is where
        // the office is; the person belongs to the body after "of" (never a state).
        let state = |b: &Builder, x: Option<usize>| x.is_some_and(|x| b.info[x].is_state.is_some());
        // (a place the cast keeps as no actor, "the Gaza bureau of", is one too)
        let here = o.or(assigned[oc]);
        if here.is_none() || state(self, here) {
            let t = chunks[oc].last + 1;
            let local = lower_word(text, toks, t).is_some_and(|w| crate::extract::lexicon::get().is("local_office", &w)) && word_at(text, toks, t + 1) == Some("of");
            let b = if word_at(text, toks, t + 2) == Some("the") { t + 3 } else { t + 2 };
            if let Some(oc2) = starting_at(chunks, b).filter(|_| local) {
                let o2 = assigned[oc2].or_else(|| self.chunk_org_at(text, &chunks[oc2], assigned, oc2));
                if o2.is_some() && !state(self, o2) {
                    return self.role_at_chunk(para, text, toks, chunks, assigned, a, ap, oc2, o2);
                }
                return;
            }
        }
        let Appositive { heads_verb, member_verb, prep_at, prep_tok, .. } = *ap;
        let role = &ap.role;
        let o = o.or_else(|| if prep_at && role.iter().any(|w| ["member_nouns", "leader_nouns", "office_nouns", "staff_nouns"].iter().any(|l| kb.is(l, w))) { self.chunk_org_at(text, &chunks[oc], assigned, oc) } else { self.chunk_org(text, &chunks[oc], assigned, oc) });
        // ", a member of Inatsisartut for the Siumut party": a legislator belongs to
        // the party named after the legislature (cast26).
        let o = o.map(|o| party_after_legislature(text, toks, chunks, assigned, oc).filter(|&p| self.actors[p].kind == ActorKind::Organization).unwrap_or(o));
        // ", who studied at Seoul National University": a clause of passing through
        // (`[passing_verbs]`) with no role noun places no member at the name.
        let noun = |w: &String| ["member_nouns", "leader_nouns", "office_nouns", "staff_nouns"].iter().any(|l| kb.is(l, w));
        let lex = crate::extract::lexicon::get();
        if prep_at && !heads_verb && !member_verb && role.first().is_some_and(|w| w == "who") && role.iter().any(|w| lex.is("passing_verbs", w)) && !role.iter().any(noun) {
            return;
        }
        // ", head of research at the Prague security firm Hradba Labs", "an analyst at
        // the Kenyan bank Equity Trust": a state's city or demonym and an organisation
        // noun (`org_descriptions`) introduce the named body, which the person serves
        // (tree28). Without a name after the noun ("at a Kenyan bank") the state stays.
        let o = o.map(|o| {
            if self.info[o].is_state.is_none() {
                return o;
            }
            let mut k = chunks[oc].last + 1;
            let mut noun = false;
            while k < chunks[oc].last + 4 && word_at(text, toks, k).is_some_and(|w| !names::is_capitalised(w)) {
                noun = word_at(text, toks, k).is_some_and(|w| kb.is("org_descriptions", &w.lowercase()));
                k += 1;
            }
            let named = chunks.get(oc + 1).filter(|c| noun && c.first == k).and_then(|_| assigned[oc + 1]);
            named.filter(|&n| n != a && self.actors[n].kind == ActorKind::Organization).unwrap_or(o)
        });
        if let Some(o) = o {
            let lead = heads_verb || role.iter().any(|w| kb.is("leader_nouns", w));
            let mem = member_verb || prep_at || role.iter().any(|w| kb.is("member_nouns", w) || kb.is("office_nouns", w));
            if !(lead || mem) {
                // ", accusing them of being fooled by the Americans": no role.
            } else if let Some(si) = self.info[o].is_state {
                // (tree22: a demonym describing the object, ", who runs a Romanian
                // trading firm", giving no state measured held-out parent .736 ->
                // .734, dev unchanged: an analyst "at a Kenyan bank" is Kenya's)
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
    }

    /// ", whose Department of National Defense oversees ...": the person's institution.
    fn whose_institution(&mut self, para: usize, text: &str, chunks: &[Chunk], assigned: &mut [Option<usize>], a: usize, j: usize) {
        if let Some(oc) = starting_at(chunks, j + 1) {
            if let Some(o) = self.chunk_org(text, &chunks[oc], assigned, oc).filter(|&o| self.actors[o].kind == ActorKind::Organization) {
                let kind = if self.info[a].office.is_some_and(|o| o != OfficeKind::Rank) { "leads" } else { "member_of" };
                self.info[a].owner = None; // the institution beats an office's default
                self.set_owner(a, o, kind, para, chunks[oc].start);
            }
        }
    }

    /// ", a spokesperson for the ministry,": no name after the preposition, but a
    /// description ending the appositive names the organisation it stands for.
    #[allow(clippy::too_many_arguments)]
    fn described_org_after_preposition(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], c: &Chunk, a: usize, ap: &Appositive) {
        let kb = self.kb;
        let Appositive { prep_tok, owned_before, .. } = *ap;
        let role = &ap.role;
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
                let before = assigned_before(chunks, assigned, c);
                if let Some(o) = self.described_org(&noun, before, a) {
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
    }

    /// ", its deputy minister": the organisation (or state) the pronoun refers to.
    #[allow(clippy::too_many_arguments)]
    fn owner_of_its(&mut self, para: usize, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &mut [Option<usize>], c: &Chunk, a: usize, ap: &Appositive) {
        let kb = self.kb;
        let Appositive { k, owned_before, .. } = *ap;
        let role = &ap.role;
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
    }

    /// ", the Liberal Party leader", ", a Spanish EPP lawmaker on the trade committee":
    /// the organisation named before the role noun.
    fn org_before_role_noun(&mut self, para: usize, text: &str, chunks: &[Chunk], assigned: &mut [Option<usize>], a: usize, ap: &Appositive) {
        let kb = self.kb;
        let Appositive { pre_org, owned_before, .. } = *ap;
        let role = &ap.role;
        if let Some((oc, at, start)) = pre_org.filter(|_| !owned_before && self.info[a].owner.is_none()) {
            let after = &role[at.min(role.len())..];
            let lead = after.first().is_some_and(|w| kb.is("leader_nouns", w));
            let mem = after.first().is_some_and(|w| kb.is("member_nouns", w) || kb.is("staff_nouns", w));
            let o = if lead || mem { self.chunk_org(text, &chunks[oc], assigned, oc).or_else(|| self.joined_short_form(text, chunks, oc)) } else { None };
            if let Some(o) = o.filter(|&o| self.as_org(o)) {
                self.set_owner(a, o, if lead { "leads" } else { "member_of" }, para, start);
                if self.actors[a].role.is_none() {
                    self.actors[a].role = Some(format!("{} {}", self.actors[o].name, after[0]));
                }
            }
        }
    }

    /// ", an Authenticity and Modernity deputy" after "the Authenticity and
    /// Modernity Party": two names joined by "and" before the role noun are one
    /// shorter form of the party (or other body) the story named in full with its
    /// head word after (`shorter_form`). Not ", a Smith and Jones partner" when no
    /// "Smith and Jones <head>" was named.
    fn joined_short_form(&self, text: &str, chunks: &[Chunk], oc: usize) -> Option<usize> {
        let (b, c) = (chunks.get(oc.checked_sub(1)?)?, &chunks[oc]);
        let gap = text.get(b.end..c.start)?;
        if gap.trim() != "and" {
            return None;
        }
        self.shorter_form(&text[b.start..c.end])
    }

    /// ", the assistant secretary of state for African affairs": a title with no
    /// owner named; ", the shadow schools minister": an opposition office.
    fn office_in_appositive(&mut self, text: &str, toks: &[Tok], a: usize, ap: &Appositive) {
        let kb = self.kb;
        let lex = crate::extract::lexicon::get();
        let Appositive { k, limit, heads_verb, .. } = *ap;
        let role = &ap.role;
        if self.actors[a].role.is_none() && !heads_verb {
            // ", then the minister", ", now the party's treasurer": a leading
            // `[placing_adverb]` (data/grammar_words.txt) dates the office, no more.
            let dated = |w: &str| ARTICLES.contains(&w) || lex.is("placing_adverb", w);
            let words: Vec<&str> = role.iter().map(String::as_str).skip_while(|w| dated(w)).filter(|w| !ARTICLES.contains(w)).collect();
            for n in (1..=words.len().min(kb.office_max_words)).rev() {
                let phrase = words[..n].join(" ");
                let full: String = (k..limit)
                    .filter_map(|t| word_at(text, toks, t))
                    .skip_while(|w| dated(&w.lowercase()))
                    .take(n + 2)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .lowercase();
                let o = kb.office(&full).or_else(|| kb.office(&phrase));
                if let Some(o) = o {
                    self.actors[a].role = Some(o.display());
                    self.hold_office(a, o);
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

    /// ", Minister of Mines and Energy,", ", the Deputy Minister for Trade and
    /// Industry", "— X, Minister of Finance" (a credit line): a minister's capitalised
    /// title in apposition after the name is the person's role and office, as the
    /// lowercase ", minister of finance," already was (tree25). Only a minister's
    /// office (`[offices.tsv]` kind minister) whose title the chunk opens, followed by
    /// "of"/"for" or ending the chunk; the title must end the appositive (a mark
    /// other than a hyphen, or the paragraph's end). Not ", Minister Otieno's aide" (a name after the
    /// title), not ", Minister of State for X" read as anything but a minister, not a
    /// chunk the cast made an actor ("the Ministry of Finance").
    #[allow(clippy::too_many_arguments)]
    fn capitalised_minister_after(&mut self, text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], a: usize, ap: &Appositive) {
        let kb = self.kb;
        if self.actors[a].role.is_some() || self.actors[a].kind != ActorKind::Person || ap.heads_verb || ap.member_verb {
            return;
        }
        let mut k = ap.k;
        if word_at(text, toks, k).is_some_and(|w| matches!(w, "the" | "The")) {
            k += 1;
        }
        let Some(oc) = starting_at(chunks, k) else { return };
        if assigned[oc].is_some() {
            return;
        }
        let c = &chunks[oc];
        // The appositive ends with the title.
        let ends = match toks.get(c.last + 1) {
            None => true,
            // (any mark but a hyphen: a credit line may run into the next quote's mark)
            Some(t) if matches!(t.kind, TokKind::Punct(p) if p != '-' && p != '\u{2010}') => true,
            // (not "…, the Minister of X and the government's spokesperson": a
            // second role after "and" is left to the description as before; giving
            // the title there moved a dev quote, the protagonist's count, tree25)
            Some(_) => false,
        };
        if !ends {
            return;
        }
        let words: Vec<String> = c.words(text, toks).iter().map(|w| w.lowercase()).collect();
        for n in (1..=words.len().min(kb.office_max_words)).rev() {
            let Some(o) = kb.office(&words[..n].join(" ")) else { continue };
            if o.kind != OfficeKind::Minister {
                continue;
            }
            if n < words.len() && !matches!(words[n].as_str(), "of" | "for") {
                return;
            }
            self.actors[a].role = Some(c.text(text).to_string());
            self.hold_office(a, o);
            return;
        }
    }
}

/// Whether the word at `j` follows "who", directly or past up to two auxiliaries
/// ("who has led X"), within the appositive that starts at `k`.
fn follows_who(text: &str, toks: &[Tok], lex: &Lexicon, k: usize, j: usize) -> bool {
    let mut b = j - 1;
    while b > k && b + 3 > j && lower_word(text, toks, b).is_some_and(|w| lex.is("auxiliary", &w)) {
        b -= 1;
    }
    word_at(text, toks, b).is_some_and(|p| p.eq_ignore_ascii_case("who"))
}

/// The chunk starting at token `t`, or after up to two lowercase words from it
/// ("Finland's governing Centre Party": the chunk after "governing").
fn past_modifiers(text: &str, toks: &[Tok], chunks: &[Chunk], t: usize) -> Option<usize> {
    for u in t..t + 3 {
        if let Some(c) = starting_at(chunks, u) {
            return Some(c);
        }
        if !word_at(text, toks, u).is_some_and(|w| w.starts_with(char::is_lowercase)) {
            return None;
        }
    }
    None
}

/// The party chunk right after a legislature's name: "Inatsisartut for the Siumut
/// party" (the legislature's last word in `[legislatures]`, then "for the", a name,
/// and a lowercase `[party_noun]`), as `names::chunks` splits it.
fn party_after_legislature(text: &str, toks: &[Tok], chunks: &[Chunk], assigned: &[Option<usize>], oc: usize) -> Option<usize> {
    let c = &chunks[oc];
    let last = word_at(text, toks, c.last)?;
    if !super::super::kb::get().is("legislatures", last) || word_at(text, toks, c.last + 1) != Some("for") || word_at(text, toks, c.last + 2) != Some("the") {
        return None;
    }
    let next = chunks.get(oc + 1).filter(|n| n.first == c.last + 3)?;
    let noun = word_at(text, toks, next.last + 1)?;
    (!names::is_capitalised(noun) && crate::extract::lexicon::get().is_lower("party_noun", noun)).then_some(())?;
    assigned[oc + 1]
}
