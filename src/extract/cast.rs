//! Actors: mentions in the text → one actor per real-world entity.
//! (Baseline; being deepened.)

use super::marks::QuoteSpan;
use super::Context;
use crate::model::ActorKind;
use std::ops::Range;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActorDraft {
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: ActorKind,
    pub role: Option<String>,
    /// Index into `Cast::actors`.
    pub parent: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index into `Cast::actors`.
    pub actor: usize,
    pub para: usize,
    /// Byte range inside the paragraph text.
    pub range: Range<usize>,
}

/// The actors of a story and every place they are mentioned.
#[derive(Debug, Clone, Default)]
pub struct Cast {
    pub actors: Vec<ActorDraft>,
    /// Sorted by (para, range.start).
    pub mentions: Vec<Mention>,
}

impl Cast {
    pub fn add_actor(&mut self, draft: ActorDraft) -> usize {
        self.actors.push(draft);
        self.actors.len() - 1
    }

    pub fn add_mention(&mut self, m: Mention) {
        let key = (m.para, m.range.start);
        let at = self.mentions.partition_point(|x| (x.para, x.range.start) < key);
        self.mentions.insert(at, m);
    }

    /// Mentions inside `range` of paragraph `para`, in order.
    pub fn mentions_in(&self, para: usize, range: Range<usize>) -> &[Mention] {
        let lo = self.mentions.partition_point(|m| (m.para, m.range.start) < (para, range.start));
        let hi = self.mentions.partition_point(|m| (m.para, m.range.start) < (para, range.end));
        &self.mentions[lo..hi.max(lo)]
    }

    /// Index of the actor whose name or alias equals `phrase` (case-insensitive).
    pub fn lookup(&self, phrase: &str) -> Option<usize> {
        let p = phrase.trim();
        self.actors.iter().position(|a| a.name.eq_ignore_ascii_case(p) || a.aliases.iter().any(|x| x.eq_ignore_ascii_case(p)))
    }
}

/// Finds the actors of the document.
pub fn detect(_ctx: &Context, _spans: &[QuoteSpan]) -> Cast {
    Cast::default()
}
