//! Sieve 6, the last resort: a speech quote no other sieve gave a speaker takes
//! the actor the text around it last reports speaking, rather than none.
//!
//! Why a policy, not a construction: a quote left without a speaker is scored (and
//! read) as wrong as a wrong one, and `scripts/attribution_steps.py` showed the dev
//! set's abstentions (9 of 1294 quotes) to be quotes whose frame the sieves do not
//! read ("He noted that … and called that pledge "Q"", "Vinh replied that …. The
//! expressway alone would need "Q"", a paragraph opening on a quote after "…, and
//! Orozco says more judges will resign"): the person reported speaking nearest
//! before is their speaker far more often than not. The quote records the sieve
//! `nearest`, so an editor sees it is the weakest evidence.
//!
//! The order: in the quote's own sentence, left of it, then in the sentence before
//! (this paragraph's, else the last of the previous paragraph, never across a
//! heading), the subject of the last reporting verb, then the sentence's subject,
//! a person before a body or state; last, the last speaker of this or the previous
//! paragraph. Never a quote whose frame has a subject the sieves could not resolve
//! (a description no actor answers to): that subject is the speaker. A candidate must be an
//! actor of the cast or a pronoun (resolved as sieve 3 resolves it): no description
//! or unknown name is made an actor here.
//!
//! Cost: two sentences and the quotes of two paragraphs per unattributed quote.

use super::*;

