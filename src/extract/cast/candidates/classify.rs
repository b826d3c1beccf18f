//! Classifying a chunk by what it *is*: `classify` reads the chunk's words once
//! (`Seen`) and what the knowledge base and the word lists say of them (`Rest`),
//! then tries the steps below in order; the first that decides wins. A step that
//! decides returns `Some(result)` (the actor, or `None`: no actor), one that does not
//! returns `None` and the next is tried (`decided!`). The steps that read a title
//! are in `titles.rs`, those that read a shorter form of a name given before in
//! `short_forms.rs`, and those for a lone word in `lone_word.rs`.

use crate::case::StrCase;
use crate::extract::cast::builder::*;
use crate::extract::cast::kb::{Entry, Kb, StateForm};
use crate::extract::cast::names::{self, Chunk, Tok, TokKind};
use crate::extract::cast::{ActorDraft, Mention};
use crate::extract::Lowered;
use crate::model::ActorKind;
use super::helpers::*;
use super::titles::{given_name_after_office, kb_titles};

/// A chunk with the words around it, read once by `classify` for every step.
#[derive(Clone, Copy)]
pub(super) struct Seen<'a> {
    pub(super) para: usize,
    pub(super) text: &'a str,
    pub(super) toks: &'a [Tok],
    pub(super) lower: &'a Lowered,
    pub(super) c: &'a Chunk,
    pub(super) full: &'a str,
    /// The chunk's word tokens, and their words.
    pub(super) wt: &'a [usize],
    pub(super) words: &'a [&'a str],
    /// The lowercase forms of the words right before and right after the chunk.
    pub(super) prev: Option<&'a str>,
    pub(super) next: Option<&'a str>,
}

impl<'a> Seen<'a> {
    /// The text of words `a..b` of the chunk.
    pub(super) fn span(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.toks[self.wt[a]].start..self.toks[self.wt[b - 1]].end]
    }

    /// The lowercase form of token `k`, when it is a word.
    pub(super) fn word_lower(&self, k: usize) -> Option<&'a str> {
        self.toks.get(k).is_some_and(|t| t.kind == TokKind::Word).then(|| self.lower.get(k))
    }
}

/// The chunk's words past its longest knowledge-base prefix, and what the word lists
/// say of them.
pub(super) struct Rest<'a> {
    /// The longest knowledge-base entry opening the chunk, and its length in words.
    pub(super) prefix: Option<(Entry, usize)>,
    pub(super) n0: usize,
    pub(super) rest: &'a [&'a str],
    pub(super) rest_text: &'a str,
    /// Per word of the rest, the word lists it is in (`kb.mask`).
    pub(super) masks: &'a [u32],
    /// "National People's Assembly": a legislature's head word heads an institution.
    pub(super) last_is_head: bool,
    pub(super) has_org_head: bool,
    /// The acronym defined right after the chunk ("(IRGC)", ", or TTP,"), unless it
    /// is a person's party (`party_acr`).
    pub(super) defined: Option<String>,
    pub(super) party_acr: Option<String>,
}

impl Rest<'_> {
    /// Whether a word of the rest is in the word list `section`.
    pub(super) fn in_rest(&self, kb: &Kb, section: &str) -> bool {
        let bit = kb.bit(section);
        self.masks.iter().any(|m| m & bit != 0)
    }
}

