//! The subject left of a reporting verb: stepping back over auxiliaries, asides
//! (commas, dashes, parentheses) and relative clauses to the noun phrase that
//! opens the clause; a name a document shows speaking; the subject a coordinated
//! verb shares with the clause before it.

use super::*;

/// How far back (in tokens) an aside's opening comma may lie before the antecedent
/// of its relative clause.
const ASIDE_WORDS: usize = 10;

impl<'c, 'a> Finder<'c, 'a> {
    /// The subject left of verb token `v` in paragraph `p`.
    pub(in crate::extract::attribution) fn subject_left(&self, cast: &Cast, p: usize, v: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let sent = tk.sentence_toks(v);
        let mut j = v;
        // Step over auxiliaries and adverbs: "has consistently framed".
        while j > sent.start && tk.is_word(j - 1) && self.is_aux(tk, j - 1) {
            j -= 1;
        }
        if let Some(s) = self.perceived_subject(cast, p, v) {
            return Some(s);
        }
        // "In a letter published last month he wrote": a subject pronoun right before
        // the verb is its subject, whatever opens the sentence without a comma.
        if j > sent.start && tk.is_word(j - 1) && tk.is_lower(j - 1) && self.lx.is("subject_pronoun", tk.lower(j - 1)) {
            if let Some(class) = pronoun_class(tk.lower(j - 1)) {
                return Some(Subj::Pronoun { at: tk.toks[j - 1].start, class });
            }
        }
        // "he paused, then said": a verb coordinated by "then" shares the subject of
        // the sentence's first clause.
        if j > sent.start && tk.punct(j - 1) == Some(',') && (j..v).any(|k| tk.lower(k) == "then") {
            return self.sentence_subject(cast, p, sent.start..j - 1);
        }
        // "In a televised address he accused Kyiv of "Q" and said …": a verb
        // coordinated by "and" or "but" shares the subject of the clause before it.
        if j > sent.start + 1 && tk.is_word(j - 1) && tk.is_lower(j - 1) && self.lx.is("coordinator", tk.lower(j - 1)) {
            if let Some(s) = self.coordinated_subject(cast, p, sent.start, j - 1) {
                return Some(s);
            }
        }
        let mut apposition = None;
        // `X (who led the study) said`: a parenthetical aside, stepped over like a
        // comma-bounded one.
        if j > sent.start && tk.punct(j - 1) == Some(')') {
            let opening = (sent.start.max((j - 1).saturating_sub(super::super::frames::PAREN_ASIDE))..j - 1).rev().find(|&k| tk.punct(k) == Some('('));
            // An acronym in parentheses ("… Organization (ILO) said") is the name's own.
            if let Some(k) = opening.filter(|&k| !(k + 3 == j && tk.is_word(k + 1) && tk.word(k + 1).chars().all(|c| !c.is_lowercase()))) {
                apposition = Some(k + 1..j - 1);
                j = k;
            }
        }
        if j > sent.start && apposition.is_none() {
            if let Some(c @ (',' | '\u{2014}' | '\u{2013}')) = tk.punct(j - 1) {
                // `X, a doctor, said` / `his speech—delivered …—noted`: step over the aside.
                let lo = sent.start.max((j - 1).saturating_sub(30));
                let same = |x: char| x == c || (c != ',' && matches!(x, '\u{2014}' | '\u{2013}'));
                match (lo..j - 1).rev().find(|&k| tk.punct(k).is_some_and(same)) {
                    Some(k) => {
                        apposition = Some(k + 1..j - 1);
                        j = k;
                    }
                    None => return None,
                }
            }
        }
        // The segment: back to a boundary.
        let mut start = j;
        let mut words = 0;
        let mut antecedent = false;
        while start > sent.start && words < SUBJECT_WINDOW {
            let k = start - 1;
            if tk.quoted[k] {
                break;
            }
            if let Some(c) = tk.punct(k) {
                // "The International Labour Organization (ILO), which …, urged": an
                // acronym in parentheses belongs to the name before it.
                if c == ')' && k >= 2 && tk.punct(k - 2) == Some('(') && tk.is_word(k - 1) && tk.word(k - 1).chars().all(|c| !c.is_lowercase()) {
                    start = k - 2;
                    continue;
                }
                if matches!(c, ',' | ';' | ':' | '(' | ')' | '\u{2014}' | '\u{2013}') {
                    break;
                }
                start = k;
                continue;
            }
            let w = tk.lower(k);
            if self.lx.is("relative", &w) && tk.is_lower(k) {
                // "Students who marched through Dorn chanted": the relative clause is
                // complete (it starts with its verb), the subject is its antecedent.
                let complete = start < j && tk.is_word(start) && tk.is_lower(start) && !self.lx.is("determiner", &tk.lower(start)) && pronoun_class(&tk.lower(start)).is_none();
                // "A man who gave his name only as Tariq said": a clause naming its
                // antecedent gives the speaker's name.
                if complete && !antecedent {
                    if let Some(s) = self.named_as(cast, p, k + 1, j) {
                        return Some(s);
                    }
                }
                if (start == j || complete) && !antecedent {
                    // "Iranians who chant": the antecedent, the phrase right before.
                    j = k;
                    start = k;
                    antecedent = true;
                    continue;
                }
                break;
            }
            // "the Elysee said President Macron had urged": an inflected reporting verb
            // (not a noun's form: "the report said"), then a name, opens the reported
            // clause; its subject is the nearer verb's. (Not "officials quoted by
            // Reuters said": "by" follows; nor "She said the ministry had insisted":
            // a description after the verb leaves the outer speaker speaking, as the
            // dev golds have it.)
            let reported = !antecedent && start < j && tk.is_lower(k) && self.lx.speech_verb(&w).is_some_and(|l| l != w) && !w.ends_with('s') && !tk.is_participle(k) && tk.is_word(start) && tk.is_cap(start) && !self.lx.is_stop_capital(tk.word(start));
            if reported {
                break;
            }
            if antecedent && tk.is_lower(k) && (self.lx.is("preposition", &w) || tk.is_participle(k) || self.lx.speech_verb(&w).is_some()) {
                break;
            }
            start = k;
            words += 1;
        }
        // "Omar Lezcano of the Centre for the Study of the Cuban Economy at the
        // University of Havana has warned": a window cut inside a long name whose
        // holder opens it ("X of/at/from the Y") — a person of an organisation
        // speaks, not the organisation.
        if words >= SUBJECT_WINDOW && !antecedent && start > sent.start {
            if let Some(s) = self.holder_of_long_name(cast, p, sent.start, start) {
                return Some(s);
            }
        }
        // "President Ana Ruiz, who promised during her campaign to make the country
        // "Q"", "The regulator, which has long argued that …": a relative pronoun
        // right before the verb and right after a comma opens a clause whose subject
        // is the noun phrase before the comma (back to its determiner, a
        // preposition or a verb). A dash opens a "who" aside as a comma does
        // ("Senator X — who last week called the deal "Q" — voted for it"; never
        // "The deal — which critics called "Q" —").
        let dash = matches!(tk.punct(start.saturating_sub(1)), Some('\u{2014}' | '\u{2013}')) && tk.is_word(start) && tk.lower(start) == "who";
        if antecedent && start == j && start > sent.start + 1 && (tk.punct(start - 1) == Some(',') || dash) {
            let e = start - 1;
            let mut b = e;
            // (A preposition inside the phrase is kept: "Voters in Lagos, who told";
            // a lowercase word before a name is its predicate: "X met Ana Ruiz, who".)
            let mut named = false;
            while b > sent.start && e - b < 8 && tk.is_word(b - 1) && !tk.quoted[b - 1] {
                let w = tk.lower(b - 1);
                let lower = tk.is_lower(b - 1);
                let verb = self.is_aux(tk, b - 1) || self.lx.speech_verb(w).is_some() || self.lx.is("relative", w) || self.lx.is("subordinator", w) || tk.is_participle(b - 1);
                if lower && (verb || named && !self.lx.is("preposition", w) && !self.lx.is("determiner", w) && !self.lx.is("name_particle", w)) {
                    break;
                }
                named |= !lower;
                b -= 1;
                if lower && self.lx.is("determiner", w) {
                    break;
                }
            }
            while b < e && tk.is_lower(b) && self.lx.is("preposition", tk.lower(b)) {
                b += 1;
            }
            if b < e {
                let np = self.noun_phrase(cast, p, b, e);
                // "a person familiar with the matter, who called": the phrase before
                // the comma is a speaker's restrictive complement; the antecedent is
                // the speaker noun before it.
                if matches!(&np, Some(Subj::Described { head, .. }) if !is_speaker_noun(head)) {
                    if let Some(s) = self.restricted_antecedent(cast, p, sent.start, b, e) {
                        return Some(s);
                    }
                }
                if let Some(s @ (Subj::Actor(_) | Subj::Name(_) | Subj::Described { .. })) = np {
                    return Some(s);
                }
            }
        }
        // "In his judgment the judge wrote", "On Tuesday the ministry said": an opening
        // prepositional phrase with no comma after it; the subject is the noun phrase
        // its last determiner opens (a determiner right after a noun, not the
        // preposition's own).
        if start < j && tk.is_word(start) && self.lx.is("preposition", tk.lower(start)) {
            let opens = (start + 2..j).rev().find(|&k| {
                tk.is_word(k) && tk.is_word(k - 1) && self.lx.is("determiner", tk.lower(k)) && tk.lower(k) != "that" && !self.lx.is("preposition", tk.lower(k - 1)) && !self.lx.is("determiner", tk.lower(k - 1)) && !self.lx.is("possessive_pronoun", tk.lower(k - 1))
            });
            if let Some(k) = opens {
                start = k;
            }
        }
        // "a day after President John Mahama told a rally that …": a subordinate
        // clause opens inside the segment; its verb's subject follows the conjunction
        // (a name or a determiner), not the phrase before it. Coordinators ("and",
        // "or") join subjects instead.
        let clause = (start + 1..j.saturating_sub(1)).rev().find(|&k| {
            tk.is_word(k) && tk.is_lower(k) && self.lx.is("subordinator", tk.lower(k)) && CLAUSE_OPENERS.contains(&tk.lower(k)) && tk.is_word(k + 1) && (tk.is_cap(k + 1) || self.lx.is("determiner", tk.lower(k + 1)))
        });
        if let Some(k) = clause {
            start = k + 1;
        }
        // "Anneke Brouwer, a Dutch MEP who sits in the EPP Group, the party's group in
        // Parliament, argued": the segment is itself an aside after a name; the subject
        // is the name before it.
        // So is "Dame Helen Prentice, the Labour MP who chairs the committee, told":
        // a definite description with a relative clause after a name.
        // The aside may open before the antecedent the relative clause cut at a
        // preposition ("…, a former teacher from Kassala who told"): back to its comma.
        let aside = if antecedent && start > sent.start && tk.punct(start - 1) != Some(',') {
            (sent.start.max(start.saturating_sub(ASIDE_WORDS))..start).rev().take_while(|&k| tk.is_word(k) || tk.punct(k) == Some(',')).find(|&k| tk.punct(k) == Some(',')).map_or(start, |c| c + 1)
        } else {
            start
        };
        // So is a bare post after a name, before a second aside ("Tasneem Rahman,
        // head of global policy at Climate Action Network, which represents …,
        // accused"): the post opens with a lowercase person noun.
        // (Never after an opening place: "In Nairobi, head teachers, who …, said".)
        let named_before = || {
            let mut r = aside.saturating_sub(1);
            while r > sent.start && tk.is_word(r - 1) && tk.is_cap(r - 1) && !self.lx.is("preposition", tk.lower(r - 1)) {
                r -= 1;
            }
            r + 1 < aside && (r == sent.start || !(tk.is_word(r - 1) && self.lx.is("preposition", tk.lower(r - 1))))
        };
        let bare_post = apposition.is_some() && aside > sent.start + 1 && tk.is_word(aside) && tk.is_lower(aside) && self.lx.is("person", tk.lower(aside)) && named_before();
        let aside_opener = tk.is_word(aside) && (self.lx.is("indefinite_article", tk.lower(aside)) || antecedent && tk.lower(aside) == "the" || bare_post);
        if aside > sent.start && tk.punct(aside - 1) == Some(',') && aside_opener {
            let start = aside;
            let e = start - 1;
            // "led by Mohammed al-Wazir, a veteran of the talks who told": the run of
            // capitalised words (surname particles too) right before the comma, when
            // it names a person.
            let mut r = e;
            while r > sent.start && e - r < 6 && tk.is_word(r - 1) && !tk.quoted[r - 1] && (tk.is_cap(r - 1) || crate::extract::cast::particle_surname(tk.word(r - 1))) {
                r -= 1;
            }
            if r < e {
                let person = match self.noun_phrase(cast, p, r, e) {
                    Some(s @ Subj::Actor(a)) if cast.actors[a].kind == ActorKind::Person => Some(s),
                    Some(s @ Subj::Name(_)) if e - r >= 2 => Some(s),
                    _ => None,
                };
                if person.is_some() {
                    return person;
                }
            }
            let mut b = e;
            while b > sent.start && e - b < 8 && tk.is_word(b - 1) && !tk.quoted[b - 1] {
                b -= 1;
            }
            let opener = tk.is_word(b) && tk.is_cap(b) && !self.lx.is("preposition", tk.lower(b)) && !self.lx.is("subordinator", tk.lower(b));
            if b < e && opener {
                if let Some(s @ (Subj::Actor(_) | Subj::Name(_))) = self.noun_phrase(cast, p, b, e) {
                    return Some(s);
                }
            }
        }
        let subj = self.noun_phrase(cast, p, start, j);
        // "People close to the chief executive, Laura Bianchi, said": the name in
        // apposition renames the restrictive modifier's noun, not the unnamed source.
        let restricted = (start + 1..j).any(|k| tk.is_word(k) && tk.is_lower(k) && self.lx.is("complement_adjective", tk.lower(k)) && tk.is_word(k - 1) && is_speaker_noun(tk.lower(k - 1)));
        if let (Some(s), Some(app), false) = (&subj, apposition.clone(), restricted) {
            let pron_phrase = matches!(s, Subj::Pronoun { .. }) && j - start > 1;
            // "the Deputy Speaker, Dame Rosie Winn, said": a capitalised office title
            // (its last word a `[title_noun]`) that the cast took for a person.
            let office = matches!(s, Subj::Actor(_) | Subj::Name(_)) && j > start + 1 && tk.is_word(j - 1) && tk.is_cap(j - 1) && self.lx.is("title_noun", tk.lower(j - 1));
            let titled = office || matches!(s, Subj::Actor(a) if j > start && (tk.is_word(j - 1) && tk.is_lower(j - 1) || cast.actors[*a].kind != ActorKind::Person && self.title_tail(cast, p, start, j)));
            // "A Saudi official, speaking to Asharq Al-Awsat, described", "Ali al-Kuhlani,
            // who commands the forces, told": an aside that opens with a participle, a
            // preposition or a relative pronoun is a clause, never the name.
            let clause_aside = tk.is_word(app.start) && tk.is_lower(app.start) && {
                let w = tk.lower(app.start);
                tk.is_participle(app.start) || w.ends_with("ed") || self.lx.is("preposition", w) || self.lx.is("relative", w) || self.lx.is("subordinator", w)
            };
            // "One of them, a shift foreman called Sergei Morozov, asked": the aside
            // names the person the subject describes.
            if let Some(named) = self.called(cast, p, app.start, app.end) {
                return Some(named);
            }
            if (s.descriptive() || pron_phrase || titled) && !clause_aside {
                if let Some(better) = self.noun_phrase(cast, p, app.start, app.end).filter(|s| !s.descriptive()) {
                    return Some(better);
                }
            }
            // "The Minister of Public Security, X, said", "The United Nations
            // Independent Expert on …, X, said": a capitalised post after "the" (a
            // person's name takes no article), then a person's name in apposition.
            if self.the_post(tk, start) && !clause_aside {
                if let Some(person) = self.person_phrase(cast, p, app.start, app.end) {
                    return Some(person);
                }
            }
            // "The U.S. special envoy for the Western Balkans, Thomas Whitfield,
            // criticised", "A spokesman for the union, Milan Horvat, said": a person's
            // post (a lowercase person noun, complements after it), then the person's
            // name in apposition: the person speaks, not the body the post names.
            // "The lawsuit, filed by the Sierra Fund, says", "the letter, signed by 40
            // lawmakers, said": a thing that cannot speak, its aside naming who made
            // it (a participle, then "by"): the maker speaks.
            // (An irregular participle of making counts: "The cable, sent by X, describes",
            // `[signing_participle]`; one of holding does not: "The report, obtained
            // by the Guardian, said" — the outlet has the document, it did not make it,
            // `[holder_participle]`.)
            let made = |w: &str| (w.ends_with("ed") || self.lx.is("signing_participle", w)) && !self.lx.is("holder_participle", w);
            if matches!(s, Subj::Described { head, .. } if !is_speaker_noun(head)) && tk.is_word(app.start) && tk.is_lower(app.start) && made(tk.lower(app.start)) && tk.is_word(app.start + 1) && tk.lower(app.start + 1) == "by" {
                match self.noun_phrase(cast, p, app.start + 2, app.end) {
                    Some(b @ (Subj::Actor(_) | Subj::Name(_))) => return Some(b),
                    Some(b @ Subj::Described { .. }) if matches!(&b, Subj::Described { head, .. } if is_speaker_noun(head) || is_plural(head)) => return Some(b),
                    _ => {}
                }
            }
            let post = self.post(tk, start, j);
            // "A spokesman for Chancellor Olaf Brandt, Stefan Weil, said": a post with
            // its complement (a person noun, then a preposition) names whom the post
            // serves; the name in apposition holds it and speaks, even when the
            // complement is a person ("Chancellor Olaf Brandt, a lawyer, said" keeps
            // the chancellor: no post before a preposition).
            let post_of = (start..j.saturating_sub(1)).any(|k| tk.is_word(k) && tk.is_lower(k) && (self.lx.is("person", tk.lower(k)) || self.lx.is("voice", tk.lower(k))) && tk.is_word(k + 1) && tk.is_lower(k + 1) && self.lx.is("preposition", tk.lower(k + 1)));
            if post && !clause_aside && (post_of || !matches!(s, Subj::Actor(a) if cast.actors[*a].kind == ActorKind::Person)) {
                let person = self.noun_phrase(cast, p, app.start, app.end).filter(|s| matches!(s, Subj::Name(_)) || matches!(s, Subj::Actor(a) if cast.actors[*a].kind == ActorKind::Person));
                if person.is_some() {
                    return person;
                }
            }
        }
        subj
    }

