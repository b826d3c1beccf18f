//! Noun phrases: where a subject phrase ends (prepositions, relative pronouns,
//! participles, a predicate after a name) and what it names: a cast actor, an
//! unlinked name, a pronoun or a description with its head noun.

use crate::case::StrCase;
use super::*;

impl<'c, 'a> Finder<'c, 'a> {
    /// The first noun phrase of tokens `lo..hi` as a subject.
    pub(super) fn noun_phrase(&self, cast: &Cast, p: usize, lo: usize, hi: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let lx = self.lx;
        let mut lo = lo;
        let mut hi = hi;
        // "whether …", "Then she turned serious": a leading subordinator or adverb
        // (capitalised at a sentence start) is no part of the subject; nor is a
        // lowercase adverb of time before the head ("and later Kenyans chanted",
        // "but soon protesters shouted"; a capitalised word may be a name's own).
        let adverb = |k: usize| tk.is_lower(k) && k + 1 < hi && lx.is("leading_adverb", tk.lower(k));
        // ("What I told them in Sendai: "Q"", "What he said was: "Q"": a free relative
        // opening on a subject pronoun has that pronoun for subject, never "What I".)
        // ("A. What I told them": an interview's answer label is no part of it.)
        if let Some((_, e)) = crate::extract::slug::qa_label(tk.text) {
            while lo < hi && tk.toks[lo].start < e {
                lo += 1;
            }
        }
        let free_relative = |k: usize| k + 1 < hi && tk.lower(k) == "what" && tk.is_word(k + 1) && lx.is("subject_pronoun", tk.lower(k + 1));
        while lo < hi && (!tk.is_word(lo) || (tk.is_lower(lo) || lo + 1 < hi && lx.is_stop_capital(tk.word(lo))) && lx.is("subordinator", &tk.lower(lo)) || adverb(lo) || free_relative(lo)) {
            lo += 1;
        }
        while hi > lo && (!tk.is_word(hi - 1) || self.is_aux(tk, hi - 1)) {
            hi -= 1;
        }
        if lo >= hi {
            return None;
        }
        // "At the harbour office I was told:", "In the village I heard:": a phrase
        // opening with a preposition is an adverbial before the subject; a subject
        // pronoun after it, then lowercase words only, is the subject.
        if lx.is("preposition", tk.lower(lo)) {
            let pronoun = (lo + 1..hi).find(|&k| tk.is_word(k) && lx.is("subject_pronoun", tk.lower(k)) && (k + 1..hi).all(|j| !tk.is_word(j) || tk.is_lower(j)));
            if let Some(k) = pronoun {
                return self.noun_phrase(cast, p, k, hi);
            }
        }
        // "… issue a joint statement saying", "the parties issued a statement
        // saying": a lowercase word before an indefinite article inside the phrase
        // (no preposition, determiner or `[article_opener]`) is a verb, the article
        // opens its object: the subject is what comes before the verb, none when
        // the phrase opens with it. Only when no speaker noun (a document's aside)
        // or plural follows the article ("only a handful of lawmakers" is a subject).
        let thing_after = |k: usize| (k + 1..hi).all(|j| !tk.is_word(j) || lx.is("document", tk.lower(j)) || !is_speaker_noun(tk.lower(j)) && !is_plural(tk.lower(j)));
        let verb_before_object = (lo + 1..hi).find(|&k| {
            tk.is_word(k) && tk.is_word(k - 1) && tk.is_lower(k - 1) && lx.is("indefinite_article", tk.lower(k)) && thing_after(k) && {
                let w = tk.lower(k - 1);
                !lx.is("preposition", w) && !lx.is("complement_preposition", w) && !lx.is("determiner", w) && !lx.is("article_opener", w)
            }
        });
        if let Some(k) = verb_before_object {
            return if k - 1 > lo { self.noun_phrase(cast, p, lo, k - 1) } else { None };
        }
        let first = tk.lower(lo);
        // "one of them said", "one of the officials said": a member of a group the
        // text does not name apart speaks as that group.
        if hi - lo >= 3 && matches!(first, "one" | "two" | "some" | "several" | "another") && tk.is_word(lo + 1) && tk.lower(lo + 1) == "of" {
            return self.noun_phrase(cast, p, lo + 2, hi);
        }
        // "he gave me what …": a subject pronoun then a lowercase word is the subject
        // and its predicate.
        let predicate = lo + 1 < hi && tk.is_word(lo + 1) && tk.is_lower(lo + 1) && lx.is("subject_pronoun", first);
        if hi - lo == 1 || !tk.is_word(lo + 1) || predicate {
            if let Some(class) = pronoun_class(&first) {
                if !lx.is("possessive_pronoun", first) || hi - lo == 1 {
                    return Some(Subj::Pronoun { at: tk.toks[lo].start, class });
                }
            }
        }
        // Cut the head phrase at the first modifier: a lowercase preposition, relative
        // pronoun or participle, unless it glues a capitalised name ("Office of the
        // Supreme Leader", "Secretary of State").
        let mentions = cast.mentions_in(p, tk.toks[lo].start..tk.toks[hi - 1].end);
        // A token inside a mention, its last included ("Omar al-Khatib": "al-Khatib"
        // is no predicate).
        let in_mention = |k: usize| mentions.iter().any(|m| m.range.start < tk.toks[k].start && tk.toks[k].end <= m.range.end);
        let mut cut = hi;
        // Whether a preposition glued a capitalised name so far ("Minister of Justice").
        let mut glued_name = false;
        for k in lo + 1..hi {
            if !tk.is_word(k) {
                // "The Organization of American States (OAS) electoral observation
                // mission": an acronym in parentheses does not end the phrase.
                let acronym = tk.punct(k) == Some('(') && k + 2 < hi && tk.punct(k + 2) == Some(')') && tk.is_word(k + 1) && tk.word(k + 1).chars().all(|c| !c.is_lowercase());
                if matches!(tk.punct(k), Some(',' | '(' | '\u{2014}' | '\u{2013}')) && !in_mention(k) && !acronym {
                    cut = k;
                    break;
                }
                continue;
            }
            let w = tk.lower(k);
            // "Ana Ruiz met …", "Hamdok set out …": a lowercase word right after a name
            // that is not a noun of the phrase ("commander", "officials") starts the
            // predicate.
            // "Ain o Salish Kendra", "Ruud van Dijk": a name particle between capitals.
            let particle = k + 1 < hi && tk.is_word(k + 1) && tk.is_cap(k + 1) && lx.is("name_particle", w);
            // "The French energy company": lowercase words up to a business noun
            // after "the" and a capital are the phrase's own.
            let firm = lx.is("determiner", tk.lower(lo)) && (k..hi).take_while(|&j| tk.is_word(j) && tk.is_lower(j)).take(3).any(|j| lx.is("firm", tk.lower(j)));
            // "Greens co-leader Felix Ahrendt", "Social Democrats parliamentary leader
            // Jonas Weber": lowercase words up to a title (a person or voice noun, the
            // last part of a hyphenated one) right before a capitalised name are the
            // name's title after the body it serves, never a predicate.
            let title_run = || {
                let run = (k..hi).take_while(|&j| tk.is_word(j) && tk.is_lower(j)).take(3).last();
                run.is_some_and(|e| {
                    let t = tk.lower(e);
                    let t = t.rsplit('-').next().unwrap_or(t);
                    (lx.is("person", t) || lx.is("voice", t)) && !is_plural(t) && e + 1 < hi && tk.is_word(e + 1) && tk.is_cap(e + 1) && !lx.is_stop_capital(tk.word(e + 1))
                })
            };
            // "The Minister of Justice and Public Security, X, said": "and" between
            // capitals after a glued preposition joins the portfolio's parts; it does
            // not start a predicate (nor does it join two subjects: "Ana Ruiz and
            // Pedro Gómez said" has no glued preposition).
            let portfolio = glued_name && matches!(w, "and" | "&") && k + 1 < hi && tk.is_word(k + 1) && tk.is_cap(k + 1) && tk.is_cap(k - 1);
            // "Chief executive Tran Quoc Vinh opened …": a lowercase word between a
            // capitalised title word and a capitalised name is the title's own.
            // (Only a title opening the phrase bare: in "The Governor met Amina Yusuf
            // and said", "met" is the predicate.)
            let title_word = k - 1 == lo && tk.is_word(k - 1) && tk.is_cap(k - 1) && !w.ends_with("ed") && lx.speech_verb(&w).is_none() && lx.is("person", tk.lower(k - 1)) && !is_plural(tk.lower(k - 1)) && k + 1 < hi && tk.is_word(k + 1) && tk.is_cap(k + 1) && !lx.is_stop_capital(tk.word(k + 1));
            let predicate = !portfolio && !title_word && tk.is_lower(k) && tk.is_word(k - 1) && tk.is_cap(k - 1) && !lx.is_stop_capital(tk.word(k - 1)) && !tk.toks[k - 1].poss && !is_speaker_noun(&w) && !is_plural(&w) && !in_mention(k) && !particle && !firm && !title_run();
            if predicate {
                cut = k;
                break;
            }
            // "a source close to Mr Lowe", "people familiar with her thinking": an
            // unnamed source's restrictive modifier (`[complement_adjective]`, then
            // its preposition) ends the head phrase; the name in it is no speaker
            // (`described_actor` keeps the modifier as an alias).
            let restrictive = tk.is_lower(k) && lx.is("complement_adjective", &w) && tk.is_word(k - 1) && tk.is_lower(k - 1) && is_speaker_noun(tk.lower(k - 1)) && k + 1 < hi && tk.is_word(k + 1) && (lx.is("preposition", tk.lower(k + 1)) || tk.lower(k + 1) == "to");
            if restrictive {
                cut = k;
                break;
            }
            // "a former inmate interviewed by Human Rights Watch", "a man detained by
            // police": a past participle with its agent is a modifier too.
            let passive = w.len() > 4 && w.ends_with("ed") && k + 1 < hi && tk.is_word(k + 1) && tk.lower(k + 1) == "by";
            // "An adviser to the Mendoza campaign", "an aide to the senator": "to"
            // after a lowercase person noun opens its complement (never an
            // infinitive's: "expects to", "wants to" follow no person noun).
            let to_complement = w == "to" && tk.is_word(k - 1) && tk.is_lower(k - 1) && lx.is("person", tk.lower(k - 1));
            // "The managing director of Debswana", "the acting president": an -ing
            // word between a determiner and a speaker noun is the noun's adjective,
            // not a participle opening a modifier ("the man standing outside"); so in
            // "the governing body" (`[generic_body]`).
            let attributive = tk.is_participle(k) && tk.is_word(k - 1) && lx.is("determiner", tk.lower(k - 1)) && k + 1 < hi && tk.is_word(k + 1) && tk.is_lower(k + 1) && (is_speaker_noun(tk.lower(k + 1)) || lx.is("generic_body", tk.lower(k + 1)));
            let modifier = tk.is_lower(k) && (lx.is("preposition", &w) || lx.is("relative", &w) || tk.is_participle(k) && !attributive || passive || to_complement || lexicon::get().speech_verb(&w).is_some());
            if modifier && !in_mention(k) {
                let institution = |x: &str| lx.is("organization", x) || lx.is("person", x) || lx.is("media", x) || x == "bank" || x == "university" || x == "institute";
                let glued = matches!(w, "of" | "for" | "on" | "de") && tk.is_cap(k - 1) && (institution(&tk.lower(k - 1)) || w != "of" && w != "de" || tk.word(k - 1).chars().all(|c| !c.is_lowercase())) && (k + 1 < hi && tk.is_word(k + 1) && (tk.is_cap(k + 1) || tk.lower(k + 1) == "the" && k + 2 < hi && tk.is_word(k + 2) && tk.is_cap(k + 2)));
                if !glued {
                    cut = k;
                    break;
                }
                glued_name = true;
            }
        }
        let hi_np = cut;
        if hi_np <= lo {
            return None;
        }
        // "The Minister replied that …", "the President said": a title capitalised
        // after "the" (parliamentary records, British style) is a definite
        // description, resolved back to the holder named before, never a name of its
        // own nor the alias of a holder the text names only later.
        if hi_np == lo + 2 && first == "the" && tk.is_word(lo + 1) && tk.is_cap(lo + 1) && !tk.toks[lo + 1].poss && lx.is("person", tk.lower(lo + 1)) && !is_plural(tk.lower(lo + 1)) {
            return Some(Subj::Described { range: tk.toks[lo].start..tk.toks[lo + 1].end, plural: false, head: tk.lower(lo + 1).to_string() });
        }
        // "the foreign ministry's spokesperson said": the voice of a body the text
        // only describes (lowercase words headed by an institution noun, possessive)
        // speaks for that body, as "a State Department spokesperson" does.
        let v = hi_np - 1;
        if v >= lo + 2 && lx.is("voice", tk.lower(v)) && lx.is("determiner", first) && tk.toks[v - 1].poss && tk.is_lower(v - 1) && lx.is("organization", tk.lower(v - 1)) && (lo + 1..v).all(|k| tk.is_word(k) && (tk.is_lower(k) || k + 1 < v)) {
            return Some(Subj::Described { range: tk.toks[lo].start..tk.toks[v - 1].end, plural: false, head: tk.lower(v - 1).to_string() });
        }
        // "a spokesman for the Dockworkers Union": the voice speaks for the body.
        if lx.is("voice", &tk.lower(hi_np - 1)) && hi_np < hi && tk.is_word(hi_np) && lx.is("complement_preposition", tk.lower(hi_np)) {
            match self.noun_phrase(cast, p, hi_np + 1, hi) {
                Some(s @ (Subj::Actor(_) | Subj::Name(_))) => return Some(s),
                // ("a spokesperson for the governing body": `[generic_body]` too)
                Some(s @ Subj::Described { .. }) if matches!(&s, Subj::Described { head, .. } if is_speaker_noun(head) || lx.is("generic_body", head)) => return Some(s),
                _ => {}
            }
        }
        // "The verdict from Yasmin Aziz", "the report by Amnesty International": words
        // or a document (`quote_noun`, `[document]`) whose complement names who made
        // them: that maker speaks.
        // ("report", "statement" are reporting verbs too: the cut may fall on them.)
        let words_noun = |k: usize| k < hi && tk.is_word(k) && (lx.is("quote_noun", tk.lower(k)) || lx.is("document", tk.lower(k)));
        // (Lowercase modifiers may stand between: "An internal report by X".)
        let modified = lx.is("determiner", first) && (lo + 1..hi_np).all(|k| tk.is_word(k) && tk.is_lower(k));
        let head_at = if words_noun(hi_np) && (lx.is("determiner", tk.lower(hi_np - 1)) || modified) { hi_np } else { hi_np - 1 };
        if words_noun(head_at) && head_at + 2 < hi && tk.is_word(head_at + 1) && matches!(tk.lower(head_at + 1), "from" | "by" | "of") {
            if let Some(s @ (Subj::Actor(_) | Subj::Name(_))) = self.noun_phrase(cast, p, head_at + 2, hi) {
                return Some(s);
            }
        }
        // A possessive pronoun heading the phrase: "his 2013 speech" speaks for him;
        // "his allies on the town council", "her lawyers" are people of their own.
        let h = tk.lower(hi_np - 1);
        let people = lx.is("group", h) || is_plural(h) && !lx.is("quote_noun", h) && !lx.is("document", h) && lx.speech_verb(h).is_none();
        if lx.is("possessive_pronoun", first) && people && hi_np - lo >= 2 {
            return Some(Subj::Described { range: tk.toks[lo].start..tk.toks[hi_np - 1].end, plural: true, head: h.to_string() });
        }
        // "his mother said", "her family said in a statement": kin (`[kin]`) speak
        // for themselves, not for the possessor.
        if lx.is("possessive_pronoun", first) && lx.is("kin", h) && hi_np - lo == 2 {
            return Some(Subj::Described { range: tk.toks[lo].start..tk.toks[hi_np - 1].end, plural: h == "parents", head: h.to_string() });
        }
        if lx.is("possessive_pronoun", first) {
            let class = pronoun_class(&first).unwrap_or(PronounClass::Person);
            return Some(Subj::Pronoun { at: tk.toks[lo].start, class });
        }
        let range = tk.toks[lo].start..tk.toks[hi_np - 1].end;
        let phrase = strip_determiners(&tk.text[range.clone()]);
        if let Some(a) = cast.lookup(phrase) {
            // "Zimbabweans chanted": a state's people (its plural demonym, an alias
            // of the state) speak as a group of their own, resolved as one.
            if hi_np - lo == 1 && cast.actors[a].kind == ActorKind::State && is_people(phrase) {
                return Some(Subj::Described { range, plural: true, head: phrase.lowercase() });
            }
            return Some(Subj::Actor(a));
        }
        let last_word = hi_np - 1;
        let head = tk.lower(last_word);
        let plural = is_plural(&head);
        // "the Dhaka-based rights group", "Iran-backed militias": a name inside a
        // hyphenated modifier is no head.
        let text = tk.text;
        let modifier = |r: &Range<usize>| text[r.end..].starts_with('-') && text[r.end + 1..].starts_with(char::is_lowercase);
        let ms: Vec<&Mention> = cast.mentions_in(p, range.clone()).iter().filter(|m| m.range.end <= range.end && !modifier(&m.range)).collect();
        if let Some(m) = ms.last() {
            // "The U.S. Embassy in Dhaka said": a state's name, then capitalised words
            // ending in an institution noun no cast mention covers, names that
            // institution of the state, not the state (an actor made from the name).
            let inst_lo = tk.at(m.range.end);
            let mut inst_hi = inst_lo;
            while inst_hi < hi_np && inst_hi < inst_lo + 3 && tk.is_word(inst_hi) && tk.is_cap(inst_hi) && !tk.toks[inst_hi].poss {
                inst_hi += 1;
            }
            let opens = (lo..tk.at(m.range.start)).all(|k| tk.is_word(k) && lx.is("determiner", tk.lower(k)));
            let state_poss = tk.toks.get(inst_lo.saturating_sub(1)).is_some_and(|t| t.poss && t.end <= m.range.end);
            if inst_hi > inst_lo && opens && !state_poss && cast.actors[m.actor].kind == ActorKind::State && lx.is("organization", tk.lower(inst_hi - 1)) && !is_plural(tk.lower(inst_hi - 1)) {
                return Some(Subj::Name(m.range.start..tk.toks[inst_hi - 1].end));
            }
            let tail_lower = (tk.at(m.range.end)..hi_np).any(|k| tk.is_word(k) && tk.is_lower(k));
            let poss = tk.toks.get(tk.at(m.range.end).saturating_sub(1)).is_some_and(|t| t.poss && t.end <= m.range.end);
            // "said Sana Jamal, a researcher", "Israel Gomez told": a one-word mention
            // of a state or body (in Title Case, not an acronym's capitals) followed by
            // one capitalised word no mention covers, ending the phrase, is a
            // person's given name and surname.
            let next = tk.at(m.range.end);
            let one_word = tk.at(m.range.start) + 1 == next && m.range.start == tk.toks[lo].start;
            let title_case = tk.text[m.range.clone()].chars().skip(1).any(char::is_lowercase);
            let surname = next + 1 == hi_np && tk.is_word(next) && tk.is_cap(next) && !tk.toks[next].poss && !lx.is_stop_capital(tk.word(next)) && crate::extract::cast::kb::get().mask(tk.word(next)) == 0 && crate::extract::cast::kb::get().lookup(tk.word(next)).is_none();
            if one_word && title_case && surname && !tk.toks[next - 1].poss && cast.actors[m.actor].kind != ActorKind::Person && !ms.iter().any(|x| x.range.start >= tk.toks[next].start) {
                return Some(Subj::Name(m.range.start..tk.toks[next].end));
            }
            if !tail_lower {
                // "Iranians" for the state Iran: a collective, not the state.
                let a = &cast.actors[m.actor];
                let surface = &tk.text[m.range.clone()];
                if a.kind == ActorKind::State && is_plural(&surface.lowercase()) && !is_plural(&a.name.lowercase()) {
                    return Some(Subj::Described { range, plural: true, head: surface.lowercase() });
                }
                return Some(Subj::Actor(m.actor));
            }
            // "a Chinese foreign ministry spokesperson": an unnamed voice of a body the
            // text only describes (lowercase words) is a person of its own; "a State
            // Department spokesperson" speaks for the body it names.
            let described_body = tk.text[m.range.clone()].split_whitespace().skip(1).any(|w| w.starts_with(char::is_lowercase));
            if !poss && lx.is("voice", &head) && lx.is("person", &head) && lx.is("indefinite_article", first) && described_body {
                return Some(Subj::Described { range, plural: false, head: head.to_string() });
            }
            // "The World Bank's country director wrote": a body's unnamed holder of a
            // post that is no voice of it ("its spokesman" speaks for the body) is a
            // person of his own, as the gold keeps him. So is a state's ("Serbia's
            // president said"; "Kenya's representative" is a voice: the state).
            let owner = matches!(cast.actors[m.actor].kind, ActorKind::Organization | ActorKind::State);
            let own_post = poss && !plural && !lx.is("voice", &head) && lx.is("person", &head) && owner && (tk.at(m.range.end)..hi_np).all(|k| !tk.is_word(k) || tk.is_lower(k));
            if own_post {
                return Some(Subj::Described { range, plural: false, head: head.to_string() });
            }
            if poss || lx.is("voice", &head) {
                return Some(Subj::Actor(m.actor));
            }
            // "The OAS electoral observation mission said": an organisation's name,
            // then lowercase words headed by an institution noun: a body of it, named
            // from the mention on (attached under it when created).
            let lower_tail = (tk.at(m.range.end)..hi_np).all(|k| !tk.is_word(k) || tk.is_lower(k));
            if lower_tail && lx.is("organization", &head) && !plural && cast.actors[m.actor].kind == ActorKind::Organization && tk.toks[tk.at(m.range.end).saturating_sub(1)].end <= m.range.end {
                return Some(Subj::Described { range: m.range.start..range.end, plural: false, head: head.to_string() });
            }
            // "a senior French diplomat": the mention modifies a speaker noun. "Ezzat
            // went further": the lowercase words are the predicate, not the head.
            let next = tk.at(m.range.end);
            let next_w = if tk.is_word(next) { tk.lower(next) } else { "" };
            if is_speaker_noun(&next_w) || is_speaker_noun(&head) && (next..hi_np).all(|k| !tk.is_word(k) || !self.is_aux(tk, k)) && next_w.ends_with('s') {
                if let Some(d) = self.speaker_noun_run(p, lo, next, hi_np) {
                    return Some(d);
                }
                return Some(Subj::Described { range, plural, head: head.to_string() });
            }
            // "The French energy company said": a state's demonym modifying a
            // business noun renames a company, it is not the state speaking.
            if lx.is("firm", &head) && !plural && lx.is("determiner", first) && cast.actors[m.actor].kind == ActorKind::State {
                return Some(Subj::Described { range, plural: false, head: head.to_string() });
            }
            return Some(Subj::Actor(m.actor));
        }
        // No cast mention: a capitalised name, or a description.
        let after_poss = (lo..hi_np).rev().find(|&k| tk.toks[k].poss && k + 1 < hi_np).map_or(lo, |k| k + 1);
        // A capital that only opens the sentence ("Students who marched …") is no name.
        let sentence_start = tk.sentence_toks(lo).start;
        // Nor is a post written in capitals ("the MP said", "the CEO"): a person noun.
        let post_caps = |k: usize| tk.word(k).len() <= 4 && tk.word(k).chars().all(|c| c.is_ascii_uppercase()) && lx.is("person", tk.lower(k));
        let common = |k: usize| post_caps(k) || k == sentence_start && { let w = tk.lower(k); is_speaker_noun(&w) || is_plural(&w) && !is_demonym_plural(tk.word(k)) };
        let hyphen_modifier = |k: usize| tk.word(k).split_once('-').is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
        let caps: Vec<usize> = (after_poss..hi_np).filter(|&k| tk.is_word(k) && tk.is_cap(k) && !lx.is_stop_capital(tk.word(k)) && !common(k) && !hyphen_modifier(k)).collect();
        if caps.is_empty() {
            if hi_np - lo == 1 && (lx.is_stop_capital(tk.word(lo)) || tk.is_cap(lo) && !plural) {
                return None;
            }
            // "the foreign minister went further": a lowercase word after the
            // phrase's speaker noun that is no noun of the phrase starts the predicate.
            let mut end = hi_np;
            if let Some(h) = (lo..hi_np).find(|&k| tk.is_word(k) && tk.is_lower(k) && is_speaker_noun(tk.lower(k))) {
                let mut e = h + 1;
                // "the former minister laughs": after a singular person noun, an -s
                // word that is no speaker noun is a present-tense verb, not a plural.
                let verb_s = |k: usize| lx.is("person", tk.lower(k - 1)) && !is_plural(tk.lower(k - 1)) && !is_speaker_noun(tk.lower(k)) && tk.lower(k).ends_with('s');
                while e < hi_np && tk.is_word(e) && (is_speaker_noun(tk.lower(e)) || is_plural(tk.lower(e)) && tk.is_lower(e) && !verb_s(e)) {
                    e += 1;
                }
                if e < hi_np && tk.is_word(e) && tk.is_lower(e) {
                    end = e;
                }
            }
            let range = tk.toks[lo].start..tk.toks[end - 1].end;
            let (plural, head) = if end == hi_np { (plural, head.to_string()) } else { let h = tk.lower(end - 1); (is_plural(h), h.to_string()) };
            return Some(Subj::Described { range, plural, head });
        }
        let name_lo = caps[0];
        let name_hi = *caps.last().unwrap() + 1;
        let tail_lower = (name_hi..hi_np).any(|k| tk.is_word(k) && tk.is_lower(k));
        let next_w = if name_hi < hi_np && tk.is_word(name_hi) { tk.lower(name_hi) } else { "" };
        let firm = lx.is("firm", &head) && !plural && lx.is("determiner", first);
        if tail_lower && !lx.is("voice", &head) && !tk.toks[name_hi - 1].poss && (is_speaker_noun(&next_w) || firm) {
            // "quoted a Western official as saying": the speaker nouns after the name
            // end the phrase when a lowercase word that is none follows ("as").
            if let Some(d) = self.speaker_noun_run(p, lo, name_hi, hi_np).filter(|_| !firm) {
                return Some(d);
            }
            let range = tk.toks[lo].start..tk.toks[hi_np - 1].end;
            return Some(Subj::Described { range, plural, head: head.to_string() });
        }
        // A possessor with a description ("Burkina Faso's government"): its possessor;
        // otherwise the name itself.
        let name_range = if tk.toks[name_hi - 1].poss || !tail_lower {
            // "Mali's Foreign Minister Abdoulaye Diop": the name after the possessive.
            tk.toks[name_lo].start..tk.toks[name_hi - 1].end
        } else {
            tk.toks[name_lo].start..tk.toks[name_hi - 1].end
        };
        let name = &tk.text[name_range.clone()];
        if name_hi - name_lo == 1 && is_demonym_plural(name) {
            return Some(Subj::Described { range: name_range, plural: true, head: name.lowercase() });
        }
        Some(Subj::Name(name_range))
    }

