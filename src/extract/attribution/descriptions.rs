//! Descriptions as speakers: "the ministry", "a senior security official", "the
//! statement": the actor the phrase takes up (by head word, role, an indefinite
//! antecedent, the issuer of a document) or a new one named by the phrase.

use crate::case::{CharCase, StrCase};
use super::*;

/// The issuer of the document (`head`: "statement", "report") that a definite
/// description at byte `at` of paragraph `p` takes up: the subject of the reporting
/// verb before the nearest earlier mention of that noun (this paragraph or the one
/// before; "The Armed Forces of Malta … said in a statement that …"), else that
/// sentence's subject ("A Home Ministry statement …" has its own rule).
pub(super) fn document_issuer(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], p: usize, at: usize, head: &str) -> Option<usize> {
    for q in (p.saturating_sub(1)..=p).rev() {
        let tk = &f.tks[q];
        let hi = if q == p { tk.at(at) } else { tk.toks.len() };
        let Some(k) = (0..hi).rev().find(|&k| tk.is_word(k) && tk.lower(k) == head) else { continue };
        let sent = tk.sentence_toks(k);
        // "read out a statement from the military council": the document's source
        // after "from" issued it, not the sentence's subject (`issued_from`).
        if let Some(a) = issued_from(f, cast, out, spans, q, k, sent.end) {
            return Some(a);
        }
        let subj = match (sent.start..k).rev().find(|&v| tk.is_speech_verb(v, sent.start) && !tk.is_participle(v)) {
            Some(v) => f.subject_left(cast, q, v),
            None => f.sentence_subject(cast, q, sent.start..k),
        };
        let named = match subj {
            Some(s @ (Subj::Actor(_) | Subj::Name(_) | Subj::Pronoun { .. })) => resolve_subject(f, cast, out, spans, q, s),
            // "The Civic Union party issued a statement", "the Norvell board": an
            // organisation's name right before the description's head noun.
            Some(Subj::Described { range, head, .. }) => named_modifier(f, cast, q, range, &head),
            _ => None,
        };
        // "In a statement posted on its website, the embassy said the airport was
        // "Q1" …. "Q2," the statement said": the document's sentence quoted its issuer
        // already; the speaker given to that quote issued the document.
        let (lo, hi) = (tk.toks[sent.start].start, tk.toks[sent.end.saturating_sub(1).max(sent.start)].end);
        return named.or_else(|| (0..out.len()).rev().take_while(|&i| spans[i].para >= q).find(|&i| spans[i].para == q && (lo..hi).contains(&spans[i].open)).and_then(|i| out[i].as_ref()).map(|a| a.actor));
    }
    None
}

/// The source named right after the document noun at token `k` of paragraph `q`
/// ("a statement from the military council", "a letter from X"): a named actor, or
/// a lowercase body or person description (an organisation or speaker noun heads
/// it), then an actor named by the phrase. Never a place ("a statement from
/// Geneva" names where, not who) nor a phrase no such noun heads ("from the
/// start").
fn issued_from(f: &Finder, cast: &mut Cast, out: &[Option<Attribution>], spans: &[QuoteSpan], q: usize, k: usize, end: usize) -> Option<usize> {
    let tk = &f.tks[q];
    if k + 2 >= end || !tk.is_word(k + 1) || tk.lower(k + 1) != "from" || !tk.is_word(k + 2) {
        return None;
    }
    let stop = (k + 2..end).find(|&j| tk.punct(j).is_some() || tk.quoted[j]).unwrap_or(end);
    match f.noun_phrase(cast, q, k + 2, stop)? {
        Subj::Actor(a) if cast.actors[a].kind != ActorKind::State => Some(a),
        s @ Subj::Name(_) => resolve_subject(f, cast, out, spans, q, s),
        Subj::Described { range, head, plural: false } if f.lx.is("organization", &head) || f.lx.is("person", &head) => described_actor(f, cast, q, range, &head, false, true),
        _ => None,
    }
}

/// The organisation a description's name modifier names: "The Civic Union party"
/// (a cast mention of an organisation ending right before the head noun `head`,
/// the description's last word), not a name elsewhere in it ("a lawyer for Acme").
fn named_modifier(f: &Finder, cast: &Cast, p: usize, range: Range<usize>, head: &str) -> Option<usize> {
    let tk = &f.tks[p];
    let h = tk.at(range.end).checked_sub(1).filter(|&h| h > tk.at(range.start) && tk.is_word(h) && tk.lower(h) == head)?;
    let end = tk.toks[h - 1].end;
    cast.mentions_in(p, range.start..end).iter().rev().find(|m| m.range.end == end && cast.actors[m.actor].kind == ActorKind::Organization).map(|m| m.actor)
}

/// The issuing body's head word of "a/an <body noun> <document>" ("a ministry
/// statement" → "ministry"), if the phrase is one.
fn issuing_body(f: &Finder, phrase: &str, head: &str, collective: bool) -> Option<String> {
    let words: Vec<String> = phrase.split_whitespace().map(|w| w.lowercase()).collect();
    let [article, body, doc] = words.as_slice() else { return None };
    let fits = !collective && doc == head && f.lx.is("indefinite_article", article) && f.lx.is("document", doc) && f.lx.is("organization", body);
    fits.then(|| body.clone())
}

