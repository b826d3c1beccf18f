//! Sieve 3 and pronoun resolution: a frame whose subject is a pronoun ("he",
//! "they", "his speech") or a description ("the president", "a senior diplomat")
//! is resolved to the nearest compatible actor: the subject of the closest earlier
//! sentence first, never a person of the other gender, never across a heading.

use crate::case::StrCase;
use super::*;

/// Sieve 3: pronouns and descriptions.
pub(super) fn sieve(f: &Finder, cast: &mut Cast, spans: &[QuoteSpan], kinds: &[QuoteKind], subjects: &[Option<Subj>], out: &mut [Option<Attribution>]) {
    let ctx = f.ctx;
    let n = spans.len();
    let speech = |i: usize| super::is_speech(kinds, i);
    for i in 0..n {
        if !speech(i) || out[i].is_some() {
            continue;
        }
        let p = spans[i].para;
        trace::clear();
        match subjects[i].clone() {
            Some(Subj::Pronoun { at, class }) => {
                if let Some(a) = possessed_office(f, cast, &out[..i], spans, p, at) {
                    out[i] = Some(Attribution { actor: a, sieve: "pronoun" });
                    trace::decided(i, "his office");
                    continue;
                }
                if let Some(a) = super::possessed_body::possessed_body(f, cast, &out[..i], spans, p, at) {
                    out[i] = Some(Attribution { actor: a, sieve: "pronoun" });
                    trace::decided(i, "his government: the possessor's body");
                    continue;
                }
                trace::clear();
                if let Some(a) = possessed_group(f, cast, &out[..i], spans, p, at) {
                    out[i] = Some(Attribution { actor: a, sieve: "collective" });
                    trace::decided(i, "his allies");
                    continue;
                }
                trace::clear();
                if let Some(a) = resolve_pronoun(&f, cast, &out[..i], spans, p, at, class) {
                    out[i] = Some(Attribution { actor: a, sieve: "pronoun" });
                    trace::prefix(possessed_noun(f, p, at));
                    trace::decided(i, match class {
                        PronounClass::Person => "he/she",
                        PronounClass::Plural => "they",
                        PronounClass::Thing => "it",
                    });
                }
            }
            Some(Subj::Described { range, head, .. }) if f.lx.is("document", &head) && ctx.paras[p].text[range.clone()].lowercase().starts_with("the ") => {
                // `… said in a statement that …. "Q," the statement said`: whoever
                // issued the document just mentioned.
                if let Some(a) = document_issuer(&f, cast, &out[..i], spans, p, range.start, &head) {
                    out[i] = Some(Attribution { actor: a, sieve: "description" });
                    trace::decided(i, "the statement: issuer");
                }
            }
            Some(Subj::Described { range, plural, head }) => {
                // "A memo signed by X leaked …. "Q," the memo says": a written
                // message whose mention named its writer is the writer's words, never
                // a new actor "Memo" (`signed.rs`).
                if f.lx.is("message_noun", &head) && ctx.paras[p].text[range.clone()].lowercase().starts_with("the ") {
                    if let Some(a) = super::signed::writer(f, cast, p, range.start, &head) {
                        out[i] = Some(Attribution { actor: a, sieve: "description" });
                        trace::decided(i, "the memo: its writer");
                        continue;
                    }
                }
                // An existing actor ("the newspaper", "the ministry"); a new one only
                // for a single person or body — crowds and outlets wait for sieve 5.
                let collective = plural || f.lx.is("group", &head) || f.lx.is("media", &head);
                if let Some(a) = described_actor(&f, cast, p, range, &head, collective, !collective) {
                    out[i] = Some(Attribution { actor: a, sieve: "description" });
                    trace::decided(i, if collective { "group or outlet" } else if trace::on() && f.lx.is("person", &head) { "person noun" } else { "body noun" });
                }
            }
            _ => {}
        }
    }
}

