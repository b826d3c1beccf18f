//! Passes 2–4: joining lone words and descriptions to actors, the mention scan,
//! and the tree.
//!
//! The parent convention the tree follows, for any article (derived from the 27 dev
//! golds; where they disagree the majority, counts in brackets; the scorer accepts
//! any ancestor chain through the gold parent, so "under X, under Y" satisfies both):
//! - head of state or government → the state (all);
//! - minister → the ministry of the portfolio when the story names it (6), else the
//!   head of government (8) or the state (13): we put them under the head of
//!   government, who is under the state, which satisfies both; with no head of
//!   government named, under the Government the story names as a body (as are its
//!   ministries), itself under the state;
//! - spokesperson → the body spoken for (ministry, unit, party; all), "presidential
//!   spokesman" → the president;
//! - judge, justice → the court or its division (2/2); court → the state (4/4);
//!   prosecutor → the prosecution service the story names ("Public Ministry",
//!   "Prosecutor's Office"; 3 dev misses before tree25);
//! - speaker, majority leader, committee chair → the legislature or committee (4/4);
//!   MP, senator, MEP → the party or group (9 of 10), also from a party label
//!   after the name ("X (PP) asked");
//! - regulator, agency, commission → the state (9), under a ministry only when the
//!   text says so (3); a company → the root (4), its state when state-owned (3:
//!   "Russia's state gas company X");
//! - party → the state (23 of 27; the rest have no state actor or are coalitions);
//!   party, opposition or union leader → the party or union (all);
//! - police chief → the police (1/1); the police → the state or its interior
//!   ministry when the story names one (under the state: both hold);
//! - mayor → the municipality (2/2); ambassador, envoy → the sending state or body,
//!   its embassy when named (all); commander → the force or armed group (all);
//! - analyst, researcher, academic → the think tank or university (all); journalist →
//!   the outlet (1/1); unnamed official → the body the description names, else the
//!   state; "a Western diplomat" → the root;
//! - crowd → the state of the place it gathers in (4 of 5; a diaspora rally is the
//!   crowd's own state); media → the root (11), state media → the state (7).
//! - "the government" (national): before round 20, the state, no actor of its own (counted on the
//!   70 dev golds, cast19: of the articles that say "the government", "the X
//!   government", "X's government" or "the government of X", 16 golds have a
//!   government actor under the state, 19 make it the state's alias and 20 have no
//!   actor for it; a "<Demonym> Government" actor in every such story would cost dev
//!   actor_p .015 for actor_r +.009, so only a name the text writes ("the
//!   Government", "Federal Government") or a place's government below the state
//!   ("the Kumamoto prefectural government") is an actor; ministries and ministers
//!   sit in the former when it is named, never in the latter. Recounted on the 74
//!   dev golds (gov21): of 54 such articles gold has a government actor in 22, the
//!   state's alias in 16, nothing in 14 (2 optional); under a gold government sit
//!   its ministries (14 of 14), ruling parties (20 of 24), ministers (12 in it, 19
//!   in their ministry, 5 in the state). A "<Demonym> Government" for the home
//!   state with those children (`government.rs`) measured dev actor_p -.010,
//!   actor_r +.008, relation_r +.017, parent -.002 (gold's governing parties the
//!   text never calls governing: Germany, Nepal, Morocco; a wrong home state:
//!   Poland), held-out relation_r +.021: adopted; those parties are the next step.
//!   tree22 (`governing.rs`): parties the text says govern without "ruling" ("the
//!   X-led coalition", "X leads the coalition", "Chancellor Y of the X", "X, whose
//!   group governs in coalition with Z"): dev parent .890 -> .894 (Germany, Spain).
//! `scripts/parent_misses.py` lists every dev miss by line of this list.

use crate::case::StrCase;
use super::builder::*;
use super::kb::{self, Entry, OfficeKind, StateForm};
use super::names::{self, TokKind};
use super::trace::Step;
use super::{Link, Mention};
use crate::extract::Context;
use crate::model::ActorKind;
use crate::extract::fxhash::{FxMap, FxSet};

impl Builder {
    // ---- pass 2: joining ----------------------------------------------------