    /// The person a long name cut at token `start` belongs to: back over at most
    /// another window of capitalised words and lowercase prepositions, determiners or
    /// "and" (the rest of the name), a person of the cast right before "of", "at" or
    /// "from", opening that run (titles in capitals may stand before the name).
    fn holder_of_long_name(&self, cast: &Cast, p: usize, lo: usize, start: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let mut b = start;
        while b > lo && start - b < SUBJECT_WINDOW && tk.is_word(b - 1) && !tk.quoted[b - 1] && (tk.is_cap(b - 1) || self.lx.is("preposition", tk.lower(b - 1)) || self.lx.is("determiner", tk.lower(b - 1)) || tk.lower(b - 1) == "and") {
            b -= 1;
        }
        let ms = cast.mentions_in(p, tk.toks[b].start..tk.toks[start].start);
        let m = ms.iter().find(|m| {
            let k = tk.at(m.range.end);
            cast.actors[m.actor].kind == ActorKind::Person && k <= start && tk.is_word(k) && tk.is_lower(k) && matches!(tk.lower(k), "of" | "at" | "from") && (b..tk.at(m.range.start)).all(|j| tk.is_cap(j))
        })?;
        Some(Subj::Actor(m.actor))
    }

    /// "A transcript of the call shows Prime Minister Ravi Patel telling his
    /// counterpart", "the recording captured X saying", "a video shows the mayor, X,
    /// telling residents": a name between a verb of showing or hearing
    /// (`[perception_verb]`) and a reporting verb in -ing (token `v`) is that verb's own
    /// subject, not the object of the document's verb.
    pub(in crate::extract::attribution) fn perceived_subject(&self, cast: &Cast, p: usize, v: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let sent = tk.sentence_toks(v);
        // "she heard the defendant shout", "heard a soldier telling": a `[perception_verb]`,
        // then a description a determiner opens, right before the reporting verb:
        // the description speaks, not the hearer.
        // (The words after the determiner are a noun phrase: no preposition,
        // coordinator, auxiliary or verb form: "heard the case and said" is no object.)
        let nominal = |k: usize| {
            let w = tk.lower(k);
            tk.is_word(k) && tk.is_lower(k) && !tk.quoted[k] && !self.is_aux(tk, k) && !["preposition", "coordinator", "subordinator", "relative"].iter().any(|c| self.lx.is(c, w)) && self.lx.speech_verb(w).is_none() && !w.ends_with("ed") && !w.ends_with("ing")
        };
        let opener = |k: usize| ["determiner", "indefinite_article", "possessive_pronoun"].iter().any(|c| self.lx.is(c, tk.lower(k)));
        if v > sent.start + 2 && nominal(v - 1) {
            let det = (sent.start.max(v.saturating_sub(5))..v - 1).rev().take_while(|&k| tk.is_word(k) && tk.is_lower(k) && !tk.quoted[k]).take_while(|&k| nominal(k) || opener(k)).find(|&k| opener(k));
            if let Some(d) = det.filter(|&d| d > sent.start && tk.is_word(d - 1) && tk.is_lower(d - 1) && self.lx.is("perception_verb", tk.lower(d - 1))) {
                if let Some(s @ Subj::Described { .. }) = self.noun_phrase(cast, p, d, v) {
                    return Some(s);
                }
            }
        }
        if tk.is_participle(v) {
            // "recalls X turning to him and saying": the reporting participle
            // coordinated with one right after the name reads from that one.
            let first = (v > sent.start && tk.is_word(v - 1) && tk.lower(v - 1) == "and").then(|| (sent.start.max(v.saturating_sub(8))..v - 1).rev().take_while(|&k| tk.is_word(k) && !tk.quoted[k]).find(|&k| tk.is_participle(k) && k > sent.start && (tk.is_cap(k - 1) || tk.punct(k - 1) == Some(',')))).flatten();
            let j = first.unwrap_or(v);
            let mut e = j;
            if e > sent.start && tk.punct(e - 1) == Some(',') {
                e -= 1;
            }
            let mut r = e;
            while r > sent.start && e - r < 6 && tk.is_word(r - 1) && !tk.quoted[r - 1] && tk.is_cap(r - 1) {
                r -= 1;
            }
            let perception = |k: usize| tk.is_word(k) && tk.is_lower(k) && self.lx.is("perception_verb", tk.lower(k));
            let after_verb = r > sent.start && perception(r - 1) && e == j;
            let apposed = e < j && r > sent.start + 1 && tk.punct(r - 1) == Some(',') && {
                let d = (sent.start..r - 1).rev().take(5).take_while(|&k| tk.is_word(k) && !tk.quoted[k]).find(|&k| perception(k));
                d.is_some_and(|d| d + 1 < r - 1 && tk.is_word(d + 1) && self.lx.is("determiner", tk.lower(d + 1)) && (d + 2..r - 1).all(|k| tk.is_lower(k)))
            };
            if r < e && (after_verb || apposed) {
                if let Some(s @ (Subj::Actor(_) | Subj::Name(_))) = self.noun_phrase(cast, p, r, e) {
                    return Some(s);
                }
            }
        }
        None
    }