/// The actor for a common-noun description: the cast's, or a new one named by the
/// phrase (a collective keeps one prepositional complement: "editorials in the
/// weekly magazine").
pub(super) fn described_actor(f: &Finder, cast: &mut Cast, p: usize, range: Range<usize>, head: &str, collective: bool, create: bool) -> Option<usize> {
    let tk = &f.tks[p];
    let text = f.ctx.paras[p].text;
    // "a ministry statement said", "an army statement": a document named by the kind
    // of body that issued it stands for the body of that kind named before, as "the
    // ministry" would; never a new actor called "Ministry statement".
    let issuer = issuing_body(f, &text[range.clone()], head, collective);
    let head = issuer.as_deref().unwrap_or(head);
    let mut end = range.end;
    if !collective && is_speaker_noun(head) {
        // "a diplomat from an ASEAN member state", "a Western diplomat in Addis
        // Ababa": a person description keeps its complement, names included (up to
        // the "as" of "quoted a police officer in Mombasa as saying").
        let k = tk.at(range.end);
        if k < tk.toks.len() && tk.is_word(k) && tk.toks[k].start == range.end + 1 && f.lx.is("complement_preposition", tk.lower(k)) {
            let mut j = k + 1;
            while j < tk.toks.len() && j < k + 6 && tk.is_word(j) && !tk.quoted[j] && tk.word(j) != "as" && (tk.is_cap(j) || !tk.is_participle(j) && !tk.lower(j).ends_with("ed") && !f.lx.is("auxiliary", tk.lower(j)) && !f.lx.is("relative", tk.lower(j)) && !f.lx.is("preposition", tk.lower(j)) && !f.lx.speech_verb(tk.lower(j)).is_some_and(|l| l != tk.lower(j) && !tk.lower(j).ends_with('s'))) {
                j += 1;
            }
            if j > k + 1 && tk.is_word(j - 1) && !f.lx.is("determiner", tk.lower(j - 1)) {
                end = tk.toks[j - 1].end;
            }
        }
    }
    if collective {
        // Extend over "in/of/at the <lowercase words>".
        let k = tk.at(range.end);
        let place = |k: usize| f.lx.is("place_complement", tk.lower(k)) && tk.is_word(k + 1) && tk.lower(k + 1) == "the";
        if tk.is_word(k) && (f.lx.is("complement_preposition", tk.lower(k)) || place(k)) {
            let mut j = k + 1;
            // (Never over the reporting verb: "allies on the town council said", nor
            // its plain present after a noun when no verb follows: "supporters of the
            // bill say it …", while "critics of the climate report said" keep "report".)
            let present = |j: usize| j > k + 2 && !f.lx.is("determiner", tk.lower(j - 1)) && f.lx.speech_verb(tk.lower(j)).is_some_and(|l| l == tk.lower(j)) && !(tk.is_word(j + 1) && f.lx.speech_verb(tk.lower(j + 1)).is_some());
            while j < tk.toks.len() && j < k + 5 && tk.is_word(j) && (tk.is_lower(j) || tk.lower(j) == "the") && !tk.is_participle(j) && !tk.lower(j).ends_with("ed") && !f.lx.is("auxiliary", &tk.lower(j)) && !(j > k + 1 && f.lx.speech_verb(tk.lower(j)).is_some_and(|l| l != tk.lower(j) || tk.lower(j).ends_with('s'))) && !present(j) {
                j += 1;
            }
            // "observers from the European Union": the complement ends in a name,
            // which it keeps whole (never "observers from the").
            let names_from = j;
            // ("officials in Seoul and Tokyo": two names joined by "and" too.)
            while j < tk.toks.len() && j < names_from + 5 && tk.is_word(j) && !tk.quoted[j] && (tk.is_cap(j) || j > names_from && (f.lx.is("name_particle", tk.lower(j)) || matches!(tk.lower(j), "of" | "for" | "and")) && tk.is_word(j + 1) && tk.is_cap(j + 1)) {
                j += 1;
            }
            // "residents of the Al-Nour district": a place noun after the name is its own.
            if j > names_from && j < tk.toks.len() && tk.is_word(j) && !tk.quoted[j] && tk.is_lower(j) && f.lx.is("place_noun", tk.lower(j)) {
                j += 1;
            }
            if j > k + 1 && !f.lx.is("determiner", tk.lower(j - 1)) && !f.lx.is("complement_preposition", tk.lower(j - 1)) {
                end = tk.toks[j - 1].end;
            }
        }
    }
    let phrase = strip_determiners(&text[range.start..end]).to_string();
    // "OAS) electoral observation mission": the parenthesis of an acronym goes.
    let phrase = if phrase.contains(')') { phrase.replace(')', "") } else { phrase };
    // (A bare title, "the Minister", is no name to look up: an actor the cast aliased
    // "Minister" may be one the text names only later; the walk below finds the
    // holder named last.)
    let bare_title = !collective && f.lx.is("person", head) && phrase.eq_ignore_ascii_case(head);
    // "Zimbabweans chanted", "Kenyans shouted": a people speaking is a group of its
    // own under its state (as the seed's gold keeps "Iranians who chant"), never the
    // state its plural demonym is an alias of; "Zimbabwe said" keeps the state.
    let people = collective && is_people(&phrase);
    let found = (!bare_title).then(|| cast.lookup(&phrase).or_else(|| cast.lookup(strip_determiners(&text[range.clone()])))).flatten();
    let found = found.filter(|&a| !(people && cast.actors[a].kind == ActorKind::State)).or_else(|| {
        // (the group made at the people's first speech, taken up again)
        people.then(|| cast.mentions_before(p, range.start).take(200).map(|m| m.actor).find(|&a| cast.actors[a].kind == ActorKind::Group && cast.actors[a].name.eq_ignore_ascii_case(&phrase))).flatten()
    });
    if let Some(a) = found {
        cast.add_mention(Mention { actor: a, para: p, range });
        trace::note(if people { "people: its group" } else { "name lookup" });
        return Some(a);
    }
    // "U.S. officials are less coy. "Q," one senior official said": one of a group
    // the paragraph has just named by its actor ("U.S. officials") speaks for it.
    if !collective && text[range.clone()].trim_start().lowercase().starts_with("one ") && is_speaker_noun(head) {
        if let Some(a) = member_of_named_group(f, cast, p, range.start, head) {
            cast.add_mention(Mention { actor: a, para: p, range });
            trace::note("one of a group named");
            return Some(a);
        }
    }
    // "the ministry said": an actor named by that head word, mentioned most recently.
    let definite = text[range.clone()].trim_start().lowercase().starts_with("the ") || issuer.is_some();
    // "the 64-year-old said": an age stands for the person just mentioned (this
    // paragraph or the one before).
    if definite && head.ends_with("-year-old") && !collective {
        let last = cast.mentions_before(p, range.start).take_while(|m| m.para + 1 >= p).find(|m| cast.actors[m.actor].kind == ActorKind::Person).map(|m| m.actor);
        if let Some(a) = last {
            cast.add_mention(Mention { actor: a, para: p, range });
            trace::note("age: person just mentioned");
            return Some(a);
        }
    }
    if definite && !head.is_empty() {
        let media = f.lx.is("media", head);
        let person = f.lx.is("person", head);
        // "the judge" → "Justice X", "the regulator" → "the Energy Market Authority":
        // a head of a family of description words (`[judicial]`, `[regulatory]`) also
        // takes up an actor named or titled with another word of its family, of the
        // same kind (a person head never takes up a court).
        let family = ["judicial", "regulatory"].into_iter().find(|s| f.lx.is(s, head));
        // "the health minister" → the minister titled "Health Minister", not the trade
        // minister named after her: the description's modifiers, when a candidate has
        // them all, pick it first (`strict`).
        let phrase_words: Vec<String> = strip_determiners(&text[range.clone()]).split_whitespace().map(|w| w.lowercase()).collect();
        let mods: Vec<&str> = phrase_words.iter().rev().skip(1).map(String::as_str).filter(|w| w.len() > 2 && w.chars().all(char::is_alphabetic) && !f.lx.is("leading_adjective", w)).collect();
        let has_word = |n: &str, kin: bool, strict: bool| {
            let lower = n.lowercase();
            let words = || lower.split(|c: char| !c.is_alphanumeric());
            let head_in = words().any(|w| w == head || abbreviates(f, w, head) || kin && family.is_some_and(|s| !w.is_empty() && f.lx.is(s, w)));
            head_in && (!strict || mods.iter().all(|x| words().any(|w| w == *x)))
        };
        // "the ministry" → an actor named with that word; "the newspaper" → the last
        // outlet; "the president" → the last person titled or described so.
        // "the foreign ministry" never takes up the "Interior ministry": a body whose
        // name puts another word before the head than the description's own
        // lowercase modifier is another body of that kind.
        let tk = &f.tks[p];
        let own_mod = (tk.at(range.end) >= 2).then(|| tk.at(range.end) - 2).filter(|&k| k >= tk.at(range.start) && tk.is_word(k) && tk.is_lower(k) && !f.lx.is("determiner", tk.lower(k)) && !f.lx.is("leading_adjective", tk.lower(k))).map(|k| tk.lower(k));
        let other_body = |n: &str| {
            let Some(own) = own_mod.filter(|_| f.lx.is("organization", head)) else { return false };
            let words: Vec<String> = n.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(StrCase::lowercase).collect();
            words.iter().position(|w| w == head).and_then(|i| i.checked_sub(1)).is_some_and(|i| words[i] != own && !words.contains(&own.to_string()))
        };
        // "The Rwandan government said": a demonym before the head names whose body it
        // is; an organisation whose name and aliases lack it is another's ("Qatari
        // Government"), and so is a state that took "the government" as its alias
        // (`cast/government.rs` `idle_government`: Qatar is no "Rwandan government").
        let demonym = phrase_words.iter().rev().skip(1).find(|w| matches!(crate::extract::cast::kb::get().lookup(w), Some(crate::extract::cast::kb::Entry::State(_, crate::extract::cast::kb::StateForm::Demonym))));
        let foreign = |d: &crate::extract::cast::ActorDraft| {
            demonym.is_some_and(|dm| matches!(d.kind, ActorKind::Organization | ActorKind::State) && !std::iter::once(&d.name).chain(d.aliases.iter()).any(|n| n.split_whitespace().any(|w| w.eq_ignore_ascii_case(dm))))
        };
        let matches = |m: &Mention, strict: bool| {
            let d = &cast.actors[m.actor];
            if other_body(&d.name) || foreign(d) {
                return false;
            }
            let kin = person == (d.kind == ActorKind::Person);
            if std::iter::once(&d.name).chain(d.aliases.iter()).chain(d.role.iter()).any(|n| has_word(n, kin, strict)) {
                return true;
            }
            if media && d.kind == ActorKind::Media && !strict {
                return true;
            }
            // "the Berlin-based charity SeaLink Rescue …. the charity said": a body the
            // text introduced with the head noun right before its name.
            if !person && d.kind != ActorKind::Person && !strict {
                let t = f.ctx.paras.get(m.para).map_or("", |x| x.text);
                let before = t[..m.range.start.min(t.len())].trim_end();
                if before.rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| w.eq_ignore_ascii_case(head)) {
                    return true;
                }
            }
            if person && d.kind == ActorKind::Person {
                let t = f.ctx.paras.get(m.para).map_or("", |x| x.text);
                let from = t[..m.range.start.min(t.len())].char_indices().rev().nth(30).map_or(0, |(k, _)| k);
                // (Never past another person named in between: in "Governor Héctor
                // Bustos, of Hacemos Unidos", the title is Bustos's, not the next name's.)
                let from = cast.mentions_in(m.para, from..m.range.start).iter().filter(|x| x.actor != m.actor && x.range.end <= m.range.start && cast.actors[x.actor].kind == ActorKind::Person).map(|x| x.range.end).max().map_or(from, |e| e.max(from));
                // Or the aside right after the name ("Luis Vega, who served as finance
                // minister until March, …" → "the former minister").
                // (Never the description's own clause: in `"Thirty seconds, Senator," the
                // moderator interjected`, the vocative's aside is the frame itself.)
                let own = m.para == p && m.range.end <= range.start && t.get(m.range.end..range.start).is_some_and(|g| !g.contains(['.', ';']));
                let aside = t.get(m.range.end..).and_then(|r| r.strip_prefix(',')).map(|r| &r[..r.find(['.', ';', ',']).unwrap_or(r.len())]).filter(|_| !own);
                // A word of the head's family only as the title right before the name
                // ("Associate Justice X" for "the judge"), never elsewhere around it.
                let title = t[..m.range.start.min(t.len())].char_indices().rev().nth(12).map_or(0, |(k, _)| k);
                return has_word(&t[from..m.range.start.min(t.len())], false, strict) || has_word(&t[title.max(from)..m.range.start.min(t.len())], true, strict) || aside.is_some_and(|a| a.len() <= 80 && has_word(a, false, strict));
            }
            false
        };
        // "A spokesperson for the Commission said …. "Q," the spokesperson said": an
        // unnamed voice introduced just before (this paragraph or the one before) is
        // the one meant, not a named spokesperson further back.
        if !collective && create && f.lx.is("voice", head) && !f.lx.is("document", head) {
            if let Some((q, r)) = indefinite_antecedent(f, p, range.start, head) {
                let a = described_actor(f, cast, q, r, head, false, true);
                if let Some(a) = a {
                    cast.add_mention(Mention { actor: a, para: p, range });
                }
                trace::note("voice: indefinite antecedent");
                return a;
            }
        }
        // "TotalEnergies …. The French energy company said": a business noun takes
        // up the company named last (this paragraph or the one before).
        if f.lx.is("firm", head) && !collective {
            if let Some(a) = organisation_named_last(cast, p, range.start) {
                cast.add_mention(Mention { actor: a, para: p, range });
                trace::note("firm: company named last");
                return Some(a);
            }
        }
        // One walk for both (each walk over the mentions is code in the wasm).
        let (mut strict, mut loose) = (None, None);
        for m in cast.mentions_before(p, range.start).take(200) {
            if !mods.is_empty() && matches(m, true) {
                strict = Some((m.actor, m.para, m.range.start));
                break;
            }
            if loose.is_none() && matches(m, false) {
                loose = Some((m.actor, m.para, m.range.start));
                if mods.is_empty() {
                    break;
                }
            }
        }
        let found = strict.or(loose);
        // "Tamás Bárdos, a Fidesz MP, …. A Fidesz MP, speaking on condition of
        // anonymity, said …. "Q," the MP said": an indefinite description opening a
        // sentence after the named one's last mention introduces someone new, and the
        // definite one takes up the newest. (An apposition, "X, a Fidesz MP,", opens
        // no sentence: it still describes X.) So does one a source frame or a
        // contrasting clause opens: "…, according to an EU diplomat who asked not to
        // be named. "Q," the diplomat said", "…, but a senior official said".
        if let Some((_, mp, ms)) = found.filter(|_| !collective && person && create) {
            if let Some((q, r)) = indefinite_antecedent(f, p, range.start, head).filter(|&(q, ref r)| (q, r.start) > (mp, ms) && introduces(f, q, r.start)) {
                let a = described_actor(f, cast, q, r, head, false, true);
                if let Some(a) = a {
                    cast.add_mention(Mention { actor: a, para: p, range });
                }
                trace::note("newer indefinite antecedent");
                return a;
            }
        }
        // "Foreign Minister X …. The minister did not answer …. Niger's Minister of
        // Petroleum, Y, told …. The minister, for his part, …": a bare description
        // the text has already used for the person the passage is about (named most,
        // however far back) keeps that referent over a newer person merely titled
        // with its head word, whom the text never called so, named in an earlier
        // paragraph ("Mr Costa asked the
        // Minister of Health, Y, …. The Minister said" is Y's: one just introduced
        // in the description's own paragraph is meant). One more walk, as bounded
        // as the first.
        let found = match found {
            Some((y, yp, _)) if yp < p && strict.is_none() && mods.is_empty() && person && !collective && cast.actors[y].kind == ActorKind::Person => {
                let bare = |m: &Mention| f.ctx.paras.get(m.para).and_then(|t| t.text.get(m.range.clone())).is_some_and(|s| s.trim().lowercase().strip_prefix("the ").is_some_and(|r| r.trim() == head));
                let mut used = None;
                for m in cast.mentions_before(p, range.start).take(200) {
                    if m.actor == y && bare(m) {
                        used = None;
                        break;
                    }
                    if used.is_none() && m.actor != y && cast.actors[m.actor].kind == ActorKind::Person && bare(m) {
                        used = Some(m.actor);
                    }
                }
                match used.filter(|&x| protagonist(cast, p, range.start, p, &|_| true) == Some(x)) {
                    Some(x) => {
                        trace::note("head word: the protagonist the description already named");
                        cast.add_mention(Mention { actor: x, para: p, range });
                        return Some(x);
                    }
                    None => found,
                }
            }
            _ => found,
        };
        if let Some((a, _, _)) = found {
            cast.add_mention(Mention { actor: a, para: p, range });
            trace::note(if strict.is_some() { "head word: strict (modifiers)" } else { "head word: last mention" });
            return Some(a);
        }
        // "World Rugby, which sanctions the cup, said …. A spokesperson for the
        // governing body said": a noun that says only that its referent is a body
        // (`[generic_body]`), no name answering to it, renames the organisation
        // named last (this paragraph or the one before).
        if f.lx.is("generic_body", head) && !collective {
            if let Some(a) = organisation_named_last(cast, p, range.start) {
                cast.add_mention(Mention { actor: a, para: p, range });
                trace::note("generic body: organisation named last");
                return Some(a);
            }
        }
        // "A senior security official, speaking on condition of anonymity, said …. "Q,"
        // the official said": the definite description takes up the indefinite one.
        if !collective && person && create {
            if let Some((q, r)) = indefinite_antecedent(f, p, range.start, head) {
                let a = described_actor(f, cast, q, r, head, false, true);
                if let Some(a) = a {
                    cast.add_mention(Mention { actor: a, para: p, range });
                }
                trace::note("indefinite antecedent");
                return a;
            }
        }
        // "X, Qatar's minister of state, told reporters …. The Qatari envoy added":
        // a definite person description naming a state takes up the person last
        // mentioned (this paragraph or the one before) when that person is of that state.
        // ("The Chinese embassy said" is the embassy, never the envoy named before.)
        if !collective && is_speaker_noun(head) && !is_plural(head) && !f.lx.is("organization", head) && !f.lx.is("firm", head) && !f.lx.is("media", head) {
            if let Some(st) = cast.state_within(p, range.clone()) {
                let last = cast.mentions_before(p, range.start).take_while(|m| m.para + 1 >= p).find(|m| cast.actors[m.actor].kind == ActorKind::Person).map(|m| m.actor);
                if let Some(a) = last.filter(|&a| cast.actors[a].parent == Some(st)) {
                    cast.add_mention(Mention { actor: a, para: p, range });
                    trace::note("state's person named last");
                    return Some(a);
                }
            }
        }
    }
    // "the president": an actor whose role is that description, mentioned nearby.
    // Never an indefinite one: "a Congress leader", "one party official" introduce
    // someone new, not the one person titled so before.
    let first = text[range.clone()].split_whitespace().next().unwrap_or("").lowercase();
    let indefinite = f.lx.is("indefinite_article", &first) || first == "one" || first == "another";
    if !collective && !indefinite {
        let lower = phrase.lowercase();
        let with_role: Vec<usize> = (0..cast.actors.len()).filter(|&a| cast.actors[a].role.as_deref().is_some_and(|r| r.lowercase() == lower || r.lowercase().ends_with(&format!(" {lower}")))).collect();
        if with_role.len() == 1 {
            trace::note("role");
            return Some(with_role[0]);
        }
    }
    // "Haddad, 71, admits …. "Q," the former governor concedes": in a profile or
    // feature a definite person description no actor answers to is the person the
    // passage is about: the person the article has named most so far (three times
    // at least, and more than anyone else), when named in the last three paragraphs.
    if definite && !collective && f.lx.is("person", head) && !is_plural(head) {
        if let Some(a) = protagonist(cast, p, range.start, 3, &|_| true) {
            cast.add_mention(Mention { actor: a, para: p, range });
            trace::note("protagonist");
            return Some(a);
        }
    }
    if !create || issuer.is_some() {
        return None;
    }
    // "The interior ministry said on Wednesday that …. "Q," the ministry said": a
    // bare definite body noun no actor answers to takes up the fuller definite
    // description of it just before (`definite_antecedent`), named from that.
    if definite && !collective && f.lx.is("organization", head) && !is_plural(head) && phrase.eq_ignore_ascii_case(head) {
        if let Some((q, r)) = definite_antecedent(f, p, range.start, head) {
            let a = described_actor(f, cast, q, r, head, false, true);
            if let Some(a) = a {
                cast.add_mention(Mention { actor: a, para: p, range });
            }
            trace::note("definite antecedent");
            return a;
        }
    }
    if collective {
        // "Editorials in the weekly magazine": an outlet, body or group the cast
        // already has, named in the phrase's complement, is the speaker — not a new
        // actor beside it. (The head itself is not reused: "Hezbollah supporters"
        // are not Hezbollah.)
        // "Analysts at the Nairobi-based think tank Africa Policy Lab": past modifiers
        // the phrase stops at (a capitalised "-based"), a body named at the end of a
        // complement of membership (at, from, of, with, for; never "in": "crowds in
        // front of parliament": "in" places a crowd, and only an outlet it is "in"
        // speaks, "editorials in the weekly magazine") still speaks, up to the
        // reporting verb.
        let tk = &f.tks[p];
        let k = tk.at(range.end);
        let mut reach = end;
        if tk.is_word(k) && tk.lower(k) != "in" && f.lx.is("complement_preposition", tk.lower(k)) {
            let mut j = k + 1;
            while j < tk.toks.len() && j < k + 10 && tk.is_word(j) && !tk.quoted[j] && !f.lx.is("auxiliary", tk.lower(j)) && !(tk.is_lower(j) && f.lx.speech_verb(tk.lower(j)).is_some()) {
                j += 1;
            }
            if j > k + 1 {
                reach = reach.max(tk.toks[j - 1].end);
            }
        }
        let inner = cast
            .mentions_in(p, range.end..reach)
            .iter()
            .rev()
            .find(|m| m.range.end <= reach && matches!(cast.actors[m.actor].kind, ActorKind::Media | ActorKind::Organization | ActorKind::Group) && (tk.lower(k) != "in" || cast.actors[m.actor].kind == ActorKind::Media))
            .map(|m| m.actor);
        if let Some(a) = inner {
            cast.add_mention(Mention { actor: a, para: p, range });
            trace::note("collective: body in complement");
            return Some(a);
        }
    }
    let lx = f.lx;
    let kind = if lx.is("media", head) {
        ActorKind::Media
    } else if (lx.is("organization", head) || lx.is("firm", head)) && !is_plural(head) {
        ActorKind::Organization
    } else if is_plural(head) || lx.is("group", head) {
        ActorKind::Group
    } else {
        ActorKind::Person
    };
    let mut name = phrase;
    if let Some(c) = name.get(..1) {
        if c.chars().all(char::is_lowercase) {
            name = c.to_ascii_uppercase() + &name[1..];
        }
    }
    // A crowd or an outlet belongs to the state its phrase names ("protesters in
    // Tehran", "French newspapers"); an unnamed person to the state or body named
    // in the description ("a senior French diplomat", "a diplomat from an ASEAN
    // member state").
    // "a doctor from the charity": a person description whose complement ends in a
    // definite noun (no person's) belongs to the body that noun takes up, if any.
    let complement_body = if !collective && kind == ActorKind::Person && end > range.end {
        let tk = &f.tks[p];
        let j = tk.at(end).saturating_sub(1);
        let w = if tk.is_word(j) { tk.lower(j) } else { "" };
        let body = j > tk.at(range.end) && tk.is_lower(j) && !is_speaker_noun(w) && !is_plural(w) && tk.is_word(j - 1) && tk.lower(j - 1) == "the";
        if body { described_actor(f, cast, p, tk.toks[j - 1].start..tk.toks[j].end, w, false, false).filter(|&a| cast.actors[a].kind == ActorKind::Organization) } else { None }
    } else {
        None
    };
    let parent = if collective {
        // Else the state whose place the sentence names before it ("At a rally in
        // Niamey, crowds waving Russian flags chanted": Niger's crowd, in a story
        // about Mali), unless the sentence says the crowd is abroad (`[diaspora]`);
        // a crowd placed nowhere is of the article's home state (as untitled persons
        // are, see `cast`).
        let sentence = f.ctx.paras[p].sentence_at(range.start);
        // (a place: the state or its capital right after "in", "at", ...; "After
        // talks with Mali, crowds cheered" places no crowd in Mali)
        let text = f.ctx.paras[p].text;
        let place = |m: &&Mention| text[..m.range.start].trim_end().rsplit(' ').next().is_some_and(|w| ["in", "at", "near", "outside", "across", "around"].contains(&w.to_ascii_lowercase().as_str()));
        // (and not abroad: "At diaspora rallies in Cairo, protesters chanted")
        let tk = &f.tks[p];
        let abroad = (tk.at(sentence.start)..tk.at(end)).any(|k| tk.is_word(k) && lx.is("diaspora", tk.lower(k)));
        let placed = || cast.mentions_in(p, sentence.start.min(range.start)..range.start).iter().rev().filter(place).map(|m| m.actor).find(|&a| !abroad && cast.actors[a].kind == ActorKind::State);
        // "Supporters of Valladares", "Valladares supporters": a crowd whose phrase
        // names a person is that person's following, under them.
        let following = cast.mentions_in(p, range.start..end).iter().map(|m| m.actor).find(|&a| cast.actors[a].kind == ActorKind::Person);
        following.or_else(|| cast.state_within(p, range.start..end)).or_else(placed).or(cast.home)
    } else {
        // "An adviser to the Mendoza campaign", "an aide to Senator X": a person
        // named in a complement opened by "to" is whom the unnamed person serves.
        let served = || {
            let k = f.tks[p].at(range.end);
            let to = f.tks[p].is_word(k) && f.tks[p].lower(k) == "to";
            if to { cast.mentions_in(p, range.end..end).iter().map(|m| m.actor).find(|&a| cast.actors[a].kind == ActorKind::Person) } else { None }
        };
        cast.mentions_in(p, range.start..end).iter().map(|m| m.actor).find(|&a| matches!(cast.actors[a].kind, ActorKind::State | ActorKind::Organization)).or_else(served).or(complement_body).or_else(|| {
            // "a senior police official in Gazipur": a modifier of the head names the
            // institution the person serves, when the story has one by that word
            // (the one mentioned last).
            let tk = &f.tks[p];
            let (lo, hi) = (tk.at(range.start), tk.at(range.end).saturating_sub(1));
            let words: Vec<&str> = (lo..hi).filter(|&k| tk.is_word(k) && tk.is_lower(k) && !lx.is("determiner", tk.lower(k)) && !lx.is("leading_adjective", tk.lower(k))).map(|k| tk.lower(k)).filter(|w| w.len() > 3).collect();
            let has = |n: &str, w: &str| n.split(|c: char| !c.is_alphanumeric()).any(|x| x.eq_ignore_ascii_case(w));
            cast.mentions_before(p, range.start).take(200).find(|m| cast.actors[m.actor].kind == ActorKind::Organization && words.iter().any(|w| has(&cast.actors[m.actor].name, w))).map(|m| m.actor)
        })
    };
    // "the interior ministry" with no state named: a national institution of the
    // article's home state (`[national_heads]`), as the cast places its capitalised
    // namesakes.
    let national = kind == ActorKind::Organization && !collective && parent.is_none() && {
        let mut c = head.chars();
        let title: String = c.next().map_or(String::new(), |x| x.uppercase().chain(c).collect());
        crate::extract::cast::kb::get().is("national_heads", &title)
    };
    let parent = if national { cast.home } else { parent };
    // "a source close to Mr Lowe", "people close to the Hamas leadership": an unnamed
    // source in someone's circle stands where they stand (a person's parent, a body).
    let parent = parent.or_else(|| if kind == ActorKind::Person || kind == ActorKind::Group { circle_of(f, cast, p, end) } else { None });
    // The article's own wording, article included ("a doctor from the charity",
    // "The crowd"), is an alias: it is how the text refers to this actor.
    let surface = text[range.start..end].trim().replace(')', "");
    let mut aliases = if surface != name && surface.len() > name.len() { vec![surface.clone()] } else { Vec::new() };
    // "one diplomat involved in drafting the text", "one banker who has worked with
    // him": a person description's restrictive modifier is part of how the text
    // names them; kept as a further alias (the name stays the short phrase).
    // So does a group's ("officials familiar with the talks", "two diplomats briefed
    // on the negotiations").
    if kind == ActorKind::Person || kind == ActorKind::Group {
        if let Some(long) = restrictive_modifier(f, p, end) {
            aliases.push(text[range.start..long].trim().to_string());
        }
    }
    // "A Department for Education spokesperson said", "a Kremlin spokesman said":
    // an unnamed voice (`[body_voice]`) of a body the text names (a capitalised cast
    // mention right before the head, `body_voiced`) is that body speaking, the
    // wording its alias. Not a body the text only
    // describes ("a Chinese foreign ministry spokesperson", "a government
    // spokesperson" stay persons, as their golds keep them), nor a person's voice
    // ("the president's spokesman", `cast/affiliation/office_staff.rs`).
    if kind == ActorKind::Person && !collective && lx.is("body_voice", head) {
        if let Some(b) = body_voiced(f, cast, p, range.clone()) {
            if !cast.actors[b].aliases.iter().any(|x| x.eq_ignore_ascii_case(&surface)) {
                cast.actors[b].aliases.push(surface);
            }
            cast.add_mention(Mention { actor: b, para: p, range });
            trace::note("voice of a named body");
            return Some(b);
        }
    }
    let a = cast.add_actor(ActorDraft { name, kind, parent, aliases, ..Default::default() });
    cast.add_mention(Mention { actor: a, para: p, range });
    trace::note("new actor");
    Some(a)
}

