//! The detection state shared by the passes: actors, their hidden facts
//! ([`Info`]), the alias index, and what waits for the whole document to be read
//! ([`Deferred`]).

use crate::case::{CharCase, StrCase};
use super::kb::{self, Entry, Kb, OfficeKind};
use super::names::{Tok, TokKind};
use super::trace::Step;
use super::{ActorDraft, Cast, Link, Mention};
use crate::model::ActorKind;
use crate::extract::fxhash::FxMap;

/// Before a capital, these make it a place ("a rally in Niamey"), not a metonym.
pub(super) const LOCATIVE: &[&str] = &["in", "at", "near", "across", "outside", "inside", "around", "into", "via", "to"];
/// Before an unknown multiword name, these make it a place ("in New York").
pub(super) const PLACE_PREPOSITIONS: &[&str] = &["in", "near", "across", "outside", "inside", "around", "into", "via"];
pub(super) const ARTICLES: &[&str] = &["a", "an", "the"];

/// What detection knows about an actor beyond the public draft.
#[derive(Debug, Clone, Default)]
pub(super) struct Info {
    /// KB state index this actor is, or hangs under.
    pub(super) state: Option<usize>,
    pub(super) is_state: Option<usize>,
    pub(super) body: Option<usize>,
    /// An actor this one sits under, with the relation the construction states.
    pub(super) owner: Option<(usize, &'static str, usize, usize)>,
    pub(super) office: Option<OfficeKind>,
    /// Where a titled person was introduced (para, byte offset).
    pub(super) site: Option<(usize, usize)>,
    /// The institution the person's office sits in ("State Department").
    pub(super) institution: Option<&'static str>,
    /// Which construction stated `owner`, which `state`, and which step of the tree
    /// chose the parent (a debug record, see `trace`).
    pub(super) owner_step: Step,
    pub(super) state_step: Step,
    pub(super) step: Step,
    /// Which candidate step made the actor and which last set its kind (a debug
    /// record, see `trace::CastLog`).
    pub(super) admit: Step,
    pub(super) typed: Step,
    /// The ranks before a titled person's name ("Rear Admiral", "Lt. Col."): the
    /// person's role when no other construction gives one (`finish`).
    pub(super) rank: Option<String>,
    /// The office whose holder this person serves as staff ("the president's
    /// spokesman": "president"), placed by the tree (`affiliation/office_staff.rs`).
    pub(super) staff_of: Option<&'static str>,
}

impl Info {
    /// An owner a default of the tree gives (`tree_owners`), recorded as `step`.
    #[cfg_attr(not(target_arch = "wasm32"), track_caller)]
    pub(super) fn default_owner(&mut self, owner: usize, kind: &'static str, step: &'static str) {
        self.owner = Some((owner, kind, 0, 0));
        self.owner_step = Step::here(step);
    }
}

pub(super) enum Deferred {
    /// A lone capitalised word; `media` when it is the subject of "reported";
    /// `body` when an acronym stands in apposition ("NATO's force, KFOR,"), with
    /// the owner the description names before a possessive ("NATO").
    Single { word: String, media: bool, body: Option<Option<String>> },
    /// "the Trump administration": (name, whole phrase, state iso3).
    Administration { name: String, phrase: String, iso3: &'static str, para: usize, at: usize },
    /// "Khamenei's office": owner surface, the phrase, and an optional medium
    /// published by it ("the weekly magazine published by ...").
    Institution { owner: String, phrase: String, medium: Option<String> },
}

pub(super) struct Builder {
    pub(super) kb: &'static Kb,
    pub(super) actors: Vec<ActorDraft>,
    pub(super) info: Vec<Info>,
    /// key(name or alias) → actor.
    pub(super) index: FxMap<String, usize>,
    /// KB state / body index → its actor.
    pub(super) state_actor: Slots,
    pub(super) body_actor: Slots,
    pub(super) deferred: Vec<Deferred>,
    /// Bare titles seen ("the Supreme Leader").
    pub(super) titles: Vec<String>,
    pub(super) links: Vec<Link>,
    /// Mentions fixed during candidate detection (groups whose surface is also a state form).
    pub(super) direct: Vec<Mention>,
    pub(super) mentions: Vec<Mention>,
    pub(super) home: Option<usize>,
    /// "Army" → the institution it was found to abbreviate.
    pub(super) bare_found: FxMap<String, usize>,
    /// The sentences of the paragraph pass 1 is reading (byte ranges).
    pub(super) sentences: Vec<std::ops::Range<usize>>,
    /// "Cameroonian army" → the words of its first lowercase mention, until it
    /// is mentioned again (`lowercase_force`).
    pub(super) forces_once: FxMap<String, String>,
    /// This paragraph's lowercase bodies opening a sentence ("The planning board,
    /// which …"): the byte where each starts and the actor (`lowercase_subjects`),
    /// for "Its chair, X" after it.
    pub(super) lowercase_subject_at: Vec<(usize, usize)>,
    /// "the charity SeaLink Rescue", "SeaLink Rescue, a German charity": the
    /// organisation the story last described with a noun, for "the charity's head"
    /// (`described_org`).
    pub(super) described: FxMap<String, usize>,
    /// What the chunks of the paragraph read last stand for: a description opening
    /// the next one ("The party saw it differently. Its ...") looks back there.
    pub(super) prev_assigned: Vec<Option<usize>>,
    /// Set by `classify` when the chunk it read is a title with no name ("the
    /// Majority Leader"), for `title_apposition`.
    pub(super) title_chunk: bool,
    /// Set by `owner_title_name` when the title's owner is a capitalised
    /// description noun ("Party president X"): the noun and whether the office
    /// leads; `paragraph` gives the person the organisation it describes.
    pub(super) described_owner: Option<(String, bool)>,
    /// The debug record of admissions, types and joins (`trace::CastLog`), and each
    /// actor's kind when last looked at (kept only while the record is on).
    pub(super) log: super::trace::CastLog,
    pub(super) kinds: Vec<ActorKind>,
    /// A place's government below the state by the place's lowercase name
    /// ("kumamoto" → "Kumamoto Prefectural Government"): "Governor X of Kumamoto"
    /// sits in it (`candidates::local_government`).
    pub(super) local_govs: FxMap<String, usize>,
    /// The government `national_government` made from "the government", if any.
    pub(super) made_government: Option<usize>,
}

/// A map from small dense indices (KB rows, actors) to actors: a vector, not a
/// hash map (faster, and one hash-map instantiation fewer in the wasm).
#[derive(Default)]
pub(super) struct Slots(Vec<Option<usize>>);

impl Slots {
    pub(super) fn get(&self, k: &usize) -> Option<&usize> {
        self.0.get(*k).and_then(Option::as_ref)
    }
    pub(super) fn contains_key(&self, k: &usize) -> bool {
        self.get(k).is_some()
    }
    pub(super) fn remove(&mut self, k: usize) {
        if let Some(x) = self.0.get_mut(k) {
            *x = None;
        }
    }
    /// The keys that have an actor, ascending.
    pub(super) fn keys(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().filter(|(_, v)| v.is_some()).map(|(k, _)| k)
    }
    pub(super) fn insert(&mut self, k: usize, v: usize) {
        if self.0.len() <= k {
            self.0.resize(k + 1, None);
        }
        self.0[k] = Some(v);
    }
}

pub(super) fn word_at<'t>(text: &'t str, toks: &[Tok], i: usize) -> Option<&'t str> {
    toks.get(i).filter(|t| t.kind == TokKind::Word).map(|t| &text[t.start..t.end])
}

