//! Actors: mentions in the text → one actor per real-world entity.
//!
//! Who is who in an analysis article is mostly said by *construction*, not by
//! vocabulary: "Qods Force commander Qasem Soleimani" says that a person leads an
//! institution; "French president Emmanuel Macron" that a person heads a state;
//! "Atomic Energy Organization of Iran ... AEOI" that an acronym is an alias. So
//! detection is a few passes over capitalised *chunks* (see [`names`]) read with
//! their neighbours, backed by a knowledge base of what every reader is assumed
//! to know: states with their demonyms and capitals, international bodies, office
//! titles ([`kb`]). Nothing here lists the cast of any particular article.
//!
//! The passes, each linear in the text (after pass 0, `known`: a curated story's
//! actors seeded into the alias index):
//! 1. *Candidates*: every non-heading paragraph (the author bio excepted) is
//!    chunked; each chunk is classified (state or body from the KB, title + person,
//!    institution by head word, event/agreement/place → nothing, lone word →
//!    deferred), then persons are read with their neighbours (the "X commander"
//!    before, the ", president of Y" appositive after).
//! 2. *Joining*: lone words become what the whole document says they are: a
//!    surname (aliases), an acronym of an institution (matched by initials, in
//!    either order of appearance), a medium ("Politico reported"); "the Trump
//!    administration" joins Trump; "Khamenei's office" becomes an institution
//!    under Khamenei; a bare title ("the Supreme Leader") joins its unique holder.
//! 3. *Mentions*: one scan of every paragraph (headings too, case-insensitively)
//!    against a hash map of all aliases, longest match first.
//! 4. *Tree*: parents from construction, then from the KB, then from the state a
//!    title belongs to; ministers go under their government's head; titled persons
//!    with no state go under the state their paragraph is about (`paragraph_state`),
//!    else the article's *home state* (the first one named, a capital after "in"
//!    being a place; a state named twice as often, five times or more, wins; a
//!    dateline decides), which is how analysis writing treats its subject country.
//!    Before the tree, `settle` leaves out states named only as a nationality and
//!    folds (`fold`) a name that opens exactly one organisation's longer name into
//!    it ("Veridian" in a headline, "Veridian Medical Systems" in the text), and a
//!    lone head word into the one organisation it heads ("the Commission").
//!
//! Why no "smart" person detection: a multiword capitalised chunk that is neither
//! in the KB nor an institution, event or place is a person. Articles introduce
//! their people by full name, and the lists of what is *not* a person (head words,
//! events, places, stop capitals) are short, general and kept in `data/`.
//!
//! Why lone capitalised words wait: "Khamenei" at a sentence start is a surname,
//! "Politico" a medium, "IRGC" an acronym, "Nowruz" nothing; only the rest of the
//! document can tell, so they are decided in pass 2 and never create a person.
//!
//! Files: [`names`] (tokens and chunks), [`kb`] (`data/kb/*.tsv`,
//! `data/cast_words.txt`), `candidates` (pass 1), `resolve` (passes 2–4), `fold` (short forms),
//! `builder` (the shared state), `trace` (which step chose each parent, admitted
//! and typed each actor and joined each alias: debug only), `newcomers` (parents
//! for the actors attribution adds after the tree). Cost: every pass walks each paragraph once, over
//! the name-layer tokens [`Context`] made once; all cross-document lookups are hash
//! maps (aliases, first words of aliases, role holders, institutions by name) or
//! vectors indexed by KB row; windows around a name are bounded.
//!
//! Deliberately absent: coreference of common-noun descriptions into new actors
//! ("the juntas", "a senior French diplomat" — attribution creates those, with
//! [`Cast::state_within`] for their state), world knowledge about persons, and any
//! list of a particular article's names.

mod affiliation;
mod builder;
mod coalition_partner;
mod fold;
mod government;
mod governing;
mod candidates;
pub mod kb;
mod kb_key;
mod known;
pub mod names;
mod newcomers;
mod resolve;
mod seat;
pub(crate) mod trace;

use super::marks::QuoteSpan;
use super::Context;
use crate::model::ActorKind;
use crate::extract::fxhash::FxMap;
use builder::Builder;
use std::ops::Range;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActorDraft {
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: ActorKind,
    pub role: Option<String>,
    /// Index into `Cast::actors`.
    pub parent: Option<usize>,
    /// The id a curated story gave this actor (see `known`); `None` for an actor the
    /// article alone revealed, whose id is a slug of its name.
    pub id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index into `Cast::actors`.
    pub actor: usize,
    pub para: usize,
    /// Byte range inside the paragraph text.
    pub range: Range<usize>,
}

