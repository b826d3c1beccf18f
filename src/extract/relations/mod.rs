//! Relations between actors: hierarchy from name constructions, and the verbs and
//! nouns of conflict, mediation, direction and alliance from the sentences.
//!
//! Why cue phrases and mention positions, not parsing: the relations an analysis
//! states are carried by a small, stable vocabulary ("lashed out at", "brokered ...
//! between", "pressure", "and its allies") placed next to actor mentions that
//! `cast` has already resolved (surnames, titles, demonyms, capitals). So a cue's
//! source is the nearest actor before it (or the sentence's subject, or, after a
//! pronoun, the previous sentence's subject) and its target the actor(s) right
//! after it, coordinated lists included. The cues live in `data/relations.txt`,
//! grouped by relation kind and pattern family; adding one needs no code.
//!
//! The pipeline, per paragraph and sentence (`find`):
//! 1. hierarchy: the tree's links from `cast` (the construction that placed an
//!    actor, "Qods Force commander X", is the evidence) and bloc memberships
//!    ([`blocs`]), the members a list in parentheses or dashes names after a
//!    group ([`listed`]) and the party or body of a title next to a name ([`titles`]);
//! 2. the mention stream: name mentions plus descriptions ("the council")
//!    ([`mentions`]);
//! 3. each cue of [`cues`] found in the sentence picks its source ([`sources`]:
//!    pronoun, clause head, nearest actor, sentence subject) and its targets
//!    ([`targets`]: the coordinated list after it) by its pattern family; mediation
//!    ([`mediation`]), reported criticism ([`reported`]) and rebuttals of a statement
//!    ("dismissed the criticism": whoever made it, [`rebuttal`]) have their own files,
//!    as has a meeting or conflict cue whose object is "both sides" ([`both_sides`])
//!    and a mutual cue whose subject is "the two governments" ([`two_of`]); the
//!    other members of a coordinated subject parted from the cue by an appositive
//!    or a relative clause, and the joiner of "X joined Y in condemning Z", are
//!    co-sources ([`conjuncts`]);
//!    a subject pronoun of a sentence with a speech quote is the speaker attribution
//!    gave it ([`said`], through [`find_with`]);
//! 4. evidence is the sentence, clipped when it runs away ([`evidence`]);
//! 5. afterwards ([`adopt`]), hierarchy cues move an actor that `cast` left at a
//!    state by default under the organisation the cue names.
//!
//! Cost: the name-layer tokens and lowercase forms of [`Para`](super::Para)
//! (tokenised once for all components), cue lookup by first word (a small hash index), and
//! only the mentions of the sentence at hand are examined.

mod adopt;
mod allegation;
mod bare_post;
mod hyphen_pair;
mod blocs;
mod both_sides;
mod conjuncts;
mod cues;
mod evidence;
mod listed;
mod mediation;
mod mentions;
mod modifier;
mod owned;
mod rebuttal;
mod references;
mod reported;
mod said;
mod scare_quote;
mod sources;
mod targets;
mod titles;
mod two_of;
#[cfg(test)]
mod tests;

use super::cast::names::{Tok, TokKind};
use super::attribution::Referent;
use super::cast::{kb, Cast, Mention};
use super::Context;
use crate::case::StrCase;
use crate::model::ActorKind;
pub use adopt::adopt;
pub use references::Refer;
pub use said::{said, Said};
use blocs::memberships;
use cues::{cues, Family, List};
use evidence::{clip, window};
use mediation::{mediation, mediation_owner, parties, parties_or_last_pair, party, two_sides};
use mentions::{merge_mentions, Described};
use owned::{owned_object, pronoun_act, Acts};
use reported::{idle_negation, related_in_tree, reported_subject};
use sources::{act_apposition, appositive_head, clause_head, list_before, of_head, owner_and_named, pair_before, pair_before_comma, possessor, post_of_head, post_relative, pronoun_object, pronoun_pair, pronoun_subject, possessed_appositive, shares_subject};
use targets::{coordinated, onto, past_relative, relative_antecedent};

/// Relations found in the text, with actor indices as ids (`assemble` maps them).
pub struct Found {
    pub source: usize,
    pub target: usize,
    pub kind: &'static str,
    pub para: usize,
    pub sentence: std::ops::Range<usize>,
}


/// How many mentions on each side of a cue are considered (bounds the work in a
/// pathological sentence with thousands of names).
const REACH: usize = 64;


pub fn find(ctx: &Context, cast: &Cast) -> Vec<Found> {
    find_with(ctx, cast, &[])
}

/// [`find`], with the speakers attribution gave the speech quotes ([`said()`]): a
/// subject pronoun of a sentence with a quote is its speaker.
pub fn find_with(ctx: &Context, cast: &Cast, said: &[Said]) -> Vec<Found> {
    find_referring(ctx, cast, said, &|_, _| None)
}

