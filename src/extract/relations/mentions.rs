//! The mention stream the cues read: the cast's name mentions plus mentions by
//! description ("the council", "the government"), merged per paragraph.

use crate::case::StrCase;
use crate::extract::cast::names::{self, TokKind};
use crate::extract::cast::{kb, Cast, Mention};
use crate::model::ActorKind;


/// Mentions by description ("the council", "the forum", "the government"), found
/// while the paragraphs are walked in order: a description names the organisation
/// mentioned last whose name has the description's head word, or, for a generic
/// noun ("the group", "the bloc"), the organisation mentioned last; "the
/// government" with no such organisation is the article's home state. A person's
/// role is a description too ("the prime minister", "the envoy"), by the rule
/// attribution uses for a speaker so described: the person whose role ends with
/// the phrase, named in this paragraph or the one before, else the one actor of the
/// story with that role.
pub(super) struct Described {
    /// Head words of the story's organisations ("council"), numbered.
    vocab: crate::extract::fxhash::FxMap<String, usize>,
    /// Per actor, the numbers of the head words of its name.
    heads: Vec<Vec<usize>>,
    /// Per head word number, the actor mentioned last with it.
    recent: Vec<Option<usize>>,
    recent_org: Option<usize>,
    /// The person mentioned last: whose "his party", "her ministry" is.
    last_person: Option<usize>,
    home: Option<usize>,
    /// Per actor, its role in lowercase when it is a person whose role ends in a
    /// person noun (`person` in `data/grammar_words.txt`), and the paragraph it was
    /// last named in.
    roles: Vec<Option<String>>,
    last_para: Vec<usize>,
    /// State → its government body in the cast ("Polish Government" under Poland:
    /// `cast/government.rs`), for "the Polish government".
    governments: crate::extract::fxhash::FxMap<usize, usize>,
}