/// Whether `w` (lowercase) is a title's abbreviation (`[title_abbreviation]`) of the
/// description's head: its letters in order in the head, the first one first ("gen"
/// → "general", "sgt" → "sergeant", "dr" → "doctor"), so that "the general" takes up
/// "Gen. Soe Min Htet" as it takes up "General X".
fn abbreviates(f: &Finder, w: &str, head: &str) -> bool {
    if w.len() >= head.len() || !f.lx.is("title_abbreviation", w) || w.chars().next() != head.chars().next() {
        return false;
    }
    let mut rest = head.chars();
    w.chars().all(|c| rest.any(|x| x == c))
}

/// The organisation whose unnamed voice the description `range` is: a cast mention
/// of an organisation named with a capitalised last word, the whole modifier
/// between the determiner and the head ("a State Department spokesperson", "a
/// Department for Education spokesman"). Not a body the text only describes ("a
/// Chinese foreign ministry spokesperson": lowercase head word), nor one in a
/// complement ("a spokesperson for the European Commission": the dev golds split
/// on it, one making a person of it), nor a phrase naming a person.
fn body_voiced(f: &Finder, cast: &Cast, p: usize, range: Range<usize>) -> Option<usize> {
    let tk = &f.tks[p];
    let text = f.ctx.paras[p].text;
    let ms = cast.mentions_in(p, range.clone());
    if ms.iter().any(|m| cast.actors[m.actor].kind == ActorKind::Person) {
        return None;
    }
    let (lo, head) = (tk.at(range.start), tk.at(range.end).saturating_sub(1));
    let first = if tk.is_word(lo) && f.lx.is("determiner", tk.lower(lo)) { lo + 1 } else { lo };
    if first >= head {
        return None;
    }
    let named = |m: &Mention| text[m.range.clone()].rsplit(' ').next().and_then(|w| w.chars().next()).is_some_and(|c| !c.is_lowercase());
    ms.iter().find(|m| cast.actors[m.actor].kind == ActorKind::Organization && m.range.start == tk.toks[first].start && tk.at(m.range.end) == head && named(m)).map(|m| m.actor)
}