/// [`find_with`], with the story's pronoun resolver (`refer`: paragraph and byte
/// offset of a pronoun → its actor, `attribution::Referrer`): a cue whose subject
/// is a pronoun relates the actor it stands for ([`references`]).
pub fn find_referring(ctx: &Context, cast: &Cast, said: &[Said], refer: references::Refer) -> Vec<Found> {
    let mut out = Vec::new();
    // Hierarchy stated by name constructions; evidence where it was read, or the
    // source's first mention for knowledge-base links.
    let mut first: Vec<Option<(usize, usize)>> = vec![None; cast.actors.len()];
    for m in cast.mentions() {
        if let Some(f @ None) = first.get_mut(m.actor) {
            *f = Some((m.para, m.range.start));
        }
    }
    for l in &cast.links {
        let (para, at) = if l.para == 0 && l.at == 0 { first.get(l.source).copied().flatten().unwrap_or((0, 0)) } else { (l.para, l.at) };
        if let Some(p) = ctx.paras.get(para) {
            out.push(Found { source: l.source, target: l.target, kind: l.kind, para, sentence: clip(p.text, p.sentence_at(at), at, at) });
        }
    }
    memberships(cast, ctx, &mut out);
    listed::listed_members(ctx, cast, &mut out);
    titles::titled(ctx, cast, &first, &mut out);
    let cues = cues();
    let subordinators = kb::get();
    let kb_forms = kb::get();
    let mut described = Described::new(cast);
    // The last "X and Y" of two states (or two organisations) before this sentence:
    // whom "the two delegations" means when the paragraph names no such pair.
    let mut last_pair: Option<(usize, usize)> = None;
    // Who owns "the bid", "the plan": the last "Y's bid" of the story.
    let mut acts = Acts::default();
    // The paragraph's words (token index, lowercase form), in one buffer reused for
    // every paragraph: collected anew, it grew through four allocations or so per
    // paragraph, the most of any site in the run.
    let mut words: Vec<(usize, &str)> = Vec::new();
    for p in &ctx.paras {
        if p.is_heading() {
            continue;
        }
        let toks = &p.names;
        words.clear();
        words.extend(toks.iter().enumerate().filter(|(_, t)| t.kind == TokKind::Word).map(|(i, _)| (i, p.names_lower.get(i))));
        let mut prev_subject: Option<usize> = None;
        // The previous sentence's subject when it is a pair of one kind ("Kenya and
        // Tanzania signed …"): "it" or "he" after it may mean either, "they" both.
        let mut prev_pair: Option<(usize, usize)> = None;
        // "X and its allies": the paragraph's unparented organisations, computed once.
        let mut para_roots: Option<Vec<usize>> = None;
        // The paragraph's mentions, with "the council", "the government" among them.
        let extra = described.paragraph(p, cast);
        let merged: Vec<Mention>;
        let all: &[Mention] = if extra.is_empty() {
            cast.mentions_in(p.index, 0..p.text.len())
        } else {
            merged = merge_mentions(cast.mentions_in(p.index, 0..p.text.len()), extra);
            &merged
        };
        // The mentions on each side of a cue, in buffers reused for every cue of the
        // paragraph (two new vectors per cue were a visible share of the allocations).
        let (mut before, mut after): (Vec<&Mention>, Vec<&Mention>) = (Vec::new(), Vec::new());
        for s in &p.sentences {
            let ms = &all[all.partition_point(|m| m.range.start < s.start)..all.partition_point(|m| m.range.start < s.end)];
            // The sentence subject: the first actor, after a leading subordinate clause.
            // The first word, past a leading conjunction ("And when talking about ...").
            let w0 = words.partition_point(|(i, _)| toks[*i].start < s.start);
            let w0 = if words.get(w0).is_some_and(|(_, w)| cues.is(List::LeadingConjunction, w)) { w0 + 1 } else { w0 };
            let first_word = words.get(w0).filter(|(i, _)| toks[*i].start < s.end).map(|(_, w)| *w);
            // A leading subordinate clause, or a short leading prepositional phrase
            // ("In a rebuke to X, Germany summoned ..."; at most eight words, so that
            // "In that time she has signed a deal with X, ..." is no such phrase): the
            // subject follows its comma.
            let first_comma = p.text[s.clone()].find(',').map(|c| s.start + c);
            // Counted only after a leading preposition (a word count per sentence was
            // about 1 % of a run).
            let short_phrase = || first_comma.is_some_and(|c| p.text[s.start..c].split_whitespace().take(9).count() <= 8);
            let subordinate = first_word.is_some_and(|w| subordinators.is("subordinators", w) || (crate::extract::lexicon::get().is("preposition", w) && short_phrase()));
            let clause_start = if subordinate { first_comma.unwrap_or(s.start) } else { s.start };
            let hypothetical = first_word.is_some_and(|w| cues.is(List::Hypothetical, w));
            let pronoun_start = first_word.is_some_and(|w| cues.is(List::PronounStart, w));
            // "The rebels ..." names no actor first ("The Commission ..." does; "The
            // prime minister ..." is a title, which may well be the last subject).
            let title_at = |n: usize| words.get(w0 + 1..w0 + 1 + n).is_some_and(|ws| kb_forms.office(&ws.iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" ")).is_some());
            let opens_with_article = first_word.is_some_and(|w| w == "the")
                && !title_at(1)
                && !title_at(2)
                && ms.first().is_none_or(|m| words.get(w0 + 1).is_some_and(|&(i, _)| toks[i].start < m.range.start));
            // Named inside quotation marks: someone's words, not the sentence's actors.
            // (One pass over the sentence: quote-mark counts up to each mention.)
            let mut qflags = Vec::with_capacity(ms.len());
            let (mut at, mut straight, mut open) = (s.start, 0usize, 0isize);
            for m in ms {
                let upto = m.range.start.max(at);
                let (s2, o2) = double_quote_marks(&p.text.as_bytes()[at..upto]);
                straight += s2;
                open += o2;
                at = upto;
                qflags.push(straight % 2 == 1 || open > 0);
            }
            let quoted = |m: &super::cast::Mention| ms.binary_search_by_key(&m.range.start, |x| x.range.start).is_ok_and(|i| qflags[i]);
            let subject_here = if pronoun_start { None } else { ms.iter().find(|m| m.range.start >= clause_start && !quoted(m)).map(|m| m.actor) };
            let subject_at = subject_here.and_then(|a| ms.iter().find(|m| m.actor == a).map(|m| m.range.start));
            // The person who speaks in this sentence, as attribution read it.
            let speaker = said::speaker_in(said, p.index, s.start, s.end);
            let subject_before = |at: usize| -> Option<usize> {
                match (subject_here, subject_at) {
                    (Some(a), Some(s)) if s < at => Some(a),
                    // A cue in the leading clause belongs to the main clause's subject
                    // ("When talking about the crisis with X, Khamenei reiterated ...").
                    (Some(a), Some(_)) if subordinate && at < clause_start => Some(a),
                    // "The rebels, backed by Rwanda, ...": a subject that is no actor is
                    // not the previous sentence's.
                    (Some(_), Some(_)) if !pronoun_start && opens_with_article => None,
                    // "“We will not wait,” she said, accusing Peru …": the sentence's
                    // speaker, as attribution read it, before the last subject (not
                    // for words inside the quotation: "“The Emirates are sending
                    // weapons to the militia,” he said" is no act of the speaker's).
                    _ => speaker
                        .filter(|_| {
                            let (st, op) = double_quote_marks(&p.text.as_bytes()[s.start..at.max(s.start)]);
                            st % 2 == 0 && op <= 0
                        })
                        .or(prev_subject),
                }
            };
            let lo = words.partition_point(|(i, _)| toks[*i].start < s.start);
            let hi = words.partition_point(|(i, _)| toks[*i].start < s.end);
            // "The EU brokered the talks.": the sentence speaks of talks whose parties
            // it does not name (`[-:talks]`). Asked only by a mediation cue without
            // parties: a list search per word of every sentence was a visible share.
            let talks_here = || words[lo..hi].iter().any(|(_, w)| cues.is(List::Talks, w));
            acts.record(p.text, ms);
            // The agent of the sentence's last cue: a coordinated verb's (`shared`).
            let mut prev_agent: Option<usize> = None;
            // "The India-Pakistan rivalry": a hyphenated pair before a pair noun.
            hyphen_pair::pairs(p.text, s, &words, toks, lo, hi, cast, p.index, &mut out);
            let mut k = lo;
            while k < hi {
                let list = cues.starting_with(words[k].1);
                let Some(cue) = list.iter().find(|c| k + c.words.len() <= hi && c.words.iter().enumerate().all(|(d, w)| words[k + d].1 == *w)) else {
                    k += 1;
                    continue;
                };
                let emitted = out.len();
                let cue_start = toks[words[k].0].start;
                let cue_end = toks[words[k + cue.words.len() - 1].0].end;
                // "If Khamenei did order the government to reject X's proposal, ...": a
                // condition states no relation.
                if hypothetical && first_comma.is_some_and(|c| cue_start < c) {
                    k += cue.words.len();
                    continue;
                }
                // "accused the minister of “negotiating with Berlin …”": the quoted
                // charge is the accuser's wording, no relation of its own (`allegation`).
                if allegation::in_charge(p.text, &words, toks, lo, k, s.start) {
                    k += cue.words.len();
                    continue;
                }
                // Mentions are sorted and disjoint: the two sides are slices.
                before.clear();
                before.extend(ms[..ms.partition_point(|m| m.range.end <= cue_start)].iter().rev().take(REACH).rev());
                after.clear();
                after.extend(ms[ms.partition_point(|m| m.range.start < cue_end)..].iter().take(REACH));
                // The nearest actor before the cue, unless a closing quotation mark stands
                // between them (it was named inside someone's words: "no to Lebanon").
                // "he accused X": the person named last; "X, whose ministry oversees the
                // police, ordered Y": the head of the clause, not the police.
                // A place is no agent: "the ministry in Lima said" is the ministry's.
                let place = |m: &Mention| p.text[..m.range.start].split_whitespace().next_back().is_some_and(|w| cues.is(List::Locative, w));
                // "X met Y and criticised Z", "Kessler questioned Marsh, pressing her
                // on …": a coordinated verb or a participle shares its clause's subject
                // (`shares_subject`): the agent of the sentence's cue before it, else
                // the actor opening the last "that" or ", and" clause before it, else
                // the sentence's subject (a pronoun's person at its start; "X's
                // lawyer, Y," is Y).
                let prev = prev_agent;
                let shared = || -> Option<usize> {
                    if !shares_subject(p.text, &words, toks, k, lo, cue.words[0]) {
                        return None;
                    }
                    let cut = toks[words[k - 1].0].start.max(s.start);
                    let opener = [" that ", ", and "].iter().filter_map(|w| p.text[s.start..cut].rfind(w).map(|i| s.start + i + w.len())).max();
                    prev.or_else(|| opener.and_then(|t| before.iter().find(|m| m.range.start >= t && !quoted(m)).filter(|m| matches!(p.text[t..m.range.start].trim(), "" | "the")).map(|m| m.actor)))
                        .or_else(|| pronoun_start.then(|| pronoun_subject(p.text, &words, toks, w0 + 1, lo, cast, p.index, speaker, &subject_before)).flatten())
                        .or_else(|| subject_before(cue_start).map(|a| possessed_appositive(p.text, &before, a).unwrap_or(a)))
                };
                // A subject pronoun: the story's resolver first ("that they would
                // vote against", "she said she had received …": `references`), then
                // the relations' own reading of a person's ("he accused": the
                // sentence's speaker, its subject, the person named last).
                let referent = references::subject(p.text, &words, toks, k, lo, cast, p.index, refer);
                let nearest = match referent {
                    Some(r) => r.actor(),
                    None => pronoun_subject(p.text, &words, toks, k, lo, cast, p.index, speaker, &subject_before)
                    .or_else(shared)
                    .or_else(|| bare_post::bare_post_head(p.text, s.start, cue_start, &before, cast, &quoted))
                    .or_else(|| clause_head(p.text, s.start, cue_start, &before, &quoted))
                    .or_else(|| {
                        // "the largest Serb party in Kosovo and one closely aligned with
                        // Belgrade": past a place, the actor named before it; but
                        // "officials in Yerevan" are the state's (`[state_agent]`).
                        let agents_of = |m: &Mention| p.text[..m.range.start].split_whitespace().nth_back(1).is_some_and(|w| crate::extract::lexicon::get().is("state_agent", &w.lowercase()));
                        let skip = before.last().is_some_and(|m| place(m) && !agents_of(m));
                        let last = before.iter().rposition(|m| !place(m)).filter(|_| skip).unwrap_or(before.len().saturating_sub(1));
                        before
                            .get(last)
                            .filter(|m| !quoted(m) && !p.text[m.range.end..cue_start].contains(['"', '\u{201d}', '\u{bb}']))
                            .map(|m| of_head(p.text, &before, last, cast).or_else(|| (last + 1 == before.len()).then(|| post_of_head(p.text, &before, cast)).flatten()).unwrap_or(m.actor))
                    })
                    .or_else(|| subject_before(cue_start)),
                };
                // "Kenya and Tanzania signed the deal. It has long opposed …": a
                // singular pronoun after a pair of one kind is a guess between two.
                let from_pair = |a: usize| prev_pair.is_some_and(|(x, y)| a == x || a == y) && !before.iter().any(|m| m.actor == a);
                let singular_start = pronoun_start && matches!(first_word, Some("it" | "he" | "she"));
                let nearest = nearest.filter(|&a| !(singular_start && from_pair(a)));
                // "the Qatari-brokered deal": the actor glued to the cue by a hyphen.
                let prefixed = (cue_start > 0 && p.text.as_bytes()[cue_start - 1] == b'-')
                    .then(|| before.last().filter(|m| m.range.end + 1 == cue_start).map(|m| m.actor))
                    .flatten();
                // "The National Rally of Independents ran the government": a party or
                // body that runs "the government" (read as the home state) sits in it,
                // it does not head the state; only a person leads a state.
                let heads_state = |src: usize, tgt: usize, kind: &str| kind == "leads" && cast.actors[tgt].kind == ActorKind::State && cast.actors[src].kind != ActorKind::Person;
                let emit_kind = |src: usize, tgt: usize, kind: &'static str, out: &mut Vec<Found>| {
                    if src != tgt && !heads_state(src, tgt, kind) {
                        out.push(Found { source: src, target: tgt, kind, para: p.index, sentence: clip(p.text, s.clone(), cue_start, cue_end) });
                    }
                };
                let emit = |src: Option<usize>, tgt: usize, out: &mut Vec<Found>| {
                    if let Some(src) = src {
                        emit_kind(src, tgt, cue.kind, out);
                    }
                };
                // "hosted talks between X and Y", "will host the next round of
                // negotiations between X and Y": a host between two parties mediates.
                // "stood ready to host talks between X and Y": the infinitive of
                // [mediates:sides] ("to host") reads so too.
                let hosts = || cue.family == Family::Sides && cue.words.iter().any(|w| cues.starting_with(w).iter().any(|c| c.kind == "meets" && c.words.len() == 1));
                let hosted_between = (cue.kind == "meets" || hosts())
                    .then(|| {
                        let w = &p.text[cue_end..window(p.text, cue_end, s.end).min(cue_end + 80)];
                        let b = w.find(" between ")?;
                        (!w[..b].contains([',', ';', ':', '"', '\u{201c}'])).then_some(cue_end + b + " between ".len())
                    })
                    .flatten();
                // "X called Y and Z to talks", "X summoned both sides to the
                // negotiating table": a summons to talks mediates, before the verb's
                // own reading (naming: "called Y a puppet"; conflict: "summoned the
                // ambassador").
                let summoned = (cue.words.len() == 1 && crate::extract::lexicon::get().is("summon_verb", cue.words[0]))
                    .then(|| nearest.map(|n| (n, mediation::summoned_to_talks(p.text, &after, all, cue_end, n, last_pair, cast))))
                    .flatten()
                    .filter(|(_, sides)| !sides.is_empty());
                // A speech verb's speaker, the agent a verb coordinated after it shares.
                let mut speaker_of_cue: Option<usize> = None;
                match cue.family {
                    _ if summoned.is_some() => {
                        if let Some((n, sides)) = &summoned {
                            mediation(&[*n], sides, &mut |a, t, kind, out: &mut Vec<Found>| emit_kind(a, t, kind, out), &mut out);
                        }
                    }
                    _ if hosted_between.is_some() => {
                        let b = hosted_between.unwrap_or(cue_end);
                        let after_b: Vec<_> = ms[ms.partition_point(|m| m.range.start < b)..].iter().take(REACH).collect();
                        let named = coordinated(p.text, &after_b, b);
                        if let (Some(n), false) = (nearest, named.is_empty()) {
                            mediation(&[n], &named, &mut |a, t, kind, out: &mut Vec<Found>| emit_kind(a, t, kind, out), &mut out);
                        }
                    }
                    _ if prefixed.is_some() && cue.kind == "mediates" => {
                        let agents: Vec<usize> = prefixed.into_iter().collect();
                        let parties = parties(p.text, &agents, ms, &quoted, cast);
                        mediation(&agents, &parties, &mut |a, t, kind, out: &mut Vec<Found>| emit_kind(a, t, kind, out), &mut out);
                    }
                    _ if prefixed.is_some() && cue.family == Family::Forward => {
                        // "the Iran-backed group": the name after, else the head of the
                        // appositive the description stands in.
                        let mut targets = coordinated(p.text, &after, cue_end);
                        if targets.is_empty() {
                            targets.extend(appositive_head(p.text, s.start, cue_start, &before));
                        }
                        for t in targets {
                            emit(prefixed, t, &mut out);
                        }
                    }
                    // "with German and Dutch partners": the pair modifies the noun.
                    Family::Mutual if before.last().is_some_and(|y| modifier::pair_modifies_noun(p.text, y.range.end, cue_start, &cue.words)) => {}
                    Family::Mutual => {
                        // "X and Y have been treaty allies"; "she and Y negotiated";
                        // "X, Y and Z signed a pact": every two of the list, when it
                        // opens the clause ("Mexico's envoy to X, Y and Z" is no list of
                        // subjects).
                        let list = list_before(p.text, &before, cue_start);
                        if list.len() > 2 && subject_here == list.first().copied() {
                            for (i, &x) in list.iter().enumerate().take(4) {
                                for &y in list.iter().skip(i + 1).take(4) {
                                    emit(Some(x), y, &mut out);
                                }
                            }
                        } else if let Some((x, y)) = pair_before(p.text, &before, cue_start)
                            .or_else(|| pronoun_pair(p.text, &before, cue_start, cast, p.index))
                            // "The two governments signed a defence pact": the pair the
                            // phrase stands for (`two_of`).
                            .or_else(|| two_of::pair_subject(p.text, clause_start.max(s.start), cue_start).then(|| last_pair_in(p.text, &ms[..ms.partition_point(|m| m.range.end <= cue_start)], &quoted, cast).or(last_pair)).flatten())
                        {
                            emit(Some(x), y, &mut out);
                            // "X and Y clashed": a conflict verb whose subject is the pair
                            // says each acted, so it runs both ways (the scorer's conflict
                            // group has a direction; alliance and mediation have none). A
                            // noun between two ("the war between X and Y") keeps the
                            // writer's order.
                            if cue.kind == "opposes" {
                                emit(Some(y), x, &mut out);
                            }
                        } else if cue.kind == "opposes" {
                            // "Chad, whose troops fought Boko Haram in 2020, …": with one
                            // subject, a combat verb relates the actor right after it
                            // (not after "never fought", nor "fought for Y").
                            let obj = after.first().filter(|m| matches!(p.text[cue_end..m.range.start].trim(), "" | "the") && !quoted(m));
                            let denied = k.checked_sub(1).filter(|&j| j >= lo).is_some_and(|j| cues.is(List::Negator, words[j].1));
                            if let (Some(n), Some(t), false) = (nearest, obj, denied) {
                                emit(Some(n), t.actor, &mut out);
                            }
                        }
                    }
                    Family::Reciprocal => {
                        // "X and Y blamed each other", "the two governments traded
                        // accusations": the pair before the cue in this sentence, else
                        // the story's last pair; each relates to the other.
                        let pair = pair_before(p.text, &before, cue_start)
                            .or_else(|| pronoun_pair(p.text, &before, cue_start, cast, p.index))
                            .or_else(|| last_pair_in(p.text, &ms[..ms.partition_point(|m| m.range.end <= cue_start)], &quoted, cast)).or(last_pair);
                        if let Some((x, y)) = pair {
                            emit(Some(x), y, &mut out);
                            emit(Some(y), x, &mut out);
                        }
                    }
                    Family::Possessed => {
                        // "Turkey, Azerbaijan's closest ally, …".
                        if let Some((head, owner)) = possessor(p.text, &before, cue_start) {
                            emit(Some(head), owner, &mut out);
                        } else if let Some((owner, t)) = owner_and_named(p.text, &before, &after, cue_start, cue_end) {
                            // "Russia's ally Belarus", "Iran and its ally Hezbollah".
                            emit(Some(owner), t, &mut out);
                        } else if let Some((owner, t)) = references::possessive_owner(p.text, &words, toks, w0, k, cue_end, &after, p.index, refer) {
                            // "Serbia hosted the summit. Its ally Hungary …": the owner
                            // the story's resolver reads for the pronoun.
                            emit(Some(owner), t, &mut out);
                        }
                    }
                    Family::Forward | Family::Addressed | Family::Subject | Family::Naming | Family::Passive | Family::Object | Family::Owned => {
                        // "X demanded Y's resignation", "X welcomed Y's decision": the
                        // owner of the act or fate the object names, else no one.
                        let mut targets = if cue.family == Family::Owned {
                            let list = if cue.kind == "allied_with" { List::OwnedAct } else { List::Ouster };
                            owned_object(p.text, cue_end, &after, list).into_iter().collect()
                        } else {
                            coordinated(p.text, &after, cue_end)
                        };
                        // "X blamed the shortage on Y": a blame verb (`[-:onto]`) with no
                        // actor right after it names its target after "on".
                        if targets.is_empty() && cue.family == Family::Forward && cue.words.len() == 1 && cues.is(List::Onto, cue.words[0]) {
                            targets.extend(onto(p.text, cue_end, s.end, &after));
                        }
                        // "the coast guard, which Italy funds": the relative's antecedent,
                        // also the object of a verb that wants one ("the TTP, which
                        // Pakistan has fought").
                        let mut relative = None;
                        if targets.is_empty() && matches!(cue.family, Family::Forward | Family::Object) && !matches!(cue.kind, "member_of" | "leads") {
                            relative = relative_antecedent(p.text, &before, cue_start);
                            targets.extend(relative);
                        }
                        // The object right after the verb ("called on Y", "called for",
                        // "fought for Y" name no object).
                        let obj = after.first().filter(|m| matches!(p.text[cue_end..m.range.start].trim(), "" | "the"));
                        // "X has opposed the bid", "X called the bid ‘a raid’": an act
                        // named before with its owner ("Y's takeover bid") is Y's.
                        let act_obj = (matches!(cue.kind, "criticizes" | "opposes") && ((cue.family == Family::Naming && obj.is_none()) || (cue.family == Family::Forward && targets.is_empty())))
                            .then(|| acts.act_object(p.text, cue_end))
                            .flatten();
                        if cue.family == Family::Naming {
                            // "X called Y “terrorists”": a pejorative within a few words
                            // of the object, else naming is no criticism; "X counts Y as
                            // its closest ally": a word of alliance for an alliance cue.
                            let words_of = if cue.kind == "allied_with" { List::Amicable } else { List::Pejorative };
                            let insult_after = |end: usize| {
                                let end = past_relative(p.text, end, s.end);
                                let w = words.partition_point(|(i, _)| toks[*i].start < end);
                                words[w.min(hi)..hi.min(w + 8)].iter().any(|(_, x)| cues.is(words_of, x))
                            };
                            let insult = obj.is_some_and(|m| insult_after(m.range.end));
                            if !insult {
                                targets.clear();
                            }
                            if let Some((owner, _)) = act_obj.filter(|&(_, end)| obj.is_none() && insult_after(end)) {
                                targets.push(owner);
                            }
                        } else if let Some((owner, _)) = act_obj {
                            targets.push(owner);
                        }
                        if cue.family == Family::Object && obj.is_none() && relative.is_none() {
                            targets.clear();
                        }
                        // "X, deputy director-general of the Coast Guard Administration,
                        // and Y, spokesperson for …": a post's body is one kind; a list
                        // running on into another kind is the next appositive's head.
                        if matches!(cue.kind, "member_of" | "leads") {
                            if let Some(&t0) = targets.first() {
                                targets.retain(|&t| cast.actors[t].kind == cast.actors[t0].kind);
                            }
                        }
                        // "the hospital, which is run by the Ministry of Health": a
                        // membership cue in the passive names the parent body after
                        // "by"; a person there runs the body and is no parent of it.
                        if cue.kind == "member_of" && cue.words.last() == Some(&"by") {
                            targets.retain(|&t| cast.actors[t].kind != ActorKind::Person);
                        }
                        // "Y was urged by X", "Y was criticised by X": a conflict verb in
                        // the passive runs the other way; its agent after "by" is no
                        // target (mediation, alliance and hierarchy cues keep their own
                        // readings: "talks hosted by X", "appointed by X").
                        let passive_by = p.text[cue_end..].trim_start().starts_with("by ");
                        if cue.family == Family::Forward && passive_by && matches!(cue.kind, "criticizes" | "opposes" | "pressures") {
                            targets.clear();
                        }
                        let src = match nearest {
                            _ if cue.family == Family::Subject => subject_before(cue_start),
                            Some(n) if targets.contains(&n) => subject_before(cue_start),
                            n => n,
                        };
                        // "Backed by Rwanda, the M23 …", "Criticised by X, Y resigned": a
                        // participle opening the sentence qualifies the subject after its
                        // comma; the agent list ends at that comma.
                        let fronted = first_comma.filter(|&c| k == w0 && cue.words.last() == Some(&"by") && c > cue_end);
                        let src = match fronted {
                            Some(c) => {
                                targets = coordinated(p.text, &after[..after.partition_point(|m| m.range.start < c)], cue_end);
                                after.iter().find(|m| m.range.start > c && !quoted(m)).map(|m| m.actor)
                            }
                            None => src,
                        };
                        // "…, a move condemned by X", "…, a charge New Delhi dismissed":
                        // the act in apposition is the main clause's, so the other party
                        // is that clause's actor, not the name just before the comma.
                        let passive = cue.family == Family::Passive;
                        let act = if matches!(cue.family, Family::Forward | Family::Passive) { act_apposition(p.text, s.start, cue_start, &before, passive) } else { None };
                        let src = match act {
                            Some((open, None)) => subject_before(open).or(src),
                            Some((open, Some(agent))) if targets.is_empty() => {
                                targets.extend(subject_before(open));
                                Some(agent)
                            }
                            _ => src,
                        };
                        // A membership is read from an actor named in this sentence ("X,
                        // an adviser to Y"); "the head of Y, X, said" names no member
                        // before the cue, and the previous subject would be a guess.
                        let src = src.filter(|a| {
                            !matches!(cue.kind, "member_of" | "leads")
                                || before.iter().rev().find(|m| m.actor == *a).is_some_and(|m| {
                                    // ", an alliance of unions affiliated with", ", 58, a banker
                                    // who leads": an appositive or two, not "X, for hours on
                                    // Monday, according to a spokesperson for Y".
                                    let gap = &p.text[m.range.end..cue_start];
                                    // "X met the leader of Y": a post after a verb and an
                                    // article is the verb's object, not X's post ("X is
                                    // the leader of Y", "X serves as the head of Y" are).
                                    let ws: Vec<&str> = gap.split_whitespace().collect();
                                    let object_post = !gap.contains(',')
                                        && matches!(ws.as_slice(), [.., v, "the" | "a" | "an"] if *v != "as" && !crate::extract::lexicon::get().is("copula", &v.lowercase()));
                                    gap.matches(',').count() <= 2 && ws.len() <= 7 && !object_post
                                })
                        });
                        // "the uprising that toppled X": the relative clause's head is
                        // no actor; "without confronting X", "did not back X" deny it.
                        let word_before = k.checked_sub(1).filter(|&j| j >= lo).map(|j| words[j].1);
                        // "refused to back X", "ruled out propping up X": a refusal of two
                        // words denies it too.
                        let two_before = k.checked_sub(2).filter(|&j| j >= lo).map(|j| format!("{} {}", words[j].1, words[j + 1].1));
                        let src = src.filter(|_| !word_before.is_some_and(|w| cues.is(List::Negator, w)) && !two_before.as_deref().is_some_and(|w| cues.is(List::Negator, w)));
                        // A nominal cue denied before its determiner or its owner: "denied
                        // any mediation between X and Y", "no sign of X's backing for Y".
                        let src = src.filter(|_| !negated_nominal(p.text, &words, toks, k, lo, &before, cue_start));
                        let src = src.filter(|a| {
                            !word_before.is_some_and(|w| cues.is(List::Relative, w))
                                || before.last().is_some_and(|m| {
                                    // "Diallo of Senegal, who chairs Y": "who" is the person's.
                                    let head = (word_before == Some("who")).then(|| of_head(p.text, &before, before.len() - 1, cast).or_else(|| post_of_head(p.text, &before, cast))).flatten();
                                    // "X, the opposition MP who chairs Y": past a person's post.
                                    let post = m.actor == *a && word_before == Some("who") && cast.actors[m.actor].kind == ActorKind::Person && post_relative(&p.text[m.range.end..cue_start]);
                                    (m.actor == *a && !place(m) || head == Some(*a)) && (post || p.text[m.range.end..cue_start].split_whitespace().filter(|w| w.contains(char::is_alphabetic)).count() <= 1)
                                })
                        });
                        // "X met both sides", "X condemned both governments": the two
                        // parties the phrase stands for (`both_sides`).
                        if let Some(n) = src.filter(|_| matches!(cue.family, Family::Forward | Family::Object)) {
                            let sides = both_sides::sides_object(cue.kind, p.text, cue_end, all, n, last_pair, cast);
                            if !sides.is_empty() {
                                targets = sides;
                            }
                        }
                        // "The opposition accuses him of …": a person pronoun as the object,
                        // outside quotation marks (inside, "him" is the speaker's).
                        if let (true, Some(n), false) = (targets.is_empty(), src, passive_by) {
                            let in_quote = || {
                                let (st, op) = double_quote_marks(&p.text.as_bytes()[s.start..cue_start]);
                                st % 2 == 1 || op > 0
                            };
                            if matches!(cue.family, Family::Forward | Family::Object) && !in_quote() {
                                targets.extend(pronoun_object(p.text, &words, toks, k + cue.words.len(), hi, cue_end, cast, p.index, n));
                                // "The union rejected his ceasefire proposal".
                                if targets.is_empty() && matches!(cue.kind, "criticizes" | "opposes") {
                                    targets.extend(pronoun_act(p.text, cue_end, cast, p.index, n));
                                }
                                // "Nazarov dismissed the criticism.": whoever made it.
                                if targets.is_empty() && matches!(cue.kind, "criticizes" | "opposes") && rebuttal::rebutted(p.text, &words, toks, k + cue.words.len(), hi, cue_end) {
                                    targets.extend(said::last_speaker(said, p.index, cue_start, n).or(prev_subject.filter(|&a| a != n)));
                                }
                            }
                        }
                        // "X and Y accused Z", "X, Y and Z condemned W", "X and Y were urged by Z": every member of a
                        // coordinated subject (the list opens the clause) too.
                        let co_subjects: Vec<usize> = src
                            .filter(|_| !matches!(cue.kind, "member_of" | "leads") && matches!(cue.family, Family::Forward | Family::Naming | Family::Object | Family::Owned | Family::Addressed | Family::Passive))
                            .map(|y| {
                                let list = list_before(p.text, &before, cue_start);
                                let ok = list.last() == Some(&y) && subject_here == list.first().copied();
                                let mut co: Vec<usize> = list.into_iter().rev().skip(1).filter(|_| ok).collect();
                                // Past an appositive or a relative clause of the
                                // subject; "X joined Y in condemning Z" (`conjuncts`).
                                if co.is_empty() {
                                    let open = sources::clause_head_at(p.text, s.start, cue_start, &before, &quoted).filter(|&(a, _)| a == y).map(|(_, o)| o);
                                    co = conjuncts::before_clause(p.text, &before, cue_start, y, open, subject_here);
                                    co.extend(conjuncts::joined_in(p.text, &before, cue_start, y));
                                }
                                // "Western governments, including X and Y, condemned Z".
                                if co.is_empty() {
                                    co = conjuncts::included(p.text, &before, cue_start, y);
                                }
                                // "Kenya and Tanzania signed the deal. They have long
                                // opposed …": "they" is both of the pair.
                                if pronoun_start && first_word == Some("they") && from_pair(y) {
                                    co.extend(prev_pair.map(|(x, z)| if x == y { z } else { x }));
                                }
                                co
                            })
                            .unwrap_or_default();
                        if let (true, Some(n), "mediates") = (targets.is_empty(), src, cue.kind) {
                            // "a mediator between both sides".
                            let sides = two_sides(p.text, cue_end, all, n, last_pair, cast);
                            mediation(&[n], &sides, &mut |a, t, kind, out: &mut Vec<Found>| emit_kind(a, t, kind, out), &mut out);
                        }
                        for t in targets {
                            if cue.family == Family::Addressed && cast.actors[t].kind != ActorKind::Organization {
                                continue;
                            }
                            if cue.family == Family::Passive {
                                // "Y was criticised by X": the agent after the cue is the source.
                                // "The mission, led by X": a leader is a person, and what
                                // X leads a body ("talks ..., led by Qatar" name none).
                                let hierarchy = matches!(cue.kind, "leads" | "member_of");
                                let src = src.filter(|&y| !hierarchy || (cast.actors[t].kind == ActorKind::Person && matches!(cast.actors[y].kind, ActorKind::Organization | ActorKind::Group)));
                                if let Some(y) = src {
                                    emit_kind(t, y, cue.kind, &mut out);
                                    // "Armenia and Azerbaijan were urged by X": every
                                    // member of the coordinated subject.
                                    for &x in &co_subjects {
                                        emit_kind(t, x, cue.kind, &mut out);
                                    }
                                }
                            } else {
                                emit(src, t, &mut out);
                                for &x in &co_subjects {
                                    emit(Some(x), t, &mut out);
                                }
                            }
                        }
                    }
                    Family::Reported => {
                        // The speaker: the actor right before the verb ("the ministry in
                        // Port Sudan said"), a pronoun's person, else past an appositive
                        // chain ("X, a lawmaker who sits in Y, argued") the subject.
                        let adjacent = before.iter().rev().take(2).find(|m| !place(m)).filter(|m| {
                            let gap = &p.text[m.range.end..cue_start];
                            !quoted(m) && !gap.contains([',', '"', '\u{201d}', '\u{bb}']) && gap.split_whitespace().count() <= 4
                        });
                        // "RSF adviser Youssef Ezzat went further, telling ...": the person
                        // the subject's title names, not the organisation in the title.
                        let titled = |a: usize| {
                            let i = ms.iter().position(|m| m.actor == a)?;
                            let (m, n) = (&ms[i], ms.get(i + 1)?);
                            let gap = p.text.get(m.range.end..n.range.start)?;
                            (cast.actors[n.actor].kind == ActorKind::Person && n.range.start < cue_start && gap.len() <= 24 && !gap.contains([',', '"', '\u{201c}']) && gap.split_whitespace().all(|w| w.chars().all(char::is_lowercase)))
                                .then_some(n.actor)
                        };
                        let src = references::subject(p.text, &words, toks, k, lo, cast, p.index, refer)
                            .map_or_else(|| pronoun_subject(p.text, &words, toks, k, lo, cast, p.index, speaker, &subject_before), Referent::actor)
                            .or_else(|| adjacent.map(|m| m.actor))
                            // "The party's leader, X, said": X, not the party.
                            .or_else(|| subject_before(cue_start).map(|a| titled(a).or_else(|| possessed_appositive(p.text, &before, a)).unwrap_or(a)));
                        speaker_of_cue = src;
                        // "said the strike was illegal, and that the union was “…”": a
                        // second reported clause after "and that" is read as the first.
                        let second = (k + cue.words.len()..hi.saturating_sub(1)).rev().find(|&j| words[j].1 == "and" && words[j + 1].1 == "that").map(|j| j + 1);
                        let first = reported_subject(p.text, &words, toks, k + cue.words.len(), hi, cue_start, &after, cast);
                        let later = second.and_then(|j| reported_subject(p.text, &words, toks, j, hi, cue_start, &after, cast)).filter(|&(_, e)| first.is_none_or(|(_, f)| e > f));
                        for clause in [first, later] {
                        if let (Some(src), Some((t, clause_end))) = (src, clause) {
                            // "… would meet in December - a date the readout does not
                            // confirm": a dash opens the writer's aside; the clause ends there.
                            let dash = [" - ", " \u{2013} ", " \u{2014} "].iter().filter_map(|d| p.text[clause_end..s.end.max(clause_end)].find(d)).min().map(|d| clause_end + d);
                            let te = dash.map_or(hi, |d| words.partition_point(|(i, _)| toks[*i].start < d).min(hi));
                            let (tw, te) = (words.partition_point(|(i, _)| toks[*i].start < clause_end), te);
                            // "didn’t": the list spells a negation with a straight apostrophe.
                            // A relative or a second "that" clause ("had every channel open
                            // that Beijing has not closed", "… and that its members would not
                            // return") is about something else: the words end there.
                            // A negation whose subject is the one left without ("was not consulted", "received
                            // no reply", "no plans to", "…, not a battlefield") charges no one (`idle_negation`).
                            let critical = (tw.min(te)..te)
                                .take_while(|&j| !cues.is(List::RelativeGap, words[j].1))
                                .any(|j| {
                                    let w = words[j].1;
                                    (cues.is(List::Critical, w) || (w.contains('\u{2019}') && cues.is(List::Critical, &w.replace('\u{2019}', "'")))) && !idle_negation(p.text, &words, toks, j, te)
                                });
                            // "said the Council had “forgotten who sent it”": a quoted
                            // verdict on a body or a state named by its name (a
                            // description, "the coalition", is a guess) is a charge too.
                            let gap = tw.min(te) + words[tw.min(te)..te].iter().take_while(|(_, w)| !cues.is(List::RelativeGap, w)).count();
                            let named = after.iter().find(|m| m.range.end == clause_end).is_some_and(|m| p.text[m.range.clone()].starts_with(char::is_uppercase));
                            let critical = critical || (named && cast.actors[t].kind != ActorKind::Person && scare_quote::quoted_verdict(&p.text[clause_end..s.end.max(clause_end)], words[tw.min(te)..gap].iter().map(|(_, w)| *w)));
                            if critical && !related_in_tree(cast, src, t) {
                                emit(Some(src), t, &mut out);
                            }
                        }
                        }
                    }
                    Family::Between => {
                        // "X offered to broker talks …", "X met both sides in an attempt
                        // to broker a truce": an infinitive's agent is its clause's
                        // subject; "urged Qatar to mediate": the actor right before it.
                        let adjacent = before.last().is_some_and(|m| p.text[m.range.end..cue_start].trim().is_empty());
                        let nearest = if cue.words[0] == "to" && !adjacent { subject_before(cue_start).or(nearest) } else { nearest };
                        let between = p.text[cue_end..window(p.text, cue_end, s.end)].find(" between ").map(|b| cue_end + b + " between ".len());
                        if let Some(b) = between {
                            let after_b: Vec<_> = ms[ms.partition_point(|m| m.range.start < b)..].iter().take(REACH).collect();
                            let named = coordinated(p.text, &after_b, b);
                            if let (true, Some(n), "mediates") = (named.is_empty(), nearest, cue.kind) {
                                // "shuttled between the two delegations".
                                let sides = two_sides(p.text, b, all, n, last_pair, cast);
                                mediation(&[n], &sides, &mut |a, t, kind, out: &mut Vec<Found>| emit_kind(a, t, kind, out), &mut out);
                            }
                            for t in named {
                                emit(nearest, t, &mut out);
                            }
                        } else if let (Some(n), "mediates") = (nearest, cue.kind) {
                            // "The UAE, which mediated the exchange, ...": the parties of the
                            // sentence; "X and Y, chairs of the talks": both mediate;
                            // "shuttle diplomacy by Oman": the agent after "by".
                            let by = after.first().filter(|m| p.text[cue_end..].starts_with(" by ") && m.range.start <= cue_end + " by the ".len()).map(|m| m.actor);
                            // "A ceasefire brokered in Doha is holding": a participle after
                            // its noun of talks (`[-:talks]`) names its agent after "by" or
                            // not at all (the actor before the noun is no mediator).
                            let after_talks = k > lo && cues.is(List::Talks, words[k - 1].1);
                            let agents: Vec<usize> = match (by, pair_before_comma(p.text, &before, cue_start)) {
                                (Some(a), _) => vec![a],
                                (None, _) if after_talks => Vec::new(),
                                (None, Some((x, y))) if y == n => vec![x, y],
                                _ => vec![n],
                            };
                            // "Tanzania offered to mediate.": a cue that ends its sentence
                            // mediates the talks the story spoke of last, like "the talks".
                            let ends = p.text[cue_end..s.end].trim().chars().all(|c| c.is_ascii_punctuation());
                            let parties = parties_or_last_pair(parties(p.text, &agents, ms, &quoted, cast), &agents, ends || talks_here(), last_pair);
                            mediation(&agents, &parties, &mut |a, t, kind, out: &mut Vec<Found>| emit_kind(a, t, kind, out), &mut out);
                        }
                    }
                    Family::Sides => {
                        // "The Philippines offered on Wednesday to host the two
                        // ministers": an infinitive's agent is its clause's subject.
                        let agent = if cue.words[0] == "to" { subject_before(cue_start).or(nearest) } else { nearest };
                        if let Some(n) = agent {
                            let mut sides = two_sides(p.text, cue_end, all, n, last_pair, cast);
                            // "offered to bring the government and the rebels together":
                            // two parties named right after the verb, then "together".
                            if sides.is_empty() {
                                sides = mediation::brought_together(p.text, &after, cue_end, n);
                            }
                            mediation(&[n], &sides, &mut |a, t, kind, out: &mut Vec<Found>| emit_kind(a, t, kind, out), &mut out);
                        }
                    }
                    Family::Pair => {
                        let pair = coordinated(p.text, &after, cue_end);
                        if let Some((&x, rest)) = pair.split_first() {
                            for &y in rest {
                                emit(Some(x), y, &mut out);
                            }
                        }
                    }
                    Family::Agent => {
                        // "After three rounds of talks mediated by Norway, Colombia and
                        // the ELN agreed …": an agent list in a leading phrase ends at
                        // its comma; the main clause names the parties.
                        let lead = if subordinate && cue_end < clause_start { after.partition_point(|m| m.range.start < clause_start) } else { after.len() };
                        let agents = coordinated(p.text, &after[..lead], cue_end);
                        if !agents.is_empty() {
                            let parties = parties_or_last_pair(parties(p.text, &agents, ms, &quoted, cast), &agents, talks_here(), last_pair);
                            mediation(&agents, &parties, &mut |a, t, kind, out: &mut Vec<Found>| emit_kind(a, t, kind, out), &mut out);
                        }
                    }
                    Family::Owner if cue.kind == "mediates" => {
                        // "under Turkey's mediation": the owner mediates between the
                        // sentence's other parties.
                        if let Some(a) = mediation_owner(p.text, &before, cue_start) {
                            let parties = parties(p.text, &[a], ms, &quoted, cast);
                            mediation(&[a], &parties, &mut |a, t, kind, out: &mut Vec<Found>| emit_kind(a, t, kind, out), &mut out);
                        }
                    }
                    Family::Owner => {
                        // "U.S. pressure", "Washington's “maximum pressure”".
                        let owner = before.last().filter(|m| {
                            let gap = &p.text[m.range.end..cue_start];
                            // "Ali called the incursion": an article parts the owner from the cue.
                            gap.len() <= 14
                                && !gap.contains([',', '.', ';', ':'])
                                && gap.split_whitespace().count() <= 2
                                && !gap.split_whitespace().any(|w| cues.is_lower(List::Article, w))
                        });
                        if let Some(owner) = owner {
                            let src = owner.actor;
                            // The pressured state: one named (not as an adjective: "the French
                            // proposal") before, else after, else the home state.
                            let named = |m: &&&super::cast::Mention| {
                                m.actor != src
                                    && cast.actors[m.actor].kind == ActorKind::State
                                    && !matches!(kb_forms.lookup(&p.text[m.range.clone()]), Some(kb::Entry::State(_, kb::StateForm::Demonym)))
                            };
                            let target = before
                                .iter()
                                .rev()
                                .skip(1)
                                .find(named)
                                .or_else(|| after.iter().find(named))
                                .map(|m| m.actor)
                                .or(cast.home);
                            if let Some(t) = target {
                                emit(Some(src), t, &mut out);
                            }
                        } else if let Some(by) = p.text[cue_end..window(p.text, cue_end, s.end)].find(" by ").filter(|&b| b <= 30) {
                            // "sanctions announced by the Treasury Department against RSF commanders".
                            let by = cue_end + by;
                            let src = after.iter().find(|m| m.range.start > by);
                            if let Some(src) = src {
                                let rest = &p.text[src.range.end..window(p.text, src.range.end, s.end)];
                                let on = [" against ", " on "].iter().filter_map(|w| rest.find(w).map(|i| src.range.end + i + w.len())).min();
                                if let Some(t) = on.and_then(|o| after.iter().find(|m| m.range.start >= o && m.range.start <= o + 12)) {
                                    emit(Some(src.actor), t.actor, &mut out);
                                }
                            }
                        }
                    }
                    Family::Retort => {
                        // "The administration's president, X, hit back in a radio
                        // interview": at the last speaker, else the last subject.
                        // "X called the claim “a fabrication”": a retort that opens with a
                        // naming verb (`[criticizes:naming]`) needs a word of
                        // `[-:pejorative]` within eight words ("called the claim
                        // credible" is no retort).
                        let naming = cues.starting_with(cue.words[0]).iter().any(|c| c.family == Family::Naming && c.words.len() == 1);
                        let hi8 = hi.min(k + cue.words.len() + 8);
                        let insult = !naming || words[(k + cue.words.len()).min(hi8)..hi8].iter().any(|(_, x)| cues.is(List::Pejorative, x));
                        if let (Some(src), true) = (nearest, insult) {
                            let named = after.first().is_some_and(|m| p.text[cue_end..m.range.start].trim() == "at");
                            let t = said::last_speaker(said, p.index, cue_start, src).or(prev_subject.filter(|&a| a != src));
                            if let (false, Some(t)) = (named, t) {
                                emit(Some(src), t, &mut out);
                            }
                        }
                    }
                    Family::Allies => {
                        // "Iran and its allies": the unparented organisations of the paragraph.
                        if let Some(src) = before.last().filter(|m| m.range.end + 2 >= cue_start).map(|m| m.actor) {
                            let roots = para_roots.get_or_insert_with(|| {
                                let mut v: Vec<usize> = cast
                                    .mentions_in(p.index, 0..p.text.len())
                                    .iter()
                                    .map(|m| m.actor)
                                    .filter(|&a| matches!(cast.actors[a].kind, ActorKind::Organization | ActorKind::Group) && cast.actors[a].parent.is_none())
                                    .collect();
                                crate::sort::sort_by(&mut v, Ord::cmp);
                                v.dedup();
                                v
                            });
                            for &t in roots.iter() {
                                emit(Some(src), t, &mut out);
                            }
                        }
                    }
                }
                // Out of the families of two parties, a cue's agent is what a verb
                // coordinated after it shares ("… accused X and called for Y"); a
                // gerund after "of"/"for" is the charge's, not the clause's verb
                // ("Morocco accused Algeria of arming the Front and called on Spain":
                // Morocco calls on Spain).
                let charge = k > lo && matches!(words[k - 1].1, "of" | "for");
                if !charge && !matches!(cue.family, Family::Mutual | Family::Reciprocal | Family::Pair | Family::Possessed | Family::Allies) {
                    prev_agent = out.get(emitted..).and_then(|new| new.last()).map(|f| f.source).or(speaker_of_cue).or(nearest).or(prev_agent);
                }
                k += cue.words.len();
            }
            if let Some(a) = subject_here.or_else(|| ms.first().map(|m| m.actor).filter(|_| !pronoun_start)) {
                prev_subject = Some(a);
                prev_pair = sources::subject_pair(p.text, ms, a, clause_start, cast);
            }
            if let Some(pair) = last_pair_in(p.text, ms, &quoted, cast) {
                last_pair = Some(pair);
            }
        }
    }
    out
}