/// Sieve 6: the nearest reported speaker, for speech quotes still without one.
pub(super) fn sieve(f: &Finder, cast: &mut Cast, spans: &[QuoteSpan], kinds: &[QuoteKind], subjects: &[Option<Subj>], out: &mut [Option<Attribution>]) {
    for i in 0..spans.len() {
        if !super::is_speech(kinds, i) || out[i].is_some() {
            continue;
        }
        trace::clear();
        let s = &spans[i];
        // The quote's own frame read a subject the sieves could not resolve: a
        // description no actor answers to is the speaker (no one else is); a pronoun
        // ("they said" after two persons) admits only what it can stand for.
        let fits: Box<dyn Fn(&Cast, usize) -> bool> = match &subjects[i] {
            Some(Subj::Described { .. }) => continue,
            Some(Subj::Pronoun { at, class }) => {
                let tk = &f.tks[s.para];
                let k = tk.at(*at);
                let g = if k < tk.toks.len() { gender::of_pronoun(tk.lower(k)) } else { None };
                let class = *class;
                Box::new(move |cast: &Cast, a: usize| f.fits(cast, class, g, a))
            }
            _ => Box::new(|_: &Cast, _: usize| true),
        };
        // A quote over paragraphs opens in its first piece.
        let (p, open) = s.preceding.first().map_or((s.para, s.open), |(q, r)| (*q, r.start));
        let tk = &f.tks[p];
        if tk.toks.is_empty() || f.ctx.paras[p].is_heading() {
            continue;
        }
        let k = tk.at(open).min(tk.toks.len() - 1);
        let si = tk.sentence_index(k);
        let own = tk.at(tk.sentences[si].start)..tk.at(open);
        let mut found = match main_speaker(f, cast, out, spans, p, own, &fits) {
            Ok(a) => a.map(|a| (a, "own sentence")),
            // (The sentence's reporting verb has a subject no actor answers to, "The
            // current regional governor's office said …": that is the speaker, not
            // someone named before it.)
            Err(()) => continue,
        };
        if found.is_none() {
            let before = if si > 0 {
                Some((p, tk.sentences[si - 1].clone()))
            } else if p > 0 && !f.ctx.paras[p - 1].is_heading() {
                f.tks[p - 1].sentences.last().cloned().map(|r| (p - 1, r))
            } else {
                None
            };
            let Some((q, r)) = before else { continue };
            let tq = &f.tks[q];
            match reported(f, cast, out, spans, q, tq.at(r.start)..tq.at(r.end), &fits) {
                Ok(a) => found = a.map(|a| (a, "sentence before")),
                Err(()) => continue,
            }
        }
        if found.is_none() {
            found = (0..i).rev().take(50).take_while(|&j| spans[j].para + 1 >= p).find_map(|j| out[j].map(|a| a.actor)).filter(|&a| fits(cast, a)).map(|a| (a, "last speaker"));
        }
        // `X told lawmakers that Q.` ¶ a paragraph of background naming no person and
        // quoting no one ¶ `"Q2."`: the paragraph of background is the writer's aside;
        // the quote opening the next one goes back to the person reported speaking
        // before it (not when the aside names someone: they may be the one quoted).
        // (Only a quote that opens its paragraph with no frame of its own, and only a
        // paragraph before the aside that ends reporting someone's words.)
        let bare = subjects[i].is_none() && s.preceding.is_empty() && f.ctx.paras[p].text[..open.min(f.ctx.paras[p].text.len())].trim_end_matches(['"', '\u{201C}', '\u{AB}', '\'', '\u{2018}']).trim().is_empty();
        if found.is_none() && bare && si == 0 && p >= 2 {
            let aside = p - 1;
            let quiet = !f.ctx.paras[aside].is_heading() && !f.ctx.paras[p - 2].is_heading() && !spans[..i].iter().rev().take_while(|x| x.para >= aside).any(|x| x.para == aside);
            let named = cast.mentions_in(aside, 0..f.ctx.paras[aside].text.len()).iter().any(|m| cast.actors[m.actor].kind == ActorKind::Person);
            let reports = {
                let ta = &f.tks[aside];
                (0..ta.toks.len()).any(|v| ta.is_word(v) && ta.is_speech_verb(v, 0))
            };
            if quiet && !named && !reports {
                let last = f.tks[p - 2].sentences.last().cloned();
                let tq = &f.tks[p - 2];
                if let Some(r) = last.filter(|r| (tq.at(r.start)..tq.at(r.end)).any(|v| !tq.quoted[v] && tq.is_speech_verb(v, tq.at(r.start)) && !tq.is_participle(v))) {
                    if let Ok(Some(a)) = reported(f, cast, out, spans, p - 2, tq.at(r.start)..tq.at(r.end), &fits) {
                        found = (cast.actors[a].kind == ActorKind::Person).then_some((a, "past a paragraph of background"));
                    }
                }
            }
        }
        if let Some((a, step)) = found {
            out[i] = Some(Attribution { actor: a, sieve: "nearest" });
            trace::decided(i, step);
        }
    }
}

/// The speaker the quote's own sentence (tokens `toks` of paragraph `p`, left of
/// the quote) reports: the subject of its first finite reporting verb that has one
/// (the main clause's: "He noted that the company had promised …, and called that
/// pledge "Q"" is his), else the sentence's subject, if an actor of the cast;
/// `Err` when that reporting verb's subject is a description no actor answers to.
fn main_speaker(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, toks: Range<usize>, fits: &dyn Fn(&Cast, usize) -> bool) -> Result<Option<usize>, ()> {
    let tk = &f.tks[p];
    let (lo, hi) = (toks.start, toks.end.min(tk.toks.len()));
    if lo >= hi {
        return Ok(None);
    }
    let verb = (lo..hi).find(|&v| tk.is_word(v) && !tk.quoted[v] && tk.is_speech_verb(v, lo) && !tk.is_participle(v));
    if let Some(subj) = verb.and_then(|v| f.subject_left(cast, p, v)) {
        if subj.descriptive() {
            return Err(());
        }
        if let Some(a) = known(f, cast, out, spans, p, subj).filter(|&a| fits(cast, a)) {
            trace::prefix("reporting verb's subject");
            return Ok(Some(a));
        }
    }
    let a = f.sentence_subject(cast, p, lo..hi).and_then(|subj| known(f, cast, out, spans, p, subj)).filter(|&a| fits(cast, a));
    if a.is_some() {
        trace::prefix("sentence's subject");
    }
    Ok(a)
}