/// Whether byte `at` of paragraph `p` is its sentence's first word.
/// The organisation named last in paragraph `p` before byte `at`, or in the paragraph
/// before (what "the company" or "the governing body" takes up).
fn organisation_named_last(cast: &Cast, p: usize, at: usize) -> Option<usize> {
    cast.mentions_before(p, at).take_while(|m| m.para + 1 >= p).find(|m| cast.actors[m.actor].kind == ActorKind::Organization).map(|m| m.actor)
}

fn opens_sentence(f: &Finder, p: usize, at: usize) -> bool {
    let tk = &f.tks[p];
    let k = tk.at(at);
    k < tk.toks.len() && (tk.sentence_toks(k).start..k).all(|j| !tk.is_word(j))
}

/// Whether the indefinite description at byte `at` of paragraph `p` introduces
/// someone (rather than describing a name in apposition or as a predicate): it opens
/// its sentence, follows "according to", or opens a contrasting clause ("but a
/// senior official said"). Never "X, a diplomat", "X is a diplomat", "as a diplomat".
fn introduces(f: &Finder, p: usize, at: usize) -> bool {
    if opens_sentence(f, p, at) {
        return true;
    }
    let tk = &f.tks[p];
    let k = tk.at(at);
    if k == 0 || k >= tk.toks.len() || !tk.is_word(k - 1) || tk.quoted[k - 1] {
        return false;
    }
    let w = tk.lower(k - 1);
    f.lx.is("contrast_coordinator", w) || w == "to" && k >= 2 && tk.is_word(k - 2) && tk.lower(k - 2) == "according"
}

