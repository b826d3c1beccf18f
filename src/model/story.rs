//! Types of the story JSON. Unknown fields are ignored on input so that newer
//! stories still load in older widgets; every optional field has a default.

use serde::{Deserialize, Serialize};

/// The schema version this crate writes. A story with a different major version is
/// rejected with a precise error rather than half-rendered.
pub const SCHEMA_VERSION: &str = "1";

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Story {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    pub article: ArticleMeta,
    pub quotes: Vec<Quote>,
    pub actors: Vec<Actor>,
    pub relations: Vec<Relation>,
    /// Paragraph texts as the extractor saw them, so cards can show context and
    /// "show in article" can find the paragraph again.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<String>,
    /// Overrides of the widget's UI texts, by key (see `src/ui/strings.rs` for the
    /// keys), so a publisher can word or translate the widget from the story JSON.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub strings: std::collections::BTreeMap<String, String>,
    /// What the extractor noticed but could not resolve; never fatal.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<Diagnostic>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArticleMeta {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Someone's words.
    #[default]
    Speech,
    /// Scare quotes, a coined label, a title, a word used as a word.
    Term,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Quote {
    pub id: String,
    /// Exactly what stands between the quotation marks.
    pub text: String,
    pub kind: QuoteKind,
    /// Actor id, or null when nobody could be named.
    pub speaker: Option<String>,
    /// 0-based index of the article paragraph.
    pub paragraph: usize,
    /// The sentence the quote stands in.
    pub context: String,
    /// Offsets of the quoted text inside its paragraph, in Unicode code points.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    /// Which rule attributed the speaker (for editors to judge), e.g. "adjacent_frame".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// "auto" when the extractor produced it, "curated" when an editor did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    #[default]
    Person,
    Organization,
    State,
    Group,
    Media,
}

impl ActorKind {
    pub fn label(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::State => "state",
            ActorKind::Group => "group",
            ActorKind::Media => "media",
        }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Actor {
    pub id: String,
    /// The fullest name the article gives.
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: ActorKind,
    pub role: Option<String>,
    /// The tree edge: the actor this one sits under.
    pub parent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// Ids of the actors an editor merged into this one, so that a later extraction
    /// that finds them again folds them in here instead of showing them apart.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<String>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Relation {
    pub source: String,
    pub target: String,
    /// leads, member_of, part_of, directs, allied_with, opposes, criticizes, mediates, ...
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evidence {
    pub paragraph: usize,
    pub sentence: String,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Diagnostic {
    pub paragraph: Option<usize>,
    pub message: String,
}

impl Story {
    /// The JSON Schema (draft 2020-12) of the story format, generated from these types.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn json_schema() -> String {
        let schema = schemars::schema_for!(Story);
        serde_json::to_string_pretty(&schema).expect("a schema always serialises") + "\n"
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// Story JSON as the CLI prints it.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("a Story always serialises")
    }

    /// [`Story::to_json_pretty`] written to `w` as it is produced (the same bytes): a
    /// story is about four times the size of its article, and building it as one string
    /// first was the largest allocation of a `dramatis extract` run.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn write_json_pretty(&self, w: impl std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(w, self).map_err(std::io::Error::from)
    }
}