pub(super) fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) if !["of", "for", "and", "the", "on"].contains(&w) => f.uppercase().chain(c).collect(),
                _ => w.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

impl Builder {
    pub(super) fn new() -> Self {
        Builder {
            kb: kb::get(),
            actors: Vec::new(),
            info: Vec::new(),
            index: FxMap::default(),
            state_actor: Slots::default(),
            body_actor: Slots::default(),
            deferred: Vec::new(),
            titles: Vec::new(),
            links: Vec::new(),
            direct: Vec::new(),
            mentions: Vec::new(),
            home: None,
            bare_found: FxMap::default(),
            sentences: Vec::new(),
            forces_once: FxMap::default(),
            lowercase_subject_at: Vec::new(),
            described: FxMap::default(),
            prev_assigned: Vec::new(),
            title_chunk: false,
            described_owner: None,
            log: super::trace::CastLog::new(),
            kinds: Vec::new(),
            local_govs: FxMap::default(),
            made_government: None,
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), track_caller)]
    pub(super) fn new_actor(&mut self, name: &str, kind: ActorKind) -> usize {
        let i = self.actors.len();
        self.actors.push(ActorDraft { name: name.to_string(), kind, ..Default::default() });
        self.info.push(Info::default());
        self.admitted(i);
        self.index.entry(kb::key(name)).or_insert(i);
        i
    }

    #[cfg_attr(not(target_arch = "wasm32"), track_caller)]
    pub(super) fn alias(&mut self, actor: usize, surface: &str) {
        let t = surface.trim();
        let s: std::borrow::Cow<str> = if t.contains('\u{2019}') { t.replace('\u{2019}', "'").into() } else { t.into() };
        if s.is_empty() {
            return;
        }
        let a = &mut self.actors[actor];
        if !a.name.eq_ignore_ascii_case(&s) && !a.aliases.iter().any(|x| x.eq_ignore_ascii_case(&s)) {
            a.aliases.push(s.to_string());
            if self.log.on() {
                self.log.alias(&s, super::trace::current());
            }
        }
        if !kb::with_key(&s, |k| self.index.contains_key(k)) {
            self.index.insert(kb::key(&s), actor);
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), track_caller)]
    pub(super) fn state(&mut self, si: usize) -> usize {
        if let Some(&a) = self.state_actor.get(&si) {
            return a;
        }
        let a = self.new_actor(self.kb.states[si].name(), ActorKind::State);
        self.info[a].is_state = Some(si);
        self.state_actor.insert(si, a);
        for k in self.kb.state_keys(si) {
            self.index.entry(k.to_string()).or_insert(a);
        }
        a
    }

    #[cfg_attr(not(target_arch = "wasm32"), track_caller)]
    pub(super) fn body(&mut self, bi: usize) -> usize {
        if let Some(&a) = self.body_actor.get(&bi) {
            return a;
        }
        let body = &self.kb.bodies[bi];
        let a = match kb::with_key(body.name(), |k| self.index.get(k).copied()) {
            Some(a) => a,
            None => self.new_actor(body.name(), body.kind),
        };
        self.actors[a].kind = body.kind;
        self.info[a].body = Some(bi);
        self.body_actor.insert(bi, a);
        for k in self.kb.body_keys(bi) {
            self.index.entry(k.to_string()).or_insert(a);
        }
        a
    }

    #[cfg_attr(not(target_arch = "wasm32"), track_caller)]
    pub(super) fn entry(&mut self, e: Entry) -> usize {
        match e {
            Entry::State(si, _) => self.state(si),
            Entry::Body(bi) => self.body(bi),
        }
    }

    /// A person by full name; joins an existing one with the same name or, for a
    /// lone word, the same surname.
    #[cfg_attr(not(target_arch = "wasm32"), track_caller)]
    pub(super) fn person(&mut self, name: &str) -> usize {
        if let Some(a) = kb::with_key(name, |k| self.index.get(k).copied()) {
            // "outside the Banque du Liban" after "the Banque du Liban (BDL)": the name
            // of an organisation the story knows is that organisation, never a person.
            if self.actors[a].kind == ActorKind::Person || (self.info[a].is_state.is_none() && self.actors[a].name.eq_ignore_ascii_case(name)) {
                return a;
            }
        }
        // A fuller name for a person known by surname only ("President Trump", then "Donald Trump").
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() >= 2 {
            let sur = surname(name);
            if let Some(a) = kb::with_key(&sur, |k| self.index.get(k).copied()) {
                // (known by that surname alone: "De Wever", then "Bart De Wever")
                if self.actors[a].kind == ActorKind::Person && self.actors[a].name.eq_ignore_ascii_case(&sur) {
                    let old = std::mem::replace(&mut self.actors[a].name, name.to_string());
                    self.alias(a, &old);
                    self.index.insert(kb::key(name), a);
                    return a;
                }
            }
        }
        let a = self.new_actor(name, ActorKind::Person);
        if words.len() >= 2 {
            let sur = surname(name);
            self.alias(a, &sur);
            let last = words[words.len() - 1];
            if last != sur {
                self.alias(a, last);
            }
            // Spanish and Latin American usage: "Elena Morales Cruz" is "Morales" on
            // second mention (the first surname; the last is the mother's). A middle word
            // that is no given name ("Mary Beth Smith") and no particle is that surname;
            // an alias only while no other actor goes by it.
            if let [_, mid, _] = words[..] {
                if sur == last && super::names::is_capitalised(mid) && !mid.contains('.') && !super::candidates::given_name(mid) && !super::names::surname_particle(mid) {
                    if !kb::with_key(mid, |k| self.index.contains_key(k)) {
                        self.alias(a, mid);
                    }
                    // Both surnames together are the formal second mention ("Mr Ruiz
                    // Montero" after "Alberto Ruiz Montero").
                    let both = format!("{mid} {last}");
                    if !kb::with_key(&both, |k| self.index.contains_key(k)) {
                        self.alias(a, &both);
                    }
                }
            }
            // "Anselmo de Lima Brito", then "De Lima Brito said" (cast29): a particle
            // inside the name opens a compound surname of two words or more, which
            // a story repeats whole from the particle (`surname` keeps "Brito"); an
            // alias only while no other actor goes by it.
            if let Some(p) = (1..words.len().saturating_sub(2)).find(|&p| super::names::surname_particle(words[p]) && !super::names::is_capitalised(words[p])) {
                let tail = &words[p + 1..];
                if tail.len() >= 2 && tail.iter().all(|w| super::names::is_capitalised(w) || super::names::surname_particle(w)) {
                    let whole = words[p..].join(" ");
                    if whole != sur && !kb::with_key(&whole, |k| self.index.contains_key(k)) {
                        self.alias(a, &whole);
                    }
                }
            }
        }
        a
    }

    #[cfg_attr(not(target_arch = "wasm32"), track_caller)]
    pub(super) fn org(&mut self, name: &str, kind: ActorKind) -> usize {
        if let Some(a) = kb::with_key(name, |k| self.index.get(k).copied()) {
            // A name first read as a person's ("SeaLink Rescue picked up ...", then "the
            // charity SeaLink Rescue") is the organisation: one actor, not two.
            if self.actors[a].kind != ActorKind::Person {
                return a;
            }
            if self.actors[a].name == name && self.as_org(a) {
                self.actors[a].kind = kind;
                return a;
            }
        }
        // An acronym and the full name it abbreviates, in either order ("DFA spokesperson"
        // after "the Department of Foreign Affairs"; "the ISPR director general" before
        // "Inter-Services Public Relations"), are one organisation, under the full name.
        // A bounded window of the actors created last keeps the pass linear.
        let acronym = super::names::is_acronym(name);
        let multi = name.contains(' ') && !acronym;
        if acronym || multi {
            let recent = self.actors.len().saturating_sub(64)..self.actors.len();
            let other = recent.rev().find(|&a| {
                let o = &self.actors[a];
                (o.kind != ActorKind::Person || (acronym && self.org_like_person(a, name))) && self.info[a].is_state.is_none() && self.info[a].body.is_none() && if acronym { o.name.contains(' ') && !super::names::is_acronym(&o.name) && super::initials_match(name, &o.name) } else { super::names::is_acronym(&o.name) && super::initials_match(&o.name, name) }
            });
            if let Some(a) = other {
                self.as_org(a);
                if multi {
                    let acr = std::mem::replace(&mut self.actors[a].name, name.to_string());
                    self.alias(a, &acr);
                    self.index.insert(kb::key(name), a);
                } else {
                    self.alias(a, name);
                }
                return a;
            }
        }
        self.new_actor(name, kind)
    }

    /// Whether person `a` is rather the expansion of acronym `acr` ("the army's media
    /// wing, Inter-Services Public Relations, said", then "ISPR"): three letters or
    /// more, one per word of a name with no role and no given name first.
    pub(super) fn org_like_person(&self, a: usize, acr: &str) -> bool {
        let d = &self.actors[a];
        let words = d.name.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).count();
        // "AMLO" is Andrés Manuel López Obrador: a name opening with a given name
        // (data/given_names.txt) stays a person's.
        let lx = crate::extract::lexicon::get();
        let first = d.name.split_whitespace().next().unwrap_or("").lowercase();
        let given = lx.is("given_male", &first) || lx.is("given_female", &first);
        d.kind == ActorKind::Person && !given && d.role.is_none() && self.info[a].office.is_none() && acr.chars().filter(|c| c.is_alphabetic()).count() >= 3 && words == acr.chars().filter(|c| c.is_alphabetic()).count()
    }

    #[cfg_attr(not(target_arch = "wasm32"), track_caller)]
    pub(super) fn set_state(&mut self, a: usize, si: usize) {
        if self.info[a].state.is_none() && self.info[a].is_state != Some(si) {
            self.info[a].state = Some(si);
            self.info[a].state_step = Step::here("state");
        }
    }

    /// Records an office kind; a real office beats a rank ("Colonel X", then
    /// "Mali's transitional president, Colonel X").
    pub(super) fn set_office(&mut self, a: usize, kind: OfficeKind) {
        if matches!(self.info[a].office, None | Some(OfficeKind::Rank)) {
            self.info[a].office = Some(kind);
        }
    }

    /// `a` holds office `o`: its kind, the institution the office sits in (when none is
    /// known yet) and the state a national office names.
    pub(super) fn hold_office(&mut self, a: usize, o: &kb::Office) {
        self.set_office(a, o.kind);
        if self.info[a].institution.is_none() {
            self.info[a].institution = o.institution();
        }
        if let Some(si) = o.iso3().and_then(|iso| self.kb.state_by_iso(iso)) {
            self.set_state(a, si);
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), track_caller)]
    pub(super) fn set_owner(&mut self, a: usize, owner: usize, kind: &'static str, para: usize, at: usize) {
        if a != owner && self.info[a].owner.is_none() {
            self.info[a].owner = Some((owner, kind, para, at));
            self.info[a].owner_step = Step::here("owner");
        }
    }


    /// The state an institution belongs to, from the text or the KB.
    /// Records (`trace::CastLog`) the step that made actor `a`, when the record is on.
    #[cfg_attr(not(target_arch = "wasm32"), track_caller)]
    pub(super) fn admitted(&mut self, a: usize) {
        if self.log.on() {
            let step = super::trace::current();
            (self.info[a].admit, self.info[a].typed) = (step, step);
            self.kinds.resize(self.actors.len(), ActorKind::Person);
            self.kinds[a] = self.actors[a].kind;
        }
    }

    /// Records the step now running as the typing step of every actor whose kind
    /// changed since the last look (only while the record is on: a walk over the cast).
    pub(super) fn sync_kinds(&mut self) {
        if !self.log.on() {
            return;
        }
        self.kinds.resize(self.actors.len(), ActorKind::Person);
        for (a, d) in self.actors.iter().enumerate() {
            if self.kinds[a] != d.kind {
                self.kinds[a] = d.kind;
                self.info[a].typed = super::trace::phase_step();
            }
        }
    }

    pub(super) fn org_state(&self, o: usize) -> Option<usize> {
        self.info[o].state.or_else(|| {
            let bi = self.info[o].body?;
            self.kb.bodies[bi].parents().find_map(|p| self.kb.state_by_iso(p))
        })
    }

    /// A capital named after "in", "at", ... ("rallies in Cairo", "In Doha, the
    /// talks ..."): a place.
    pub(super) fn place_capital(&self, text: &str, range: &std::ops::Range<usize>) -> bool {
        let gap = text[..range.start].trim_end();
        let prev_at = gap.char_indices().rev().find(|&(_, c)| !c.is_alphanumeric()).map_or(0, |(i, c)| i + c.len_utf8());
        LOCATIVE.iter().any(|w| w.eq_ignore_ascii_case(&gap[prev_at..])) && matches!(self.kb.lookup(&text[range.clone()]), Some(Entry::State(_, kb::StateForm::Capital)))
    }

    /// The state that places an actor the text places nowhere else: of the
    /// paragraph that introduces it, the state named most often (a demonym counts),
    /// when no other is named as often, and named twice or in the sentence of the
    /// introduction (`sentence`, a byte range). "When I met Ambassador Li Wenjun in
    /// July, he told me, "China sets no conditions ..."" in an interview about
    /// Vanuatu: China, not the article's subject. A capital after "in"/"at" is a
    /// place ("rallies in Cairo"), no evidence, except right after the actor's own
    /// name, which ends at `seat` ("the Foreign Ministry in Lima"). Only mentions
    /// before `before` count (a titled person: the states the sentence goes on to
    /// accuse are no evidence). None when the paragraph names `unless` (the home
    /// state, for a titled person: an unqualified title is the home state's unless
    /// the paragraph is elsewhere). `self.mentions` must be sorted.
    pub(super) fn paragraph_state(&self, para: &crate::extract::Para<'_>, sentence: std::ops::Range<usize>, seat: usize, before: usize, unless: Option<usize>) -> Option<usize> {
        let lo = self.mentions.partition_point(|m| m.para < para.index);
        let hi = self.mentions.partition_point(|m| m.para <= para.index);
        // (state, mentions, mentions in the sentence)
        let mut counts: Vec<(usize, usize, usize)> = Vec::new();
        for m in &self.mentions[lo..hi] {
            let Some(si) = self.info[m.actor].is_state else { continue };
            // (the seat: "the Foreign Ministry in Lima" is the ministry of Peru)
            let own_seat = para.text.get(seat..m.range.start).is_some_and(|g| g.split_whitespace().count() == 1);
            if !own_seat && self.place_capital(para.text, &m.range) {
                continue;
            }
            if unless == Some(si) {
                return None;
            }
            if m.range.start >= before {
                continue;
            }
            let here = usize::from(sentence.contains(&m.range.start));
            match counts.iter_mut().find(|c| c.0 == si) {
                Some(c) => {
                    c.1 += 1;
                    c.2 += here;
                }
                None => counts.push((si, 1, here)),
            }
        }
        let best = counts.iter().map(|c| c.1).max()?;
        let mut top = counts.iter().filter(|c| c.1 == best);
        let first = top.next()?;
        (top.next().is_none() && (first.1 >= 2 || first.2 > 0)).then_some(first.0)
    }

    pub(super) fn finish(mut self) -> Cast {
        // "Rear Admiral Helen Crane": a rank is the role of a person left without one.
        for (d, i) in self.actors.iter_mut().zip(&mut self.info) {
            if d.kind == ActorKind::Person && d.role.is_none() {
                d.role = i.rank.take();
            }
        }
        crate::sort::sort_by_key(&mut self.mentions, |m| (m.para, m.range.start));
        self.mentions.dedup_by_key(|m| (m.para, m.range.start));
        let steps = self.info.iter().map(|i| i.step).collect();
        #[cfg(not(target_arch = "wasm32"))]
        if self.log.on() {
            self.log.actors = self.info.iter().map(|i| (i.admit, i.typed)).collect();
        }
        let mut cast = Cast::from_parts(self.actors, self.mentions, self.links, self.home, steps);
        cast.log = self.log;
        cast
    }
}

