//! The knowledge base and word lists behind actor detection.
//!
//! Why a knowledge base at all: "Tehran", "Iranian" and "the Islamic Republic" are
//! one actor, and nothing in the spelling says so; "Qods Force" sits under the
//! IRGC, and the article never says that either. Analysis writing assumes its
//! reader knows the states, the capitals, the big international bodies and the
//! standard office titles, so the extractor must know them too. What it must NOT
//! know is the cast of any particular article: persons are never listed here.
//!
//! Everything is plain text in `data/` (tab-separated for tables, sectioned lists
//! for words), compiled by `build.rs` into sorted static tables ([`Table`]: found
//! through a small hash index built on first use): nothing is parsed at start-up (the
//! parse used to cost about 0.7 ms natively on first use, several in the browser). Keys are
//! lowercased surface forms; a leading "the " is dropped so that "the Emirates" and
//! "Emirates" are one key.

use crate::case::CharCase;
use crate::extract::table::{Span, Strs, Table};
use crate::model::ActorKind;
use std::sync::LazyLock;

// The records' strings are spans of one text (`KB_TEXT`) and their forms spans of
// one array (`KB_FORMS`), not `&str`s and slices: see [`Strs`] for why. build.rs writes
// only each field's length (a byte; the fields follow one another); [`records`] makes
// the spans on first use.

pub struct State {
    name: Span,
    iso3: Span,
    /// Every surface form (name, aliases, demonyms, capitals), as the index of its
    /// key in the surface table: see [`Kb::form_keys`].
    forms: Span,
}

impl State {
    pub fn name(&self) -> &'static str {
        self.name.of(KB_TEXT)
    }

    pub fn iso3(&self) -> &'static str {
        self.iso3.of(KB_TEXT)
    }
}

pub struct Body {
    name: Span,
    pub kind: ActorKind,
    /// Parent candidates, '|'-joined, tried in order: an office title, a body name or
    /// an ISO3 code.
    parents: Span,
    /// Name and aliases, as indices of their keys in the surface table.
    forms: Span,
}

impl Body {
    pub fn name(&self) -> &'static str {
        self.name.of(KB_TEXT)
    }

    /// Parent candidates, tried in order: an office title, a body name or an ISO3 code.
    pub fn parents(&self) -> impl Iterator<Item = &'static str> {
        self.parents.of(KB_TEXT).split('|').filter(|f| !f.is_empty())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfficeKind {
    /// Heads a state (king, supreme leader).
    Head,
    /// Heads a government: ministers of the same state sit under its holder.
    Government,
    Minister,
    Official,
    /// A rank is not a role on its own ("General", "Prince").
    Rank,
}

pub struct Office {
    /// Lowercase ("foreign minister"); see [`Office::display`].
    title: Span,
    pub kind: OfficeKind,
    /// Empty for none.
    iso3: Span,
    /// The institution the holder sits in ("secretary of state" → "State Department");
    /// empty for none.
    institution: Span,
}

impl Office {
    /// Lowercase ("foreign minister"); see [`Office::display`].
    pub fn title(&self) -> &'static str {
        self.title.of(KB_TEXT)
    }

    pub fn iso3(&self) -> Option<&'static str> {
        self.iso3.opt(KB_TEXT)
    }

    /// The institution the holder sits in ("secretary of state" → "State Department").
    pub fn institution(&self) -> Option<&'static str> {
        self.institution.opt(KB_TEXT)
    }

    /// "foreign minister" → "Foreign Minister".
    /// Written into one `String` (a `String` per word and their join were three
    /// allocations per call or more, asked per title of every titled name).
    pub fn display(&self) -> String {
        let mut out = String::with_capacity(self.title().len());
        for (i, w) in self.title().split(' ').enumerate() {
            if i > 0 {
                out.push(' ');
            }
            let mut c = w.chars();
            match c.next() {
                // (an abbreviation with points is capitals throughout: "U.S.")
                Some(f) if w.len() > 2 && w.ends_with('.') => {
                    out.extend(f.uppercase());
                    out.extend(c.map(|x| x.to_ascii_uppercase()));
                }
                Some(f) if !["of", "the", "for", "and"].contains(&w) => {
                    out.extend(f.uppercase());
                    out.push_str(c.as_str());
                }
                _ => out.push_str(w),
            }
        }
        out
    }
}

