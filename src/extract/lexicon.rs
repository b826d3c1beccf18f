//! Lexicons: word lists that drive the rules, kept as data files in `data/` and
//! compiled into the binary with `include_str!`.
//!
//! Why data and not match arms: a linguist (or a publisher) extends a list without
//! touching code, and the lists can be swapped per language later. The files are
//! parsed once, on first use, into hash sets (a few microseconds; no JSON).
//!
//! File format: one entry per line; `#` starts a comment line; in inflection files
//! all words on a line are forms of the same lemma (the first).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub struct Lexicon {
    /// Lowercased speech-verb forms → lemma ("said" → "say").
    speech_verbs: HashMap<&'static str, &'static str>,
    /// Multi-word reporting cues ("according to", "put it"), lowercased.
    pub speech_phrases: Vec<&'static str>,
    abbreviations: HashSet<&'static str>,
    /// Lowercased words that never start or continue a name ("The", "But", months...).
    stop_capitals: HashSet<&'static str>,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

pub fn get() -> &'static Lexicon {
    LEXICON.get_or_init(Lexicon::load)
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    fn load() -> Self {
        let mut speech_verbs = HashMap::new();
        let mut speech_phrases = Vec::new();
        for line in lines(include_str!("../../data/speech_verbs.txt")) {
            if line.contains(' ') && line.starts_with('"') {
                speech_phrases.push(line.trim_matches('"'));
                continue;
            }
            let mut words = line.split_whitespace();
            let lemma = words.next().unwrap_or("");
            speech_verbs.insert(lemma, lemma);
            for w in words {
                speech_verbs.insert(w, lemma);
            }
        }
        Lexicon {
            speech_verbs,
            speech_phrases,
            abbreviations: lines(include_str!("../../data/abbreviations.txt")).collect(),
            stop_capitals: lines(include_str!("../../data/stop_capitals.txt")).collect(),
        }
    }

    /// The lemma if `word` (any case) is a speech verb form.
    pub fn speech_verb(&self, word: &str) -> Option<&'static str> {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.speech_verbs.get(word.to_ascii_lowercase().as_str()).copied()
        } else {
            self.speech_verbs.get(word).copied()
        }
    }

    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }

    /// Capitalised words that are not names (sentence starters, months, weekdays...).
    pub fn is_stop_capital(&self, word: &str) -> bool {
        self.stop_capitals.contains(word.to_lowercase().as_str())
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
        assert!(l.speech_phrases.contains(&"according to"));
    }
}
