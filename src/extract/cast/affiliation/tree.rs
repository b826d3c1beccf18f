//! The tree's default owners (pass 4): owners no construction stated but the
//! story implies (committees in the legislature or in the party their name names,
//! unowned spokespeople, ministers in their portfolio's ministry, a bare "the
//! minister" in the ministry named before, the police in the interior ministry, a governor in
//! the bank named before him), and the state
//! links of office holders placed under an institution.

use crate::case::StrCase;
use super::super::builder::*;
use super::super::kb;
use crate::model::ActorKind;

impl Builder {
    /// Pass 4, before the tree: owners that no construction stated but the story
    /// implies. Linear in the actors plus one walk over the (sorted) mentions.
    /// - A committee ("Committee on Legal Affairs") sits in the story's legislature
    ///   (the most mentioned organisation with a legislature head word).
    /// - A spokesperson or aide with neither owner nor state ("chief spokesperson X"
    ///   after "The Commission insists ...") speaks for the organisation named last
    ///   before them in their paragraph.
    /// - A minister sits in the ministry of the same portfolio and state that the
    ///   story names ("Home Minister X" in the "Home Ministry": the KB says a home
    ///   minister is an interior minister); the ministry of that portfolio named
    ///   last before them in their paragraph wins ("The Thai Ministry of Foreign
    ///   Affairs' readout ... Foreign Minister X"), unless a state word before
    ///   their title gives them another state.
    /// - A police force or border guard sits in the interior ministry of its state
    ///   when the story names one.
    pub(in crate::extract::cast) fn tree_owners(&mut self, counts: &[usize], home_state: Option<usize>) {
        let kb = self.kb;
        let n = self.actors.len();
        let is_org = |b: &Self, o: usize| b.actors[o].kind == ActorKind::Organization && b.info[o].is_state.is_none();
        let last_word = |name: &str| name.rsplit(' ').next().unwrap_or(name).to_string();
        let legislature = (0..n).filter(|&o| is_org(self, o) && kb.is("legislatures", &last_word(&self.actors[o].name))).max_by_key(|&o| counts[o]);
        // Ministries by the office their portfolio names ("Home Ministry" → interior minister).
        let mut ministries: Vec<(usize, &'static str)> = Vec::new();
        for o in 0..n {
            if !is_org(self, o) {
                continue;
            }
            // "the Central Committee of the Communist Party of Cuba": a committee
            // whose name names the organisation it belongs to sits in that one,
            // not in the legislature.
            if self.info[o].owner.is_none() && self.info[o].body.is_none() {
                if let Some(p) = self.committee_of(o) {
                    self.info[o].default_owner(p, "part_of", "default: committee of the organisation its name names");
                }
            }
            let name = &self.actors[o].name;
            if let Some(l) = legislature.filter(|&l| l != o && self.info[o].owner.is_none() && self.info[o].body.is_none()) {
                if name.split(' ').any(|w| kb.is("chamber_parts", w)) && !kb.is("legislatures", &last_word(name)) {
                    self.info[o].default_owner(l, "part_of", "default: committee in the legislature");
                }
            }
            if !name.contains("inistry") {
                continue; // the two constructions below are "X Ministry" and "Ministry of X"
            }
            let lower = name.lowercase();
            // (a state's word may stand first: "Thai Ministry of Foreign Affairs")
            let portfolio = lower.split_once("ministry of ").filter(|(pre, _)| pre.is_empty() || !pre.trim_end().contains(' ')).map(|(_, p)| p.trim_start_matches("the ").to_string()).or_else(|| {
                let p = lower.strip_suffix(" ministry")?;
                Some(p.rsplit(' ').next()?.to_string())
            });
            let office = portfolio.and_then(|p| kb.office(&format!("{p} minister")).or_else(|| kb.office(&format!("minister of {p}"))));
            if let Some(off) = office.filter(|o| o.kind == kb::OfficeKind::Minister) {
                ministries.push((o, off.title()));
            }
        }
        // "Police", "Border Guard Bangladesh", "the Gendarmerie": a force of internal
        // security (`[interior_force]` of data/grammar_words.txt) sits in the interior
        // ministry of its state when the story names one ("Home Ministry", "Ministry
        // of the Interior"), which is under the state: both conventions hold.
        let lex = crate::extract::lexicon::get();
        let interior = kb.office("interior minister").map(|o| o.title());
        let interior_ministry = |b: &Self, st: Option<usize>| ministries.iter().find(|&&(m, t)| Some(t) == interior && b.org_state(m).or(home_state) == st).map(|&(m, _)| m);
        for o in 0..n {
            if !is_org(self, o) || self.info[o].owner.is_some() || self.info[o].body.is_some() {
                continue;
            }
            if !self.actors[o].name.split([' ', '-']).any(|w| lex.is("interior_force", &w.lowercase())) {
                continue;
            }
            if let Some(m) = interior_ministry(self, self.org_state(o).or(home_state)).filter(|&m| m != o) {
                self.info[o].default_owner(m, "part_of", "default: force in the interior ministry");
            }
        }
        let mut last_org: Vec<Option<usize>> = vec![None; n];
        // The ministry of the `ministries` list named last before, in the paragraph.
        let mut last_ministry: Vec<Option<usize>> = vec![None; n];
        let mut seen = vec![false; n];
        let (mut para, mut latest, mut latest_ministry) = (usize::MAX, None, None);
        // The holders of an office by title, the last mentioned (this paragraph or
        // the one before): "The government of President X ... presidential
        // spokesman Y said" — Y serves X.
        let mut holders: Vec<(&'static str, usize, usize)> = Vec::new();
        for m in &self.mentions {
            if m.para != para {
                (para, latest, latest_ministry) = (m.para, None, None);
            }
            if !seen[m.actor] {
                seen[m.actor] = true;
                last_org[m.actor] = latest;
                last_ministry[m.actor] = latest_ministry;
                let role = self.actors[m.actor].role.as_deref().unwrap_or("").lowercase();
                if let Some((adj, _)) = role.split_once(' ').filter(|(adj, noun)| lex.is("office_adjectives", adj) && kb.is("staff_nouns", noun)) {
                    let holder = holders.iter().rev().find(|(t, _, p)| adj.starts_with(t) && p + 1 >= m.para).map(|h| h.1);
                    if let Some(h) = holder.filter(|&h| h != m.actor && self.info[m.actor].owner.is_none()) {
                        self.info[m.actor].default_owner(h, "member_of", "default: office staff under the holder");
                    }
                }
                // "The president's spokesman, X": the last holder of that title
                // mentioned before (`office_staff.rs`; "the minister's aide" serves
                // a "foreign minister" too).
                if let Some(t) = self.info[m.actor].staff_of.filter(|_| self.info[m.actor].owner.is_none()) {
                    let holds = |ht: &str| ht.strip_suffix(t).is_some_and(|p| p.is_empty() || p.ends_with(' '));
                    if let Some(h) = holders.iter().rev().find(|h| holds(h.0)).map(|h| h.1).filter(|&h| h != m.actor) {
                        self.info[m.actor].default_owner(h, "member_of", "default: staff of the office's holder");
                    }
                }
            }
            if is_org(self, m.actor) {
                latest = Some(m.actor);
                if ministries.iter().any(|&(o, _)| o == m.actor) {
                    latest_ministry = Some(m.actor);
                }
            }
            if self.actors[m.actor].kind == ActorKind::Person {
                if let Some(o) = self.actors[m.actor].role.as_deref().and_then(|r| kb.office(&r.lowercase())) {
                    // A short window (the last few holders) keeps the walk linear.
                    holders.retain(|h| h.1 != m.actor);
                    if holders.len() == 8 {
                        holders.remove(0);
                    }
                    holders.push((o.title(), m.actor, m.para));
                }
            }
        }
        for a in 0..n {
            if self.actors[a].kind != ActorKind::Person || self.info[a].owner.is_some() {
                continue;
            }
            let role = self.actors[a].role.clone().unwrap_or_default().lowercase();
            if self.info[a].state.is_none() && role.rsplit(' ').next().is_some_and(|w| kb.is("staff_nouns", w)) {
                if let Some(o) = last_org[a] {
                    self.info[a].default_owner(o, "member_of", "default: staff under the last organisation");
                    continue;
                }
            }
            // "The Central Bank of Kenya held its rate … Governor X said": a governor
            // (or deputy governor) with no owner and no place of his own heads the bank
            // named last before him in his paragraph (`[bank_word]` of
            // data/grammar_words.txt), not a province.
            let governor = role.split(' ').filter(|w| !lex.is("bank_word", w) && *w != "deputy" && *w != "central").eq(["governor"]);
            if governor && self.info[a].state.is_none() {
                if let Some(o) = last_org[a].filter(|&o| self.actors[o].name.split(' ').any(|w| lex.is("bank_word", &w.lowercase()))) {
                    self.info[a].default_owner(o, "leads", "default: governor heads the last bank");
                    continue;
                }
            }
            // "The Conservatives … Harriet Dunmore, the shadow schools minister": an
            // opposition office (`[opposition_office]` of data/grammar_words.txt) is
            // held in the party named last before in the paragraph, not the state.
            if role.split(' ').next().is_some_and(|w| lex.is("opposition_office", w)) {
                if let Some(o) = last_org[a] {
                    self.info[a].default_owner(o, "member_of", "default: opposition office in the last organisation");
                    continue;
                }
            }
            // "The Ministry of Economy and Finance comes off worst ... X, then the
            // minister": a minister by the bare title (one word, no portfolio) heads
            // the ministry named last before them in their paragraph.
            if self.info[a].office == Some(kb::OfficeKind::Minister) && !role.contains(' ') {
                if let Some(o) = last_org[a].filter(|&o| self.actors[o].name.contains("inistry")) {
                    self.info[a].default_owner(o, "leads", "default: a bare minister heads the ministry before");
                    continue;
                }
            }
            if self.info[a].office == Some(kb::OfficeKind::Minister) {
                let title = kb.office(&role).map(|o| o.title());
                let state = self.info[a].state.or(home_state);
                // A ministry of that portfolio named last before the minister in the
                // paragraph ("The Thai Ministry of Foreign Affairs' readout ... It says
                // Foreign Minister X") is theirs, unless a demonym before the title
                // gives them another state ("Ukrainian Foreign Minister X" after
                // "Russia's Foreign Ministry"); else the one of their (or the story's)
                // state.
                let prefixed = self.actors[a].aliases.iter().any(|al| al.split(' ').next().is_some_and(|w| matches!(kb.lookup(w), Some(kb::Entry::State(..)))));
                let named = last_ministry[a].filter(|&o| !prefixed || self.org_state(o) == self.info[a].state).and_then(|o| ministries.iter().find(|&&(m, t)| m == o && Some(t) == title));
                let found = named.or_else(|| ministries.iter().find(|&&(o, t)| Some(t) == title && self.org_state(o).or(home_state) == state));
                if let Some(&(o, _)) = found {
                    self.info[a].default_owner(o, "leads", "default: minister heads the portfolio's ministry");
                }
            }
        }
    }

    /// "Central Committee of the Communist Party (of Cuba)", "Executive Committee of
    /// the Labour Party": the organisation of the cast (not a state) whose name is
    /// the longest run of words right after the committee word's "of [the]". Not
    /// "Committee on Foreign Affairs" (no "of"), not "Committee of Cuba" (a state).
    fn committee_of(&self, o: usize) -> Option<usize> {
        let name = &self.actors[o].name;
        let (head, tail) = name.split_once(" of ")?;
        if !head.split(' ').any(|w| self.kb.is("chamber_parts", w)) {
            return None;
        }
        let tail = tail.strip_prefix("the ").unwrap_or(tail);
        let words: Vec<&str> = tail.split(' ').collect();
        (1..=words.len().min(8)).rev().find_map(|k| {
            let p = kb::with_key(&words[..k].join(" "), |key| self.index.get(key).copied())?;
            (p != o && self.actors[p].kind == ActorKind::Organization && self.info[p].is_state.is_none()).then_some(p)
        })
    }

    /// Pass 4, after the parents: a holder of a state office whose parent is not
    /// that state ("Foreign Minister X" in the foreign ministry the story names,
    /// "Prime Minister Y" at the head of a party) still leads or serves the state;
    /// the tree only implies it, the reader is told. The role must be the office
    /// title alone (not "Commission President"), of a head of government or a
    /// minister (a "president" under an institution presides over it).
    pub(in crate::extract::cast) fn office_state_links(&mut self, home_state: Option<usize>) {
        let kb = self.kb;
        // Who already has a link to a state, once (a lookup per actor stays linear).
        let mut stated = vec![false; self.actors.len()];
        for l in &self.links {
            if self.info[l.target].is_state.is_some() {
                stated[l.source] = true;
            }
        }
        for a in 0..self.actors.len() {
            let Some(office) = self.actors[a].role.as_deref().and_then(|r| kb.office(&r.lowercase())) else { continue };
            let lead = match office.kind {
                kb::OfficeKind::Head | kb::OfficeKind::Government => "leads",
                kb::OfficeKind::Minister => "member_of",
                _ => continue,
            };
            let Some(si) = self.info[a].state.or(home_state) else { continue };
            let Some(&st) = self.state_actor.get(&si) else { continue };
            let Some(p) = self.actors[a].parent.filter(|&p| p != st) else { continue };
            if self.info[p].is_state.is_some() || self.actors[p].kind == ActorKind::Person || stated[a] {
                continue;
            }
            // Under an institution: one of that state, or of no known state when the
            // person's state is the article's own ("Defense Secretary X" of Manila's
            // defence department is no U.S. official though the title is American).
            // A head of state under an institution heads that institution; under an
            // international body of the KB ("European Council President X") a
            // president presides over the body, not a state.
            let same = office.kind != kb::OfficeKind::Head
                && self.info[p].body.is_none()
                && match self.org_state(p) {
                    Some(ps) => ps == si,
                    None => Some(si) == home_state,
                };
            if same {
                let (para, at) = self.info[a].site.unwrap_or((0, 0));
                self.links.push(super::super::Link { source: a, target: st, kind: lead, para, at });
            }
        }
    }
}