/// The name endings of a bare head word ("Armed Forces", "Army"), '|'-joined.
#[derive(Clone, Copy)]
pub struct Ends(&'static str);

impl Ends {
    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        self.0.split('|')
    }
}

/// How a surface form names a state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateForm {
    Name,
    Demonym,
    /// "Iranians", "Americans": may name a group of people rather than the state.
    PluralDemonym,
    /// "Tehran", "Washington": a metonym for the government, or just a place.
    Capital,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    State(usize, StateForm),
    Body(usize),
}

impl Entry {
    /// The compiled form (build.rs): `0x8000 | body`, or `state << 2 | form`; bit
    /// `0x4000` (a capitals-only acronym) is read by [`Kb::lookup`], not here.
    fn decode(x: u16) -> Entry {
        let x = x & !0x4000;
        if x & 0x8000 != 0 {
            return Entry::Body((x & 0x3fff) as usize);
        }
        let form = match x & 3 {
            0 => StateForm::Name,
            1 => StateForm::Demonym,
            2 => StateForm::PluralDemonym,
            _ => StateForm::Capital,
        };
        Entry::State((x >> 2) as usize, form)
    }
}

pub struct Kb {
    pub states: LazyLock<Vec<State>>,
    pub bodies: LazyLock<Vec<Body>>,
    pub offices: LazyLock<Vec<Office>>,
    /// Keys of surface forms, and their entries (see [`Entry::decode`]).
    surface: &'static Table,
    surface_entries: &'static [u16],
    /// Longest surface form, in words.
    pub max_words: usize,
    /// Keys of titles and variants, and their office indices.
    office_by_title: &'static Table,
    office_index: &'static [u16],
    pub office_max_words: usize,
    /// Keys of body names, and their body indices.
    body_by_name: &'static Table,
    body_index: &'static [u16],
    /// `data/cast_words.txt`: the section names, and key(word) → bit set of the
    /// sections listing it (bit `i` = `section_names[i]`): one search per test.
    section_names: &'static Strs,
    sections: &'static Table,
    section_masks: &'static [u32],
    /// "administration", "USA", …: lowercase noun then the ISO3 code it stands for (a
    /// handful: searched in order).
    government_nouns: &'static Strs,
    pub places_max_words: usize,
    /// "army" → "Armed Forces|Army" (a handful: searched in order): the lowercase head
    /// word then the '|'-joined name endings, pair after pair.
    bare_heads: &'static Strs,
}

include!(concat!(env!("OUT_DIR"), "/kb_tables.rs"));

/// The spans of consecutive fields from `at` on, one length at a time.
struct Cursor(usize);

impl Cursor {
    fn next(&mut self, len: u8) -> Span {
        let start = self.0;
        self.0 += len as usize;
        Span(start as u16, self.0 as u16)
    }
}

/// The records from their fields' lengths (build.rs: `*_LENS`, `*_AT`).
mod records {
    use super::*;

    pub fn states() -> Vec<State> {
        let (mut t, mut f) = (Cursor(0), Cursor(0));
        STATE_LENS.chunks(2).map(|l| State { name: t.next(l[0]), iso3: t.next(3), forms: f.next(l[1]) }).collect()
    }

    pub fn bodies() -> Vec<Body> {
        let (mut t, mut f) = (Cursor(BODY_TEXT_AT), Cursor(BODY_FORMS_AT));
        let body = |(l, &kind): (&[u8], &ActorKind)| Body { name: t.next(l[0]), kind, parents: t.next(l[1]), forms: f.next(l[2]) };
        BODY_LENS.chunks(3).zip(BODY_KINDS).map(body).collect()
    }

    pub fn offices() -> Vec<Office> {
        let mut t = Cursor(OFFICE_TEXT_AT);
        let office = |(l, &kind): (&[u8], &OfficeKind)| Office { title: t.next(l[0]), kind, iso3: t.next(l[1]), institution: t.next(l[2]) };
        OFFICE_LENS.chunks(3).zip(OFFICE_KINDS).map(office).collect()
    }
}

