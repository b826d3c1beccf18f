//! Short forms folded into the organisation they shorten, once the whole document
//! is read: "Veridian" and "Veridian Medical Systems", "Gandaki" and "Gandaki
//! Province", "Selat" (in a quoted email) and "Selat Marine Works Sdn Bhd" are one
//! actor under the full name; so are "the Socialists" and "the Socialist Party",
//! and "the Commission" and the one "Election Commission of India" (`head_forms`);
//! "Kattegat" and "FC Kattegat" (a club's prefix, `[club_prefix]`).
//!
//! Why after the mention scan and not in pass 1 (`candidates/short_forms.rs`): a
//! headline, a quote or a dateline often gives the short form before the text gives
//! the full name ("Former Veridian CEO knew …" over a story that names "Veridian
//! Medical Systems" in its first paragraph), so the two are only seen side by side
//! at the end. Linear: every whole-word opening of an organisation's name is put in
//! one map, and each actor's name is looked up once.

use super::builder::*;
use crate::extract::fxhash::FxMap;
use crate::model::ActorKind;

impl Builder {
    /// Folds (`fate`) an actor whose whole name opens exactly one organisation's
    /// longer name into that organisation, its names becoming aliases. Not a state
    /// or a knowledge-base body ("African Union" is no short form of "African Union
    /// Commission"), nor a curated actor; a person only when no title or role made
    /// it one and no given name opens it ("Constructora Andina del Sur" before
    /// "Constructora Andina del Sur S.A.C."; "Kinmen" alone, a place read as a
    /// surname, stays). A plural of one word folds into the one organisation named by
    /// its singular and a head word ("Socialists" → "Socialist Party", "Greens" →
    /// "Green Party"), or by a name whose party noun its singular stands before
    /// ("Liberals" → "Authentic Radical Liberal Party"; two such parties: neither). The full name takes the short form's state or owner when it
    /// has none of its own.
    pub(super) fn fold_short_names(&mut self, ctx: &crate::extract::Context, fate: &mut [Option<usize>]) {
        let org = |k: ActorKind| matches!(k, ActorKind::Organization | ActorKind::Group | ActorKind::Media);
        let folds: Vec<(usize, usize)> = {
            // Opening → the organisation it opens (`usize::MAX`: two or more do). (Keyed
            // by `String`, the cast's one map type, not `&str`: a map type of its own
            // would instantiate hashbrown's code once more in the wasm.)
            let mut openings: FxMap<String, usize> = FxMap::default();
            for (b, d) in self.actors.iter().enumerate() {
                if !org(d.kind) || fate[b] != Some(b) {
                    continue;
                }
                for (i, _) in d.name.match_indices(' ') {
                    let e = openings.entry(d.name[..i].to_string()).or_insert(b);
                    if *e != b {
                        *e = usize::MAX;
                    }
                }
                // "Kattegat" for "FC Kattegat" (cast29): a club's name after its
                // prefix (`[club_prefix]`) is its short form too.
                if let Some((_, bare)) = d.name.split_once(' ').filter(|(p, _)| crate::extract::lexicon::get().is("club_prefix", &crate::case::StrCase::lowercase(*p))) {
                    let e = openings.entry(bare.to_string()).or_insert(b);
                    if *e != b {
                        *e = usize::MAX;
                    }
                }
            }
            let short = |a: usize| {
                let (d, i) = (&self.actors[a], &self.info[a]);
                let person = d.kind == ActorKind::Person && d.role.is_none() && i.office.is_none() && d.name.contains(' ') && !d.name.split(' ').next().is_some_and(super::candidates::given_name);
                fate[a] == Some(a) && d.id.is_none() && i.is_state.is_none() && i.body.is_none() && (org(d.kind) || person)
            };
            // "the Liberals" for "the Authentic Radical Liberal Party": the word before
            // a party's noun ending its name (`[party_noun]`) → that party (`usize::MAX`:
            // two or more).
            let lx = crate::extract::lexicon::get();
            let mut before_party: FxMap<String, usize> = FxMap::default();
            for (b, d) in self.actors.iter().enumerate() {
                let Some((rest, noun)) = d.name.rsplit_once(' ').filter(|_| org(d.kind) && fate[b] == Some(b)) else { continue };
                if lx.is("party_noun", &crate::case::StrCase::lowercase(noun)) {
                    let e = before_party.entry(rest.rsplit(' ').next().unwrap_or(rest).to_string()).or_insert(b);
                    if *e != b {
                        *e = usize::MAX;
                    }
                }
            }
            let kb = self.kb;
            let actors = &self.actors;
            // "the Socialists" for "the Socialist Party": a plural of one word whose
            // singular and an institution's head word are the whole name.
            let plural = |a: usize| {
                let n = actors[a].name.as_str();
                let one = n.strip_suffix('s').filter(|s| !n.contains(' ') && s.len() >= 3)?;
                // "Iranians" are the people, not the "Iranian Government": a
                // demonym's plural folds into nothing.
                if matches!(kb.lookup(one), Some(super::kb::Entry::State(_, super::kb::StateForm::Demonym))) {
                    return None;
                }
                openings.get(one).copied().filter(|&b| b != usize::MAX && actors[b].name[one.len() + 1..].split(' ').count() == 1 && kb.is("org_heads", &actors[b].name[one.len() + 1..])).or_else(|| before_party.get(one).copied().filter(|&b| b != usize::MAX))
            };
            (0..self.actors.len()).filter(|&a| short(a)).filter_map(|a| openings.get(self.actors[a].name.as_str()).copied().filter(|&b| b != usize::MAX).or_else(|| plural(a)).filter(|&b| b != a).map(|b| (a, b))).collect()
        };
        let mut folds = folds;
        folds.append(&mut self.state_forms(&*fate));
        folds.append(&mut self.force_forms(&*fate));
        folds.append(&mut self.head_forms(ctx, &*fate));
        folds.append(&mut self.seat_forms(ctx, &*fate));
        for &(a, b) in &folds {
            fate[a] = Some(b);
        }
        for (a, b) in folds {
            // "Constructora" → "Constructora Andina del Sur" → "… S.A.C.": the last.
            let mut b = b;
            while let Some(c) = fate[b].filter(|&c| c != b) {
                b = c;
            }
            fate[a] = Some(b);
            // "Gandaki" placed under Nepal, "Gandaki Province" under nothing yet: the
            // full name keeps what the short form's construction said.
            if self.info[b].state.is_none() && self.info[b].owner.is_none() {
                let (state, owner) = (self.info[a].state, self.info[a].owner);
                self.info[b].state = state;
                self.info[b].owner = owner.filter(|o| o.0 != b);
                (self.info[b].state_step, self.info[b].owner_step) = (self.info[a].state_step, self.info[a].owner_step);
            }
            // Its name, then its aliases (a loop, not a chained iterator collected).
            let aliases = std::mem::take(&mut self.actors[a].aliases);
            let name = self.actors[a].name.clone();
            self.alias(b, &name);
            for s in aliases {
                self.alias(b, &s);
            }
        }
    }