impl Builder {
    /// The actor a capitalised chunk names, by what it is and the words next to it
    /// (or `None`: no actor, or one decided once the whole document is read).
    pub(in crate::extract::cast) fn classify(&mut self, para: usize, text: &str, toks: &[Tok], lower: &Lowered, c: &Chunk) -> Option<usize> {
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
        let v = Seen { para, text, toks, lower, c, full, wt, words, prev, next };
        use crate::extract::cast::trace::phase;
        decided!(self.media_outlet(&v));
        decided!(self.named_after_org_noun(&v));
        decided!(self.native_name_in_apposition(&v));
        decided!(self.described_as_organisation(&v));
        // An acronym defined in parentheses after its expansion is handled there.
        if acronym_being_defined(&v) {
            phase("acronym_being_defined");
            return None;
        }
        let span = |a: usize, b: usize| v.span(a, b);
        // Longest KB prefix.
        let mut prefix: Option<(Entry, usize)> = None;
        for n in (1..=words.len().min(kb.max_words)).rev() {
            if let Some(e) = kb.lookup(span(0, n)) {
                prefix = Some((e, n));
                break;
            }
        }
        // "the Red Cross Society of Vanuatu": a movement's short name opening a
        // longer name (`[national_society]`) is a national society's own, no part
        // of the international body (placed by its "of" state instead).
        if matches!(prefix, Some((Entry::Body(_), n)) if n < words.len() && national_society(&span(0, n))) {
            prefix = None;
        }
        let n0 = prefix.map_or(0, |p| p.1);
        let rest = &words[n0..];
        let defined = self.parenthesised_acronym(text, toks, c.last + 1).or_else(|| or_acronym(text, toks, c.last + 1, full));
        if rest.is_empty() {
            phase("known_entry");
            let (e, _) = prefix?;
            return self.known_entry(&v, e, defined);
        }
        let rest_text = span(n0, words.len());
        // "a French Renew Europe lawmaker": a demonym before a known body.
        if matches!(prefix, Some((Entry::State(..), _))) {
            // "the Kenyan Red Cross", "Kenya Red Cross": a state before a
            // movement's short name names its national society, under that state.
            if national_society(rest_text) {
                let a = self.org(full, ActorKind::Organization);
                self.place_by_prefix(a, prefix, "part_of", para, c.start);
                return Some(a);
            }
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
        let mut r = Rest { prefix, n0, rest, rest_text, masks, last_is_head: false, has_org_head: false, defined, party_acr: None };
        // "National People's Assembly": a legislature's head word heads an institution.
        // "the Executive Yuan", "the Verkhovna Rada": a native head word
        // (`[final_org_head]`) heads the name only last, after another word.
        let final_head = rest.len() >= 2 && crate::extract::lexicon::get().is("final_org_head", lower.get(*wt.last().unwrap_or(&0)));
        let last_is_head = final_head || masks.last().is_some_and(|&m| m != 0 && m & (kb.bit("org_heads") | kb.bit("legislatures")) != 0);
        r.last_is_head = last_is_head;
        r.has_org_head = r.in_rest(kb, "org_heads") || last_is_head;
        if r.defined.is_none() && r.has_org_head {
            r.defined = blended_short_name(text, toks, c.last + 1, full).or_else(|| acronym_before_expansion(text, toks, c));
        }
        // "the Citizen Revolution movement": a party's noun after it makes a name with
        // an event's word a body's (a place, "the West African bloc", stays none).
        if r.in_rest(kb, "event_words") {
            decided!(self.name_before_party_noun(&v, &r));
        }
        phase("names_no_actor");
        if names_no_actor(kb, &v, &r) || self.party_seat_title(text, toks, wt) || work_title(&v, &r) || programme_of_outlet(kb, &v, &r) {
            return None;
        }
        r.party_acr = self.person_party_acronym(&v, &r);
        if r.party_acr.is_some() {
            r.defined = None;
        }
        decided!(self.name_before_party_noun(&v, &r));
        decided!(self.local_government(&v, &r));
        decided!(self.name_before_media_noun(&v, &r));
        decided!(self.role_domain(&v, &r));
        decided!(self.outlet_name(&v, &r));
        decided!(self.outlet_by_frame(&v, &r));
        let (mut titles, i) = kb_titles(kb, &v, n0);
        let i = given_name_after_office(&v, &mut titles, i);
        phase("owner_title_name");
        if titles.is_empty() && n0 == 0 {
            // "Commission President X": an institution, its office, then the holder.
            if let Some(a) = self.owner_title_name(para, text, toks, wt, c.start) {
                return Some(a);
            }
            if self.title_chunk {
                return None;
            }
        }
        decided!(self.title_that_is_a_given_name(&v, &titles, i, n0));
        if !titles.is_empty() {
            phase("person_of_titles");
            return self.person_of_titles(&v, &r, &titles, i);
        }
        decided!(self.unlisted_title(&v, &r));
        decided!(self.bare_head_word(&v, &r));
        decided!(self.shorter_form_of_name(&v, &r));
        decided!(self.lone_head_word(&v, &r));
        if r.has_org_head || r.defined.is_some() {
            phase(if r.has_org_head { "institution: head word" } else { "institution: acronym defined" });
            return Some(self.institution(&v, &r));
        }
        if rest.len() >= 2 {
            decided!(self.multiword_not_person(&v, &r));
            decided!(self.opening_words_of_person(&v, &r));
            // "“The Snake Wakes Up”", "“A Long Night Ahead”": a name that fills a whole
            // quotation opened by a stop capital ("The", "A") is a title or a
            // headline, no one's name (a quoted name alone, "“Los Pulpos”", stays);
            // so are the words of a work's quoted title (`in_work_title`) and a book
            // review's header title (`book_header`).
            phase("quoted_whole");
            if n0 == 0 && (quoted_whole(text, toks, c) || in_work_title(text, toks, lower, c) || book_header(text, toks, c)) {
                return None;
            }
            phase("person_name: multiword default");
            return Some(self.person_name(&v, &r));
        }
        decided!(self.capital_as_given_name(&v, &r));
        if let Some((e, _)) = prefix {
            return Some(self.entry(e)); // "Iran Watchers"-like: keep the known part.
        }
        self.lone_word(&v)
    }

    /// "the Liberty Times", "the Evening Post", "the Straits Ledger": a name of two or
    /// more words that ends in a newspaper's head word (`[media_heads]`) is an outlet,
    /// placed by the state opening it ("the Jerusalem Post"). A known body's or
    /// person's name never gets here (the knowledge base and titles come first).
    fn outlet_name(&mut self, v: &Seen, r: &Rest) -> Option<Option<usize>> {
        let Seen { para, c, full, words, lower, wt, .. } = *v;
        if words.len() < 2 || r.rest.is_empty() || !crate::extract::lexicon::get().is("media_heads", lower.get(*wt.last()?)) {
            return None;
        }
        let a = self.org(full, ActorKind::Media);
        self.place_by_prefix(a, r.prefix, "part_of", para, c.start);
        Some(Some(a))
    }

    /// "In an interview with Corriere della Sera published on Friday", "speaking to
    /// Asharq Al-Awsat on condition of anonymity": an interview's host that published
    /// or aired it (`[media_verbs]`), or the one a source spoke to anonymously, is an
    /// outlet. Only a name of two words or more that no given name opens and no known
    /// entry starts ("an interview with Maria Lopez published …" is hers).
    fn outlet_by_frame(&mut self, v: &Seen, r: &Rest) -> Option<Option<usize>> {
        let Seen { c, full, words, prev, next, .. } = *v;
        if r.prefix.is_some() || words.len() < 2 || given_name(words[0]) || self.names_person(full) {
            return None;
        }
        let at = |k: usize| v.word_lower(k);
        let interview = prev == Some("with") && c.first >= 2 && at(c.first - 2).is_some_and(|w| w == "interview" || w == "interviews") && next.is_some_and(|n| self.kb.is("media_verbs", n));
        let anonymous = matches!(prev, Some("to" | "told")) && next == Some("on") && at(c.last + 2) == Some("condition");
        (interview || anonymous).then(|| Some(self.org(full, ActorKind::Media)))
    }

    /// "the outlet Sudan Dispatch", "the newspaper Kayhan": a name right after a media
    /// noun is an outlet; "the U.N. refugee agency UNHCR" is the body the knowledge
    /// base knows, not an outlet.
    fn media_outlet(&mut self, v: &Seen) -> Option<Option<usize>> {
        let Seen { text, toks, c, full, prev, .. } = *v;
        let kb = self.kb;
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
            return Some(Some(a));
        }
        None
    }