/// In `s` (UTF-8 bytes): the number of straight double quotes, and of opening minus
/// closing curly ones. A byte scan, eight bytes at a time where none is `"` or 0xE2
/// (the lead byte of both curly marks): a char walk over every sentence was a
/// visible share of `find`.
fn double_quote_marks(s: &[u8]) -> (usize, isize) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Some byte of `x` is zero (exact as a yes/no answer).
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let (mut straight, mut open) = (0, 0);
    let mut i = 0;
    while i < s.len() {
        if let Some(c) = s.get(i..i + 8) {
            let w = u64::from_le_bytes(c.try_into().unwrap());
            if !zero(w ^ (ONES * b'"' as u64)) && !zero(w ^ (ONES * 0xe2)) {
                i += 8;
                continue;
            }
        }
        match (s[i], s.get(i + 1..i + 3)) {
            (b'"', _) => straight += 1,
            (0xe2, Some([0x80, 0x9c])) => open += 1,
            (0xe2, Some([0x80, 0x9d])) => open -= 1,
            _ => {}
        }
        i += 1;
    }
    (straight, open)
}

#[cfg(test)]
#[test]
fn double_quote_marks_count_like_a_char_walk() {
    for t in ["", "\"", "a \u{201c}b\u{201d} \"c\" \u{201c}", "\u{201c}\u{201c}\u{201c}\u{201c}\u{201d} plain text, long enough \"", "é\u{2019}\u{2014}\u{201c}x\u{201d}\u{201d}", "0123456\"89abcdef\u{201d}"] {
        let walk = t.chars().fold((0usize, 0isize), |(s, o), c| match c {
            '"' => (s + 1, o),
            '\u{201c}' => (s, o + 1),
            '\u{201d}' => (s, o - 1),
            _ => (s, o),
        });
        assert_eq!(double_quote_marks(t.as_bytes()), walk, "{t:?}");
    }
}