/// The indefinite description ("a senior Somali security official") that a definite
/// one ("the official") takes up: the nearest `a|an … head` before byte `at` in
/// paragraph `p` or the one before it, outside quotes.
pub(super) fn indefinite_antecedent(f: &Finder, p: usize, at: usize, head: &str) -> Option<(usize, Range<usize>)> {
    for q in (p.saturating_sub(1)..=p).rev() {
        let tk = &f.tks[q];
        let hi = if q == p { tk.at(at) } else { tk.toks.len() };
        for k in (0..hi).rev() {
            // (A post in capitals counts as lowercase: "a Socialist MP".)
            let caps_post = tk.is_word(k) && tk.word(k).len() <= 4 && tk.word(k).chars().all(|c| c.is_ascii_uppercase());
            if !tk.is_word(k) || tk.quoted[k] || !(tk.is_lower(k) || caps_post) || tk.lower(k) != head {
                continue;
            }
            // Back over the modifiers (lowercase adjectives, demonyms) to the article.
            let mut b = k;
            while b > 0 && k - b < 6 && tk.is_word(b - 1) && !tk.quoted[b - 1] {
                b -= 1;
                if f.lx.is("indefinite_article", tk.lower(b)) {
                    return Some((q, tk.toks[b].start..tk.toks[k].end));
                }
                if f.lx.is("determiner", tk.lower(b)) || f.lx.is("preposition", tk.lower(b)) || f.lx.is("auxiliary", tk.lower(b)) {
                    break;
                }
            }
        }
    }
    None
}

