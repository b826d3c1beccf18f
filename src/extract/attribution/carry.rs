//! Sieve 4: carry-over. A quote with no frame of its own continues a speaker the
//! text supports: the colon frame's subject (`colon.rs`), a recap after it ("Those
//! were the words of X"), the attributed quote just before in its paragraph, the
//! speaker a previous paragraph ends on, or the person the text is about.

use crate::case::StrCase;
use super::*;

/// Whether a person other than `speaker` is named in `range` of paragraph `para`:
/// then a quote after it may be theirs. The listener of the frame before ("she told
/// Nadia Obi. "Q2"", "he said to Pavel Orlov") is named but does not speak; nor
/// does a name after a preposition ("by telephone from Central Equatoria").
fn someone_else(f: &Finder, cast: &Cast, para: usize, range: Range<usize>, speaker: usize) -> bool {
    let text = f.ctx.paras[para].text;
    cast.mentions_in(para, range).iter().any(|m| {
        let before = text[..m.range.start].trim_end();
        let (word, rest) = last_word(before);
        // "a source close to Mr Lowe said": a courtesy title before the name is
        // stepped over to the word that places it.
        // So is a determiner: "general manager of the Kochi Container Terminal".
        let word = if gender::of_title(&word).is_some() || f.lx.is("determiner", &word) { last_word(rest).0 } else { word };
        m.actor != speaker && cast.actors[m.actor].kind == ActorKind::Person && !f.lx.is("listener_cue", &word) && !f.lx.is("preposition", &word)
    })
}

/// Whether paragraph `p` is a photo caption: a sentence of it opens with a credit
/// label (`[credit_label]`: "Photograph", "Photo") and a colon.
fn is_caption(f: &Finder, p: usize) -> bool {
    let tk = &f.tks[p];
    tk.sentences.iter().any(|s| {
        let k = tk.at(s.start);
        tk.is_word(k) && tk.is_cap(k) && f.lx.is("credit_label", tk.lower(k)) && tk.punct(k + 1) == Some(':')
    })
}

/// The last word of `text` (lowercase) and the text before it.
fn last_word(text: &str) -> (String, &str) {
    match text.char_indices().rev().find(|(_, c)| !c.is_alphanumeric()) {
        Some((k, c)) => (text[k + c.len_utf8()..].lowercase(), text[..k].trim_end()),
        None => (text.lowercase(), ""),
    }
}

/// Still sieve 4, after sieve 5: `"Q1," residents said. "Q2."`: a quote opening its
/// own sentence right after one the collective sieve attributed (a crowd, officials,
/// an unnamed source made an actor only there) continues it, as after any other
/// speaker, unless someone else is named in between.
pub(super) fn after_collective(f: &Finder, cast: &Cast, spans: &[QuoteSpan], kinds: &[QuoteKind], frames: &[Option<Frame>], out: &mut [Option<Attribution>]) {
    for i in 1..spans.len() {
        let (s, prev) = (&spans[i], &spans[i - 1]);
        if !super::is_speech(kinds, i) || out[i].is_some() || frames[i].is_some() || !s.preceding.is_empty() || prev.para != s.para || prev.close > s.open {
            continue;
        }
        let Some(a) = out[i - 1].filter(|a| a.sieve == "collective") else { continue };
        let para = &f.ctx.paras[s.para];
        let sentence_open = para.text[para.sentence_at(s.open).start..s.open].trim().is_empty();
        if sentence_open && !someone_else(f, cast, s.para, prev.close..s.open, a.actor) {
            out[i] = Some(Attribution { actor: a.actor, sieve: "carry_over" });
            trace::decided(i, "after a collective quote");
        }
    }
}

