//! Lexicons: word lists that drive the rules, kept as data files in `data/` and
//! compiled into the binary by `build.rs` as sorted static tables.
//!
//! Why data and not match arms: a linguist (or a publisher) extends a list without
//! touching code, and the lists can be swapped per language later. Why compiled
//! tables: nothing is parsed at start-up (the run-time parse cost about 0.1 ms
//! natively, more in the browser); every lookup goes through the table's hash index
//! (built on first use, see [`Table`]). Every word of the sectioned lists has one entry, word → bit set
//! of its sections, so that a membership test is one search and one mask, whatever
//! the section.
//!
//! File format: one entry per line; `#` starts a comment line; in inflection files
//! all words on a line are forms of the same lemma (the first). Sectioned files
//! (`data/grammar_words.txt`, `data/speaker_nouns.txt`, `data/given_names.txt`)
//! group words under `[name]` headers: the closed word classes that stand in for a
//! part-of-speech tagger, the common nouns that head a speaker description, and
//! given names by gender. `data/term_cues.txt` lists the
//! words-as-words cues ("so-called", "what it calls").

use crate::case::StrCase;
use super::table::{Strs, Table};

pub struct Lexicon {
    /// Lowercased speech-verb forms → lemma ("said" → "say"): the forms, and for
    /// each the index of its lemma in `speech_lemmas`.
    speech_verbs: &'static Table,
    speech_lemma: &'static [u16],
    speech_lemmas: &'static Strs,
    /// Multi-word reporting cues ("according to", "put it"), lowercased.
    pub speech_phrases: &'static Strs,
    abbreviations: &'static Table,
    /// Lowercased words that never start or continue a name ("The", "But", months...).
    stop_capitals: &'static Table,
    /// Words-as-words cues (`data/term_cues.txt`), lowercased, split into words.
    pub term_cues: &'static [&'static [&'static str]],
    /// `data/speaker_nouns.txt` and `data/grammar_words.txt`: the section names, and
    /// word → bit set of the sections listing it (bit `i` = `section_names[i]`).
    section_names: &'static Strs,
    sections: &'static Table,
    /// Two words per set: bits of sections 0-127, then 128-255.
    section_sets: &'static [u128],
    section_set_of: &'static [u16],
}

include!(concat!(env!("OUT_DIR"), "/lexicon_tables.rs"));

static LEXICON: Lexicon = Lexicon {
    speech_verbs: &SPEECH_VERBS,
    speech_lemma: SPEECH_LEMMA,
    speech_lemmas: &SPEECH_LEMMAS,
    speech_phrases: &SPEECH_PHRASES,
    abbreviations: &ABBREVIATIONS,
    stop_capitals: &STOP_CAPITALS,
    term_cues: TERM_CUES,
    section_names: &SECTION_NAMES,
    sections: &SECTIONS,
    section_sets: SECTION_SETS,
    section_set_of: SECTION_SET_OF,
};

pub fn get() -> &'static Lexicon {
    &LEXICON
}

/// Calls `f` with `word` ASCII-lowercased, on the stack for a word of up to 64 bytes
/// (lookups are per token: no allocation for the common case).
pub(crate) fn with_ascii_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buf = [0u8; 64];
    match buf.get_mut(..word.len()) {
        Some(b) => {
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            // SAFETY: `b` is a copy of a `str` with ASCII letters lowercased, which
            // keeps UTF-8 valid (ASCII bytes are whole chars; no other byte changes).
            // Checked, it cost about as much as the probe it feeds (`from_utf8`, 70,000
            // calls per MB of article).
            f(unsafe { std::str::from_utf8_unchecked(b) })
        }
        None => f(&word.to_ascii_lowercase()),
    }
}

/// `word` lowercased (`StrCase::lowercase`), borrowed when it already is (an ASCII
/// word with no capital): for a rule that keeps a word's lowercase form for several
/// tests, where a `String` per word read was an allocation and a free each.
pub(crate) fn lower_cow(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(crate::case::StrCase::lowercase(word))
    }
}