/// The nearest compatible antecedent: the part of the current sentence before the
/// pronoun, then earlier sentences (the sentence's subject first, then its first
/// non-possessive compatible mention), up to `PRONOUN_SENTENCES` back and never
/// across a heading. Falls back on the last compatible speaker.
pub(super) fn resolve_pronoun(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, at: usize, class: PronounClass) -> Option<usize> {
    let mut para = p;
    let tk = &f.tks[p];
    let at_tok = tk.at(at);
    // "she" never takes up a man the text marks as one (and "he" a woman).
    let g = if at_tok < tk.toks.len() { gender::of_pronoun(tk.lower(at_tok)) } else { None };
    let mut sent_idx = tk.sentence_index(at_tok.min(tk.toks.len().saturating_sub(1)));
    let mut first = true;
    // Sentences whose subject is the same pronoun (a chain about one person: "She
    // began welding in 2011. She was the only woman on her crew.") do not count
    // against the look-back; the walk stays bounded at twice it.
    let mut budget = PRONOUN_SENTENCES;
    // Whether the sentences of the pronoun's paragraph before it, back to its first,
    // all have the same pronoun for subject (see the paragraph crossing below).
    let mut chain_opens_para = false;
    for _ in 0..2 * PRONOUN_SENTENCES {
        if budget == 0 {
            break;
        }
        budget -= 1;
        let tk = &f.tks[para];
        if let Some(range) = tk.sentences.get(sent_idx).cloned() {
            let mut lo = tk.at(range.start);
            let mut hi = if first { at_tok } else { tk.at(range.end) };
            // "Everyone knows he means Arce, whom he now calls …": an earlier use of the
            // same pronoun in the sentence has the same antecedent; the names after it
            // are no candidates.
            if first && at_tok < tk.toks.len() {
                let me = tk.lower(at_tok);
                if let Some(k) = (lo..hi).find(|&k| tk.is_word(k) && tk.lower(k) == me) {
                    hi = k;
                }
            }
            // "Asked whether Lund would resign, he said": the pronoun is the implicit
            // subject of the opening participle, so the names inside that clause are
            // its objects, never its antecedent.
            if first && lo < hi && hi > 0 && tk.punct(hi - 1) == Some(',') && opens_with_participle(tk, lo) {
                lo = hi;
            }
            // "The new airport alone would need "Q" over three years, he said": a
            // trailing frame (`trailing.rs`); the clause before it is the reported
            // speech, its names what the speaker talks of, never the antecedent.
            if first && lo < hi && hi > 1 && tk.punct(hi - 1) == Some(',') && trailing_clause(tk, lo, hi - 1) {
                lo = hi;
            }
            // "Munguía … has been categorical. She has accused Valladares … "Q," she
            // said": an earlier sentence whose subject is the same pronoun speaks of
            // the same person, so its other mentions are no antecedent; look further
            // back. ("X asked him …. He declined": X is skipped when the text marks X
            // as a woman, see `gender`.)
            // The subject is read once, for the skip and for the antecedent.
            let (skip, subject) = if first || lo >= hi { (false, None) } else { same_pronoun_subject(f, cast, para, lo..hi, class, g) };
            if skip && para == p && sent_idx == 0 {
                chain_opens_para = true;
            }
            if skip {
                budget += 1;
                // "When I reached Jonas Berg by phone, he was still at the depot": a
                // clause fronted before that sentence's pronoun names whom the pronoun
                // (and so ours) stands for.
                let tk = &f.tks[para];
                let subject_at = (lo..hi).find(|&k| tk.is_word(k) && tk.is_lower(k) && !tk.quoted[k] && f.lx.is("subject_pronoun", tk.lower(k)) && pronoun_class(tk.lower(k)) == Some(class));
                // Only a subordinate clause ("When …", "After …"): a fronted appositive
                // ("A former union leader from El Alto, she …") describes the subject.
                let subordinate = tk.is_word(lo) && !tk.quoted[lo] && f.lx.is("subordinator", tk.lower(lo));
                if let Some(k) = subject_at.filter(|&k| k > lo && tk.punct(k - 1) == Some(',') && subordinate) {
                    if let Some(a) = antecedent_in(f, cast, para, lo..k, class, g, None) {
                        trace::prefix("fronted clause of a same-pronoun sentence");
                        return Some(a);
                    }
                }
            } else {
                // "…," the editorial said. It ended by urging …": "it" for a document
                // just named is whoever issued it.
                if let Some(Subj::Described { range, head, .. }) = subject.as_ref().filter(|_| class == PronounClass::Thing) {
                    if f.lx.is("document", head) && f.ctx.paras[para].text[range.clone()].lowercase().starts_with("the ") {
                        if let Some(a) = document_issuer(f, cast, out, spans, para, range.start, head) {
                            trace::note("document's issuer");
                            return Some(a);
                        }
                    }
                }
                if let Some(a) = antecedent_in(f, cast, para, lo..hi, class, g, subject) {
                    trace::prefix(if first {
                        "own sentence"
                    } else if para == p {
                        if sent_idx + 1 == f.tks[p].sentence_index(at_tok.min(f.tks[p].toks.len().saturating_sub(1))) { "previous sentence" } else { "earlier sentence, same paragraph" }
                    } else if p - para == 1 {
                        "previous paragraph"
                    } else {
                        "two paragraphs back"
                    });
                    return Some(a);
                }
            }
        }
        first = false;
        if sent_idx > 0 {
            sent_idx -= 1;
        } else {
            if para == 0 || f.ctx.paras[para - 1].is_heading() || p - para >= 2 {
                break;
            }
            // "Naomi Kuptana … said Lyberth "spoke for hunters." [¶] She was sceptical of
            // the attention. "Q," she told a radio station": a paragraph that opens with
            // the pronoun as the subject of a sentence of its own (not the quote's: "He
            // added, "Q"" continues the last speaker) is about the person the passage
            // is about, when the paragraph before names them too.
            if para == p && chain_opens_para && g.is_some() && class == PronounClass::Person {
                let fits = |a: usize| f.fits(cast, class, g, a);
                if let Some(a) = descriptions::protagonist(cast, p, at, 1, &fits) {
                    if cast.mentions_in(p - 1, 0..f.ctx.paras[p - 1].text.len()).iter().any(|m| m.actor == a) {
                        trace::note("pronoun chain opens paragraph: protagonist");
                        return Some(a);
                    }
                }
            }
            para -= 1;
            sent_idx = f.tks[para].sentences.len().saturating_sub(1);
        }
    }
    // The last speaker of a compatible kind in this or the previous paragraph.
    // `out` holds the decisions for the quotes before this one: look at the last few.
    let last = spans[..out.len()]
        .iter()
        .zip(out)
        .rev()
        .take(50)
        .take_while(|(s, _)| s.para + 2 >= p)
        .filter_map(|(_, a)| a.map(|a| a.actor))
        .find(|&a| f.fits(cast, class, g, a));
    // In a profile, "she" with no one nearby to stand for is the person the passage
    // is about (see `descriptions::protagonist`), of the pronoun's gender, however
    // far back (the pronoun has already walked back eight sentences: nobody else is
    // left to stand for; a wrong guess costs no more than none).
    if last.is_some() {
        trace::note("fallback: last compatible speaker");
        return last;
    }
    let a = if class == PronounClass::Person && g.is_some() { descriptions::protagonist(cast, p, at, p, &|a| f.fits(cast, class, g, a)) } else { None };
    if a.is_some() {
        trace::note("fallback: protagonist");
    }
    a
}