    /// "the think tank Bruegel", "the ruling party Libre": a name right after an
    /// organisation noun is an organisation.
    /// ("the regulator Ofgem fined ...": a verb may follow the name too.)
    /// (Not a person the story named: "the party Orbán founded".)
    fn named_after_org_noun(&mut self, v: &Seen) -> Option<Option<usize>> {
        let Seen { text, toks, c, full, words, prev, next, .. } = *v;
        let kb = self.kb;
        let closes = toks.get(c.last + 1).is_none_or(|t| matches!(t.kind, TokKind::Punct(_) | TokKind::Poss)) || (next.as_deref().is_some_and(|n| word_at(text, toks, c.last + 1) == Some(n) && !crate::extract::lexicon::get().is("name_particle", n)) && !self.names_person(full));
        if closes && prev.as_deref().is_some_and(|p| kb.is("org_descriptions", p)) && kb.lookup(full).is_none() && kb.office(words[0]).is_none() && !kb.is("honorifics", words[0]) {
            return Some(Some(self.org(full, ActorKind::Organization)));
        }
        None
    }

    /// "the Greenlandic parliament, Inatsisartut,": a name in apposition right after
    /// an organisation noun is its name (a native name the reader is given once),
    /// unless a given name opens it ("the group, Ahmed Ali,"); the noun in lowercase
    /// ("a spokesman for the Mining Union, Milan Horvat," names the spokesman).
    fn native_name_in_apposition(&mut self, v: &Seen) -> Option<Option<usize>> {
        let Seen { text, toks, c, full, words, .. } = *v;
        let kb = self.kb;
        let word_lower = |k: usize| v.word_lower(k);
        let appositive = c.first >= 2 && toks[c.first - 1].kind == TokKind::Punct(',') && word_at(text, toks, c.first - 2).is_some_and(|w| !names::is_capitalised(w)) && word_lower(c.first - 2).is_some_and(|p| kb.is("org_descriptions", &p));
        if appositive && words.len() <= 3 && toks.get(c.last + 1).is_none_or(|t| matches!(t.kind, TokKind::Punct(',' | '.' | ';' | ')'))) && kb.lookup(full).is_none() && !given_name(words[0]) && kb.office(words[0]).is_none() && !kb.is("honorifics", words[0]) && !self.names_person(full) {
            return Some(Some(self.org(full, ActorKind::Organization)));
        }
        None
    }