/// The fuller definite description ("the interior ministry", "the Chinese
/// embassy") that a bare one ("the ministry") takes up: the nearest `the <modifiers>
/// head` (one to three lowercase or capitalised modifiers, no name particle) before
/// byte `at` in paragraph `p` or the one before it, outside quotes.
pub(super) fn definite_antecedent(f: &Finder, p: usize, at: usize, head: &str) -> Option<(usize, Range<usize>)> {
    for q in (p.saturating_sub(1)..=p).rev() {
        let tk = &f.tks[q];
        let hi = if q == p { tk.at(at) } else { tk.toks.len() };
        for k in (1..hi).rev() {
            if !tk.is_word(k) || tk.quoted[k] || !tk.is_lower(k) || tk.lower(k) != head {
                continue;
            }
            let mut b = k;
            while b > 0 && k - b < 4 && tk.is_word(b - 1) && !tk.quoted[b - 1] {
                b -= 1;
                let w = tk.lower(b);
                if w == "the" {
                    if b + 1 < k {
                        return Some((q, tk.toks[b].start..tk.toks[k].end));
                    }
                    break;
                }
                if tk.toks[b].poss || f.lx.is("determiner", w) || f.lx.is("preposition", w) || f.lx.is("auxiliary", w) || tk.is_participle(b) || lexicon::get().speech_verb(w).is_some() {
                    break;
                }
            }
        }
    }
    None
}