/// For the trace: what a possessive pronoun subject owns ("his speech": a
/// document or quote noun; "his government": a body's), "" for a plain pronoun.
fn possessed_noun(f: &Finder, p: usize, at: usize) -> &'static str {
    if !trace::on() {
        return "";
    }
    let tk = &f.tks[p];
    let k = tk.at(at);
    if !(tk.is_word(k) && f.lx.is("possessive_pronoun", tk.lower(k)) && tk.is_word(k + 1)) {
        return "";
    }
    let w = tk.lower(k + 1);
    if f.lx.is("document", w) || f.lx.is("quote_noun", w) || f.lx.speech_verb(w).is_some() {
        "possessor of a document or remark"
    } else if f.lx.is("organization", w) || f.lx.is("group", w) {
        "possessor of a body"
    } else if is_speaker_noun(w) {
        "possessor of a person"
    } else {
        "possessor of something else"
    }
}

/// Whether tokens `lo..comma` end in a quote, then unquoted words only (`… "Q" over
/// three years`): the clause a trailing frame reports.
fn trailing_clause(tk: &Tokens, lo: usize, comma: usize) -> bool {
    let Some(q) = (lo..comma).rev().find(|&k| tk.quoted[k]) else { return false };
    q + 1 < comma && (q + 1..comma).all(|k| tk.is_word(k))
}