/// "al-Bashir" → "Bashir"; "Ali Khamenei" → "Khamenei"; "Bart De Wever" → "De
/// Wever" and "Pieter van der Berg" → "van der Berg" (the particles before the last
/// word belong to the surname, which a story repeats whole); "Kang Hye-jin" →
/// "Kang" (a romanised Korean name: the family name comes first, before a
/// hyphenated given name of two short syllables).
pub(super) fn surname(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last().copied().unwrap_or(name);
    if let [family, given] = words[..] {
        let short = |p: &str, n: usize| (2..=n).contains(&p.len()) && p.bytes().skip(1).all(|b| b.is_ascii_lowercase());
        if let Some((head, tail)) = given.split_once('-') {
            if short(family, 4) && family.as_bytes()[0].is_ascii_uppercase() && short(head, 4) && head.as_bytes()[0].is_ascii_uppercase() && short(tail, 5) && tail.as_bytes()[0].is_ascii_lowercase() {
                return family.to_string();
            }
        }
    }
    let mut k = words.len().saturating_sub(1);
    while k > 1 && super::names::surname_particle(words[k - 1]) {
        k -= 1;
    }
    // "De los Santos", "Von der Leyen" (a surname met first, its particle capitalised
    // at the sentence start): the whole name, not "los Santos".
    if k == 1 && super::names::surname_particle(words[0]) {
        k = 0;
    }
    if k + 1 < words.len() {
        return words[k..].join(" ");
    }
    match last.split_once('-') {
        Some((p, rest)) if ["al", "el", "wal"].contains(&p) && !rest.is_empty() => rest.to_string(),
        _ => last.to_string(),
    }
}