/// `Germany said through its foreign ministry that …`, `the union said via its
/// legal team`: a state or organisation speaking through one of its own bodies
/// (a possessive pronoun, then lowercase words headed by an institution noun, right
/// after the reporting verb at token `verb`): that body speaks, found or made under
/// `owner` and named from it ("Germany's Foreign Ministry", the article's wording
/// kept as an alias).
pub(super) fn channel(f: &Finder, cast: &mut Cast, p: usize, verb: usize, owner: usize) -> Option<usize> {
    let tk = &f.tks[p];
    if !matches!(cast.actors[owner].kind, ActorKind::State | ActorKind::Organization) {
        return None;
    }
    let k = verb + 1;
    if !(tk.is_word(k) && matches!(tk.lower(k), "through" | "via") && tk.is_word(k + 1) && f.lx.is("possessive_pronoun", tk.lower(k + 1))) {
        return None;
    }
    // The body's words: lowercase, up to its institution noun.
    let words = k + 2;
    let head = (words..(words + 4).min(tk.toks.len())).take_while(|&j| tk.is_word(j) && tk.is_lower(j)).find(|&j| f.lx.is("organization", tk.lower(j)))?;
    let text = f.ctx.paras[p].text;
    let range = tk.toks[k + 1].start..tk.toks[head].end;
    let body: Vec<String> = (words..=head).map(|j| {
        let w = tk.word(j);
        let mut c = w.chars();
        c.next().map_or(String::new(), |x| x.uppercase().chain(c).collect())
    }).collect();
    let name = format!("{}'s {}", cast.actors[owner].name, body.join(" "));
    let a = match cast.lookup(&name) {
        Some(a) => a,
        None => cast.add_actor(ActorDraft { name, kind: ActorKind::Organization, parent: Some(owner), aliases: vec![text[range.clone()].to_string()], ..Default::default() }),
    };
    cast.add_mention(Mention { actor: a, para: p, range });
    Some(a)
}