    /// "Renamo, the main opposition party", "the Serb List, the largest Serb party":
    /// a name so described is an organisation. Only for a lone word or a name that
    /// opens with a state's form, which no other rule reads as a name; a person-like
    /// name ("DP World, the Emirati-backed port operator") is read after it.
    fn described_as_organisation(&mut self, v: &Seen) -> Option<Option<usize>> {
        let Seen { text, toks, c, full, words, .. } = *v;
        let kb = self.kb;
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
                return Some(Some(a));
            }
        }
        None
    }

    /// A chunk that is a knowledge-base entry and nothing more: the state or body,
    /// unless the words around make it an ethnicity, a language or a place ("ethnic
    /// Albanian mayors", "its Portuguese acronym", "a rally in Niamey"); "Somali
    /// fighters" (a plural demonym before a follower noun) is a group of the state's.
    fn known_entry(&mut self, v: &Seen, e: Entry, defined: Option<String>) -> Option<usize> {
        let Seen { para, c, full, prev, next, .. } = *v;
        let kb = self.kb;
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
                        self.admitted(self.actors.len() - 1);
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
        if let Some(acr) = defined.filter(|acr| !other(acr) && (matches!(e, Entry::Body(_)) || crate::extract::cast::initials_match(acr, &self.actors[a].name))) {
            self.alias(a, &acr);
        }
        // "al-Shabaab" for the KB's "al-Shabab": the article's spelling is an alias.
        if matches!(e, Entry::Body(_)) && self.actors[a].name != full && !self.actors[a].aliases.iter().any(|x| x == full) {
            self.alias(a, full);
        }
        return Some(a);
    }

    /// "the Border Guard Command", "the 13 Brigade", "the Revolutionary Guards (IRGC)":
    /// an institution (a head word, or an acronym defined right after), placed by
    /// the knowledge-base entry opening it ("Hamas Political Bureau") or the state
    /// after "of" ("... Organization of Iran").
    fn institution(&mut self, v: &Seen, r: &Rest) -> usize {
        let Seen { para, text, toks, c, full, words, .. } = *v;
        let Rest { prefix, n0, .. } = *r;
        let kb = self.kb;
        let span = |a: usize, b: usize| v.span(a, b);
        // "the 13 Brigade": a numbered unit is named with its number, never a bare head.
        let number = c.first.checked_sub(1).and_then(|k| word_at(text, toks, k)).filter(|w| w.starts_with(|ch: char| ch.is_ascii_digit()));
        let numbered = number.filter(|_| n0 == 0).map(|n| format!("{n} {full}"));
        let a = self.org(numbered.as_deref().unwrap_or(full), if news_institution(r) { ActorKind::Media } else { ActorKind::Organization });
        // "China's Taiwan Affairs Office": a state before "Affairs" is the office's
        // remit, not its owner; a state's possessive before the name owns it.
        let remit = matches!(prefix, Some((Entry::State(..), _))) && r.rest.first().is_some_and(|w| *w == "Affairs");
        if !remit {
            self.place_by_prefix(a, prefix, "part_of", para, c.start);
        } else if c.first >= 2 && toks[c.first - 1].kind == TokKind::Poss {
            if let Some(Entry::State(si, StateForm::Name)) = word_at(text, toks, c.first - 2).and_then(|w| kb.lookup(w)) {
                self.state(si);
                self.set_state(a, si);
            }
        }
        // "... Organization of Iran".
        for (k, w) in words.iter().enumerate() {
            if *w == "of" && k + 1 < words.len() {
                if let Some(Entry::State(si, StateForm::Name)) = kb.lookup(span(k + 1, words.len())) {
                    // ("the Red Cross Society of Vanuatu": a national society is
                    // that state's even when the story names it nowhere else.)
                    if (1..k).any(|n| national_society(&span(0, n))) {
                        self.state(si);
                    }
                    self.set_state(a, si);
                }
            }
        }
        if let Some(acr) = &r.defined {
            self.alias(a, acr);
        }
        a
    }

    /// "the governing Georgian Dream party", "the Yntymak faction", "the Coordination
    /// Framework coalition", "the Viv Ansanm gang coalition": a name right before a
    /// lowercase political body's noun (or one lowercase word and the noun)
    /// (`[party_noun]` in data/grammar_words.txt) is that body's name, an
    /// organisation, even when a state's demonym opens it. Not a name a person of the
    /// story bears ("the Ruto faction"), one a given name opens ("the Raila Odinga
    /// movement"), one with a possessive inside or one after "and" (the end of a
    /// longer name the chunks split).
    fn name_before_party_noun(&mut self, v: &Seen, r: &Rest) -> Option<Option<usize>> {
        let Seen { text, toks, c, full, prev, .. } = *v;
        let lx = crate::extract::lexicon::get();
        // ("the Liberty and Refoundation party": the name's first part is another chunk.)
        if prev == Some("and") {
            return None;
        }
        // (Asked of the word itself, lowercased on the stack: `Lexicon::is_lower`.)
        let lower_at = |k: usize| word_at(text, toks, k).filter(|w| !names::is_capitalised(w));
        let party = |k: usize| lower_at(k).is_some_and(|n| lx.is_lower("party_noun", n));
        // "the Viv Ansanm gang coalition", "the Sadrist opposition bloc": one
        // lowercase word may qualify the noun, after a determiner ("Orbán told party
        // members" is a person's verb).
        let determined = prev.is_some_and(|p| lx.is("determiner", p));
        if !(party(c.last + 1) || (determined && lower_at(c.last + 1).is_some() && party(c.last + 2))) {
            return None;
        }
        let opening = matches!(r.prefix, None | Some((Entry::State(_, StateForm::Demonym), _)));
        let poss = toks[c.first..=c.last].iter().any(|t| t.kind == TokKind::Poss);
        if !opening || poss || given_name(r.rest[0]) || self.names_person(full) {
            return None;
        }
        Some(Some(self.org(full, ActorKind::Organization)))
    }

    /// "the Kumamoto prefectural government", "the Sindh provincial government", "the
    /// Lagos state government": a place's name, then a lowercase word of a level of
    /// government below the state (`[local_government]` in data/grammar_words.txt),
    /// then "government", is that place's government, an organisation named "Kumamoto
    /// Prefectural Government" (its state is found like any body's). Not after a
    /// state's name or demonym ("the Nigerian state government" is the state's own),
    /// a possessive or a given name.
    fn local_government(&mut self, v: &Seen, r: &Rest) -> Option<Option<usize>> {
        let Seen { text, toks, c, full, .. } = *v;
        let lx = crate::extract::lexicon::get();
        let (Some(level), Some(gov)) = (word_at(text, toks, c.last + 1), word_at(text, toks, c.last + 2)) else { return None };
        if gov != "government" || names::is_capitalised(level) || !lx.is("local_government", level) {
            return None;
        }
        let poss = toks[c.first..=c.last].iter().any(|t| t.kind == TokKind::Poss);
        if r.prefix.is_some() || poss || given_name(r.rest[0]) || self.names_person(full) {
            return None;
        }
        let mut cap = level.chars();
        let level_cap: String = cap.next().map(|f| f.to_ascii_uppercase()).into_iter().chain(cap).collect();
        let a = self.org(&format!("{full} {level_cap} Government"), ActorKind::Organization);
        self.alias(a, &text[c.start..toks[c.last + 2].end]);
        self.local_govs.insert(full.lowercase(), a);
        Some(Some(a))
    }

    /// "the Saudi-owned Asharq Al-Awsat newspaper", "the Yomiuri Shimbun daily": a
    /// name of two words or more right before an outlet's noun (`[media_after_name]`
    /// in data/grammar_words.txt) is an outlet (the lone word's rule is
    /// `lone_org_cue`). Not a name the knowledge base opens, one a given name opens
    /// or a person of the story bears ("the Ana Ruiz weekly" is hers), one with a
    /// possessive inside, nor one before a noun another name follows ("the Lagos
    /// daily The Guardian": the outlet is the name after).
    fn name_before_media_noun(&mut self, v: &Seen, r: &Rest) -> Option<Option<usize>> {
        let Seen { text, toks, c, full, next, .. } = *v;
        let lx = crate::extract::lexicon::get();
        let noun = word_at(text, toks, c.last + 1).filter(|w| !names::is_capitalised(w)).and(next);
        if r.prefix.is_some() || r.rest.len() < 2 || !noun.is_some_and(|n| lx.is("media_after_name", n)) {
            return None;
        }
        let poss = toks[c.first..=c.last].iter().any(|t| t.kind == TokKind::Poss);
        if poss || word_at(text, toks, c.last + 2).is_some_and(names::is_capitalised) || given_name(r.rest[0]) || self.names_person(full) {
            return None;
        }
        Some(Some(self.org(full, ActorKind::Media)))
    }

    /// "Peter Lang (CDU)", "Ana Ruiz (PT)": an acronym in parentheses after a
    /// plain two- or three-word name (no head word, no list word) that does not
    /// abbreviate it, nor hold its initials in order ("Free Democrats (FDP)", a
    /// name cut short: "Salish Kendra (ASK)") or in another order (a translated
    /// name: "National Democratic Action (ADN)"), is the person's party.
    fn person_party_acronym(&self, v: &Seen, r: &Rest) -> Option<String> {
        let Seen { text, toks, c, full, .. } = *v;
        let Rest { n0, rest, masks, has_org_head, .. } = *r;
        let defined = &r.defined;
        let party_acr = defined.clone().filter(|acr| {
            n0 == 0 && !has_org_head && (2..=3).contains(&rest.len()) && masks.iter().all(|&m| m == 0) && !rest.iter().any(|w| names::is_acronym(w)) && !crate::extract::cast::initials_match(acr, full) && !initials_within(acr, rest) && !initials_permuted(acr, rest) && self.parenthesised_acronym(text, toks, c.last + 1).is_some()
        });
        party_acr
    }

    /// "president of Inuit Tapiriit Kanatami", "a former mayor of San Pedro Sula":
    /// a name right after a role noun and "of" is the role's domain, never its
    /// holder: a place after a seat's noun (`[place_office]`), else an
    /// organisation (after a member's noun, only a name of two words or more:
    /// "an aide of Netanyahu" may be a surname). Not a name the knowledge base or
    /// the story knows, nor one a given name opens or a possessive follows ("the
    /// head of Jane Doe's campaign").
    fn role_domain(&mut self, v: &Seen, r: &Rest) -> Option<Option<usize>> {
        let Seen { text, toks, c, full, words, prev, .. } = *v;
        let Rest { n0, has_org_head, .. } = *r;
        let kb = self.kb;
        let lx = crate::extract::lexicon::get();
        if n0 == 0 && !has_org_head && prev.as_deref() == Some("of") && !given_name(words[0]) && kb.lookup(full).is_none() && !self.names_person(full) && toks.get(c.last + 1).is_none_or(|t| t.kind != TokKind::Poss) {
            let role = c.first.checked_sub(2).and_then(|k| word_at(text, toks, k)).filter(|w| !names::is_capitalised(w)).map(StrCase::lowercase);
            if let Some(role) = role {
                if lx.is("place_office", &role) {
                    return Some(None);
                }
                if kb.is("leader_nouns", &role) || (kb.is("member_nouns", &role) && words.len() >= 2) {
                    return Some(Some(self.org(full, ActorKind::Organization)));
                }
            }
        }
        None
    }
}