static KB: Kb = Kb {
    states: LazyLock::new(records::states),
    bodies: LazyLock::new(records::bodies),
    offices: LazyLock::new(records::offices),
    surface: &SURFACE,
    surface_entries: SURFACE_ENTRIES,
    max_words: MAX_WORDS,
    office_by_title: &OFFICE_BY_TITLE,
    office_index: OFFICE_INDEX,
    office_max_words: OFFICE_MAX_WORDS,
    body_by_name: &BODY_BY_NAME,
    body_index: BODY_INDEX,
    section_names: &SECTION_NAMES,
    sections: &SECTIONS,
    section_masks: SECTION_MASKS,
    government_nouns: &GOVERNMENT_NOUNS,
    places_max_words: PLACES_MAX_WORDS,
    bare_heads: &BARE_HEADS,
};

pub fn get() -> &'static Kb {
    &KB
}

/// The value after `k` in a list of key, value pairs (a handful: searched in order).
fn pair(t: &Strs, k: &str) -> Option<&'static str> {
    (0..t.len()).step_by(2).find(|&i| t.get(i) == k).map(|i| t.get(i + 1))
}

/// The value of [`key`]`(s)` in a compiled table: `with_key(s, |k| table.find(k))`
/// without the lowercased copy for a plain probe (the table compares ASCII
/// case-insensitively). Memoised per word ([`Table::memo`]): the same words are probed by rule after rule.
fn find_key<T: Copy>(table: &'static Table, values: &[T], s: &str) -> Option<T> {
    table.memo(s, key_index).map(|i| values[i])
}

/// The index of [`key`]`(s)` in `table`.
fn key_index(table: &Table, s: &str) -> Option<usize> {
    if !is_plain(s) {
        return table.find(&key_slow(s));
    }
    let s = match s.get(..4) {
        Some(the) if s.len() > 4 && the.eq_ignore_ascii_case("the ") => &s[4..],
        _ => s,
    };
    table.find_ascii_lower(s)
}

/// The lowercased key of a surface form: whitespace collapsed, curly apostrophes
/// straightened, a leading "the " dropped.
pub fn key(s: &str) -> String {
    if is_plain(s) {
        return with_key(s, str::to_string);
    }
    key_slow(s)
}

use super::kb_key::key_slow;

/// Calls `f` with [`key`]`(s)`, computed in a reused buffer when `s` is plain ASCII
/// with single spaces (nearly every probe: per token and per chunk, no allocation).
pub fn with_key<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    if !is_plain(s) {
        return f(&key_slow(s));
    }
    thread_local! {
        // Lent to one call at a time (a nested call finds it empty and grows its
        // own). A `String` lowercased in place stays a `str`: no UTF-8 check of the
        // copy, which was a third of this function when it was a stack array.
        static BUF: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
    }
    let mut k = BUF.with(|b| b.take());
    k.clear();
    k.push_str(s);
    k.make_ascii_lowercase();
    let r = match k.strip_prefix("the ") {
        Some(rest) if !rest.is_empty() => f(rest),
        _ => f(&k),
    };
    BUF.with(|b| b.set(k));
    r
}

/// Whether `surface` (past a leading "the ") has no lowercase letter.
fn capitals(surface: &str) -> bool {
    let bare = match surface.get(..4) {
        Some(the) if the.eq_ignore_ascii_case("the ") => &surface[4..],
        _ => surface,
    };
    !bare.chars().any(char::is_lowercase)
}

/// Plain ASCII with single inner spaces and at most 64 bytes: its key is its ASCII
/// lowercase form without a leading "the ".
fn is_plain(s: &str) -> bool {
    // One pass over the bytes: this runs per token and per chunk, and `contains("  ")`
    // (a substring search) was a visible share of the profile.
    let b = s.as_bytes();
    if b.len() > 64 || b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Eight bytes per step (this runs per probe: per token, per chunk and per mention
    // candidate, and the byte loop was a third of a probe): a chunk is rejected for a
    // non-ASCII byte, a whitespace byte other than the space, or two spaces in a row
    // (`sp` marks a chunk's spaces with 0x80, `prev` the space ending the chunk before).
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut prev = 0u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap());
        if w & HIGH != 0 {
            return false;
        }
        // Some byte below 0x20 (rare): test those exactly.
        if w.wrapping_sub(ONES * 0x20) & !w & HIGH != 0 && c.iter().any(|&x| matches!(x, b'\t' | b'\n' | b'\x0c' | b'\r')) {
            return false;
        }
        let t = w ^ (ONES * 0x20);
        let sp = !(((t & LOW7) + LOW7) | t | LOW7);
        if sp & ((sp << 8) | prev) != 0 {
            return false;
        }
        prev = sp >> 56;
    }
    let mut space = prev != 0;
    for &c in chunks.remainder() {
        if !c.is_ascii() || (c.is_ascii_whitespace() && (c != b' ' || space)) {
            return false;
        }
        space = c == b' ';
    }
    true
}