/// Calls `f` with `word` lowercased (`StrCase::lowercase`): on the stack for an ASCII
/// word ([`with_ascii_lower`]), a copy only for a word with other characters. The
/// rules that ask a list about a capitalised word lowercased a `String` per word
/// (an allocation and a free per probe, about 1 % of a run).
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.is_ascii() {
        with_ascii_lower(word, f)
    } else {
        f(&word.lowercase())
    }
}

impl Lexicon {
    /// The lemma if `word` (any case) is a speech verb form.
    pub fn speech_verb(&self, word: &str) -> Option<&'static str> {
        // Memoised ([`Table::memo`]): asked per word of every frame window.
        self.speech_verbs.memo(word, Table::find_ascii_lower).map(|i| self.speech_lemmas.get(self.speech_lemma[i] as usize))
    }

    /// Whether `word` (lowercase) is listed in `section` of the sectioned word lists
    /// (`determiner`, `preposition`, `auxiliary`, `subordinator`, `relative`,
    /// `pronoun_person`, `pronoun_plural`, `pronoun_thing`, `voice`, `person`,
    /// `group`, `organization`, `media`).
    pub fn is(&self, section: &str, word: &str) -> bool {
        // Most words are in no list: probe the word first, then find the section.
        // Memoised per word ([`Table::memo`](super::table::Table::memo)): probed per token by several rules.
        let Some(set) = self.sections.memo(word, Table::find).map(|i| self.section_set_of[i] as usize) else { return false };
        // Length and first byte first, as in `Kb::section_bit` (`Strs::position`).
        // A set is two 128-bit words (sections 0-127, 128-255).
        self.section_names.position(section).is_some_and(|i| self.section_sets[2 * set + i / 128] & (1 << (i % 128)) != 0)
    }

    /// `is(section, &word.lowercase())` without the copy ([`with_lower`]).
    pub fn is_lower(&self, section: &str, word: &str) -> bool {
        with_lower(word, |w| self.is(section, w))
    }

    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.find(word).is_some()
    }

    /// Capitalised words that are not names (sentence starters, months, weekdays...).
    pub fn is_stop_capital(&self, word: &str) -> bool {
        if word.is_ascii() {
            // Memoised: asked for every capitalised word of the article, most of them
            // again and again ("The", "But", the story's names).
            self.stop_capitals.memo(word, Table::find_ascii_lower).is_some()
        } else {
            self.stop_capitals.find(&word.lowercase()).is_some()
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn speech_verbs_have_inflections() {
        let l = super::get();
        assert_eq!(l.speech_verb("said"), Some("say"));
        assert_eq!(l.speech_verb("Argued"), Some("argue"));
        assert_eq!(l.speech_verb("table"), None);
        assert!(l.speech_phrases.iter().any(|p| p == "according to"));
        assert_eq!(l.speech_verb("states"), None, "noun-heavy form is left out");
    }

    #[test]
    fn sectioned_lists_load() {
        let l = super::get();
        assert!(l.is("preposition", "in"));
        assert!(l.is("group", "protesters"));
        assert!(l.is("pronoun_person", "she"));
        assert!(!l.is("group", "in"));
        assert!(l.term_cues.iter().any(|c| c == &["so-called"]));
    }

    #[test]
    fn is_lower_is_is_of_the_lowercase() {
        use crate::case::StrCase;
        let l = super::get();
        // ASCII (on the stack), non-ASCII (a copy), longer than the stack buffer.
        let long = "A".repeat(70);
        for w in ["In", "IN", "in", "Protesters", "She", "ÉLYSÉE", "Iñaki", "", long.as_str()] {
            super::with_lower(w, |lw| assert_eq!(lw, w.lowercase(), "{w:?}"));
            for section in ["preposition", "group", "pronoun_person", "given_male", "news_word"] {
                assert_eq!(l.is_lower(section, w), l.is(section, &w.lowercase()), "{section} {w:?}");
            }
        }
        assert!(l.is_lower("preposition", "IN"));
        // Near miss: the lowercase form must be listed, not just a word of the same length.
        assert!(!l.is_lower("preposition", "IF"));
    }
}
