//! National namesakes: "Security Council" or "General Assembly" with no UN in
//! the story is a state's own institution.

use crate::case::StrCase;
use super::super::builder::*;

impl Builder {
    /// A KB body named by a generic alias that leaves out its parent ("Security
    /// Council" for the UN Security Council, "General Assembly") while the story has
    /// named neither that parent nor another body under it, in a story that names a
    /// state: states have councils and assemblies of the same name ("Tokoev addressed
    /// a meeting of the Security Council"), so it is a national institution (placed
    /// like any unowned one, under its paragraph's or the home state). After "the UN
    /// said ..." the same words are the UN's body.
    pub(in crate::extract::cast) fn national_namesake(&self, bi: usize, surface: &str) -> bool {
        let kb = self.kb;
        // Only a generic alias, the body's name less its parent's ("Security Council"
        // of "UN Security Council"); a body's own name ("Kataib Hezbollah") is no namesake.
        let canon = kb.bodies[bi].name().lowercase();
        let said = surface.trim().lowercase();
        let said = said.strip_prefix("the ").unwrap_or(&said);
        if canon == said || !canon.ends_with(&format!(" {said}")) {
            return false;
        }
        let Some(pb) = kb.bodies[bi].parents().find_map(|p| kb.body_by_name(p)) else { return false };
        if self.state_actor.keys().next().is_none() {
            return false;
        }
        let parent = kb.bodies[pb].name();
        let under_parent = |b: usize| b == pb || b == bi || kb.bodies[b].parents().any(|p| p == parent);
        if self.body_actor.keys().any(under_parent) {
            return false;
        }
        // "UN Security Council", "U.N. Security Council": the surface names the parent.
        let words: Vec<String> = surface.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.').to_ascii_lowercase()).collect();
        let names_parent = kb.body_keys(pb).any(|k| {
            let k = k.trim_end_matches('.');
            words.iter().any(|w| w.trim_end_matches('.') == k) || (k.contains(' ') && surface.to_ascii_lowercase().contains(k))
        });
        !names_parent && surface.split_whitespace().count() >= 2
    }
}