    /// "Police" alone (from "Police spokesperson X") and the "National Police
    /// Service" in one story: a lone word of a force of internal security
    /// (`[interior_force]` of data/grammar_words.txt) is the one organisation whose
    /// longer name holds that word, when the story named that one first; with two
    /// ("Federal Police", "Military Police") it stays itself, and so does a "Police"
    /// named before the one unit ("Police fired tear gas …" then "the Industrial
    /// Police": the force at large, not the unit). One pass over the mentions for
    /// first sightings, one to index the words, one to look the lone ones up.
    fn force_forms(&self, fate: &[Option<usize>]) -> Vec<(usize, usize)> {
        use crate::case::StrCase;
        let lex = crate::extract::lexicon::get();
        let mut first: Vec<Option<(usize, usize)>> = vec![None; self.actors.len()];
        for m in &self.mentions {
            let f = &mut first[m.actor];
            if f.is_none_or(|x| (m.para, m.range.start) < x) {
                *f = Some((m.para, m.range.start));
            }
        }
        let live = |a: usize| self.actors[a].kind == ActorKind::Organization && fate[a] == Some(a) && self.info[a].is_state.is_none() && self.info[a].body.is_none();
        // The force word (lowercase) → the one organisation naming it (`usize::MAX`: two or more).
        let mut named: FxMap<String, usize> = FxMap::default();
        for b in (0..self.actors.len()).filter(|&b| live(b) && self.actors[b].name.contains(' ')) {
            for w in self.actors[b].name.split(' ').map(StrCase::lowercase).filter(|w| lex.is("interior_force", w)) {
                let e = named.entry(w).or_insert(b);
                if *e != b {
                    *e = usize::MAX;
                }
            }
        }
        (0..self.actors.len())
            .filter(|&a| live(a) && self.actors[a].id.is_none() && !self.actors[a].name.contains(' '))
            .filter_map(|a| named.get(&self.actors[a].name.lowercase()).copied().filter(|&b| b != usize::MAX && b != a && first[b].is_some() && first[b] < first[a].or(Some((usize::MAX, 0)))).map(|b| (a, b)))
            .collect()
    }