impl Described {
    pub(super) fn new(cast: &Cast) -> Self {
        let kbw = kb::get();
        let mut vocab: crate::extract::fxhash::FxMap<String, usize> = Default::default();
        let lx = crate::extract::lexicon::get();
        let roles: Vec<Option<String>> = cast
            .actors
            .iter()
            .map(|a| {
                let r = a.role.as_deref().filter(|_| a.kind == ActorKind::Person)?.lowercase();
                lx.is("person", r.rsplit(' ').next()?).then_some(r)
            })
            .collect();
        let heads = cast
            .actors
            .iter()
            .zip(&roles)
            .map(|(a, role)| {
                if let Some(r) = role {
                    // "the minister": the role's last word is the head.
                    let w = r.rsplit(' ').next().unwrap_or(r).to_string();
                    let n = vocab.len();
                    return vec![*vocab.entry(w).or_insert(n)];
                }
                if !matches!(a.kind, ActorKind::Organization | ActorKind::Group) {
                    return Vec::new();
                }
                a.name
                    .split([' ', '-', '/'])
                    .filter(|w| kbw.is("org_heads", w) || kbw.is("org_descriptions", w))
                    .map(|w| {
                        let n = vocab.len();
                        *vocab.entry(w.lowercase()).or_insert(n)
                    })
                    .collect()
            })
            .collect();
        let recent = vec![None; vocab.len()];
        let last_para = vec![usize::MAX; cast.actors.len()];
        let governments = cast
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind == ActorKind::Organization && a.name.contains(' ') && a.name.rsplit(' ').next().is_some_and(|w| lx.is("government_noun", &w.lowercase())))
            .filter_map(|(g, a)| a.parent.filter(|&s| cast.actors[s].kind == ActorKind::State).map(|s| (s, g)))
            .collect();
        Described { vocab, heads, recent, recent_org: None, last_person: None, home: cast.home, roles, last_para, governments }
    }

    /// The person a role description names ("prime minister"): the one named last
    /// with head word `h`, in this paragraph or the one before, whose role ends with
    /// the phrase; else the only person of the story whose role is the phrase.
    fn person(&self, h: usize, phrase: &str, para: usize) -> Option<usize> {
        let ends = |r: &str| r == phrase || r.strip_suffix(phrase).is_some_and(|x| x.ends_with(' '));
        let near = self.recent[h].filter(|&a| self.last_para[a] != usize::MAX && self.last_para[a] + 1 >= para && self.roles[a].as_deref().is_some_and(ends));
        near.or_else(|| {
            let mut only = self.roles.iter().enumerate().filter(|(_, r)| r.as_deref() == Some(phrase)).map(|(a, _)| a);
            only.next().filter(|_| only.next().is_none())
        })
    }

    fn seen(&mut self, a: usize, para: usize, cast: &Cast) {
        if let Some(l) = self.last_para.get_mut(a) {
            *l = para;
        }
        for &h in self.heads.get(a).into_iter().flatten() {
            self.recent[h] = Some(a);
        }
        if matches!(cast.actors[a].kind, ActorKind::Organization | ActorKind::Group) {
            self.recent_org = Some(a);
        }
        if cast.actors[a].kind == ActorKind::Person {
            self.last_person = Some(a);
        }
    }

    /// The description mentions of a paragraph, in order (linear in its tokens).
    pub(super) fn paragraph(&mut self, p: &crate::extract::Para, cast: &Cast) -> Vec<Mention> {
        let kbw = kb::get();
        let real = cast.mentions_in(p.index, 0..p.text.len());
        let toks = &p.names;
        let mut out = Vec::new();
        let mut mi = 0;
        let word = |j: usize| (toks.get(j)?.kind == TokKind::Word).then(|| p.names_lower.get(j));
        let (desc_bit, stop_bit) = (kbw.bit("org_descriptions"), kbw.bit("role_stops"));
        let lx = crate::extract::lexicon::get();
        let mut i = 0;
        while i < toks.len() {
            // "her ministry", "his party": "his" or "her" before an organisation's
            // head word names the organisation of the person named last, when its name
            // has that head word (not the party named last: "X, leader of Y, said her
            // party …" is Y's); "its", "their" and any other head stay unread.
            let owned = word(i).is_some_and(|w| matches!(w, "his" | "her") && lx.is("possessive_pronoun", w));
            if word(i) != Some("the") && !owned {
                i += 1;
                continue;
            }
            while mi < real.len() && real[mi].range.start <= toks[i].start {
                self.seen(real[mi].actor, p.index, cast);
                mi += 1;
            }
            // "the Polish government and Kyiv": a demonym and a government noun
            // (`[government_noun]`) are one mention of the state, so a list or pair
            // reads on past the noun.
            if let Some(mut m) = state_body(p, &real, i + 1) {
                // (the state's government when the cast has one: "Polish Government")
                if let Some(&g) = self.governments.get(&m.actor) {
                    m.actor = g;
                }
                out.push(m);
                i += 3;
                continue;
            }
            // "the union forum of ...": the last head word of the lowercase run.
            let mut head = None;
            for j in i + 1..(i + 4).min(toks.len()) {
                let Some(w) = word(j) else { break };
                // "the minister's plan": the possessive ends the description.
                let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).unwrap_or(w);
                if w == "the" || names::is_capitalised(&p.text[toks[j].start..toks[j].end]) {
                    break;
                }
                let known = self.vocab.get(w).copied();
                let mask = kbw.mask(w);
                if known.is_some() || w == "government" || mask & desc_bit != 0 {
                    head = Some((j, w, known));
                } else if mask & stop_bit != 0 {
                    break;
                }
            }
            let Some((j, w, known)) = head else {
                i += 1;
                continue;
            };
            if owned {
                let org = known.filter(|_| j == i + 1).and_then(|h| self.last_person.and_then(|a| cast.actors[a].parent).filter(|&o| self.heads[o].contains(&h)));
                if let Some(o) = org {
                    let range = toks[i].start..toks[j].end;
                    if !real.iter().any(|m| m.range.start < range.start && m.range.end > range.start) {
                        out.push(Mention { actor: o, para: p.index, range });
                    }
                }
                i = j + 1;
                continue;
            }
            // "the militia Kataib Hezbollah": the name that follows is the mention.
            let named_next = word(j + 1).is_some_and(|_| names::is_capitalised(&p.text[toks[j + 1].start..toks[j + 1].end]));
            let person = known.and_then(|h| self.recent[h].map(|a| (h, a))).filter(|&(_, a)| self.roles[a].is_some());
            let actor = match person {
                // "the prime minister", "the envoy": the words from after "the" to the head.
                Some((h, _)) => self.person(h, &(i + 1..=j).filter_map(word).collect::<Vec<_>>().join(" "), p.index),
                None => known.and_then(|h| self.recent[h]),
            };
            let actor = actor.or_else(|| match w {
                "government" => self.home,
                _ if kbw.mask(w) & desc_bit != 0 => self.recent_org,
                _ => None,
            });
            if let Some(a) = actor.filter(|_| !named_next) {
                let range = toks[i].start..toks[j].end;
                if !real.iter().any(|m| m.range.start < range.start && m.range.end > range.start) {
                    out.push(Mention { actor: a, para: p.index, range });
                }
            }
            i = j + 1;
        }
        for m in &real[mi..] {
            self.seen(m.actor, p.index, cast);
        }
        out
    }
}

/// "the Polish government": the mention of a state by its demonym at token `j`
/// (after "the") followed by a government noun, as one mention from "the" to the
/// noun; else nothing.
fn state_body(p: &crate::extract::Para, real: &[Mention], j: usize) -> Option<Mention> {
    let toks = &p.names;
    let (t, n) = (toks.get(j)?, toks.get(j + 1)?);
    if n.kind != TokKind::Word || !crate::extract::lexicon::get().is("government_noun", p.names_lower.get(j + 1)) {
        return None;
    }
    let at = real.partition_point(|m| m.range.start < t.start);
    let m = real.get(at).filter(|m| m.range == (t.start..t.end))?;
    let demonym = matches!(kb::get().lookup(&p.text[t.start..t.end]), Some(kb::Entry::State(_, kb::StateForm::Demonym)));
    demonym.then(|| Mention { actor: m.actor, para: p.index, range: toks[j - 1].start..n.end })
}

/// The paragraph's mentions with description mentions merged in, sorted; a name
/// mention inside a description ("Union" in "the union forum") gives way to it.
pub(super) fn merge_mentions(real: &[Mention], extra: Vec<Mention>) -> Vec<Mention> {
    let mut v: Vec<Mention> = real.iter().filter(|m| !extra.iter().any(|e| m.range.start >= e.range.start && m.range.end <= e.range.end)).cloned().collect();
    v.extend(extra);
    crate::sort::sort_by_key(&mut v, |m| m.range.start);
    v
}
