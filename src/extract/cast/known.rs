//! Pass 0: the actors a curated story already names, seeded before the article is read.
//!
//! Why: the knowledge base (`data/kb`) covers what every reader is assumed to know
//! (states, common offices, major bodies); a publisher's own cast (a local militia,
//! "the Dutch envoy", an acronym the extractor cannot expand) is not in it. The
//! curated story's actors are the publisher's extension of the knowledge base: seeded
//! first, their names and aliases sit in the alias index like the KB's, so pass 1
//! joins names to them instead of making new actors, pass 3 finds their mentions
//! (lowercase aliases too: an alias is an explicit alias), and the sieves attribute
//! quotes to them. They keep the curated id, so `model::merge` matches them.
//!
//! Deliberately absent: the curated parents and relations (the merge takes those
//! from the curated story as they are) and any change to the compiled KB.

use super::builder::Builder;
use super::kb::Entry;
use crate::model::{Actor, ActorKind};

impl Builder {
    pub(super) fn seed(&mut self, known: &[Actor]) {
        for k in known {
            let name = k.name.trim();
            if name.is_empty() || k.id.is_empty() {
                continue;
            }
            let a = match (k.kind, self.kb.lookup(name)) {
                // "Washington" as the name of a curated state is still the United States.
                (ActorKind::State, Some(e @ Entry::State(..))) => self.entry(e),
                (ActorKind::Person, _) => self.person(name),
                (_, Some(e @ Entry::Body(_))) => self.entry(e),
                (kind, _) => self.org(name, kind),
            };
            // Two curated actors with one name: the first keeps it.
            if self.actors[a].id.is_some() {
                continue;
            }
            self.actors[a].id = Some(k.id.clone());
            if self.info[a].is_state.is_none() {
                self.actors[a].kind = k.kind;
            }
            if self.actors[a].role.is_none() {
                self.actors[a].role.clone_from(&k.role);
            }
            self.alias(a, name);
            for alias in &k.aliases {
                self.alias(a, alias);
                // The alias index keys drop a leading article, and the mention scan
                // matches the words after it ("the harbour envoy" is read as "harbour
                // envoy" after "the"): an explicit alias is an alias in either form.
                let bare = ["the ", "The "].iter().find_map(|t| alias.trim().strip_prefix(t));
                if let Some(bare) = bare {
                    self.alias(a, bare);
                }
            }
        }
    }
}