    /// The subject of the clause a coordinator at token `and` closes: that of the
    /// sentence's first verb (a speech verb or an "-ed" form outside the quotes,
    /// after an opening clause or phrase set off by a comma) whose left neighbour, past auxiliaries
    /// and adverbs, can end a subject: a subject pronoun, a capitalised word or a
    /// speaker noun ("he accused", "Belov later accused", "the minister accused";
    /// not "a blockade dressed up"). The first, not the nearest: a verb nearer the
    /// coordinator sits in the first verb's object ("told MPs the agency had …, but
    /// acknowledged", "insisted it was … and said"). A description that no speaker
    /// noun heads is no answer; the caller then reads the segment as before.
    pub(super) fn coordinated_subject(&self, cast: &Cast, p: usize, sent_start: usize, and: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let mut lo = sent_start.max(and.saturating_sub(2 * SUBJECT_WINDOW)) + 1;
        // An opening subordinate clause or prepositional phrase ("When he arrived, …",
        // "In a statement posted on its channel, …") holds no verb of the subject's.
        if tk.is_word(sent_start) && (CLAUSE_OPENERS.contains(&tk.lower(sent_start)) || self.lx.is("preposition", tk.lower(sent_start))) {
            lo = (lo..and).find(|&k| tk.punct(k) == Some(',')).map_or(lo, |c| c + 2);
        }
        // "The Kremlin: Spokesman X said … and accused …": a heading-like lead-in
        // (a few capitalised words and a colon opening the sentence) names whose
        // reaction follows; the clause, and its first verb, start after the colon.
        if let Some(c) = (sent_start..and.min(sent_start + 6)).find(|&k| tk.punct(k) == Some(':')) {
            let lead_in = c > sent_start && (sent_start..c).all(|k| tk.is_word(k) && !tk.quoted[k] && (tk.is_cap(k) || self.lx.is("determiner", tk.lower(k))));
            if lead_in {
                lo = lo.max(c + 2);
            }
        }
        let verb = (lo..and).take_while(|&k| !matches!(tk.punct(k), Some(';' | ':'))).find(|&k| {
            let w = tk.lower(k);
            let verbal = tk.is_word(k) && tk.is_lower(k) && !tk.quoted[k] && !self.is_aux(tk, k) && (self.lx.speech_verb(w).is_some() || w.len() > 4 && w.ends_with("ed"));
            let mut left = k - 1;
            while left > sent_start && self.is_aux(tk, left) {
                left -= 1;
            }
            // ("The Minister of Justice, Gérald Pierre-Louis, called …": the comma
            // that closes an apposition.)
            let apposed = left > sent_start + 1 && tk.punct(left) == Some(',') && tk.is_word(left - 1) && tk.is_cap(left - 1);
            verbal && (apposed || tk.is_word(left) && !tk.quoted[left] && {
                let l = tk.lower(left);
                self.lx.is("subject_pronoun", l) || tk.is_cap(left) && !self.lx.is("preposition", l) && !self.lx.is("determiner", l) || is_speaker_noun(l)
            })
        })?;
        match self.subject_left(cast, p, verb)? {
            Subj::Described { head, .. } if !is_speaker_noun(&head) && !is_plural(&head) => None,
            s => Some(s),
        }
    }
}