    /// "the Commission" after "the Election Commission of India", "the Government"
    /// after "the Federal Government", "Parliament" or "the House" in a story naming
    /// "the National Assembly": a lone capitalised head word is the story's one
    /// organisation headed by it, a short second reference, not an actor of its own.
    /// The head of a name is its last word before any "of"/"for" ("Bureau of the
    /// Congress" is headed by "Bureau", not "Congress"). A word of the legislature
    /// at large (`[generic_chamber]`: House, Chamber, Parliament, Assembly) stands for
    /// the one organisation headed by a legislature's word (`[legislatures]`, or a
    /// generic one: "House of Commons"), whenever it is named; any other head word
    /// (`[org_heads]`) only after the full name's first mention ("Court" in a
    /// headline over a story that names the Supreme Court later stays) and when a
    /// determiner stands before one of its mentions ("the Commission", "his
    /// Government": a noun phrase, not a modifier: "Bank unions said" after the
    /// European Central Bank is no short form of it). Never a force of internal
    /// security (`force_forms`), a state, a KB body or a curated actor; with two
    /// such organisations, the one knowledge-base body among them ("the Fund": the
    /// IMF, not the Public Investment Fund), else neither (two Councils). A mention
    /// in a heading is no first sighting. One pass over the mentions, one to index the heads, one to look the
    /// lone words up.
    fn head_forms(&self, ctx: &crate::extract::Context, fate: &[Option<usize>]) -> Vec<(usize, usize)> {
        use crate::case::StrCase;
        use super::names::TokKind;
        let (kb, lex) = (self.kb, crate::extract::lexicon::get());
        let mut first: Vec<Option<(usize, usize)>> = vec![None; self.actors.len()];
        let mut determined = vec![false; self.actors.len()];
        for m in &self.mentions {
            // (A heading's mention is no first sighting: "THE ELECTION COMMISSION
            // AND THE ROLL" over a section that names the Election Commission of
            // India gives the short form first, as a headline does.)
            let heading = ctx.paras.get(m.para).is_some_and(|p| p.is_heading());
            let f = &mut first[m.actor];
            if !heading && f.is_none_or(|x| (m.para, m.range.start) < x) {
                *f = Some((m.para, m.range.start));
            }
            if let Some(p) = ctx.paras.get(m.para) {
                let t = p.names.partition_point(|t| t.start < m.range.start);
                determined[m.actor] |= t.checked_sub(1).is_some_and(|k| p.names[k].kind == TokKind::Word && lex.is("determiner", p.names_lower.get(k)));
            }
        }
        let org = |a: usize| matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group) && fate[a] == Some(a) && self.info[a].is_state.is_none();
        let generic = |w: &str| lex.is("generic_chamber", &w.lowercase());
        // The head word (or "" for a legislature) → the one organisation it heads
        // (`usize::MAX`: two or more).
        let mut headed: FxMap<String, usize> = FxMap::default();
        // The same for the knowledge base's bodies alone: with two candidates, the
        // one the KB knows is the short form's ("the Fund" with the Public Investment
        // Fund and the International Monetary Fund is the IMF, "the Bank" with the
        // European Investment Bank and the World Bank the World Bank: news prose's
        // names for the two).
        let mut headed_kb: FxMap<String, usize> = FxMap::default();
        for b in (0..self.actors.len()).filter(|&b| org(b) && self.actors[b].name.contains(' ')) {
            let name = &self.actors[b].name;
            let own = name.split(" of ").next().unwrap_or(name).split(" for ").next().unwrap_or(name);
            let Some(head) = own.rsplit(' ').next().filter(|_| own.contains(' ') || own.len() < name.len()) else { continue };
            let mut keys = vec![head.to_string()];
            if kb.is("legislatures", head) || generic(head) {
                keys.push(String::new());
            }
            for k in keys {
                if self.info[b].body.is_some() {
                    let e = headed_kb.entry(k.clone()).or_insert(b);
                    if *e != b {
                        *e = usize::MAX;
                    }
                }
                let e = headed.entry(k).or_insert(b);
                if *e != b {
                    *e = usize::MAX;
                }
            }
        }
        (0..self.actors.len())
            .filter(|&a| org(a) && self.actors[a].id.is_none() && self.info[a].body.is_none() && !self.actors[a].name.contains(' ') && !lex.is("interior_force", &self.actors[a].name.lowercase()))
            .filter_map(|a| {
                let w = self.actors[a].name.as_str();
                if generic(w) {
                    return headed.get("").copied().filter(|&b| b != usize::MAX && b != a).map(|b| (a, b));
                }
                let one = |m: &FxMap<String, usize>| m.get(w).copied().filter(|&b| b != usize::MAX && b != a);
                let b = one(&headed).or_else(|| one(&headed_kb)).filter(|_| kb.is("org_heads", w))?;
                (determined[a] && first[b].is_some() && first[b] < first[a].or(Some((usize::MAX, 0)))).then_some((a, b))
            })
            .collect()
    }

    /// "the Chinese coast guard" (a state's lowercase force, `lowercase_force`) and
    /// "the China Coast Guard" (named with the state's name) in one story: the same
    /// body, under the capitalised name. Pairs organisations of one state whose names
    /// differ only in the state's form opening them (a map keyed by the state and
    /// the rest of the name, in lowercase).
    fn state_forms(&self, fate: &[Option<usize>]) -> Vec<(usize, usize)> {
        use crate::case::StrCase;
        let kb = self.kb;
        // The key is the state's index, a space and the rest ("12 coast guard"): a
        // `String`, the cast's one map type (a tuple key would instantiate
        // hashbrown's code once more in the wasm).
        let rest = |a: usize| -> Option<String> {
            let d = &self.actors[a];
            let si = self.info[a].state.filter(|_| d.kind == ActorKind::Organization && fate[a] == Some(a) && d.id.is_none())?;
            let (first, tail) = d.name.split_once(' ')?;
            kb.state_keys(si).any(|k| k.eq_ignore_ascii_case(first)).then(|| format!("{si} {}", tail.lowercase()))
        };
        let mut capital: FxMap<String, usize> = FxMap::default();
        for a in 0..self.actors.len() {
            let lower_tail = self.actors[a].name.split_once(' ').is_some_and(|(_, t)| t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase));
            if let Some(k) = rest(a).filter(|_| !lower_tail) {
                capital.entry(k).or_insert(a);
            }
        }
        (0..self.actors.len())
            .filter(|&a| self.actors[a].name.split_once(' ').is_some_and(|(_, t)| !t.chars().any(char::is_uppercase)))
            .filter_map(|a| rest(a).and_then(|k| capital.get(&k).copied()).filter(|&b| b != a).map(|b| (a, b)))
            .collect()
    }
}