/// The actor tokens `toks` of paragraph `p` (the sentence before the quote) report
/// speaking: the subject of the last finite reporting verb outside quotes that is a
/// known actor, else the sentence's subject if it is one; a person first. `Err`
/// when a person named after the last reporting verb acts on their own (then
/// nobody is guessed).
fn reported(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, toks: Range<usize>, fits: &dyn Fn(&Cast, usize) -> bool) -> Result<Option<usize>, ()> {
    let tk = &f.tks[p];
    let (lo, hi) = (toks.start, toks.end.min(tk.toks.len()));
    if lo >= hi {
        return Ok(None);
    }
    // The first body or state found waits for a person further left ("He has been
    // outspoken about the guerrillas, who, he says, charge a "toll"": "he", not the
    // guerrillas, is the one the sentence reports speaking).
    let mut other: Option<usize> = None;
    let verbs = (lo..hi).rev().filter(|&v| tk.is_word(v) && !tk.quoted[v] && tk.is_speech_verb(v, lo) && !tk.is_participle(v));
    let verbs: Vec<usize> = verbs.collect();
    // "…," said X, and the harbour master Y nodded. "Q"`: a person after the last
    // reporting verb who does something of their own may be the one who goes on.
    if let Some(&v) = verbs.first() {
        if acts_after(f, cast, p, v, hi) {
            return Err(());
        }
    }
    for v in verbs {
        if let Some(a) = f.subject_left(cast, p, v).and_then(|subj| known(f, cast, out, spans, p, subj)).filter(|&a| fits(cast, a)) {
            if cast.actors[a].kind == ActorKind::Person {
                trace::prefix("reporting verb's subject");
                return Ok(Some(a));
            }
            other = other.or(Some(a));
        }
    }
    if let Some(a) = f.sentence_subject(cast, p, lo..hi).and_then(|subj| known(f, cast, out, spans, p, subj)).filter(|&a| fits(cast, a)) {
        if cast.actors[a].kind == ActorKind::Person || other.is_none() {
            trace::prefix("sentence's subject");
            return Ok(Some(a));
        }
    }
    trace::clear();
    if other.is_some() {
        trace::note("a body reported speaking");
    }
    Ok(other)
}

/// Whether a person named after token `v` (before token `hi`) of paragraph `p` is
/// the subject of a verb of their own: the name right before a lowercase word that
/// is no function word and ends like a finite verb ("Ana Ruiz nodded", "John Banda
/// shrugs"), never an object ("who has supported Ekdahl and asked …").
fn acts_after(f: &Finder, cast: &Cast, p: usize, v: usize, hi: usize) -> bool {
    let tk = &f.tks[p];
    let (Some(from), Some(to)) = (tk.toks.get(v), tk.toks.get(hi.saturating_sub(1))) else { return false };
    cast.mentions_in(p, from.end..to.end).iter().any(|m| {
        let k = tk.at(m.range.end);
        cast.actors[m.actor].kind == ActorKind::Person && k < hi && tk.is_word(k) && tk.is_lower(k) && !tk.quoted[k] && {
            let w = tk.lower(k);
            let function = ["determiner", "preposition", "coordinator", "relative", "auxiliary", "subordinator"].iter().any(|s| f.lx.is(s, w));
            !function && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss"))
        }
    })
}

/// A subject as an actor the cast already has (a pronoun through its antecedent).
fn known(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, subj: Subj) -> Option<usize> {
    match subj {
        Subj::Actor(a) => Some(a),
        Subj::Name(r) => name_actor_if(f, cast, p, r, |_, _| false),
        Subj::Pronoun { at, class } => resolve_pronoun(f, cast, out, spans, p, at, class),
        Subj::Described { .. } => None,
    }
}