/// Sieve 4: carry-over for paragraphs that open with an unframed quote.
pub(super) fn sieve(f: &Finder, cast: &mut Cast, spans: &[QuoteSpan], kinds: &[QuoteKind], frames: &[Option<Frame>], subjects: &[Option<Subj>], out: &mut [Option<Attribution>]) {
    let ctx = f.ctx;
    let n = spans.len();
    let speech = |i: usize| super::is_speech(kinds, i);
    for i in 0..n {
        if !speech(i) || out[i].is_some() || subjects[i].is_some() {
            continue;
        }
        let s = &spans[i];
        trace::clear();
        let first_para = s.preceding.first().map_or(s.para, |x| x.0);
        let text = ctx.paras[first_para].text;
        let open_at = s.preceding.first().map_or(s.open, |x| text[..x.1.start.min(text.len())].char_indices().last().map_or(0, |(k, _)| k));
        let opens_para = text.get(..open_at).is_some_and(|t| t.trim().is_empty());
        if let Some(Frame::Colon { end }) = frames[i] {
            if let Some(a) = colon::speaker(f, cast, &out[..i], spans, s.para, end) {
                out[i] = Some(Attribution { actor: a, sieve: "colon_frame" });
                trace::decided(i, "colon frame");
                continue;
            }
        }
        let unframed = frames[i].is_none() && s.preceding.is_empty();
        let para = &ctx.paras[s.para];
        let closes_sentence = para.text[s.content.clone()].trim_end().ends_with(['.', '!', '?', '\u{2026}']);
        // `"Q." Those were the words of X` · `"Q." So says X`: a sentence that
        // recaps the quote names its speaker after it.
        if unframed && closes_sentence {
            if let Some(a) = next_sentence_speaker(&f, cast, s.para, s.close, true) {
                out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
                trace::decided(i, "recap after");
                continue;
            }
        }
        // `"Q1," X said. "Q2 … ¶ "… Q2."`: a quote running over paragraphs that opened
        // mid-paragraph, right after an attributed quote, continues it (unless
        // someone else is named in between).
        if !opens_para && !s.preceding.is_empty() && frames[i].is_none() && i > 0 && spans[i - 1].para == first_para && spans[i - 1].close <= open_at {
            if let Some(a) = out[i - 1] {
                let others = someone_else(f, cast, first_para, spans[i - 1].close..open_at, a.actor);
                if !others {
                    out[i] = Some(Attribution { actor: a.actor, sieve: "carry_over" });
                    trace::decided(i, "multi-paragraph quote run-on");
                    continue;
                }
            }
        }
        let sentence_open = para.text[para.sentence_at(s.open).start..s.open].trim().is_empty();
        if !opens_para && unframed && i > 0 && spans[i - 1].para == s.para {
            // `"Q1," he said. "Q2."`: a quote opening its own sentence right after an
            // attributed one continues it, unless someone else is named in between.
            let prev = &spans[i - 1];
            if let (true, Some(a)) = (sentence_open && prev.close <= s.open, out[i - 1]) {
                let others = someone_else(f, cast, s.para, prev.close..s.open, a.actor);
                if !others {
                    out[i] = Some(Attribution { actor: a.actor, sieve: "carry_over" });
                    trace::decided(i, "same paragraph: previous quote's speaker");
                    continue;
                }
            }
        }
        if !opens_para && unframed && sentence_open {
            // `X has seen three deals come and go. "Q."`: an unframed quote opening a
            // sentence is the person the sentence before is about (when it quotes no
            // one), or the one the sentence after reports speaking.
            let tk = &f.tks[s.para];
            let k = tk.at(s.open);
            let si = tk.sentence_index(k);
            let before = (si > 0).then(|| tk.sentences[si - 1].clone()).map(|r| tk.at(r.start)..tk.at(r.end));
            let mut step = "mid-paragraph: the sentence before is about";
            let found = before
                .and_then(|r| {
                    // "X was defiant, but Y was scathing. "Q."": the clause after a
                    // contrasting ", but" is the one the quote bears out.
                    let tail = contrast_clause(f, s.para, r.clone());
                    tail.and_then(|t| sentence_person(&f, cast, &out[..i], spans, s.para, t)).or_else(|| sentence_person(&f, cast, &out[..i], spans, s.para, r.clone())).or_else(|| {
                        step = "mid-paragraph: the sentence before reports";
                        reporting_sentence_person(&f, cast, &out[..i], spans, s.para, r)
                    })
                })
                .or_else(|| {
                    step = "mid-paragraph: the sentence after reports";
                    if closes_sentence { next_sentence_speaker(&f, cast, s.para, s.close, false) } else { None }
                });
            if let Some(a) = found {
                out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
                trace::decided(i, step);
            }
            continue;
        }
        // `"Q."` ¶ `That was the verdict of X.` · `"Q."` ¶ `X, a nurse, …`: the next
        // paragraph names the speaker of a quote that fills its own (`next_para.rs`).
        if opens_para && unframed && closes_sentence {
            if let Some((a, step)) = super::next_para::speaker(f, cast, spans, i) {
                out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
                trace::decided(i, step);
                continue;
            }
        }
        // `"Nobody has told us anything." Teresa Gomez, a mother of three, has been
        // waiting …`: the article opens on a quote, and the sentence after it
        // introduces who said it.
        if opens_para && unframed && closes_sentence && first_para == 0 {
            if let Some(a) = introduced_person(f, cast, s.para, s.close) {
                out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
                trace::decided(i, "lede quote: person introduced after");
            }
            continue;
        }
        if !opens_para || first_para == 0 || frames[i].is_some() {
            continue;
        }
        // A photo caption between ("… on Sunday. Photograph: X/Reuters") is no
        // prose of the story: the paragraph before it is the one the quote follows.
        let mut prev = first_para - 1;
        if prev > 0 && is_caption(f, prev) {
            prev -= 1;
        }
        if ctx.paras[prev].is_heading() {
            continue;
        }
        let prev_text = ctx.paras[prev].text.trim_end();
        if prev_text.ends_with(':') {
            let tk = &f.tks[prev];
            let end = tk.toks.len().saturating_sub(1);
            let sent = tk.sentence_toks(end);
            if let Some(subj) = f.sentence_subject(cast, prev, sent.start..end) {
                if let Some(a) = resolve_subject(&f, cast, &out[..i], spans, prev, subj) {
                    out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
                    trace::decided(i, "previous paragraph ends with a colon: its subject");
                    continue;
                }
            }
        }
        // A question-and-answer exchange set as quote paragraphs: turns alternate.
        if let Some(a) = exchange::turn(f, spans, out, i, prev) {
            out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
            trace::decided(i, "exchange turn (carry)");
            continue;
        }
        // The last attributed quote of the previous paragraph, if that paragraph ends in it.
        let last = (0..i).rev().take_while(|&j| spans[j].para >= prev).find(|&j| spans[j].para == prev && out[j].is_some());
        if let Some(j) = last {
            let prev_len = ctx.paras[prev].text.len();
            let tail = ctx.paras[prev].text[spans[j].close.min(prev_len)..].trim();
            // Or it ends in the quote's own `"Q," X said …` frame, however long
            // ("… said in an interview in Bishkek."), naming no one else.
            let tk = &f.tks[prev];
            let frame_ends_para = matches!(frames[j], Some(Frame::After { .. })) && !tk.sentences.is_empty() && tk.sentence_index(tk.at(spans[j].close).min(tk.toks.len().saturating_sub(1))) + 1 == tk.sentences.len();
            if tail.len() <= 40 || frame_ends_para && !someone_else(f, cast, prev, spans[j].close..prev_len, out[j].unwrap().actor) {
                out[i] = Some(Attribution { actor: out[j].unwrap().actor, sieve: "carry_over" });
                trace::decided(i, if tail.len() <= 40 { "previous paragraph's last speaker: ends in the quote" } else { "previous paragraph's last speaker: ends in its frame" });
                continue;
            }
        }
        // The previous paragraph ends by reporting someone's words without quoting them
        // (`X, an analyst at Y, said the real test would come later.`): the quote that
        // opens this paragraph is that person's.
        let tk = &f.tks[prev];
        if let Some(last_sent) = tk.sentences.last().cloned() {
            let (lo, hi) = (tk.at(last_sent.start), tk.at(last_sent.end));
            if (lo..hi).all(|k| !tk.quoted[k]) {
                let verb = (lo..hi).find(|&k| tk.is_speech_verb(k, lo) && !tk.is_participle(k));
                // `The strike has cost $200 million, said X, who chairs Y.`: an inverted
                // frame after a comma has its subject right of the verb.
                let subject = |v: usize| f.subject_left(cast, prev, v).filter(|s| !s.descriptive()).or_else(|| (v > lo && tk.comma_before(v)).then(|| f.subject_right(cast, prev, v)).flatten().filter(|s| matches!(s, Subj::Name(_) | Subj::Actor(_))));
                // `Half the staff left last year, according to Dr X, who runs it.`: the
                // source a closing "according to" names is reported speaking too.
                let according = || (lo..hi).find_map(|k| tk.source_marker(k)).and_then(|at| f.frame_subject(cast, prev, Frame::According { at })).filter(|s| matches!(s, Subj::Name(_) | Subj::Actor(_)));
                if let Some(subj) = verb.and_then(subject).or_else(according) {
                    if let Some(a) = resolve_subject(&f, cast, &out[..i], spans, prev, subj) {
                        if cast.actors[a].kind == ActorKind::Person {
                            out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
                            trace::decided(i, "previous paragraph ends reporting a person");
                            continue;
                        }
                    }
                }
            }
        }
        // `"We have lost everything." Hassan Idris, a fisherman, says the port …`:
        // the paragraph goes on to report who speaks.
        if closes_sentence {
            if let Some(a) = next_sentence_speaker(&f, cast, s.para, s.close, false) {
                out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
                trace::decided(i, "next sentence reports a speaker");
                continue;
            }
        }
        // `Juan Pardo, a farmer from Cauca, has seen three deals come and go.` then a
        // paragraph of his words with no reporting verb: the person the previous
        // paragraph ends on.
        if let Some(last_sent) = tk.sentences.last().cloned() {
            let r = tk.at(last_sent.start)..tk.at(last_sent.end);
            if let Some(a) = sentence_person(&f, cast, &out[..i], spans, prev, r) {
                out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
                trace::decided(i, "previous paragraph's last sentence: its person");
                continue;
            }
        }
        // Last: the sentence after the quote introduces a person (a feature's quote
        // lede, mid-article after a section break).
        if unframed && closes_sentence {
            if let Some(a) = introduced_person(f, cast, s.para, s.close) {
                out[i] = Some(Attribution { actor: a, sieve: "carry_over" });
                trace::decided(i, "person introduced after (section lede)");
            }
        }
    }
}