/// "Central News Agency", "Ethiopian Broadcasting Corporation": an institution
/// whose own words (before any "of", "for" or "and") say it makes news
/// (`[news_word]`) is an outlet; not a ministry's portfolio ("Ministry of
/// Information and Broadcasting") nor a body that oversees outlets, its head word
/// in `[not_outlet_head]` ("the Broadcasting Authority").
fn news_institution(r: &Rest) -> bool {
    let lx = crate::extract::lexicon::get();
    let own = r.rest.iter().take_while(|w| !matches!(**w, "of" | "for" | "and")).any(|w| lx.is_lower("news_word", w));
    own && !r.rest.last().is_some_and(|w| lx.is_lower("not_outlet_head", w))
}

/// "SINAMIN (National Union of Mine Workers)", "the NWSC (National Water and
/// Sewerage Corporation)": an acronym right before an institution's name in
/// parentheses is that name's, whatever language its initials come from (asked only
/// of a name with a head word; "Ana Ruiz (PT)" is the other order).
fn acronym_before_expansion(text: &str, toks: &[Tok], c: &Chunk) -> Option<String> {
    let open = c.first.checked_sub(1).filter(|&k| toks[k].kind == TokKind::Punct('('))?;
    toks.get(c.last + 1).filter(|t| t.kind == TokKind::Punct(')'))?;
    let w = word_at(text, toks, open.checked_sub(1)?)?;
    (names::is_acronym(w) && w.len() >= 2).then(|| w.to_string())
}