    /// `a Western official as saying`: the lowercase speaker nouns from token `from`
    /// (right after a name) end the description `lo..` when a lowercase word that is
    /// none follows before `hi` ("as"), so the head is the noun, not that word.
    fn speaker_noun_run(&self, p: usize, lo: usize, from: usize, hi: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let mut e = from;
        while e < hi && tk.is_word(e) && tk.is_lower(e) && is_speaker_noun(tk.lower(e)) {
            e += 1;
        }
        (e > from && e < hi && tk.is_word(e) && tk.is_lower(e)).then(|| {
            let h = tk.lower(e - 1);
            Subj::Described { range: tk.toks[lo].start..tk.toks[e - 1].end, plural: is_plural(h), head: h.to_string() }
        })
    }

    /// Whether tokens `lo..hi` end in a title after their last mention ("The
    /// Armenian Prime Minister", "Iran's foreign minister"): the phrase names a
    /// post, and an appositive name after it is the speaker, not the state.
    pub(super) fn title_tail(&self, cast: &Cast, p: usize, lo: usize, hi: usize) -> bool {
        let tk = &self.tks[p];
        if hi <= lo || !tk.is_word(hi - 1) || !is_speaker_noun(tk.lower(hi - 1)) {
            return false;
        }
        let last = &tk.toks[hi - 1];
        cast.mentions_in(p, tk.toks[lo].start..last.end).iter().all(|m| m.range.end <= last.start)
    }

    pub(super) fn is_aux(&self, tk: &Tokens, k: usize) -> bool {
        let w = tk.lower(k);
        // (An -ly word a speaker list has is a noun: "his family said", "the assembly
        // voted".)
        tk.is_lower(k) && (self.lx.is("auxiliary", &w) || w.len() > 4 && w.ends_with("ly") && !is_speaker_noun(w))
    }

}