/// The last "X and Y" of two states (or two organisations, ...) among `ms`: not
/// the end of a longer list ("Chile, Peru and Bolivia"), not inside a quotation; a
/// parenthesised acronym may stand between ("the Sudanese Armed Forces (SAF) and
/// the Rapid Support Forces").
fn last_pair_in(text: &str, ms: &[Mention], quoted: &dyn Fn(&Mention) -> bool, cast: &Cast) -> Option<(usize, usize)> {
    let cues = cues();
    let mut found = None;
    for (i, w) in ms.windows(2).enumerate() {
        let (x, y) = (w[0].actor, w[1].actor);
        // "Uzbekistan and Afghanistan's Taliban administration": the possessor
        // modifies the second party, which is the name after it.
        let owned = ms.get(i + 2).filter(|z| text.get(w[1].range.end..z.range.start).is_some_and(|g| matches!(g, "'s " | "\u{2019}s ")));
        if let Some(z) = owned {
            let joined = text.get(w[0].range.end..w[1].range.start).is_some_and(|g| cues.is_lower(List::PairJoiner, g.trim()));
            let listed = text[..w[0].range.start].trim_end().ends_with(',');
            if joined && !listed && x != z.actor && party(cast, x) && party(cast, z.actor) && !quoted(&w[0]) {
                found = Some((x, z.actor));
            }
            continue;
        }
        let listed = text[..w[0].range.start].trim_end().ends_with(',');
        let joined = text.get(w[0].range.end..w[1].range.start).is_some_and(|g| {
            let g = g.trim();
            let g = g.strip_prefix('(').and_then(|r| r.split_once(')')).map_or(g, |(_, r)| r).trim_start_matches(')').trim();
            cues.is_lower(List::PairJoiner, g)
        });
        // "Israel and Hamas", "Colombia and the ELN": a state and the armed group
        // or movement it fights or talks to are a pair too.
        let (kx, ky) = (cast.actors[x].kind, cast.actors[y].kind);
        let kinds = kx == ky || (party(cast, y) && (kx == ActorKind::State) != (ky == ActorKind::State));
        if x != y && !listed && party(cast, x) && kinds && joined && !quoted(&w[0]) {
            found = Some((x, y));
        }
    }
    found
}