/// Whether the sentence from token `lo` opens with a participle clause ("Asked
/// whether …,", "Speaking to reporters,", "Pressed on the issue,").
pub(super) fn opens_with_participle(tk: &Tokens, lo: usize) -> bool {
    if !tk.is_word(lo) || !tk.is_cap(lo) {
        return false;
    }
    let w = tk.lower(lo);
    w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) && !lexicon::get().is_stop_capital(tk.word(lo)) || lexicon::get().speech_verb(w).is_some_and(|_| w.ends_with("ed"))
}

/// Whether the sentence in tokens `toks` has a pronoun of `class` for subject: at
/// its start ("She has accused …") or right after an opening quote (`"Q," she
/// said`); and its subject otherwise.
pub(super) fn same_pronoun_subject(f: &Finder, cast: &Cast, p: usize, toks: Range<usize>, class: PronounClass, g: Option<Gender>) -> (bool, Option<Subj>) {
    let tk = &f.tks[p];
    // A subject pronoun of the other gender ("She asked Conti …" when resolving
    // "he") is someone else: the sentence is not skipped, its subject is no answer.
    let other = |w: &str| matches!((g, gender::of_pronoun(w)), (Some(x), Some(y)) if x != y);
    let mut k = toks.start;
    if k < toks.end && tk.quoted[k] {
        while k < toks.end && (tk.quoted[k] || !tk.is_word(k)) {
            k += 1;
        }
        let same = k < toks.end && tk.is_lower(k) && pronoun_class(tk.lower(k)) == Some(class) && f.lx.is("subject_pronoun", tk.lower(k));
        if same {
            return if other(tk.lower(k)) { (false, None) } else { (true, None) };
        }
        // `"Q," the editorial said. It …`: the frame's subject after the quote is the
        // sentence's subject.
        if let Some(v) = (k..toks.end.min(k + 5)).find(|&v| tk.is_word(v) && tk.is_lower(v) && tk.is_speech_verb(v, k) && !tk.is_participle(v)) {
            if v > k && tk.is_word(k) && f.lx.is("determiner", tk.lower(k)) {
                return (false, f.noun_phrase(cast, p, k, v));
            }
        }
    }
    match f.sentence_subject(cast, p, toks) {
        Some(Subj::Pronoun { class: c, at }) if c == class => {
            let w = f.ctx.paras[p].text[at..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("").lowercase();
            if other(&w) {
                (false, None)
            } else {
                (true, None)
            }
        }
        s => (false, s),
    }
}

/// `subject`: the sentence's subject, when it may be the antecedent.
pub(super) fn antecedent_in(f: &Finder, cast: &mut Cast, p: usize, toks: Range<usize>, class: PronounClass, g: Option<Gender>, subject: Option<Subj>) -> Option<usize> {
    let tk = &f.tks[p];
    if toks.start >= toks.end {
        return None;
    }
    let had_subject = subject.is_some();
    {
        match subject {
            Some(Subj::Actor(a)) if f.fits(cast, class, g, a) => {
                trace::note("subject");
                return Some(a);
            }
            // "The representative of Brazil said …. "Q," he said": an unnamed voice of
            // a state or body (the subject read as that actor) is what "he" or "she"
            // then stands for.
            Some(Subj::Actor(a)) if class == PronounClass::Person && matches!(cast.actors[a].kind, ActorKind::State | ActorKind::Organization) && unnamed_voice(f, cast, p, toks.clone(), a) => {
                trace::note("subject: unnamed voice of a body");
                return Some(a);
            }
            Some(Subj::Name(r)) if class == PronounClass::Person || class == PronounClass::Thing => {
                let fits_new = |k: ActorKind, ng: Option<Gender>| compatible(class, k) && !matches!((g, ng), (Some(x), Some(y)) if x != y);
                let a = name_actor_if(f, cast, p, r, fits_new);
                if let Some(a) = a.filter(|&a| f.fits(cast, class, g, a)) {
                    trace::note("subject: a name no mention covers");
                    return Some(a);
                }
            }
            Some(Subj::Described { range, plural: true, head }) if class == PronounClass::Plural => {
                let a = described_actor(f, cast, p, range, &head, true, true);
                trace::note("subject: plural description");
                return a;
            }
            // "The Chinese embassy in Dakar said …. "Q," it said": a definite body
            // description (an institution noun) is the body "it" stands for, made
            // an actor under the state it names, never that state.
            // ("The farmers' union has threatened …. "Q," they said": a body takes
            // "they" too, in British usage.)
            Some(Subj::Described { range, plural: false, head }) if matches!(class, PronounClass::Thing | PronounClass::Plural) && f.lx.is("organization", &head) && !is_plural(&head) && f.ctx.paras[p].text[range.clone()].trim_start().lowercase().starts_with("the ") => {
                if let Some(a) = described_actor(f, cast, p, range, &head, false, true).filter(|&a| f.fits(cast, class, g, a)) {
                    trace::note("subject: the body");
                    return Some(a);
                }
            }
            // "Behind her, a young man in a delivery jacket laughs. "Q," he says": an
            // indefinite person description as the subject before is someone new,
            // whom the pronoun takes up (made an actor named by the description), if
            // the noun's gender does not contradict the pronoun's.
            Some(Subj::Described { range, plural: false, head })
                if class == PronounClass::Person
                    && f.lx.is("person", &head)
                    && f.ctx.paras[p].text[range.clone()].split_whitespace().next().is_some_and(|w| f.lx.is("indefinite_article", &w.lowercase()))
                    && !matches!((g, crate::extract::gender::of_noun(&head)), (Some(x), Some(y)) if x != y)
                    && !apposition(tk, range.start)
                    // ("a fisherman named Kwame Asante mends his net": the name is.)
                    && !names_a_person_after(tk, cast, p, range.start) =>
            {
                if let Some(a) = described_actor(f, cast, p, range, &head, false, true).filter(|&a| f.fits(cast, class, g, a)) {
                    trace::note("subject: a person introduced");
                    return Some(a);
                }
            }
            // "The governor went quiet for weeks. Then he told …": a definite person
            // description the cast answers for (never a new actor made for a pronoun).
            Some(Subj::Described { range, plural: false, head }) if class == PronounClass::Person && f.lx.is("person", &head) && f.ctx.paras[p].text[range.clone()].trim_start().lowercase().starts_with("the ") => {
                if let Some(a) = described_actor(f, cast, p, range, &head, false, false).filter(|&a| f.fits(cast, class, g, a)) {
                    trace::note("subject: the person described");
                    return Some(a);
                }
            }
            _ => {}
        }
    }
    let range = tk.toks[toks.start].start..tk.toks[toks.end - 1].end;
    let quoted = |m: &Mention| {
        let k = tk.at(m.range.start);
        k < tk.quoted.len() && tk.quoted[k]
    };
    // "in the Lower Kivu region": a name right before a place noun (`[place_noun]`)
    // is a place, whatever the cast took it for; it never speaks.
    let place = |m: &Mention| {
        let k = tk.at(m.range.end);
        k < tk.toks.len() && tk.is_word(k) && tk.is_lower(k) && tk.toks[k].start == m.range.end + 1 && f.lx.is("place_noun", tk.lower(k))
    };
    let ms: Vec<&Mention> = cast.mentions_in(p, range).iter().filter(|m| !quoted(m) && !place(m) && f.fits(cast, class, g, m.actor)).collect();
    let poss = |m: &Mention| {
        let k = tk.at(m.range.end).saturating_sub(1);
        tk.toks.get(k).is_some_and(|t| t.poss)
    };
    // A possessor inside a relative clause ("The group, which pushed X's party out,
    // …") is background, not an antecedent.
    let in_relative = |m: &Mention| (toks.start..tk.at(m.range.start)).any(|k| tk.is_word(k) && tk.is_lower(k) && f.lx.is("relative", tk.lower(k)));
    if let Some(m) = ms.iter().find(|m| !poss(m)) {
        trace::note(match (had_subject, ms[0].actor == m.actor) {
            (false, true) => "first mention (no subject read)",
            (false, false) => "first mention not a possessor (no subject read)",
            (true, true) => "first mention (subject unfit)",
            (true, false) => "first mention not a possessor (subject unfit)",
        });
        return Some(m.actor);
    }
    let a = ms.first().filter(|m| !in_relative(m)).map(|m| m.actor);
    if a.is_some() {
        trace::note("a possessor");
    }
    a
}

/// Whether the subject of the sentence in tokens `toks`, read as actor `a`, is an
/// unnamed voice of it: a voice noun (`[voice]`, not a document or an outlet:
/// "representative", "spokesman") right before "of"/"for" and `a` ("the
/// representative of the United States"), or right after `a`'s possessive ("Kenya's
/// representative"), before the sentence's first verb. Bounded by `SUBJECT_WINDOW`.
fn unnamed_voice(f: &Finder, cast: &Cast, p: usize, toks: Range<usize>, a: usize) -> bool {
    let tk = &f.tks[p];
    let hi = toks.end.min(toks.start + SUBJECT_WINDOW);
    let voice = |k: usize| tk.is_word(k) && tk.is_lower(k) && !tk.quoted[k] && f.lx.is("voice", tk.lower(k)) && !f.lx.is("document", tk.lower(k)) && !f.lx.is("media", tk.lower(k)) && !is_plural(tk.lower(k));
    let of_a = |k: usize| cast.mentions_in(p, tk.toks[k].start..tk.toks[k].end).iter().any(|m| m.actor == a && m.range.start == tk.toks[k].start);
    for k in toks.start..hi {
        if tk.quoted[k] || tk.is_word(k) && tk.is_lower(k) && (f.lx.speech_verb(tk.lower(k)).is_some() || f.lx.is("auxiliary", tk.lower(k))) {
            return false;
        }
        if !voice(k) {
            continue;
        }
        let after = k + 1 < hi && tk.is_word(k + 1) && matches!(tk.lower(k + 1), "of" | "for") && (k + 2 < hi && of_a(k + 2) || k + 3 < hi && tk.lower(k + 2) == "the" && of_a(k + 3));
        let before = k > toks.start && tk.toks[k - 1].poss && cast.mentions_in(p, tk.toks[k - 1].start..tk.toks[k - 1].end).iter().any(|m| m.actor == a);
        return after || before;
    }
    false
}

/// Whether a person is named in the rest of the sentence from byte `at` on.
fn names_a_person_after(tk: &Tokens, cast: &Cast, p: usize, at: usize) -> bool {
    let sent = tk.sentence_toks(tk.at(at).min(tk.toks.len().saturating_sub(1)));
    let end = tk.toks.get(sent.end.saturating_sub(1)).map_or(at, |t| t.end.max(at));
    cast.mentions_in(p, at..end).iter().any(|m| cast.actors[m.actor].kind == ActorKind::Person)
}

/// Whether the phrase at byte `at` follows a capitalised word and a comma: an
/// apposition to a name ("For Marcela Zúniga, a political scientist, …"), which
/// describes that person rather than introducing someone new.
fn apposition(tk: &Tokens, at: usize) -> bool {
    let k = tk.at(at);
    k >= 2 && tk.punct(k - 1) == Some(',') && tk.is_word(k - 2) && tk.is_cap(k - 2)
}

/// "His allies on the town council said", "Her supporters outside the court said": a
/// possessive pronoun before a plural people noun is a group of its own, not the
/// possessor: named by the possessor's family name and the phrase ("Santos allies on
/// the town council"), under the possessor's parent.
fn possessed_group(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, at: usize) -> Option<usize> {
    let tk = &f.tks[p];
    let k = tk.at(at);
    if !(tk.is_word(k) && f.lx.is("possessive_pronoun", tk.lower(k)) && tk.is_word(k + 1) && tk.is_lower(k + 1)) {
        return None;
    }
    let w = tk.lower(k + 1);
    if !(is_plural(w) && (f.lx.is("group", w) || w.strip_suffix('s').is_some_and(|s| f.lx.is("person", s)))) {
        return None;
    }
    let class = pronoun_class(tk.lower(k)).unwrap_or(PronounClass::Person);
    let owner = resolve_pronoun(f, cast, out, spans, p, at, class)?;
    let before = cast.actors.len();
    let range = tk.toks[k + 1].start..tk.toks[k + 1].end;
    let a = described_actor(f, cast, p, range, w, true, true)?;
    if a == before {
        // Made just now: named after its possessor, the article's wording an alias.
        let family = cast.actors[owner].name.split_whitespace().last().unwrap_or_default().to_string();
        let d = &mut cast.actors[a];
        let phrase = std::mem::take(&mut d.name);
        d.aliases.push(phrase.clone());
        d.name = format!("{family} {}", phrase.lowercase());
        if cast.actors[owner].kind == ActorKind::Person {
            cast.actors[a].parent = cast.actors[owner].parent.or(cast.actors[a].parent);
        }
    }
    Some(a)
}

/// "his office said", "her office has begun to speak of": a possessive pronoun before
/// a word of `[possessive_institutions]` (`data/cast_words.txt`) is the institution
/// of the person it stands for, as "X's office" is in the cast: that person's
/// "<name>'s office" (the cast's, else made under them, the article's wording an
/// alias), never the person.
pub(super) fn possessed_office(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, at: usize) -> Option<usize> {
    let tk = &f.tks[p];
    let k = tk.at(at);
    if !(tk.is_word(k) && f.lx.is("possessive_pronoun", tk.lower(k)) && tk.is_word(k + 1) && tk.is_lower(k + 1)) {
        return None;
    }
    let noun = tk.lower(k + 1);
    if !crate::extract::cast::kb::get().is("possessive_institutions", noun) || tk.is_word(k + 2) && is_speaker_noun(tk.lower(k + 2)) {
        return None;
    }
    let class = pronoun_class(tk.lower(k))?;
    if class != PronounClass::Person {
        return None;
    }
    let owner = resolve_pronoun(f, cast, out, spans, p, at, class)?;
    let suffix = format!("'s {noun}");
    let range = tk.toks[k].start..tk.toks[k + 1].end;
    let own = (0..cast.actors.len()).find(|&a| cast.actors[a].parent == Some(owner) && cast.actors[a].kind == ActorKind::Organization && cast.actors[a].name.lowercase().ends_with(&suffix));
    let a = own.unwrap_or_else(|| {
        let d = &cast.actors[owner];
        let draft = ActorDraft { name: format!("{}{suffix}", d.name), kind: ActorKind::Organization, parent: Some(owner), ..Default::default() };
        cast.add_actor(draft)
    });
    // (Kept out of the name index: "his office" is no name, another pronoun's owner
    // has another office.)
    let surface = tk.text[range.clone()].to_string();
    if !cast.actors[a].aliases.contains(&surface) {
        cast.actors[a].aliases.push(surface);
    }
    cast.add_mention(Mention { actor: a, para: p, range });
    Some(a)
}