/// The end of a restrictive modifier right after a person description ending at
/// byte `end`: a relative clause ("who served in Kabul"), a past or present
/// participle phrase ("involved in drafting the text", "speaking to reporters") or
/// an adjective with its complement ("familiar with the talks", `[complement_adjective]`),
/// up to the reporting verb, a punctuation mark or a quote, at most ten words.
fn restrictive_modifier(f: &Finder, p: usize, end: usize) -> Option<usize> {
    let tk = &f.tks[p];
    let k = tk.at(end);
    if k >= tk.toks.len() || !tk.is_word(k) || tk.quoted[k] || !tk.is_lower(k) || tk.toks[k].start != end + 1 {
        return None;
    }
    let first = tk.lower(k);
    let relative = matches!(first, "who" | "whose");
    // A preposition next: "close to the palace", "briefed on the talks" (a reporting
    // participle with its complement, not the reporting verb: "briefed reporters").
    let complement = tk.is_word(k + 1) && (f.lx.is("preposition", tk.lower(k + 1)) || tk.lower(k + 1) == "to");
    let adjective = f.lx.is("complement_adjective", first) && complement;
    if !relative && !adjective && !(tk.is_participle(k) || first.ends_with("ed") || first.ends_with("ing")) || f.lx.speech_verb(first).is_some() && !first.ends_with("ing") && !(first.ends_with("ed") && complement) {
        return None;
    }
    let mut j = k + 1;
    while j < tk.toks.len() && j < k + 10 && tk.is_word(j) && !tk.quoted[j] && tk.toks[j].start == tk.toks[j - 1].end + 1 {
        let w = tk.lower(j);
        if f.lx.speech_verb(w).is_some() && !tk.is_participle(j) || f.lx.is("relative", w) || w == "put" {
            break;
        }
        j += 1;
    }
    // Nothing but the first word, or a clause ended mid-phrase: no modifier.
    (j > k + 1 && !["determiner", "preposition", "auxiliary"].iter().any(|c| f.lx.is(c, tk.lower(j - 1)))).then(|| tk.toks[j - 1].end)
}

/// The parent an unnamed source's circle gives it: after "close to" (a
/// `[complement_adjective]` modifier right after the description ending at byte
/// `end`), the parent of the person named, or the body named.
fn circle_of(f: &Finder, cast: &Cast, p: usize, end: usize) -> Option<usize> {
    let tk = &f.tks[p];
    let k = tk.at(end);
    if !(tk.is_word(k) && f.lx.is("complement_adjective", tk.lower(k))) {
        return None;
    }
    let long = restrictive_modifier(f, p, end)?;
    let m = cast.mentions_in(p, end..long).iter().find(|m| m.range.end <= long && matches!(cast.actors[m.actor].kind, ActorKind::Person | ActorKind::Organization))?;
    match cast.actors[m.actor].kind {
        ActorKind::Person => cast.actors[m.actor].parent,
        _ => Some(m.actor),
    }
}

/// The actor a plural of `head` ("officials" for "official") was last attached to
/// before byte `before` of paragraph `p`: a mention ending at most two words before
/// the plural ("U.S. officials", "Chinese military officials").
fn member_of_named_group(f: &Finder, cast: &Cast, p: usize, before: usize, head: &str) -> Option<usize> {
    let tk = &f.tks[p];
    let plural = format!("{head}s");
    let end = tk.at(before);
    let k = (0..end).rev().find(|&k| tk.is_word(k) && tk.lower(k) == plural)?;
    let lo = tk.toks[k.saturating_sub(3)].start;
    cast.mentions_in(p, lo..tk.toks[k].start).iter().rev().find(|m| m.range.end <= tk.toks[k].start).map(|m| m.actor)
}

/// The person a passage is about, before byte `at` of paragraph `p`: among the
/// persons `fits` accepts, the one named most in the last 200 mentions (three times
/// at least, more than anyone else), when named in the last `recent` paragraphs.
pub(super) fn protagonist(cast: &Cast, p: usize, at: usize, recent: usize, fits: &dyn Fn(usize) -> bool) -> Option<usize> {
    let mut counts: Vec<(usize, usize, usize)> = Vec::new(); // (actor, mentions, last para)
    for m in cast.mentions_before(p, at).take(200) {
        if cast.actors[m.actor].kind != ActorKind::Person || !fits(m.actor) {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == m.actor) {
            Some(c) => c.1 += 1,
            None => counts.push((m.actor, 1, m.para)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1));
    counts.first().filter(|c| c.1 >= 3 && c.2 + recent >= p && counts.get(1).map_or(true, |d| d.1 < c.1)).map(|c| c.0)
}
