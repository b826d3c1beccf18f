//! The mention stream the cues read: the cast's name mentions plus mentions by
//! description ("the council", "the government"), merged per paragraph.

use crate::extract::cast::names::{self, TokKind};
use crate::extract::cast::{kb, Cast, Mention};
use crate::model::ActorKind;


/// Mentions by description ("the council", "the forum", "the government"), found
/// while the paragraphs are walked in order: a description names the organisation
/// mentioned last whose name has the description's head word, or, for a generic
/// noun ("the group", "the bloc"), the organisation mentioned last; "the
/// government" with no such organisation is the article's home state.
pub(super) struct Described {
    /// Head words of the story's organisations ("council"), numbered.
    vocab: crate::extract::fxhash::FxMap<String, usize>,
    /// Per actor, the numbers of the head words of its name.
    heads: Vec<Vec<usize>>,
    /// Per head word number, the actor mentioned last with it.
    recent: Vec<Option<usize>>,
    recent_org: Option<usize>,
    home: Option<usize>,
}

impl Described {
    pub(super) fn new(cast: &Cast) -> Self {
        let kbw = kb::get();
        let mut vocab: crate::extract::fxhash::FxMap<String, usize> = Default::default();
        let heads = cast
            .actors
            .iter()
            .map(|a| {
                if !matches!(a.kind, ActorKind::Organization | ActorKind::Group) {
                    return Vec::new();
                }
                a.name
                    .split([' ', '-', '/'])
                    .filter(|w| kbw.is("org_heads", w) || kbw.is("org_descriptions", w))
                    .map(|w| {
                        let n = vocab.len();
                        *vocab.entry(w.to_lowercase()).or_insert(n)
                    })
                    .collect()
            })
            .collect();
        let recent = vec![None; vocab.len()];
        Described { vocab, heads, recent, recent_org: None, home: cast.home }
    }

    fn seen(&mut self, a: usize, cast: &Cast) {
        for &h in self.heads.get(a).into_iter().flatten() {
            self.recent[h] = Some(a);
        }
        if matches!(cast.actors[a].kind, ActorKind::Organization | ActorKind::Group) {
            self.recent_org = Some(a);
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
        let mut i = 0;
        while i < toks.len() {
            if word(i) != Some("the") {
                i += 1;
                continue;
            }
            while mi < real.len() && real[mi].range.start <= toks[i].start {
                self.seen(real[mi].actor, cast);
                mi += 1;
            }
            // "the union forum of ...": the last head word of the lowercase run.
            let mut head = None;
            for j in i + 1..(i + 4).min(toks.len()) {
                let Some(w) = word(j) else { break };
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
            // "the militia Kataib Hezbollah": the name that follows is the mention.
            let named_next = word(j + 1).is_some_and(|_| names::is_capitalised(&p.text[toks[j + 1].start..toks[j + 1].end]));
            let actor = known.and_then(|h| self.recent[h]).or_else(|| match w {
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
            self.seen(m.actor, cast);
        }
        out
    }
}

/// The paragraph's mentions with description mentions merged in, sorted; a name
/// mention inside a description ("Union" in "the union forum") gives way to it.
pub(super) fn merge_mentions(real: &[Mention], extra: Vec<Mention>) -> Vec<Mention> {
    let mut v: Vec<Mention> = real.iter().filter(|m| !extra.iter().any(|e| m.range.start >= e.range.start && m.range.end <= e.range.end)).cloned().collect();
    v.extend(extra);
    crate::sort::sort_by_key(&mut v, |m| m.range.start);
    v
}