/// A relation that the construction of a name states ("Qods Force commander X":
/// X leads Qods Force), found while detecting actors; `relations` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub source: usize,
    pub target: usize,
    pub kind: &'static str,
    pub para: usize,
    /// Byte offset in the paragraph where the construction stands.
    pub at: usize,
}

/// The actors of a story and every place they are mentioned.
///
/// Why the private fields: attribution adds actors and mentions while it reads
/// (a description becomes an actor), and every lookup must stay cheap as it does.
/// Mentions are kept per paragraph (an insertion moves one paragraph's mentions,
/// not the article's), and names are indexed by their ASCII-lowercase form (a
/// lookup is one hash probe, not a scan of every actor's aliases).
#[derive(Debug, Clone, Default)]
pub struct Cast {
    pub actors: Vec<ActorDraft>,
    /// Per paragraph, sorted by `range.start`.
    by_para: Vec<Vec<Mention>>,
    /// The paragraphs that have mentions, ascending (to walk back over the gaps).
    nonempty: Vec<usize>,
    /// ASCII-lowercase name or alias → the first actor with it.
    names: FxMap<String, usize>,
    /// Relations stated by name constructions (leads, member_of, part_of).
    pub links: Vec<Link>,
    /// The first state named: the article's subject country.
    pub home: Option<usize>,
    /// Per actor, the step that chose its parent (a debug record: `trace`).
    pub(crate) steps: Vec<trace::Step>,
    /// Which step admitted, typed and joined each actor (a debug record: `trace`).
    pub(crate) log: trace::CastLog,
}

impl Cast {
    pub fn add_actor(&mut self, draft: ActorDraft) -> usize {
        let a = self.actors.len();
        for n in std::iter::once(&draft.name).chain(&draft.aliases) {
            self.names.entry(n.to_ascii_lowercase()).or_insert(a);
        }
        self.actors.push(draft);
        a
    }

    pub fn add_mention(&mut self, m: Mention) {
        if self.by_para.len() <= m.para {
            self.by_para.resize_with(m.para + 1, Vec::new);
        }
        let v = &mut self.by_para[m.para];
        if v.is_empty() {
            let at = self.nonempty.partition_point(|&q| q < m.para);
            self.nonempty.insert(at, m.para);
        }
        let at = v.partition_point(|x| x.range.start < m.range.start);
        v.insert(at, m);
    }

    /// Points the mention that starts at byte `start` of paragraph `para` at `actor`
    /// (attribution's kin rule: "the elder Kang" is the father, not the daughter).
    pub fn retarget(&mut self, para: usize, start: usize, actor: usize) {
        if let Some(m) = self.by_para.get_mut(para).and_then(|v| v.iter_mut().find(|m| m.range.start == start)) {
            m.actor = actor;
        }
    }

    /// Every mention, in reading order.
    pub fn mentions(&self) -> impl DoubleEndedIterator<Item = &Mention> {
        self.by_para.iter().flatten()
    }

    /// The mentions before byte `at` of paragraph `para`, nearest first.
    pub fn mentions_before(&self, para: usize, at: usize) -> impl Iterator<Item = &Mention> {
        let here = self.mentions_in(para, 0..at);
        let earlier = &self.nonempty[..self.nonempty.partition_point(|&q| q < para)];
        here.iter().rev().chain(earlier.iter().rev().flat_map(move |&q| self.by_para[q].iter().rev()))
    }

    /// Mentions inside `range` of paragraph `para`, in order.
    pub fn mentions_in(&self, para: usize, range: Range<usize>) -> &[Mention] {
        let Some(v) = self.by_para.get(para) else { return &[] };
        let lo = v.partition_point(|m| m.range.start < range.start);
        let hi = v.partition_point(|m| m.range.start < range.end);
        &v[lo..hi.max(lo)]
    }

    /// Index of the actor whose name or alias equals `phrase` (ASCII case-insensitive).
    pub fn lookup(&self, phrase: &str) -> Option<usize> {
        let p = phrase.trim();
        // ASCII-lowercased on the stack (`with_ascii_lower`), not a `String` per call.
        crate::extract::lexicon::with_ascii_lower(p, |k| self.names.get(k).copied())
    }

    /// The state named inside `range` of paragraph `para` ("a senior *French*
    /// diplomat" → France): the parent to give an actor made from a description.
    pub fn state_within(&self, para: usize, range: Range<usize>) -> Option<usize> {
        self.mentions_in(para, range).iter().map(|m| m.actor).find(|&a| self.actors[a].kind == ActorKind::State)
    }