/// The person the sentence right after a quote closing at byte `close` of paragraph
/// `p` introduces: it opens with their name, then an appositive (a comma and an
/// article or an age: "Teresa Gomez, a mother of three, has been waiting …",
/// "Aminah Yusof, 54, lost …"), and holds no quote. A name with no appositive
/// ("President X, however, disagrees") introduces no one: the sentence may answer
/// the quote rather than own it.
pub(super) fn introduced_person(f: &Finder, cast: &mut Cast, p: usize, close: usize) -> Option<usize> {
    let tk = &f.tks[p];
    let k = tk.at(close);
    if k >= tk.toks.len() || !tk.is_word(k) || !tk.is_cap(k) || !tk.text[close..tk.toks[k].start].trim().is_empty() {
        return None;
    }
    let end = tk.sentence_toks(k).end;
    if (k..end).any(|j| tk.quoted[j]) {
        return None;
    }
    let mut r = k;
    while r < end && r < k + 5 && tk.is_word(r) && (tk.is_cap(r) || crate::extract::cast::particle_surname(tk.word(r))) {
        r += 1;
    }
    let appositive = r > k + 1 && tk.punct(r) == Some(',') && tk.is_word(r + 1) && {
        let w = tk.lower(r + 1);
        f.lx.is("indefinite_article", w) || w == "the" || w.chars().all(|c| c.is_ascii_digit())
    };
    if !appositive {
        return None;
    }
    let subj = f.noun_phrase(cast, p, k, r)?;
    person_of(f, cast, p, subj)
}