/// An acronym defined in parentheses right after its expansion ("the Revolutionary
/// Guards (IRGC)"): read with the expansion, not here.
fn acronym_being_defined(v: &Seen) -> bool {
    let Seen { toks, c, words, .. } = *v;
    c.first > 0 && toks[c.first - 1].kind == TokKind::Punct('(') && words.len() <= 2 && words.iter().all(|w| names::is_acronym(w)) && toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Punct(')'))
}

/// "her memoir, “Years of Waiting”,", "the documentary Silent Harbour, directed by",
/// "His novel, The Price of Order, was banned": the title of a work, no actor; so is a
/// ship's name after a vessel noun (`[vessel_noun]`: "the tanker Stena Impero.", "the
/// research vessel, the Baruna Jaya IX,"). A name
/// the knowledge base does not open, either inside a quoted title a work noun
/// (`[work_noun]`) announces, or right after the work noun (past a comma, only
/// when a capitalised "The"/"A" opens the title) and closed by punctuation. Not a
/// maker ("the report Amnesty released", a verb follows), a person after a comma
/// ("In his book, John Smith argues"), nor a given name ("the film, Jane Doe, …").
fn work_title(v: &Seen, r: &Rest) -> bool {
    let Seen { text, toks, lower, c, words, .. } = *v;
    if r.n0 != 0 || r.rest.is_empty() || given_name(r.rest[0]) {
        return false;
    }
    let lx = crate::extract::lexicon::get();
    let work = |k: usize| toks[k].kind == TokKind::Word && lx.is("work_noun", lower.get(k));
    let vessel = |k: usize| toks[k].kind == TokKind::Word && lx.is("vessel_noun", lower.get(k));
    let mut k = c.first;
    let opens = |w: &str| matches!(w, "The" | "A" | "An");
    let article = words.len() >= 2 && opens(words[0]) || k >= 1 && word_at(text, toks, k - 1).is_some_and(opens);
    // "the research vessel, the Baruna Jaya IX,": a ship's name in apposition takes a
    // lowercase "the" too.
    let the = !article && k >= 1 && word_at(text, toks, k - 1) == Some("the");
    if (article && !opens(words[0])) || the {
        k -= 1;
    }
    let comma = k >= 2 && toks[k - 1].kind == TokKind::Punct(',');
    let noun_at = if comma { k.checked_sub(2) } else { k.checked_sub(1) };
    let after_noun = noun_at.is_some_and(|n| (work(n) && !the && (article || !comma)) || (vessel(n) && (article || the || !comma)));
    let closed = toks.get(c.last + 1).is_none_or(|t| matches!(t.kind, TokKind::Punct(',' | '.' | ';' | ')')));
    (after_noun && closed) || (r.rest.len() >= 2 && in_work_title(text, toks, lower, c))
}