    /// Records that `name` (a later component) set actor `a`'s parent (debug: `trace`).
    pub(crate) fn record_step(&mut self, a: usize, name: &'static str) {
        if let Some(s) = self.steps.get_mut(a) {
            *s = trace::Step::named(name);
        }
    }

    /// How many times each actor is mentioned.
    pub fn mention_counts(&self) -> Vec<usize> {
        let mut n = vec![0; self.actors.len()];
        for m in self.mentions() {
            if let Some(c) = n.get_mut(m.actor) {
                *c += 1;
            }
        }
        n
    }

    /// A cast from the detection passes (mentions sorted and without duplicates).
    pub(crate) fn from_parts(actors: Vec<ActorDraft>, mentions: Vec<Mention>, links: Vec<Link>, home: Option<usize>, steps: Vec<trace::Step>) -> Cast {
        let mut c = Cast { links, home, steps, ..Default::default() };
        for a in actors {
            c.add_actor(a);
        }
        for m in mentions {
            if c.by_para.len() <= m.para {
                c.by_para.resize_with(m.para + 1, Vec::new);
            }
            if c.by_para[m.para].is_empty() {
                c.nonempty.push(m.para);
            }
            c.by_para[m.para].push(m);
        }
        c
    }
}

/// Finds the actors of the document.
pub fn detect(ctx: &Context, spans: &[QuoteSpan]) -> Cast {
    detect_with(ctx, spans, &[])
}

/// Finds the actors of the document, starting from `known` (a curated story's
/// actors: pass 0, see `known`).
pub fn detect_with(ctx: &Context, _spans: &[QuoteSpan], known: &[crate::model::Actor]) -> Cast {
    let mut b = Builder::new();
    trace::phase("known");
    b.seed(known);
    let bio = bio_paragraph(ctx);
    for p in &ctx.paras {
        // (A broadcast slug, "SOT — X, Grain Growers' Union", reads as a heading but
        // names the next line's speaker: `extract/slug.rs`.)
        if Some(p.index) == bio || ((p.is_heading() || title_line(p.text)) && crate::extract::slug::speaker_start(p.text).is_none()) {
            continue;
        }
        b.paragraph(p);
    }
    trace::phase("join");
    b.join();
    b.sync_kinds();
    trace::phase("mentions");
    b.mentions(ctx, bio);
    b.national_government(ctx);
    b.sync_kinds();
    trace::phase("settle");
    let mut fate = b.settle(ctx);
    b.sync_kinds();
    trace::phase("tree");
    b.tree(ctx);
    b.seat_ruling_parties(ctx);
    b.idle_government(&mut fate);
    b.sync_kinds();
    b.prune(&fate);
    b.finish()
}

/// A headline or subhead set in Title Case in a plain paragraph ("Muscat's Quiet
/// Channel: What the Talks Can and Cannot Deliver"): short (160 characters: a
/// wire headline with its second clause, "…, as Members Split over Assessed
/// Contributions", runs past 120), no closing punctuation,
/// three capitalised words of four letters or more, lowercase only
/// for function words (stop capitals: "the", "and"; "X of the Y met Z" is prose).
/// Like a heading, it adds no actors (its capitals are style, not names) but is
/// mentioned.
fn title_line(text: &str) -> bool {
    let t = text.trim();
    if t.chars().count() > 160 || t.ends_with(['.', '?', '!', ',', ';', '"', '\u{201d}', '\'', '\u{2019}']) {
        return false;
    }
    let mut long = 0;
    for w in t.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '\u{2019}') {
        // A function word stays lowercase at any length ("as Members Split over
        // Assessed Contributions").
        if w.starts_with(char::is_lowercase) {
            if !crate::extract::lexicon::get().is_stop_capital(w) {
                return false;
            }
            continue;
        }
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            if !w.starts_with(char::is_uppercase) {
                return false;
            }
            long += 1;
        }
    }
    long >= 3
}

/// The author bio ("Jane Roe is a fellow at ...") closing the article:
/// the last paragraph when it starts with the byline's name. It introduces the
/// author's employers, not the story's actors.
fn bio_paragraph(ctx: &Context) -> Option<usize> {
    let byline = ctx.doc.meta.byline.as_deref()?.trim();
    let last = ctx.paras.iter().rev().find(|p| !p.text.trim().is_empty())?;
    (!byline.is_empty() && last.text.trim_start().starts_with(byline)).then_some(last.index)
}

pub use resolve::{initials_match, particle_surname};

#[cfg(test)]
mod tests;