/// "Qatar denied any mediation between X and Y", "no sign of Iran's backing for the
/// Houthis": a negator (`[-:negator]`) right before "any" and the cue, or "no"/"not"/
/// "without" then a noun and "of" right before the cue's possessive owner. The
/// owner's possessive must touch the cue ("X's backing"), so "no sign of X's
/// troops, and Y's backing for Z" is no denial of Y's.
fn negated_nominal(text: &str, words: &[(usize, &str)], toks: &[Tok], k: usize, lo: usize, before: &[&Mention], cue_start: usize) -> bool {
    let cues = cues();
    let at = |j: usize| (j >= lo).then(|| words.get(j).map(|(_, w)| *w)).flatten();
    if k >= 2 && at(k - 1) == Some("any") && at(k - 2).is_some_and(|w| cues.is(List::Negator, w)) {
        return true;
    }
    let Some(owner) = before.last() else { return false };
    if !matches!(text.get(owner.range.end..cue_start), Some("'s " | "\u{2019}s " | "' " | "\u{2019} ")) {
        return false;
    }
    let j = words.partition_point(|(i, _)| toks[*i].start < owner.range.start);
    j >= 3 && at(j - 1) == Some("of") && at(j - 3).is_some_and(|w| matches!(w, "no" | "not" | "without"))
}