/// The speaker named by the sentence right after a quote that closes its own
/// sentence at byte `close` of paragraph `p`: a recap ("Those were the words of X",
/// "So says X": an opener from `[recap_opener]`, then the first person named or the
/// inverted verb's subject) or, unless `recap_only`, a sentence reporting a person
/// speaking ("X, a fisherman, says the port …"). Never a sentence with quotes of its
/// own (they have their own frames).
pub(super) fn next_sentence_speaker(f: &Finder, cast: &mut Cast, p: usize, close: usize, recap_only: bool) -> Option<usize> {
    let tk = &f.tks[p];
    let mut k = tk.at(close);
    let mut from = close;
    // `«Q» («translation.») Sarr says …`: a bracketed translation right after the
    // quote (or the bracket closing it, for the translation itself) is stepped over.
    if k < tk.toks.len() && tk.punct(k) == Some('(') && tk.text[close..tk.toks[k].start].trim().is_empty() {
        if let Some(r) = (k + 1..tk.toks.len().min(k + 80)).find(|&j| tk.punct(j) == Some(')')) {
            if (k + 1..r).all(|j| tk.quoted[j] || !tk.is_word(j)) {
                from = tk.toks[r].end;
                k = r + 1;
            }
        }
    } else if k < tk.toks.len() && tk.punct(k) == Some(')') && tk.text[close..tk.toks[k].start].trim().is_empty() {
        from = tk.toks[k].end;
        k += 1;
    }
    if k >= tk.toks.len() || !tk.is_word(k) || !tk.is_cap(k) || !tk.text[from..tk.toks[k].start].trim().is_empty() {
        return None;
    }
    let end = tk.sentence_toks(k).end;
    if (k..end).any(|j| tk.quoted[j]) {
        return None;
    }
    // "The verdict came from X": a determiner and a noun that renames a quote.
    let renamed = f.lx.is("determiner", tk.lower(k)) && tk.is_word(k + 1) && f.lx.is("quote_noun", tk.lower(k + 1));
    if f.lx.is("recap_opener", tk.lower(k)) || renamed {
        let range = tk.toks[k].start..tk.toks[end - 1].end;
        if let Some(m) = cast.mentions_in(p, range).iter().find(|m| cast.actors[m.actor].kind == ActorKind::Person) {
            return Some(m.actor);
        }
        let v = (k + 1..end).find(|&j| tk.is_speech_verb(j, k))?;
        let subj = f.subject_right(cast, p, v)?;
        return person_of(f, cast, p, subj);
    }
    if recap_only {
        return None;
    }
    let v = (k..end).find(|&j| tk.is_speech_verb(j, k) && !tk.is_participle(j))?;
    let subj = f.subject_left(cast, p, v)?;
    person_of(f, cast, p, subj)
}

