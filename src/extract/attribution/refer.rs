//! Sieve 3's pronoun resolver lent to the relations: the actor a "he", "she",
//! "they" or "it" stands for when it is a relation cue's subject ("The S&D said
//! that they would vote against him", "Marsh said she had received …").
//!
//! Why the sieve's resolver, not one of the relations' own: which antecedent a
//! pronoun takes (the subject of its own clause, then of the sentences before it,
//! of a compatible kind and gender, never across a heading) is one policy for the
//! whole story; a speaker's "they said" and a cue's "they accused" must agree.
//!
//! Bounds: the answer must be named in the pronoun's paragraph or the one before
//! (the resolver itself walks a bounded number of sentences back); an actor the
//! resolver would make for a name no mention covers is no answer, and the story's
//! cast is never changed (the resolver works on a scratch copy, made at the first
//! question, once per extraction).

use super::*;
use std::cell::RefCell;

/// What a pronoun stands for: an actor, or two of equal standing ("Senator Diaz and
/// Senator Owen met the governor. He accused …"), where any choice is a guess.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Referent {
    Actor(usize),
    Ambiguous,
}

impl Referent {
    pub fn actor(self) -> Option<usize> {
        match self {
            Referent::Actor(a) => Some(a),
            Referent::Ambiguous => None,
        }
    }
}

/// The resolver with what it reads: the attribution's tokens and decisions.
pub struct Referrer<'c, 'a> {
    f: Finder<'c, 'a>,
    cast: &'c Cast,
    scratch: RefCell<Option<Cast>>,
    spans: &'c [QuoteSpan],
    out: &'c [Option<Attribution>],
}

/// The resolver over the story as attribution left it (`out`: its decisions).
pub fn referrer<'c, 'a>(ctx: &'c Context<'a>, reading: &'c Reading<'a>, spans: &'c [QuoteSpan], out: &'c [Option<Attribution>], cast: &'c Cast) -> Referrer<'c, 'a> {
    let f = Finder { ctx, tks: &reading.tks, lx: lexicon::get(), genders: gender::infer(&reading.tks, cast), titled: Default::default() };
    Referrer { f, cast, scratch: RefCell::new(None), spans, out }
}

impl Referrer<'_, '_> {
    /// What the pronoun at byte `at` of paragraph `p` stands for: an actor named
    /// there or in the paragraph before, or [`Referent::Ambiguous`] when a singular
    /// pronoun's antecedent is coordinated with another actor that fits it as well
    /// ("X and Y"); none for any other word or when the resolver has no answer.
    pub fn pronoun(&self, p: usize, at: usize) -> Option<Referent> {
        let tk = self.f.tks.get(p)?;
        let k = tk.at(at);
        if k >= tk.toks.len() || tk.toks[k].start != at || !tk.is_word(k) {
            return None;
        }
        let word = tk.lower(k);
        let class = pronoun_class(word)?;
        let g = gender::of_pronoun(word);
        let before = self.spans.partition_point(|s| (s.para, s.open) < (p, at)).min(self.out.len());
        let mut scratch = self.scratch.borrow_mut();
        let cast = scratch.get_or_insert_with(|| self.cast.clone());
        let a = resolve_pronoun(&self.f, cast, &self.out[..before], self.spans, p, at, class);
        trace::clear();
        let a = a.filter(|&a| a < self.cast.actors.len())?;
        // Its last mention before the pronoun, here or in the paragraph before.
        let last = |q: usize, end: usize| self.cast.mentions_in(q, 0..end).iter().rposition(|m| m.actor == a).map(|i| (q, i));
        let (q, i) = last(p, at).or_else(|| p.checked_sub(1).and_then(|q| last(q, self.f.ctx.paras[q].text.len())))?;
        let ms = self.cast.mentions_in(q, 0..self.f.ctx.paras[q].text.len());
        let text = self.f.ctx.paras[q].text;
        // "Diaz and Owen", "Owen and Diaz": a pair joined by "and", both fitting.
        let joined = |x: &Mention, y: &Mention| text.get(x.range.end..y.range.start).is_some_and(|g| g.trim() == "and");
        let peer = |m: &Mention| m.actor != a && self.f.fits(self.cast, class, g, m.actor);
        let paired = class != PronounClass::Plural
            && (ms.get(i + 1).is_some_and(|n| peer(n) && joined(&ms[i], n)) || i.checked_sub(1).and_then(|h| ms.get(h)).is_some_and(|h| peer(h) && joined(h, &ms[i])));
        Some(if paired { Referent::Ambiguous } else { Referent::Actor(a) })
    }
}
