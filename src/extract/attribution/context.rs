//! What every sieve shares: the [`Finder`] (the article's tokens, the lexicon and
//! the persons' genders), what a frame's subject can be ([`Subj`]) and the word
//! classes that judge a noun phrase (speaker nouns, plurals, demonyms).

use crate::case::StrCase;
use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PronounClass {
    Person,
    Plural,
    Thing,
}

/// What a frame's subject turned out to be, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Subj {
    /// A cast actor, through a mention or a lookup.
    Actor(usize),
    /// A capitalised name the cast does not know (byte range in the paragraph).
    Name(Range<usize>),
    /// "he", "they", "his speech".
    Pronoun { at: usize, class: PronounClass },
    /// A common-noun phrase: "a senior French diplomat", "protesters".
    Described { range: Range<usize>, plural: bool, head: String },
}

impl Subj {
    pub(super) fn descriptive(&self) -> bool {
        matches!(self, Subj::Described { .. })
    }
}

pub(super) struct Finder<'c, 'a> {
    pub(super) ctx: &'c Context<'a>,
    pub(super) tks: &'c [Tokens<'a>],
    pub(super) lx: &'static Lexicon,
    /// Per actor of the cast as detected; actors made during the sieve are judged
    /// by their name alone.
    pub(super) genders: Vec<Option<Gender>>,
    /// Persons named during the sieve with a courtesy title before the name ("Ms
    /// Ortiz said"): actor → gender.
    pub(super) titled: std::cell::RefCell<Vec<(usize, Gender)>>,
}

impl<'c, 'a> Finder<'c, 'a> {
    pub(super) fn gender(&self, cast: &Cast, a: usize) -> Option<Gender> {
        match self.genders.get(a) {
            Some(g) => *g,
            None => self.titled.borrow().iter().find(|x| x.0 == a).map(|x| x.1).or_else(|| gender::of_name(&cast.actors[a].name)),
        }
    }

    /// Whether actor `a` may be what a pronoun of `class` (and gender `g`, for
    /// "he"/"she") stands for: never a person the text marks as of the other gender.
    pub(super) fn fits(&self, cast: &Cast, class: PronounClass, g: Option<Gender>, a: usize) -> bool {
        compatible(class, cast.actors[a].kind) && !matches!((g, self.gender(cast, a)), (Some(x), Some(y)) if x != y)
    }

}

pub(super) fn pronoun_class(w: &str) -> Option<PronounClass> {
    let lx = lexicon::get();
    if lx.is("pronoun_person", w) {
        Some(PronounClass::Person)
    } else if lx.is("pronoun_plural", w) {
        Some(PronounClass::Plural)
    } else if lx.is("pronoun_thing", w) {
        Some(PronounClass::Thing)
    } else {
        None
    }
}

/// A common noun that can head a speaker description (`data/speaker_nouns.txt`).
pub(super) fn is_speaker_noun(w: &str) -> bool {
    let lx = lexicon::get();
    ["person", "group", "organization", "media", "voice", "kin"].iter().any(|s| lx.is(s, w))
}

pub(super) fn is_plural(w: &str) -> bool {
    let lx = lexicon::get();
    lx.is("group", w) || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && !lx.is("person", w) && !lx.is("organization", w)
}

/// "Iranians", "Russians", "Israelis": a people, not the state.
pub(super) fn is_demonym_plural(w: &str) -> bool {
    let l = w.lowercase();
    w.chars().next().is_some_and(char::is_uppercase)
        && !w.chars().all(|c| !c.is_lowercase())
        && ["ians", "eans", "ites", "ists", "ese", "ers", "anis", "is"].iter().any(|s| l.ends_with(s))
        && !l.ends_with("ss")
        && l.len() > 5
}

/// "Zimbabweans", "Kenyans": a state's plural demonym in the knowledge base, the
/// people, whom a speech verb makes a group of its own (never the state).
pub(super) fn is_people(w: &str) -> bool {
    use crate::extract::cast::kb::{self, Entry, StateForm};
    matches!(kb::get().lookup(w), Some(Entry::State(_, StateForm::PluralDemonym)))
}

pub(super) fn strip_determiners(s: &str) -> &str {
    let lx = lexicon::get();
    let mut s = s.trim();
    loop {
        let Some((w, rest)) = s.split_once(' ') else { return s };
        // Lowercased on the stack when ASCII (nearly always): this runs per noun phrase.
        let listed = |lw: &str| lx.is("determiner", lw) && !lx.is("possessive_pronoun", lw) || lx.is("leading_adjective", lw);
        if if w.is_ascii() { lexicon::with_ascii_lower(w, listed) } else { listed(&w.lowercase()) } {
            s = rest.trim_start();
        } else {
            return s;
        }
    }
}

pub(super) fn compatible(class: PronounClass, kind: ActorKind) -> bool {
    match class {
        PronounClass::Person => kind == ActorKind::Person,
        PronounClass::Plural => kind != ActorKind::Person,
        PronounClass::Thing => matches!(kind, ActorKind::Organization | ActorKind::State | ActorKind::Media),
    }
}