/// The last clause of sentence tokens `r` after a comma and a contrasting
/// coordinator (`[contrast_coordinator]`: "X wanted a delay, but Y was unmoved"),
/// when a capitalised word or a determiner opens its subject (not "…, but unmoved",
/// which has the sentence's subject).
fn contrast_clause(f: &Finder, p: usize, r: Range<usize>) -> Option<Range<usize>> {
    let tk = &f.tks[p];
    let c = (r.start + 1..r.end.saturating_sub(2)).rev().take(FRAME_WINDOW).find(|&k| tk.punct(k - 1) == Some(',') && tk.is_word(k) && tk.is_lower(k) && f.lx.is("contrast_coordinator", tk.lower(k)))?;
    let k = c + 1;
    (tk.is_word(k) && !tk.quoted[k] && (tk.is_cap(k) || f.lx.is("determiner", tk.lower(k)))).then_some(k..r.end)
}

/// The person a sentence without quotes is about: its subject, when that is a
/// named person or a pronoun standing for one.
pub(super) fn sentence_person(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, toks: Range<usize>) -> Option<usize> {
    let tk = &f.tks[p];
    if toks.start >= toks.end || (toks.start..toks.end).any(|k| tk.quoted[k]) {
        return None;
    }
    let Some(subj) = f.sentence_subject(cast, p, toks.clone()) else { return indefinite_person(f, cast, p, toks) };
    match subj {
        Subj::Pronoun { at, class: PronounClass::Person } => resolve_pronoun(f, cast, out, spans, p, at, PronounClass::Person),
        // "The former minister brushes the suggestion aside. "Q."": a definite person
        // description the cast answers for (see `described_actor`), never a new actor.
        Subj::Described { range, plural: false, head } if f.lx.is("person", &head) && f.ctx.paras[p].text[range.clone()].trim_start().lowercase().starts_with("the ") => {
            described_actor(f, cast, p, range, &head, false, false).filter(|&a| cast.actors[a].kind == ActorKind::Person)
        }
        // "A fisherman in Tema, mending his nets, pointed at the harbour." then his
        // words: an unnamed person the sentence introduces (an actor named by the
        // description, as any unnamed source).
        Subj::Described { range, plural: false, head } if f.lx.is("person", &head) && f.lx.is("indefinite_article", f.ctx.paras[p].text[range.clone()].split_whitespace().next().unwrap_or("").lowercase().as_str()) => {
            described_actor(f, cast, p, range, &head, false, true).filter(|&a| cast.actors[a].kind == ActorKind::Person)
        }
        // "Fuel prices rose by a third." then a quote: one capitalised word opening
        // the sentence that no mention covers is a common noun as often as a name;
        // only a person the story already has answers to it, none is made.
        Subj::Name(r) if tk.at(r.start) == toks.start && tk.toks[toks.start].end >= r.end => {
            name_actor_if(f, cast, p, r, |_, _| false).filter(|&a| cast.actors[a].kind == ActorKind::Person).or_else(|| indefinite_person(f, cast, p, toks))
        }
        s => person_of(f, cast, p, s).or_else(|| indefinite_person(f, cast, p, toks)),
    }
}