impl Kb {
    /// The keys ([`key`]) of every surface form of a state or body (`forms` of either).
    pub fn form_keys(&self, forms: &'static [u16]) -> impl Iterator<Item = &'static str> {
        let t = self.surface;
        forms.iter().map(move |&i| t.key(i as usize))
    }

    pub fn state_keys(&self, si: usize) -> impl Iterator<Item = &'static str> {
        self.form_keys(&KB_FORMS[self.states[si].forms.range()])
    }

    pub fn body_keys(&self, bi: usize) -> impl Iterator<Item = &'static str> {
        self.form_keys(&KB_FORMS[self.bodies[bi].forms.range()])
    }

    /// The entry a surface form names, if any ("Tehran", "the Emirates", "IRGC").
    pub fn lookup(&self, surface: &str) -> Option<Entry> {
        let x = find_key(self.surface, self.surface_entries, surface)?;
        if x & 0x4000 != 0 && !capitals(surface) {
            return None;
        }
        Some(Entry::decode(x))
    }

    /// Whether `surface` is a KB acronym known only in capitals but written otherwise
    /// ("Sana" for "SANA"): no mention of that entry ("Sana Jamal" is a person).
    pub fn miscased_acronym(&self, surface: &str) -> bool {
        find_key(self.surface, self.surface_entries, surface).is_some_and(|x| x & 0x4000 != 0) && !capitals(surface)
    }

    pub fn office(&self, title: &str) -> Option<&Office> {
        find_key(self.office_by_title, self.office_index, title).map(|i| &self.offices[i as usize])
    }

    /// The state ISO3 code a lowercase government noun stands for ("administration").
    pub fn government_noun(&self, noun: &str) -> Option<&'static str> {
        pair(self.government_nouns, noun)
    }

    /// The lowercase bare head words ("army", "navy"), in file order.
    pub fn bare_head_words(&self) -> impl Iterator<Item = &'static str> {
        let t = self.bare_heads;
        (0..t.len()).step_by(2).map(move |i| t.get(i))
    }

    /// The name endings a lowercase bare head word may abbreviate ("army").
    pub fn bare_head(&self, word: &str) -> Option<Ends> {
        pair(self.bare_heads, word).map(Ends)
    }

    pub fn state_by_iso(&self, iso3: &str) -> Option<usize> {
        self.states.iter().position(|s| s.iso3() == iso3)
    }

    pub fn body_by_name(&self, name: &str) -> Option<usize> {
        find_key(self.body_by_name, self.body_index, name).map(usize::from)
    }

    fn section_bit(&self, section: &str) -> u32 {
        // Called per word test: `Strs::position` compares length and first byte first
        // (a `memcmp` call per name was visible in the profile).
        self.section_names.position(section).map_or(0, |i| 1 << i)
    }

    /// The (lowercased) words of a `[section]`.
    pub fn words(&self, section: &str) -> impl Iterator<Item = &'static str> {
        let bit = self.section_bit(section);
        let (keys, masks) = (self.sections, self.section_masks);
        (0..keys.len()).filter(move |&i| masks[i] & bit != 0).map(move |i| keys.key(i))
    }

    /// The bit set of the `[section]`s listing `word` (any case); test it with [`Kb::bit`].
    pub fn mask(&self, word: &str) -> u32 {
        find_key(self.sections, self.section_masks, word).unwrap_or(0)
    }

    /// The bit of a `[section]` in a [`Kb::mask`].
    pub fn bit(&self, section: &str) -> u32 {
        self.section_bit(section)
    }

    /// Whether `word` (any case) is in the `[section]` list of `data/cast_words.txt`.
    pub fn is(&self, section: &str, word: &str) -> bool {
        // Most words are in no list: probe the word first, then find the section.
        let m = self.mask(word);
        m != 0 && m & self.section_bit(section) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_key_gives_key_even_when_nested() {
        // The reused buffer is lent to one call at a time: a call inside `f` gets its
        // own, and the outer key is intact after it.
        let outer = with_key("The European Union", |k| {
            let inner = with_key("Abdel Fattah AL-BURHAN", |k2| k2.to_string());
            assert_eq!(inner, key("Abdel Fattah AL-BURHAN"));
            (k.to_string(), inner)
        });
        assert_eq!(outer.0, "european union");
        assert_eq!(outer.1, "abdel fattah al-burhan");
        for s in ["the ", "THE Hague", "Hamas", "  two  spaces", "Côte d’Ivoire", ""] {
            assert_eq!(with_key(s, str::to_string), key(s), "{s:?}");
        }
    }

    #[test]
    fn states_capitals_demonyms_share_an_entry() {
        let kb = get();
        let iran = kb.lookup("Iran").unwrap();
        let Entry::State(i, StateForm::Name) = iran else { panic!("{iran:?}") };
        assert_eq!(kb.lookup("Tehran"), Some(Entry::State(i, StateForm::Capital)));
        assert_eq!(kb.lookup("Iranian"), Some(Entry::State(i, StateForm::Demonym)));
        assert_eq!(kb.lookup("Iranians"), Some(Entry::State(i, StateForm::PluralDemonym)));
        assert!(matches!(kb.lookup("U.S."), Some(Entry::State(_, StateForm::Name))));
    }

    #[test]
    fn compiled_tables_are_sorted_and_keyed_like_key() {
        let kb = get();
        for t in [kb.surface, kb.sections, kb.office_by_title, kb.body_by_name] {
            assert!((1..t.len()).all(|i| t.key(i - 1) < t.key(i)));
        }
        // build.rs keys every form the way `key` does at run time.
        for (si, s) in kb.states.iter().enumerate() {
            assert!(kb.state_keys(si).any(|k| k == key(s.name())), "{}", s.name());
            // A capitals-only acronym ("us") is found as written in the text ("US").
            assert!(kb.state_keys(si).all(|k| kb.lookup(k).is_some() || kb.lookup(&k.to_uppercase()).is_some()));
        }
        for b in kb.bodies.iter() {
            assert_eq!(kb.body_by_name(b.name()).map(|i| kb.bodies[i].name()), Some(b.name()));
        }
    }

    #[test]
    fn is_plain_matches_its_definition() {
        fn slow(s: &str) -> bool {
            s.len() <= 64 && !s.starts_with(' ') && !s.ends_with(' ') && s.is_ascii() && !s.contains("  ") && !s.bytes().any(|c| c.is_ascii_whitespace() && c != b' ')
        }
        let parts = ["a", " ", "  ", "Foreign", "\t", "\n", "\x0b", "\x0c", "\r", "\x01", "é", "’", "Minister", "x y", "0123456"];
        let mut cases = vec![String::new()];
        for a in parts {
            for b in parts {
                for c in parts {
                    cases.push(format!("{a}{b}{c}"));
                    cases.push(format!("abcdefg{a}{b}{c}"));
                    cases.push(format!("abcdef{a}{b}{c}xyz"));
                    cases.push(format!("abcdefghijklmno{a}{b}{c}"));
                }
            }
        }
        cases.push("a".repeat(64));
        cases.push("a".repeat(65));
        for s in &cases {
            assert_eq!(is_plain(s), slow(s), "{s:?}");
        }
    }

    #[test]
    fn bodies_offices_and_words_load() {
        let kb = get();
        assert!(matches!(kb.lookup("IRGC"), Some(Entry::Body(_))));
        // A capitals-only acronym matches capitals only: "Sana" is a given name.
        assert!(matches!(kb.lookup("SANA"), Some(Entry::Body(_))));
        assert_eq!(kb.lookup("Sana"), None);
        assert!(kb.miscased_acronym("Sana") && !kb.miscased_acronym("SANA"));
        assert!(matches!(kb.lookup("the US"), Some(Entry::State(..))));
        assert_eq!(kb.office("Foreign Minister").unwrap().kind, OfficeKind::Minister);
        assert_eq!(kb.office("Secretary of State").unwrap().iso3(), Some("USA"));
        assert_eq!(kb.office("Supreme Leader").unwrap().display(), "Supreme Leader");
        assert_eq!(kb.office("President").unwrap().kind, OfficeKind::Government);
        assert!(kb.is("org_heads", "Corps"));
        assert!(kb.is("places", "the Middle East"));
        assert_eq!(kb.government_noun("administration"), Some("USA"));
    }
}