    pub(super) fn join(&mut self) {
        let kb = self.kb;
        // Each distinct word is tried once (the work is per name, not per mention).
        let mut tried: FxSet<String> = FxSet::default();
        let mut institution_of = Slots::default();
        for d in std::mem::take(&mut self.deferred) {
            match d {
                Deferred::Single { word, media, body } => {
                    if kb::with_key(&word, |k| self.index.contains_key(k)) || !tried.insert(format!("{media}{word}")) {
                        continue;
                    }
                    if names::is_acronym(&word) {
                        if let Some(a) = (0..self.actors.len()).find(|&a| {
                            (matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) || self.org_like_person(a, &word)) && initials_match(&word, &self.actors[a].name)
                        }) {
                            self.as_org(a);
                            self.alias(a, &word);
                            continue;
                        }
                    }
                    if media && kb.lookup(&word).is_none() {
                        self.org(&word, ActorKind::Media);
                    } else if let Some(owner) = body.filter(|_| kb.lookup(&word).is_none()) {
                        // No expansion anywhere: the acronym is the body's only name.
                        let a = self.org(&word, ActorKind::Organization);
                        let known = owner.as_deref().and_then(|o| kb::with_key(o, |k| self.index.get(k).copied())).filter(|&o| o != a);
                        if let Some(o) = known {
                            match self.info[o].is_state {
                                Some(si) => self.set_state(a, si),
                                None => self.set_owner(a, o, "part_of", 0, 0),
                            }
                        }
                    }
                }
                Deferred::Administration { name, phrase, iso3, para, at } => {
                    let si = kb.state_by_iso(iso3);
                    match kb::with_key(&name, |k| self.index.get(k).copied()) {
                        Some(p) if self.actors[p].kind == ActorKind::Person => {
                            self.alias(p, &phrase);
                            if let Some(si) = si {
                                if self.state_actor.contains_key(&si) {
                                    self.info[p].state = Some(si);
                                    self.info[p].state_step = Step::named("state: administration");
                                }
                            }
                        }
                        Some(_) => {}
                        None => {
                            if kb.lookup(&name).is_some() {
                                continue;
                            }
                            let a = self.org(&phrase, ActorKind::Organization);
                            self.alias(a, &name);
                            if let Some(si) = si {
                                self.set_state(a, si);
                            }
                            let _ = (para, at);
                        }
                    }
                }
                Deferred::Institution { owner, phrase, medium } => {
                    let Some(o) = kb::with_key(&owner, |k| self.index.get(k).copied()) else { continue };
                    if self.actors[o].kind != ActorKind::Person {
                        continue;
                    }
                    // One institution per owner: "X's office" and "X's website" are one.
                    let inst = match institution_of.get(&o).copied() {
                        Some(i) => {
                            self.alias(i, &phrase);
                            i
                        }
                        None => {
                            let i = self.org(&phrase, ActorKind::Organization);
                            self.set_owner(i, o, "part_of", 0, 0);
                            institution_of.insert(o, i);
                            i
                        }
                    };
                    if let Some(m) = medium {
                        let name = format!("{} of {}", m.trim_start_matches("the ").trim(), self.actors[inst].name);
                        let md = self.org(&name, ActorKind::Media);
                        self.actors[md].kind = ActorKind::Media;
                        self.alias(md, m.trim_start_matches("the ").trim());
                        self.set_owner(md, inst, "part_of", 0, 0);
                    }
                }
            }
        }
        // A bare title joins its unique holder: "the Supreme Leader".
        let mut holders: FxMap<String, Vec<usize>> = FxMap::default();
        for (a, actor) in self.actors.iter().enumerate() {
            if let Some(r) = &actor.role {
                holders.entry(r.lowercase()).or_default().push(a);
            }
        }
        let mut titles = std::mem::take(&mut self.titles);
        crate::sort::sort_by(&mut titles, Ord::cmp);
        titles.dedup();
        for t in titles {
            if let Some([h]) = holders.get(&t.lowercase()).map(Vec::as_slice) {
                self.alias(*h, &t);
            }
        }
    }

    // ---- pass 3: mentions ---------------------------------------------------

    pub(super) fn mentions(&mut self, ctx: &Context, bio: Option<usize>) {
        // Only a word that starts some alias can start a mention: the longest-match
        // probe runs at those words only.
        let mut max_tokens = 1;
        let mut first_words: FxSet<String> = FxSet::default();
        for k in self.index.keys() {
            let toks = names::tokenize(k);
            max_tokens = max_tokens.max(toks.len());
            if let Some(t) = toks.first() {
                first_words.insert(k[t.start..t.end].to_string());
            }
            // "guinea-bissau" tokenizes as two words, but "Guinea-Bissau" in the text as one.
            if let Some(w) = k.split(' ').next().filter(|w| w.contains('-')) {
                first_words.insert(w.to_string());
            }
        }
        for w in self.kb.bare_head_words() {
            first_words.insert(w.to_string());
        }
        // Sorted by (para, start); of equal keys the last one counts.
        let mut direct = std::mem::take(&mut self.direct);
        crate::sort::sort_by_key(&mut direct, |m| (m.para, m.range.start));
        // "the alliance", "the commission": a head word naming exactly one institution.
        let mut by_head: FxMap<String, usize> = FxMap::default(); // usize::MAX: ambiguous
        for (a, actor) in self.actors.iter().enumerate() {
            if actor.kind != ActorKind::Organization || !actor.name.contains(' ') {
                continue;
            }
            for w in actor.name.split_whitespace().filter(|w| self.kb.is("org_heads", w)) {
                let e = by_head.entry(w.lowercase()).or_insert(a);
                if *e != a {
                    *e = usize::MAX;
                }
            }
        }
        first_words.extend(by_head.keys().cloned());
        first_words.extend(self.kb.words("home_descriptions").map(str::to_string));
        // The home state so far: the first state named, in reading order.
        let mut home: Option<usize> = None;
        let mut seen_alias: Vec<(usize, String)> = Vec::new();
        // The actor each surface was last seen for: `alias` is idempotent, so a repeat
        // of the same (actor, surface) is left out (one `alias` call per repeated
        // mention was about 2 % of a run). Keyed like `index`: no new map type in the wasm.
        let mut seen_last: FxMap<String, usize> = FxMap::default();
        let mut next_direct = 0;
        for p in &ctx.paras {
            let toks = &p.names;
            let mut i = 0;
            while i < toks.len() {
                if toks[i].kind != TokKind::Word {
                    i += 1;
                    continue;
                }
                let w = &p.text[toks[i].start..toks[i].end];
                let lw = p.names_lower.get(i);
                let starts_alias = first_words.contains(w)
                    || if !lw.is_ascii() && lw.contains('\u{2019}') { first_words.contains(&lw.replace('\u{2019}', "'")) } else { lw != w && first_words.contains(lw) };
                let key = (p.index, toks[i].start);
                // Keys only grow while the paragraphs and tokens are walked: a cursor
                // replaces a binary search per word.
                while next_direct < direct.len() && (direct[next_direct].para, direct[next_direct].range.start) <= key {
                    next_direct += 1;
                }
                let at = next_direct;
                if let Some(m) = at.checked_sub(1).map(|k| &direct[k]).filter(|m| (m.para, m.range.start) == key) {
                    self.mentions.push(m.clone());
                    while i < toks.len() && toks[i].start < m.range.end {
                        i += 1;
                    }
                    continue;
                }
                let mut hit = None;
                let mut attributive = false;
                let probe = if starts_alias { max_tokens.min(toks.len() - i) } else { 0 };
                for n in (1..=probe).rev() {
                    let last = &toks[i + n - 1];
                    if last.kind != TokKind::Word {
                        continue;
                    }
                    let surface = &p.text[toks[i].start..last.end];
                    let first = surface.chars().next().unwrap_or(' ');
                    // "the army": a bare head word the story gave a full name.
                    let after_the = n == 1 && i > 0 && word_at(p.text, toks, i - 1).is_some_and(|w| w.eq_ignore_ascii_case("the"));
                    let bare = after_the && self.kb.bare_head(surface).is_some();
                    if after_the && !p.is_heading() && self.kb.is("home_descriptions", surface) {
                        if let Some(h) = home {
                            hit = Some((h, n, surface));
                            break;
                        }
                    }
                    if after_the && !p.is_heading() && first.is_lowercase() {
                        if let Some(&a) = by_head.get(surface).filter(|&&a| a != usize::MAX) {
                            hit = Some((a, n, surface));
                            break;
                        }
                    }
                    if !p.is_heading() && !first.is_uppercase() && !surface.contains(' ') && !bare && !particle_surname(surface) {
                        continue;
                    }
                    if let Some(a) = kb::with_key(surface, |k| self.index.get(k).copied()) {
                        if !p.is_heading() && !first.is_uppercase() && !bare && !self.actors[a].aliases.iter().any(|x| x.eq_ignore_ascii_case(surface)) {
                            continue;
                        }
                        // "Is the Islamic State ...?": a capitalised function word matches
                        // an alias only as written ("IS" is an acronym, "Is" a verb).
                        // An acronym the knowledge base lists as written ("the US envoy to
                        // Sudan, X": "US", not "us") is its entry's mention, outside a run of
                        // capitals ("LET US PRAY").
                        let caps = |k: Option<usize>| k.and_then(|k| word_at(p.text, toks, k)).is_some_and(names::is_acronym);
                        let listed = names::is_acronym(surface) && self.kb.lookup(surface).is_some() && !caps(i.checked_sub(1)) && !caps(Some(i + 1));
                        let stop = n == 1 && crate::extract::lexicon::get().is_stop_capital(surface) && self.actors[a].name != surface && !self.actors[a].aliases.iter().any(|x| x == surface);
                        if stop && !listed {
                            continue;
                        }
                        // Before a lowercase word it is the nationality of something else,
                        // as a demonym is: a mention only before a word of the state's own
                        // agency (`[state_agent]`: "the US envoy", "US officials"; not "a
                        // US activist's challenge"), and never the story's home state.
                        attributive = stop && word_at(p.text, toks, i + 1).is_some_and(|w| w.starts_with(char::is_lowercase));
                        if attributive && !(i + 1..i + 4).map_while(|k| word_at(p.text, toks, k)).any(|w| crate::extract::lexicon::get().is_lower("state_agent", w)) {
                            continue;
                        }
                        // "Sana Jamal" is no mention of SANA, though the story names it.
                        if self.kb.miscased_acronym(surface) && !self.actors[a].aliases.iter().any(|x| x == surface) {
                            continue;
                        }
                        hit = Some((a, n, surface));
                        break;
                    }
                }
                match hit {
                    Some((a, n, surface)) => {
                        let r = toks[i].start..toks[i + n - 1].end;
                        self.mentions.push(Mention { actor: a, para: p.index, range: r.clone() });
                        // "In Doha, Congo and M23 edge towards ...": a capital as the
                        // place of the event is no subject.
                        if home.is_none() && !attributive && self.info[a].is_state.is_some() && !self.place_capital(p.text, &r) {
                            home = Some(a);
                        }
                        if !p.is_heading() && Some(p.index) != bio && surface.starts_with(char::is_uppercase) && !surface.starts_with("The ") && seen_last.get(surface) != Some(&a) {
                            seen_last.insert(surface.to_string(), a);
                            seen_alias.push((a, surface.to_string()));
                        }
                        i += n;
                    }
                    None => i += 1,
                }
            }
        }
        for (a, s) in seen_alias {
            self.alias(a, &s);
        }
        // The home state: the first one named, headline included ("Iran's Supreme
        // Leader ...", "Sudan's Generals ..."): analysis writing names its subject first.
        self.home = home.or_else(|| self.mentions.iter().map(|m| m.actor).find(|&a| self.info[a].is_state.is_some()));
        // A dateline that names its state ("PEMBA, Mozambique, June 4 (Reuters) –")
        // says where the story is, even when the headline names a neighbour first
        // ("Rwandan, Mozambican troops retake ..."). A bare capital ("WASHINGTON —")
        // says only where the reporter is.
        if let Some(h) = self.dateline_state(ctx) {
            self.home = Some(h);
        }
    }

    /// The state a dateline names after its place: the first paragraph of the body
    /// (within its first few) that opens with a place in capitals, a comma, then a
    /// state's name.
    fn dateline_state(&self, ctx: &Context) -> Option<usize> {
        let p = ctx.paras.iter().filter(|p| !p.is_heading()).take(6).find(|p| {
            let t = p.text.trim_start();
            let Some(comma) = t.find(", ") else { return false };
            let place = &t[..comma];
            (3..=40).contains(&place.len()) && place.chars().any(char::is_alphabetic) && place.chars().all(|c| !c.is_lowercase() && (c.is_alphabetic() || " .'-".contains(c)))
        })?;
        let start = p.text.len() - p.text.trim_start().len();
        let at = start + p.text[start..].find(", ")? + 2;
        let m = self.mentions.iter().find(|m| m.para == p.index && m.range.start == at)?;
        let si = self.info[m.actor].is_state?;
        // The state's own name, not its capital or a demonym.
        matches!(self.kb.lookup(&p.text[m.range.clone()]), Some(kb::Entry::State(s, kb::StateForm::Name)) if s == si).then_some(m.actor)
    }

    // ---- between passes 3 and 4: what the whole story bears out -------------

    /// Decides, once every mention is known, which actors the story does not bear
    /// out: `fate[a]` is `Some(a)` to keep `a`, `Some(b)` to fold it into `b`, `None`
    /// to leave it out. The passes' state forgets them at once, so that the tree
    /// (pass 4) hangs nothing under them; [`Builder::prune`] removes them after it.
    ///
    /// - A state named only as the nationality of something else ("a Finnish MEP",
    ///   "the French energy company") is no actor: the gold convention, and what a reader expects. Its name,
    ///   capital or people ("Finland", "Helsinki", "the Finns"), a demonym before a
    ///   word of the state's own agency (`[state_agent]`: "Finnish officials", "the
    ///   Finnish foreign minister", "a Venezuelan incursion"; a participle not of
    ///   place: "a Turkish-brokered deal"), an office of state ("Finnish President X"), a
    ///   relation or a member keep it.
    /// - "Europe" is the European Union whenever the story names the Union ("at the
    ///   expense of Europe's trade agenda" in a story about the Commission).
    pub(super) fn settle(&mut self, ctx: &Context) -> Vec<Option<usize>> {
        let n = self.actors.len();
        let mut fate: Vec<Option<usize>> = (0..n).map(Some).collect();
        let lx = crate::extract::lexicon::get();
        let (mut strong, mut weak) = (vec![false; n], vec![false; n]);
        for m in &self.mentions {
            if self.info[m.actor].is_state.is_none() {
                continue;
            }
            let p = &ctx.paras[m.para];
            let form = match self.kb.lookup(&p.text[m.range.clone()]) {
                Some(Entry::State(_, f)) => Some(f),
                _ => None,
            };
            let t = p.names.partition_point(|t| t.start < m.range.end);
            let word = |k: usize| p.names.get(k).filter(|t| t.kind == TokKind::Word).map(|_| p.names_lower.get(k));
            // "a Turkish-brokered deal", "the Kenyan-backed militia": the state acts.
            let participle = p.names.get(t).is_some_and(|x| x.start == m.range.end + 1 && p.text.as_bytes()[m.range.end] == b'-') && word(t).is_some_and(|w| self.kb.is("prefix_participles", w) && !lx.is("place_participle", w));
            let agent = participle || (t..t + 3).map_while(word).any(|w| lx.is("state_agent", w));
            // "the Amman-based centre": where something is, not who acts ("a
            // Brazil-brokered deal" is Brazil's act).
            let glued = p.names.get(t).is_some_and(|x| x.start == m.range.end + 1 && p.text.as_bytes()[m.range.end] == b'-') && word(t).is_some_and(|w| lx.is("place_participle", w));
            // "talks in Doha", "judges in The Hague": the capital as a place.
            let s = p.names.partition_point(|t| t.start < m.range.start);
            let prev = s.checked_sub(1).and_then(word);
            let before = if prev == Some("the") { s.checked_sub(2).and_then(word) } else { prev };
            let place = form == Some(StateForm::Capital) && before.is_some_and(|w| LOCATIVE.contains(&w));
            if (form == Some(StateForm::Demonym) && !agent) || glued || place {
                weak[m.actor] = true;
            } else {
                strong[m.actor] = true;
            }
        }
        for (a, i) in self.info.iter().enumerate() {
            if let Some((o, ..)) = i.owner {
                strong[o] = true;
            }
            // Under the state: an institution named for it ("Kenya Defence Forces") or
            // an office of state keeps it; anyone else says a nationality ("the Finnish
            // MEP Anna Virtanen", whose name may cover the demonym's only mention).
            if let Some((si, &s)) = i.state.and_then(|si| Some((si, self.state_actor.get(&si)?))) {
                let d = &self.actors[a];
                let named_for = || {
                    let keys: Vec<&str> = self.kb.state_keys(si).collect();
                    // A key with its own punctuation ("U.S. Embassy") opens the name whole.
                    let opens = |n: &str, k: &str| n.get(..k.len()).is_some_and(|h| h.eq_ignore_ascii_case(k)) && n.as_bytes().get(k.len()) == Some(&b' ');
                    std::iter::once(&d.name).chain(&d.aliases).any(|n| n.split(|c: char| !c.is_alphanumeric()).any(|w| keys.iter().any(|k| k.eq_ignore_ascii_case(w))) || keys.iter().any(|k| opens(n, k)))
                };
                // (tree22: a role whose head noun is a `[state_agent]`, "Romanian
                // energy official X", keeping its state too measured held-out parent
                // .735 -> .723 with dev unchanged: left out)
                let office = matches!(i.office, Some(OfficeKind::Head | OfficeKind::Government | OfficeKind::Minister));
                if (d.kind == ActorKind::Person && office) || (d.kind != ActorKind::Person && named_for()) {
                    strong[s] = true;
                } else {
                    weak[s] = true;
                }
            }
            strong[a] |= self.actors[a].id.is_some(); // a curated actor stays
        }
        for l in &self.links {
            strong[l.source] = true;
            strong[l.target] = true;
        }
        self.fold_shared_demonyms(ctx, &mut fate);
        self.fold_short_names(ctx, &mut fate);
        for a in 0..n {
            let Some(si) = self.info[a].is_state.filter(|_| weak[a] && !strong[a] && fate[a] == Some(a)) else { continue };
            fate[a] = None;
            self.state_actor.remove(si);
            for i in &mut self.info {
                if i.state == Some(si) {
                    i.state = None;
                }
            }
        }
        let body = |name: &str| self.kb.body_by_name(name).and_then(|b| self.body_actor.get(&b).copied());
        if let (Some(eu), Some(eur)) = (body("European Union"), body("Europe")) {
            fate[eur] = Some(eu);
            for s in std::iter::once(self.actors[eur].name.clone()).chain(std::mem::take(&mut self.actors[eur].aliases)) {
                self.alias(eu, &s);
            }
            if let Some(b) = self.info[eur].body {
                self.body_actor.remove(b);
            }
        }
        self.mentions.retain_mut(|m| match fate[m.actor] {
            Some(b) => {
                m.actor = b;
                true
            }
            None => false,
        });
        if self.home.is_some_and(|h| fate[h] != Some(h)) {
            let state = |m: &&Mention| self.info[m.actor].is_state.is_some();
            let subject = self.mentions.iter().filter(state).find(|m| !self.place_capital(ctx.paras[m.para].text, &m.range));
            self.home = subject.or_else(|| self.mentions.iter().find(state)).map(|m| m.actor);
        }
        // "U.S. District Court", "U.S. Attorney X": a story that names no state on its
        // own but one inside its institutions' names and titles is about that state.
        if self.home.is_none() {
            let mut alive = (0..n).filter(|&a| self.info[a].is_state.is_some() && fate[a] == Some(a));
            if let (Some(a), None) = (alive.next(), alive.next()) {
                self.home = Some(a);
            }
        }
        // A state the story names twice as often as the first one named, and five
        // times or more, is its subject: "Qatari-mediated talks" open a story about
        // the Congo. A dateline still decides.
        if let Some(h) = self.home.filter(|_| self.dateline_state(ctx).is_none()) {
            let mut count: FxMap<usize, usize> = FxMap::default();
            for m in self.mentions.iter().filter(|m| self.info[m.actor].is_state.is_some() && !self.place_capital(ctx.paras[m.para].text, &m.range)) {
                *count.entry(m.actor).or_default() += 1;
            }
            let first = count.get(&h).copied().unwrap_or(0);
            let top = count.iter().filter(|&(&a, _)| a != h).max_by_key(|&(&a, &c)| (c, std::cmp::Reverse(a)));
            if let Some((&a, _)) = top.filter(|&(_, &c)| c >= 5 && c >= 2 * first.max(1)) {
                self.home = Some(a);
            }
        }
        fate
    }

    /// "Kinshasa's delegation ... the Congolese government": a demonym two states
    /// share (`data/kb/states.tsv` lists "Congolese" in both Congos' rows and the
    /// lookup gives the first) names the state the story otherwise names by its
    /// name or capital. A state actor mentioned only by such a demonym folds into
    /// the other state (`fate`), and what sat under it moves with it.
    fn fold_shared_demonyms(&mut self, ctx: &Context, fate: &mut [Option<usize>]) {
        let states: Vec<usize> = self.state_actor.keys().filter_map(|si| self.state_actor.get(&si).copied()).collect();
        if states.len() < 2 {
            return;
        }
        // The state actors named otherwise than by a demonym (name, capital, people).
        let mut named: FxSet<usize> = FxSet::default();
        for m in &self.mentions {
            if self.info[m.actor].is_state.is_some() && !matches!(self.kb.lookup(&ctx.paras[m.para].text[m.range.clone()]), Some(Entry::State(_, StateForm::Demonym))) {
                named.insert(m.actor);
            }
        }
        let kb = self.kb;
        let demonyms = |si: usize| kb.state_keys(si).filter(move |k| matches!(kb.lookup(k), Some(Entry::State(_, StateForm::Demonym))));
        for &a in &states {
            let Some(si) = self.info[a].is_state.filter(|_| !named.contains(&a) && self.actors[a].id.is_none()) else { continue };
            let shared = |b: usize| self.info[b].is_state.is_some_and(|sj| demonyms(si).any(|d| kb.state_keys(sj).any(|k| k == d)));
            let Some(b) = states.iter().copied().find(|&b| b != a && named.contains(&b) && shared(b)) else { continue };
            let sj = self.info[b].is_state.unwrap_or(si);
            fate[a] = Some(b);
            self.state_actor.remove(si);
            for i in &mut self.info {
                if i.state == Some(si) {
                    i.state = Some(sj);
                }
            }
        }
    }

    /// Removes the actors [`Builder::settle`] left out or folded, after the tree:
    /// parents, links and the home state follow (a parent left out leaves a root).
    pub(super) fn prune(&mut self, fate: &[Option<usize>]) {
        if fate.iter().enumerate().all(|(a, f)| *f == Some(a)) {
            return;
        }
        let mut new = vec![None; fate.len()];
        let mut k = 0;
        for (a, f) in fate.iter().enumerate() {
            if *f == Some(a) {
                new[a] = Some(k);
                k += 1;
            }
        }
        let to = |a: usize| fate.get(a).copied().flatten().and_then(|b| new[b]);
        let actors = std::mem::take(&mut self.actors);
        let info = std::mem::take(&mut self.info);
        for (a, (mut d, i)) in actors.into_iter().zip(info).enumerate() {
            if new[a].is_none() {
                continue;
            }
            d.parent = d.parent.and_then(to).filter(|&p| Some(p) != new[a]);
            self.actors.push(d);
            self.info.push(i);
        }
        self.mentions.retain_mut(|m| match to(m.actor) {
            Some(b) => {
                m.actor = b;
                true
            }
            None => false,
        });
        let links = std::mem::take(&mut self.links);
        self.links = links.into_iter().filter_map(|mut l| {
            l.source = to(l.source)?;
            l.target = to(l.target)?;
            (l.source != l.target).then_some(l)
        }).collect();
        self.home = self.home.and_then(to);
    }

    // ---- pass 4: the tree ---------------------------------------------------

    pub(super) fn tree(&mut self, ctx: &Context) {
        let kb = self.kb;
        let n = self.actors.len();
        let mut counts = vec![0usize; n];
        for m in &self.mentions {
            counts[m.actor] += 1;
        }
        crate::sort::sort_by_key(&mut self.mentions, |m| (m.para, m.range.start));
        let home_state = self.home.and_then(|h| self.info[h].is_state);
        // States first: a titled person with no state gets the state named last before
        // the title in the same sentence ("the coup in Niamey that deposed President
        // X"), else the paragraph's state, else the home state.
        // A title given in apposition ("X, the minister of regional integration") has
        // no site: the person's first mention stands for it.
        let mut first_at: Vec<Option<(usize, usize)>> = vec![None; n];
        for m in &self.mentions {
            first_at[m.actor].get_or_insert((m.para, m.range.start));
        }
        for a in 0..n {
            let i = &self.info[a];
            if self.actors[a].kind != ActorKind::Person || i.state.is_some() || i.owner.is_some() {
                continue;
            }
            if !matches!(i.office, Some(OfficeKind::Head | OfficeKind::Government | OfficeKind::Minister)) {
                continue;
            }
            let site = i.site.or(first_at[a]);
            let mut state = None;
            let mut step = "office state: sentence";
            if let Some((para, at)) = site {
                let sentence = ctx.paras[para].sentence_at(at);
                let lo = self.mentions.partition_point(|m| (m.para, m.range.start) < (para, sentence.start));
                let hi = self.mentions.partition_point(|m| (m.para, m.range.start) < (para, at));
                // Not a state inside a relative clause closed before the title
                // ("its parties, which match the flag of the American state, spent
                // the weekend on the reform that Prime Minister X ...").
                let text = ctx.paras[para].text;
                let aside = |m: &Mention| {
                    let before = &text[sentence.start..m.range.start];
                    let opened = before.rfind(", ").is_some_and(|c| before[c + 2..].split_whitespace().next().is_some_and(|w| matches!(w, "which" | "who" | "whose" | "where")));
                    opened && text[m.range.end..at].contains(',')
                };
                state = self.mentions[lo..hi.max(lo)].iter().rev().filter(|m| !aside(m)).find_map(|m| self.info[m.actor].is_state);
            }
            // Else the state the paragraph names before the title, unless it names
            // the home state ("... Rwanda is the only force left, and Kigali knows it.
            // That gives President X leverage"; but not "Islamabad is angry. Defence
            // Minister X accused India").
            if state.is_none() {
                step = "office state: paragraph";
                if let Some((para, at)) = site {
                    state = self.paragraph_state(&ctx.paras[para], ctx.paras[para].sentence_at(at), at, at, home_state);
                }
            }
            // Else the one state the sentence just before names, as its subject ("Kenya
            // has invested prestige in the process. President X's government ...": a
            // head of state abroad is introduced by his state's act).
            if state.is_none() {
                step = "office state: previous sentence";
                if let Some((para, at)) = site {
                    state = self.previous_subject_state(&ctx.paras[para], at, home_state);
                }
            }
            if state.is_none() {
                step = "office state: home";
            }
            self.info[a].state = state.or(home_state);
            self.info[a].state_step = Step::named(step);
        }
        // Owners the constructions left implicit (committees, spokespeople, ministries).
        self.tree_owners(&counts, home_state);
        // Lookups built once (the loop below is linear in the actors).
        let mut role_holder: FxMap<String, usize> = FxMap::default();
        let mut orgs_by_tail: FxMap<String, Vec<usize>> = FxMap::default();
        let mut head_of_state = Slots::default();
        // The story's governments as bodies ("the Government", "the Spanish Government",
        // and "the Government of Kenya", tree25), not a place's below the state
        // ("Kumamoto Prefectural Government", "Government of Kumamoto Prefecture").
        let mut governments: Vec<usize> = Vec::new();
        let lx = crate::extract::lexicon::get();
        let local = |name: &str| name.rsplit(' ').nth(1).is_some_and(|w| lx.is("local_government", &w.lowercase()));
        let local_of = |name: &str| name.split(' ').any(|w| lx.is("local_government", &w.lowercase()));
        for (a, actor) in self.actors.iter().enumerate() {
            let named = (actor.name.rsplit(' ').next() == Some("Government") && !local(&actor.name)) || (actor.name.starts_with("Government of ") && !local_of(&actor.name));
            if actor.kind == ActorKind::Organization && named && self.info[a].owner.is_none() {
                governments.push(a);
            }
            if let Some(r) = &actor.role {
                role_holder.entry(r.lowercase()).or_insert(a);
            }
            if actor.kind == ActorKind::Organization {
                let words: Vec<&str> = actor.name.split_whitespace().collect();
                let tail = words[words.len().saturating_sub(2)..].join(" ").lowercase();
                orgs_by_tail.entry(tail).or_default().push(a);
                orgs_by_tail.entry(actor.name.lowercase()).or_default().push(a);
            }
            if let (Some(OfficeKind::Government), Some(si)) = (self.info[a].office, self.info[a].state) {
                match head_of_state.get(&si).copied() {
                    Some(best) if counts[a] <= counts[best] => {}
                    _ => head_of_state.insert(si, a),
                }
            }
        }
        // Organisations by the capitalised words of their names, lowercase, for office
        // seats (`seat`): "division" → "Sandiganbayan's Fourth Division"; a word before
        // "of" also as "house of" ("House of Representatives", not "State House"). Each
        // entry is `2 * actor + head`, head a word that heads the name: the last, or the
        // last before "of" (one map type fewer in the wasm than a tuple's).
        let mut orgs_by_word: FxMap<String, Vec<usize>> = FxMap::default();
        for (a, actor) in self.actors.iter().enumerate() {
            if actor.kind != ActorKind::Organization {
                continue;
            }
            let words: Vec<&str> = actor.name.split([' ', '-', '/']).collect();
            for (k, w) in words.iter().enumerate() {
                if !w.starts_with(char::is_uppercase) {
                    continue;
                }
                let w = w.trim_end_matches("'s").trim_end_matches("\u{2019}s").lowercase();
                let of = words.get(k + 1) == Some(&"of");
                let head = of || k + 1 == words.len();
                for key in [Some(w.clone()), of.then(|| format!("{w} of"))].into_iter().flatten() {
                    let v = orgs_by_word.entry(key).or_default();
                    if v.last().map(|x| x / 2) != Some(a) {
                        v.push(2 * a + usize::from(head));
                    }
                }
            }
        }
        // Where each actor is first mentioned (the paragraph that introduces it).
        let mut first_seen: Vec<Option<(usize, usize, usize)>> = vec![None; n];
        // Where the story gives a posted office its state ("China's ambassador", "the
        // Chinese envoy"): (para, offset, state actor), in reading order.
        let mut posted_by: Vec<(usize, usize, usize)> = Vec::new();
        for m in &self.mentions {
            first_seen[m.actor].get_or_insert((m.para, m.range.start, m.range.end));
            if self.info[m.actor].is_state.is_some() {
                let after = ctx.paras[m.para].text[m.range.end..].trim_start_matches(['\'', '\u{2019}', 's']);
                let next = after.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                if next.starts_with(char::is_lowercase) && kb.is("posted_offices", next) {
                    posted_by.push((m.para, m.range.start, m.actor));
                }
            }
        }
        // (person, predecessor) pairs for the fallback below.
        let mut successors: Vec<(usize, usize)> = Vec::new();
        for a in 0..n {
            let info = self.info[a].clone();
            let mut parent = None;
            // A state sits under no organisation: no party, ministry or bloc owns a
            // country ("In Bangkok, the opposition People's Party accused ..." names
            // where the party spoke, not who owns Thailand).
            let owner = info.owner.filter(|&(o, ..)| info.is_state.is_none() || self.info[o].is_state.is_some());
            let mut step = Step::named("none");
            if let Some((o, kind, para, at)) = owner {
                parent = Some(o);
                step = info.owner_step;
                if kind != "member_of" || self.actors[o].kind != ActorKind::State {
                    self.links.push(Link { source: a, target: o, kind, para, at });
                }
            }
            if parent.is_none() {
                if let Some(bi) = info.body {
                    // "Peru's Congress", "the Peruvian Congress": the text names another
                    // state than the KB's ("Congress" is the U.S. one): the text wins.
                    let kb_state = kb.bodies[bi].parents().find_map(|p| kb.state_by_iso(p));
                    if let Some(si) = info.state.filter(|&si| kb_state.is_some_and(|k| k != si)) {
                        parent = self.state_actor.get(&si).copied().filter(|&p| p != a);
                        step = info.state_step.by("kb body in the text's state");
                    }
                }
            }
            if parent.is_none() {
                if let Some(bi) = info.body {
                    for cand in kb.bodies[bi].parents() {
                        let found = if let Some(si) = kb.state_by_iso(cand) {
                            self.state_actor.get(&si).copied()
                        } else if let Some(pb) = kb.body_by_name(cand) {
                            self.body_actor.get(&pb).copied()
                        } else if cand == "home" {
                            self.home
                        } else {
                            role_holder.get(&cand.lowercase()).copied()
                        };
                        if let Some(p) = found.filter(|&p| p != a) {
                            parent = Some(p);
                            step = Step::named("kb body's parent");
                            if self.actors[p].kind != ActorKind::State {
                                self.links.push(Link { source: a, target: p, kind: "part_of", para: 0, at: 0 });
                            }
                            break;
                        }
                    }
                }
            }
            if parent.is_none() && self.actors[a].kind == ActorKind::Person {
                // "Deputy Defense Minister X" sits in the "Defense Ministry" the story names;
                // "Secretary of State X" in the State Department.
                let role = self.actors[a].role.clone().unwrap_or_default();
                // "foreign ministry spokesperson X" sits in the foreign ministry the story names.
                let ministry = role.strip_suffix(" Minister").map(|d| format!("{} ministry", d.rsplit(' ').next().unwrap_or(d).lowercase())).or_else(|| {
                    let r = role.lowercase();
                    let i = r.find(" ministry")?;
                    Some(format!("{} ministry", r[..i].rsplit(' ').next()?))
                });
                // Of the same state; with no state known, the only such ministry named.
                let by_ministry = ministry.and_then(|m| orgs_by_tail.get(&m)).and_then(|v| {
                    let same = v.iter().copied().find(|&o| o != a && self.org_state(o).or(home_state) == info.state.or(home_state));
                    same.or_else(|| if info.state.is_none() && v.len() == 1 && v[0] != a { Some(v[0]) } else { None })
                });
                let by_office = info.institution.and_then(|i| orgs_by_tail.get(&i.lowercase())).and_then(|v| v.first().copied());
                let portfolio = || self.portfolio_body(a, &role, &orgs_by_word, home_state);
                let seat = || self.seat(a, &role, &orgs_by_word, &orgs_by_tail, &first_seen, home_state);
                let inst = by_ministry.map(|o| (o, "title: ministry of the role")).or(by_office.map(|o| (o, "title: the office's institution")))
                    .or_else(|| portfolio().map(|o| (o, "title: portfolio's department")))
                    .or_else(|| seat().map(|o| (o, "title: the office's seat")));
                if let Some((o, name)) = inst {
                    parent = Some(o);
                    step = Step::named(name);
                    self.links.push(Link { source: a, target: o, kind: "member_of", para: 0, at: 0 });
                }
            }
            if parent.is_none() && info.office == Some(OfficeKind::Minister) {
                // A minister sits under the head of government of the same state.
                let head = info.state.and_then(|si| head_of_state.get(&si).copied()).filter(|&h| h != a);
                if let Some(h) = head {
                    parent = Some(h);
                    step = Step::named("minister under the head of government");
                    self.links.push(Link { source: a, target: h, kind: "member_of", para: 0, at: 0 });
                    // The minister also serves the state, which the tree only implies.
                    if let Some(&st) = info.state.and_then(|si| self.state_actor.get(&si)) {
                        self.links.push(Link { source: a, target: st, kind: "member_of", para: 0, at: 0 });
                    }
                }
            }
            // With no head of government named, a minister sits in the government the
            // story names as a body ("the Government", "the Spanish Government"), of the
            // same state: under it, under the state, both conventions hold.
            // A ministry the story names, likewise ("the Ministry for the Ecological
            // Transition"): in the government, under the state. So is a government
            // department named for its portfolio ("the Department for Environment,
            // Food and Rural Affairs", "Department of Labor"; not "the Police
            // Department"), the ministry of British and American usage: in a story
            // that names no state, where the home state cannot take it, it was left
            // at the root (tree18).
            let name = &self.actors[a].name;
            let department = name.contains("Department for ") || name.contains("Department of ");
            let ministry = self.actors[a].kind == ActorKind::Organization && info.body.is_none() && (name.split(' ').any(|w| w == "Ministry") || department);
            if parent.is_none() && (info.office == Some(OfficeKind::Minister) || ministry) {
                let own = info.state.or(home_state);
                let gov = governments.iter().copied().find(|&g| g != a && self.org_state(g).or(home_state) == own);
                if let Some(g) = gov {
                    parent = Some(g);
                    step = Step::named(if ministry { "ministry in the Government" } else { "minister in the Government" });
                    self.links.push(Link { source: a, target: g, kind: if ministry { "part_of" } else { "member_of" }, para: 0, at: 0 });
                }
            }
            if parent.is_none() {
                parent = info.state.and_then(|si| self.state_actor.get(&si).copied()).filter(|&p| p != a);
                if parent.is_some() {
                    step = info.state_step;
                }
            }
            // No clue at all: persons, and institutions the KB does not place, belong to
            // the article's subject country.
            let kind = self.actors[a].kind;
            // "the state broadcaster AzTV", "state-run daily X": a state's medium, of the
            // state its introducing paragraph names (else the home state); any other
            // medium stays at the root (an independent outlet belongs to no state).
            let owned = |x: &str| matches!(x, "state" | "state-run" | "state-owned" | "state-controlled" | "government-run" | "government-owned");
            let state_medium = kind == ActorKind::Media && first_seen[a].is_some_and(|(p, start, _)| {
                let before = ctx.paras[p].text[..start].trim_end().lowercase();
                let mut w = before.rsplit(|c: char| c.is_whitespace()).take(3);
                let last = w.next().unwrap_or("");
                let words = std::iter::once(last).chain(w);
                (last.starts_with("state") || kb.is("media_nouns", last)) && words.into_iter().any(owned)
            });
            // "Russia's state gas company Gazprom", "the Chilean state-owned miner X": a
            // state's company, of the state named right before the description (its
            // possessive or demonym, within the three words before the name).
            if parent.is_none() && kind == ActorKind::Organization && info.is_state.is_none() && info.body.is_none() {
                if let Some((p, start, _)) = first_seen[a] {
                    let text = ctx.paras[p].text;
                    let desc = text[..start].trim_end();
                    // (a lowercase word: "the Islamic State affiliate X" is no state's)
                    let marks = |cut: usize| desc[cut..].split_whitespace().next().is_some_and(|w| w.starts_with(char::is_lowercase) && owned(&w.lowercase()));
                    let mut cut = desc.len();
                    for _ in 0..3 {
                        cut = desc[..cut].trim_end().char_indices().rev().find(|&(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
                        if marks(cut) {
                            break;
                        }
                    }
                    if marks(cut) {
                        let at = self.mentions.partition_point(|m| (m.para, m.range.start) < (p, start));
                        let st = self.mentions[..at].last().filter(|m| m.para == p && m.range.end <= cut && text[m.range.end..cut].trim_start_matches(['\'', '\u{2019}', 's']).trim().is_empty());
                        parent = st.and_then(|m| self.info[m.actor].is_state).and_then(|si| self.state_actor.get(&si).copied()).filter(|&s| s != a);
                        step = Step::named("state-owned company");
                    }
                }
            }
            if parent.is_none() && info.is_state.is_none() && info.body.is_none() && (matches!(kind, ActorKind::Person | ActorKind::Organization) || state_medium) {
                // The state of the paragraph that introduces the actor, else the home state.
                // "Indonesia summoned China's ambassador ... Ambassador Wang Liqun": a
                // posted office with no state is the one the story gave a state before.
                let posted = self.actors[a].role.as_deref().and_then(|r| r.rsplit(' ').next()).is_some_and(|w| kb.is("posted_offices", &w.lowercase()));
                let sender = first_seen[a].filter(|_| posted && kind == ActorKind::Person).and_then(|(p, start, _)| {
                    posted_by.iter().rev().find(|&&(pp, at, _)| (pp, at) < (p, start)).map(|&(_, _, st)| st)
                });
                if let Some(st) = sender.filter(|&st| st != a) {
                    self.actors[a].parent = Some(st);
                    self.info[a].step = Step::named("fallback: posted office's sender");
                    continue;
                }
                // "Osmonov's replacement, X": a successor holds the post of the
                // person succeeded; decided once every parent is known (below).
                if let Some(x) = first_seen[a].filter(|_| kind == ActorKind::Person).and_then(|site| self.predecessor(ctx, a, site)) {
                    successors.push((a, x));
                }
                // A person: the organisation a definite noun of their appositive
                // names, else the one named before them in the sentence that
                // introduces them (`affiliation/fallback.rs`).
                let described = first_seen[a].filter(|_| kind == ActorKind::Person).and_then(|site| self.organisation_described(ctx, a, site));
                if let Some(o) = described {
                    self.actors[a].parent = Some(o);
                    self.info[a].step = Step::named("fallback: organisation its appositive describes");
                    continue;
                }
                let org = first_seen[a].filter(|_| kind == ActorKind::Person).and_then(|site| self.organisation_before(ctx, a, site));
                if let Some(o) = org {
                    self.actors[a].parent = Some(o);
                    self.info[a].step = Step::named("fallback: organisation before, in the sentence");
                    continue;
                }
                let para_org = first_seen[a].filter(|_| kind == ActorKind::Person).and_then(|site| self.organisation_of_paragraph(ctx, a, site));
                if let Some(o) = para_org {
                    self.actors[a].parent = Some(o);
                    self.info[a].step = Step::named("fallback: organisation of the paragraph");
                    continue;
                }
                let named = (kind == ActorKind::Organization).then(|| self.state_in_name(a)).flatten();
                if let Some(st) = named {
                    self.actors[a].parent = Some(st);
                    self.info[a].step = Step::named("fallback: the state its name names");
                    continue;
                }
                let local = first_seen[a].and_then(|(p, start, end)| self.paragraph_state(&ctx.paras[p], ctx.paras[p].sentence_at(start), end, usize::MAX, None)).and_then(|si| self.state_actor.get(&si).copied());
                // A state medium the paragraph places nowhere is that of the state or
                // official named last before it ("Rzayev ... "Q," he told the state
                // broadcaster AzTV"), within a few mentions.
                let speaker_state = || {
                    let (p, start, _) = first_seen[a].filter(|_| state_medium)?;
                    let at = self.mentions.partition_point(|m| (m.para, m.range.start) < (p, start));
                    let si = self.mentions[..at].iter().rev().take(8).find_map(|m| self.info[m.actor].is_state.or(self.info[m.actor].state))?;
                    self.state_actor.get(&si).copied()
                };
                let speaker = || speaker_state().map(|s| (s, "fallback: state medium's speaker's state"));
                let chosen = local.map(|s| (s, "fallback: paragraph's state")).or_else(speaker).or(self.home.map(|h| (h, "fallback: home state"))).filter(|&(h, _)| h != a);
                parent = chosen.map(|(h, _)| h);
                if let Some((_, name)) = chosen {
                    step = Step::named(name);
                }
            }
            self.info[a].step = if parent.is_some() { step } else { Step::named("none") };
            self.actors[a].parent = parent;
        }
        // A successor only the states' fallback placed takes the organisation (or
        // the principal) of the person succeeded ("Osmonov's replacement, X" in the
        // GKNB where Osmonov sits); a predecessor under a state gives nothing new.
        for (a, x) in successors {
            if self.actors[a].parent.is_some_and(|q| self.info[q].is_state.is_none()) {
                continue;
            }
            let Some(p) = self.actors[x].parent.filter(|&p| p != a && self.info[p].is_state.is_none()) else { continue };
            let cycle = std::iter::successors(Some(p), |&q| self.actors[q].parent).take(32).any(|q| q == a);
            if !cycle {
                self.actors[a].parent = Some(p);
                self.info[a].step = Step::named("fallback: the predecessor's organisation");
            }
        }
        self.office_state_links(home_state);
    }
}

impl Builder {
    /// The state opening the sentence before the one at byte `at` of `para` (its
    /// first mention, no capital of place), when it is the only state that sentence
    /// names and not `home`. `self.mentions` must be sorted.
    fn previous_subject_state(&self, para: &crate::extract::Para<'_>, at: usize, home: Option<usize>) -> Option<usize> {
        let i = para.sentence_index(at);
        let prev = para.sentences.get(i.checked_sub(1)?)?.clone();
        let lo = self.mentions.partition_point(|m| (m.para, m.range.start) < (para.index, prev.start));
        let hi = self.mentions.partition_point(|m| (m.para, m.range.start) < (para.index, prev.end));
        let here = &self.mentions[lo..hi.max(lo)];
        let first = here.first()?;
        let si = self.info[first.actor].is_state?;
        // (after a label in capitals: "THE VETO: Hungary has told partners …")
        let lead = para.text[prev.start..first.range.start].trim();
        let opens = lead.is_empty() || (lead.ends_with(':') && lead.chars().any(char::is_alphabetic) && !lead.chars().any(char::is_lowercase));
        let alone = here.iter().all(|m| self.info[m.actor].is_state.is_none_or(|s| s == si));
        (opens && alone && !self.place_capital(para.text, &first.range) && home != Some(si)).then_some(si)
    }

    /// "Education Secretary X", "Interior Undersecretary X", "Health Minister X": a
    /// portfolio title sits in the story's ministry or department whose name has the
    /// portfolio word ("Department for Education", "Department of the Interior and
    /// Local Government", "Ministry of Health"), of the holder's state (else the home
    /// state); the first in the cast when several fit. A shadow or former office
    /// holds no department, nor does a title with no portfolio ("Prime Minister": no
    /// ministry is named after "prime").
    fn portfolio_body(&self, a: usize, role: &str, orgs_by_word: &FxMap<String, Vec<usize>>, home_state: Option<usize>) -> Option<usize> {
        let lex = crate::extract::lexicon::get();
        let words: Vec<String> = role.split_whitespace().map(StrCase::lowercase).collect();
        let (title, before) = words.split_last()?;
        // One word list (`portfolio`) holds the titles, the department heads and the
        // stop words: a title ends the role, no other listed word precedes it.
        if !lex.is("portfolio", title) || before.iter().any(|w| lex.is("portfolio", w)) {
            return None;
        }
        let port = before.last()?;
        let own = self.info[a].state.or(home_state);
        orgs_by_word.get(port)?.iter().map(|&x| x / 2).find(|&o| {
            o != a
                && self.actors[o].name.split_whitespace().any(|w| lex.is("portfolio", &w.lowercase()))
                && self.org_state(o).or(home_state) == own
        })
    }

    /// The institution an office holder sits in by the office's seat (`data/kb/offices.tsv`:
    /// a speaker in a legislature, a judge in a court, a police chief in the police, the
    /// ombudsman in the Office of the Ombudsman): of the story's organisations with a
    /// seat word in their name (of the holder's state, when the text gives one), one whose
    /// name it heads ("National Assembly" over "Parliament Buildings"), then one of the
    /// holder's or the home state, then the first the story names. A court report leads
    /// with the court that ruled; a court named later is mostly another one ("would
    /// appeal to the Supreme Court", "the Court of Appeal could hear it"). Never an
    /// institution the holder owns ("Office of the Prime Minister").
    fn seat(&self, a: usize, role: &str, orgs_by_word: &FxMap<String, Vec<usize>>, orgs_by_tail: &FxMap<String, Vec<usize>>, first_seen: &[Option<(usize, usize, usize)>], home_state: Option<usize>) -> Option<usize> {
        let kb = self.kb;
        let words: Vec<&str> = role.split_whitespace().collect();
        // The whole role, else its last two words, else its last ("former Associate Justice").
        let office = (0..words.len().min(3)).find_map(|k| kb.office(&words[k..].join(" ")))?;
        let seats = office.institution()?;
        let own = self.info[a].state;
        // (the seat word heads the name, of the holder's or the home state, first named),
        // greatest first.
        type Key = (bool, bool, std::cmp::Reverse<(usize, usize)>);
        let mut best: Option<(Key, usize)> = None;
        for w in seats.split('|') {
            // A seat of two words ("Public Ministry", a prosecutor's: tree25) is the
            // name's last two words, its head; one word (or "House of"), any
            // capitalised word of it.
            let two = w.contains(' ') && !w.ends_with(" of");
            let found = if two { orgs_by_tail.get(&w.lowercase()) } else { orgs_by_word.get(&w.lowercase()) };
            for &x in found.map(Vec::as_slice).unwrap_or(&[]) {
                let (o, head) = if two { (x, true) } else { (x / 2, x % 2 == 1) };
                let st = self.org_state(o);
                // A holder the text gives a state sits in that state's institutions only.
                if o == a || self.info[o].owner.is_some_and(|(x, ..)| x == a) || own.is_some_and(|si| st.is_some_and(|s| s != si)) {
                    continue;
                }
                let Some((p, s, _)) = first_seen[o] else { continue };
                let key = (head, st.is_none() || st == own.or(home_state), std::cmp::Reverse((p, s)));
                if best.is_none_or(|(b, _)| key > b) {
                    best = Some((key, o));
                }
            }
        }
        best.map(|(_, o)| o)
    }
}

/// "al-Kuwari", "el-Sisi", "bin Salman"'s kin: a lowercase particle of at most
/// three letters, a hyphen, then a capital. Such a surname is a mention though it
/// opens lowercase (only when it is a recorded alias, which the caller checks).
pub fn particle_surname(w: &str) -> bool {
    match w.split_once('-') {
        Some((p, rest)) => (1..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase()) && rest.starts_with(char::is_uppercase),
        None => false,
    }
}

/// Whether `acr` abbreviates `name`: every capitalised word of the name starts the
/// next letter(s) of the acronym, connectors may give a letter ("of" in ECOWAS),
/// and a word may give more than its initial ("Intergovernmental" → "IG").
pub fn initials_match(acr: &str, name: &str) -> bool {
    let a: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_uppercase()).collect();
    let words: Vec<Vec<char>> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !["al", "el", "wal", "bin"].contains(w))
        .map(|w| w.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_uppercase()).collect())
        .collect();
    let optional: Vec<bool> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !["al", "el", "wal", "bin"].contains(w))
        .map(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect();
    if a.len() < 2 || words.len() < 2 {
        return false;
    }
    fn go(a: &[char], words: &[Vec<char>], optional: &[bool]) -> bool {
        if words.is_empty() {
            return a.is_empty();
        }
        let w = &words[0];
        if optional[0] && go(a, &words[1..], &optional[1..]) {
            return true;
        }
        if a.is_empty() || w.first() != Some(&a[0]) {
            return false;
        }
        // The word gives its initial plus up to two more of its letters, in order.
        let mut take = 1;
        loop {
            if go(&a[take..], &words[1..], &optional[1..]) {
                return true;
            }
            if take >= 3 || take >= a.len() {
                return false;
            }
            // Extend: the next acronym letter must occur later in the word.
            let pos = w.iter().skip(1).position(|&c| c == a[take]);
            if pos.is_none() {
                return false;
            }
            take += 1;
        }
    }
    go(&a, &words, &optional)
}