/// "on CNN's State of the Union", "the BBC's Newsnight programme": a name after a
/// known outlet's possessive is its programme when "on" (a broadcast) opens the
/// phrase or a work noun (`[work_noun]`) follows; no actor. Not a person ("on CNN's
/// Jake Tapper": a given name), nor a part named without those cues ("the BBC's
/// World Service said").
fn programme_of_outlet(kb: &Kb, v: &Seen, r: &Rest) -> bool {
    let Seen { text, toks, lower, c, .. } = *v;
    if r.n0 != 0 || r.rest.is_empty() || given_name(r.rest[0]) || c.first < 2 || toks[c.first - 1].kind != TokKind::Poss {
        return false;
    }
    // The owner: the capitalised words before the possessive, at most three.
    let end = c.first - 1;
    let mut start = end;
    while start > 0 && end - start < 3 && word_at(text, toks, start - 1).is_some_and(names::is_capitalised) {
        start -= 1;
    }
    let outlet = start < end && matches!(kb.lookup(&text[toks[start].start..toks[end - 1].end]), Some(Entry::Body(bi)) if kb.bodies[bi].kind == ActorKind::Media);
    if !outlet {
        return false;
    }
    let before = start.checked_sub(1).and_then(|k| v.word_lower(k));
    let before = if before == Some("the") { start.checked_sub(2).and_then(|k| v.word_lower(k)) } else { before };
    let lx = crate::extract::lexicon::get();
    before == Some("on") || toks.get(c.last + 1).is_some_and(|t| t.kind == TokKind::Word && lx.is("work_noun", lower.get(c.last + 1)))
}