/// "A retired teacher sat by the door.", "A fisherman in Tema pointed at …": a
/// sentence that opens with an indefinite person description (the article, at most
/// three lowercase modifiers, a `[person]` noun) introduces an unnamed person: an
/// actor named by the description, as any unnamed source.
fn indefinite_person(f: &Finder, cast: &mut Cast, p: usize, toks: Range<usize>) -> Option<usize> {
    let tk = &f.tks[p];
    let lo = toks.start;
    if !(lo < toks.end && tk.is_word(lo) && f.lx.is("indefinite_article", tk.lower(lo))) {
        return None;
    }
    let head = (lo + 1..toks.end.min(lo + 5)).take_while(|&k| tk.is_word(k) && tk.is_lower(k) && !tk.quoted[k]).find(|&k| f.lx.is("person", tk.lower(k)))?;
    let range = tk.toks[lo].start..tk.toks[head].end;
    described_actor(f, cast, p, range, tk.lower(head), false, true).filter(|&a| cast.actors[a].kind == ActorKind::Person)
}

/// The person a sentence without quotes reports speaking, whoever the subject is
/// (a description included): `One banker who has worked with him put it
/// differently. "Q."` · `A former colleague says he was secretive. "Q."`: the
/// quote that opens the next sentence gives that speaker's words.
fn reporting_sentence_person(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, toks: Range<usize>) -> Option<usize> {
    let tk = &f.tks[p];
    if toks.start >= toks.end || (toks.start..toks.end).any(|k| tk.quoted[k]) {
        return None;
    }
    // The finite reporting verb, or the idiom "put it" ("put it bluntly").
    let put_it = |k: usize| matches!(tk.lower(k), "put" | "puts") && tk.is_word(k + 1) && tk.lower(k + 1) == "it";
    let v = (toks.start..toks.end).find(|&k| tk.is_word(k) && (tk.is_speech_verb(k, toks.start) && !tk.is_participle(k) || put_it(k)))?;
    let subj = f.subject_left(cast, p, v)?;
    let a = resolve_subject(f, cast, out, spans, p, subj)?;
    (cast.actors[a].kind == ActorKind::Person).then_some(a)
}