/// Whether the words past the prefix name no actor: an event, an agreement or a
/// text ("UN General Assembly", "Joint Comprehensive Plan of Action", "the Finance
/// Bill"), a place ("Strait of Hormuz", "Tahrir Square", "the Eastern Arctic") or words of no one in
/// particular ("Sunni Arab").
fn names_no_actor(kb: &Kb, v: &Seen, r: &Rest) -> bool {
    let Seen { full, words, .. } = *v;
    let Rest { n0, rest, rest_text, masks, last_is_head, has_org_head, .. } = *r;
    let in_rest = |section: &str| r.in_rest(kb, section);
    let lx = crate::extract::lexicon::get();
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
        return true;
    }
    // "Storm Ciarán", "Operation Iron Shield": a storm's or an operation's name (an
    // institution's head word keeps a body: "the Tropical Medicine Institute").
    if n0 == 0 && rest.len() >= 2 && !has_org_head && lx.is_lower("event_opener", rest[0]) {
        return true;
    }
    // "the Finance Bill", "the Yellow Envelope Law": a text, unless a given name
    // opens it (a person: "Jude Law").
    let given = given_name;
    if n0 == 0 && rest.len() >= 2 && !last_is_head && lx.is_lower("text_tail", rest[rest.len() - 1]) && !given(rest[0]) {
        return true;
    }
    if kb.is("places", full) || kb.is("places", rest_text) || (n0 == 0 && kb.is("places", words[0]) && !last_is_head) {
        return true;
    }
    // "the Eastern Arctic", "sub-Saharan Africa": qualifiers (`[region_qualifier]`)
    // before a region's name (`[places]`) still name the region; a name before it
    // is an actor's ("Greenpeace Africa"), and so is a head word ("the Arctic Council").
    let lx = crate::extract::lexicon::get();
    if !has_org_head && rest.len() >= 2 && kb.is("places", rest[rest.len() - 1]) && rest[..rest.len() - 1].iter().all(|w| lx.is_lower("region_qualifier", w)) {
        return true;
    }
    // "Strait of Hormuz", "Tahrir Square": places; "Sunni Arab": no one in particular.
    let not_names = kb.bit("not_names");
    (!has_org_head && in_rest("place_heads")) || rest.iter().zip(masks).all(|(w, m)| m & not_names != 0 || *w == "of")
}

/// Whether `name` is an international movement's short name that national bodies
/// take with their state's (`[national_society]`: "Red Cross").
fn national_society(name: &str) -> bool {
    crate::extract::lexicon::get().is("national_society", &name.lowercase())
}
