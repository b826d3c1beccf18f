//! Subjects: the noun phrase left or right of a reporting verb (stepping over
//! auxiliaries, appositives and relative clauses), a sentence's grammatical subject,
//! and the subject of each kind of frame. Never the object: "X told Y" → X.

use super::*;

/// How far back (in tokens) an aside's opening comma may lie before the antecedent
/// of its relative clause.
const ASIDE_WORDS: usize = 10;

/// Conjunctions that open a subordinate clause with a subject of its own.
const CLAUSE_OPENERS: &[&str] = &["as", "when", "while", "whereas", "if", "although", "though", "because", "since", "after", "before", "once", "until"];

impl<'c, 'a> Finder<'c, 'a> {
    /// The subject left of verb token `v` in paragraph `p`.
    pub(super) fn subject_left(&self, cast: &Cast, p: usize, v: usize) -> Option<Subj> {
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
            let opening = (sent.start.max((j - 1).saturating_sub(super::frames::PAREN_ASIDE))..j - 1).rev().find(|&k| tk.punct(k) == Some('('));
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
        // "President Ana Ruiz, who promised during her campaign to make the country
        // "Q"", "The regulator, which has long argued that …": a relative pronoun
        // right before the verb and right after a comma opens a clause whose subject
        // is the noun phrase before the comma (back to its determiner, a
        // preposition or a verb).
        if antecedent && start == j && start > sent.start + 1 && tk.punct(start - 1) == Some(',') {
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

    /// "A transcript of the call shows Prime Minister Ravi Patel telling his
    /// counterpart", "the recording captured X saying", "a video shows the mayor, X,
    /// telling residents": a name between a verb of showing or hearing
    /// (`[perception_verb]`) and a reporting verb in -ing (token `v`) is that verb's own
    /// subject, not the object of the document's verb.
    pub(super) fn perceived_subject(&self, cast: &Cast, p: usize, v: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let sent = tk.sentence_toks(v);
        if tk.is_participle(v) {
            let j = v;
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
    fn coordinated_subject(&self, cast: &Cast, p: usize, sent_start: usize, and: usize) -> Option<Subj> {
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

    /// The subject right of verb token `v`: `said X in a speech`.
    pub(super) fn subject_right(&self, cast: &Cast, p: usize, v: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let sent = tk.sentence_toks(v);
        let start = v + 1;
        let mut end = start;
        while end < sent.end.min(start + SUBJECT_WINDOW) {
            if tk.quoted[end] || tk.punct(end).is_some_and(|c| !matches!(c, '-' | '\'' | '\u{2019}')) {
                break;
            }
            end += 1;
        }
        let np = self.noun_phrase(cast, p, start, end);
        // `said Valladares's campaign manager, Fernando Lagos`: a title after its
        // possessor, then the name in apposition: the name speaks.
        // So is `said one, Abdi Warsame`: a pronoun-like "one" or a post, not a name.
        let one = end == start + 1 && tk.is_word(start) && tk.lower(start) == "one";
        if end < sent.end && tk.punct(end) == Some(',') && (one || !matches!(np, Some(Subj::Name(_)) | None) && (self.title_tail(cast, p, start, end) || self.post(tk, start, end))) {
            let mut e = end + 1;
            while e < sent.end.min(end + 1 + 6) && tk.is_word(e) && !tk.quoted[e] {
                e += 1;
            }
            if let Some(name) = self.noun_phrase(cast, p, end + 1, e).filter(|s| matches!(s, Subj::Name(_)) || matches!(s, Subj::Actor(a) if cast.actors[*a].kind == ActorKind::Person)) {
                return Some(name);
            }
        }
        np
    }

    /// "A lottery among screened candidates, says senator Ana Ruiz, is "Q"": a
    /// reporting verb between commas with its subject after it interrupts the
    /// sentence it reports; that subject speaks every quote of the sentence.
    fn inverted_aside(&self, cast: &Cast, p: usize, verb: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let sent = tk.sentence_toks(verb);
        if verb == sent.start || !tk.comma_before(verb) {
            return None;
        }
        let close = (verb + 1..sent.end.min(verb + 1 + SUBJECT_WINDOW)).find(|&k| tk.quoted[k] || tk.punct(k).is_some_and(|c| !matches!(c, '-' | '\'' | '\u{2019}')))?;
        if close == verb + 1 || tk.quoted[close] || tk.punct(close) != Some(',') {
            return None;
        }
        self.subject_right(cast, p, verb)
    }

    /// Whether the phrase at `lo` opens with "the" and a capitalised word: a post in
    /// capitals ("The Minister of Public Security"), since a person's name takes no
    /// article.
    fn the_post(&self, tk: &Tokens, lo: usize) -> bool {
        tk.is_word(lo) && tk.lower(lo) == "the" && tk.is_word(lo + 1) && tk.is_cap(lo + 1)
    }

    /// The noun phrase of tokens `lo..hi` when it names a person: an unlinked name of
    /// two words or more, or a person of the cast.
    fn person_phrase(&self, cast: &Cast, p: usize, lo: usize, hi: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        self.noun_phrase(cast, p, lo, hi).filter(|s| match s {
            Subj::Name(r) => tk.text[r.clone()].contains(' '),
            Subj::Actor(a) => cast.actors[*a].kind == ActorKind::Person,
            _ => false,
        })
    }

    /// `a person familiar with the matter, who …`: tokens `b..e` ("the matter") follow
    /// a preposition after a `[complement_adjective]` after a speaker noun; the phrase
    /// from that noun's determiner, which the noun phrase cuts at the adjective.
    fn restricted_antecedent(&self, cast: &Cast, p: usize, lo: usize, b: usize, e: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let ok = b >= lo + 3 && tk.is_word(b - 1) && (self.lx.is("preposition", tk.lower(b - 1)) || tk.lower(b - 1) == "to") && tk.is_word(b - 2) && self.lx.is("complement_adjective", tk.lower(b - 2)) && tk.is_word(b - 3) && is_speaker_noun(tk.lower(b - 3));
        if !ok {
            return None;
        }
        let d = (lo.max(b.saturating_sub(7))..b - 3).rev().take_while(|&k| tk.is_word(k) && !tk.quoted[k]).find(|&k| self.lx.is("determiner", tk.lower(k))).unwrap_or(b - 3);
        self.noun_phrase(cast, p, d, e).filter(|s| matches!(s, Subj::Described { head, .. } if is_speaker_noun(head)))
    }

    /// `who gave his name only as Tariq`: in tokens `lo..hi` of a relative clause, a
    /// `[naming_cue]` word, then "as" and one to three capitalised words ending the
    /// clause: the name it gives (a person's name or actor).
    fn named_as(&self, cast: &Cast, p: usize, lo: usize, hi: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let r = (lo..hi).rev().take_while(|&k| tk.is_word(k) && tk.is_cap(k) && !tk.quoted[k]).last()?;
        let cued = r > lo + 1 && tk.lower(r - 1) == "as" && (lo..r - 1).any(|k| tk.is_word(k) && tk.is_lower(k) && self.lx.is("naming_cue", tk.lower(k)));
        if !cued || hi - r > 3 {
            return None;
        }
        self.noun_phrase(cast, p, r, hi).filter(|s| matches!(s, Subj::Name(_)) || matches!(s, Subj::Actor(a) if cast.actors[*a].kind == ActorKind::Person))
    }

    /// Whether tokens `lo..hi` hold a post: a lowercase person or voice noun
    /// ("representative", "spokesman"), so that a name in apposition is its holder.
    pub(super) fn post(&self, tk: &Tokens, lo: usize, hi: usize) -> bool {
        (lo..hi).any(|k| tk.is_word(k) && tk.is_lower(k) && (self.lx.is("person", tk.lower(k)) || self.lx.is("voice", tk.lower(k))))
    }

    /// The grammatical subject of a sentence: after a leading adverbial ("In a
    /// statement issued after the round, Hamdok set out …" → Hamdok).
    pub(super) fn sentence_subject(&self, cast: &Cast, p: usize, sent: Range<usize>) -> Option<Subj> {
        let tk = &self.tks[p];
        let mut lo = sent.start;
        for _ in 0..2 {
            if lo >= sent.end || !tk.is_word(lo) {
                break;
            }
            let w = tk.lower(lo);
            // "Asked by a reporter whether …, he paused": a participle with its
            // agent or complement opens an aside too.
            // "Asked whether he hoped to …, he laughed": so does a question it reports.
            let next = if lo + 1 < sent.end && tk.is_word(lo + 1) { tk.lower(lo + 1) } else { "" };
            // ("Introduced to senior officers on May 2, Asanov promised": "to" too.)
            let participle = (w.ends_with("ed") || lexicon::get().speech_verb(&w).is_some()) && (self.lx.is("preposition", next) || self.lx.is("question_word", next) || next == "to" && w.ends_with("ed") && !tk.toks[lo].poss);
            // "Back in Shinahota, …", "Later that week, …": a word that is no name
            // followed by a preposition or determiner opens an adverbial.
            let adverbial = lo + 1 < sent.end && self.lx.is_stop_capital(tk.word(lo)) && (self.lx.is("preposition", next) || self.lx.is("determiner", next));
            let intro = adverbial || self.lx.is("preposition", &w) || self.lx.is("subordinator", &w) || w.ends_with("ly") || w.ends_with("ing") || w == "most" || w == "ever" || participle;
            if !intro {
                break;
            }
            match (lo..sent.end.min(lo + 25)).find(|&k| tk.punct(k) == Some(',')) {
                Some(k) => lo = k + 1,
                // "Before I left Dorohusk I asked Bałaban …": a subordinate clause with
                // no comma to close it; a name inside it is no subject, and where the
                // main clause begins is a guess: no subject.
                None if self.lx.is("subordinator", &w) && CLAUSE_OPENERS.contains(&w) => return None,
                None => break,
            }
        }
        // "In Pemba, the provincial capital, a crowd gathered": an aside renaming the
        // place that ends the opening adverbial (lowercase words that no speaker noun
        // heads) is no subject.
        if lo >= sent.start + 2 && tk.punct(lo - 1) == Some(',') && tk.is_word(lo - 2) && tk.is_cap(lo - 2) && tk.is_word(lo) && self.lx.is("determiner", tk.lower(lo)) {
            if let Some(c) = (lo + 1..sent.end.min(lo + 9)).find(|&k| !tk.is_word(k)) {
                let plain = (lo + 1..c).all(|k| tk.is_lower(k) && !self.is_aux(tk, k) && self.lx.speech_verb(tk.lower(k)).is_none() && !tk.lower(k).ends_with("ed"));
                let head = tk.lower(c - 1);
                if c > lo + 1 && tk.punct(c) == Some(',') && plain && !is_speaker_noun(head) && !is_plural(head) {
                    lo = c + 1;
                }
            }
        }
        // "An email from X to Y read:": the writer after "from" is the subject; the
        // recipient after "to" is not.
        let mut to_stop = false;
        if let Some(f) = (lo..sent.end.min(lo + 4)).find(|&k| tk.is_word(k) && tk.lower(k) == "from") {
            if f > lo && self.lx.is("message_noun", tk.lower(f - 1)) && (lo..f - 1).all(|k| tk.is_word(k) && (tk.is_lower(k) || self.lx.is("determiner", tk.lower(k)))) {
                lo = f + 1;
                to_stop = true;
            }
        }
        // The phrase runs to the first verb-like word.
        let mut hi = lo;
        while hi < sent.end && hi < lo + SUBJECT_WINDOW {
            if tk.quoted[hi] {
                break;
            }
            if tk.is_word(hi) {
                let w = tk.lower(hi);
                if tk.is_lower(hi) && (self.lx.is("auxiliary", &w) && !w.ends_with("ly") || lexicon::get().speech_verb(&w).is_some() || w.ends_with("ed") && hi > lo || to_stop && w == "to") {
                    break;
                }
            } else if matches!(tk.punct(hi), Some(';' | ':' | '.')) {
                break;
            }
            hi += 1;
        }
        let subj = self.noun_phrase(cast, p, lo, hi)?;
        if subj.descriptive() || matches!(subj, Subj::Actor(_) | Subj::Pronoun { .. }) {
            // "Nigeria's president, Bola Tinubu, …", "Its president, X, …", "The
            // Armenian Prime Minister, X, …": prefer the appositive name.
            if let Some(c) = (lo..hi).find(|&k| tk.punct(k) == Some(',')) {
                let end = (c + 1..hi).find(|&k| tk.punct(k) == Some(',')).unwrap_or(hi);
                let np = self.noun_phrase(cast, p, lo, c);
                let titled = |s: &Subj| match s {
                    Subj::Actor(a) => tk.is_lower(c - 1) || cast.actors[*a].kind != ActorKind::Person && self.title_tail(cast, p, lo, c),
                    Subj::Pronoun { .. } => c > lo + 1,
                    _ => s.descriptive(),
                };
                if np.as_ref().is_some_and(titled) {
                    if let Some(b) = self.noun_phrase(cast, p, c + 1, end).filter(|s| !s.descriptive()) {
                        return Some(b);
                    }
                }
                if self.the_post(tk, lo) {
                    if let Some(b) = self.person_phrase(cast, p, c + 1, end) {
                        return Some(b);
                    }
                }
            }
        }
        Some(subj)
    }

    /// Subject of a frame, plus the sieve it belongs to when resolved directly.
    pub(super) fn frame_subject(&self, cast: &Cast, p: usize, frame: Frame) -> Option<Subj> {
        let tk = &self.tks[p];
        match frame {
            Frame::After { first, verb } => {
                if verb == first {
                    self.subject_right(cast, p, verb)
                } else {
                    // `"Q," Magdi Taha, an analyst at …, said`: the first phrase
                    // (`Aisha Rahman (who led the study) told`: before the parenthesis).
                    let end = (first..verb).find(|&k| matches!(tk.punct(k), Some(',' | '('))).unwrap_or(verb);
                    // `"Q," the ship's captain, Hanna Vogt, said` · `"Q," a spokesman for
                    // the brigade, Major Ibrahim Lawal, said`: a description, then the
                    // person's name in apposition: the name speaks.
                    // So is `"Q," UNICEF's representative in Yemen, Peter Hawkins, said`:
                    // a post (a lowercase person noun) before the name.
                    if end < verb && tk.is_word(first) && (tk.is_lower(first) || self.post(tk, first, end)) {
                        let e2 = (end + 1..verb).find(|&k| tk.punct(k) == Some(',')).unwrap_or(verb);
                        let named = self.noun_phrase(cast, p, end + 1, e2).filter(|s| matches!(s, Subj::Name(_)) || matches!(s, Subj::Actor(a) if cast.actors[*a].kind == ActorKind::Person));
                        if named.is_some() {
                            return named;
                        }
                    }
                    self.noun_phrase(cast, p, first, end)
                }
            }
            Frame::Dash { first } => {
                let end = (first..tk.toks.len()).find(|&k| tk.punct(k).is_some_and(|c| c != '-')).unwrap_or(tk.toks.len());
                self.noun_phrase(cast, p, first, end)
            }
            Frame::Before { verb } | Frame::Embedded { verb, .. } | Frame::PutIt { verb } => {
                let left = self.subject_left(cast, p, verb);
                // "X, …, arrived in Brussels saying "Q"": the words left of the verb are
                // a predicate (no speaker noun heads them), so the sentence's subject speaks.
                if matches!(&left, Some(Subj::Described { head, .. }) if !is_speaker_noun(head) && !is_plural(head)) {
                    let sent = tk.sentence_toks(verb);
                    if let Some(s) = self.sentence_subject(cast, p, sent.start..verb).filter(|s| !s.descriptive()) {
                        return Some(s);
                    }
                }
                left.or_else(|| self.inverted_aside(cast, p, verb)).or_else(|| {
                // "She said … and described the summit as "Q"": a coordinated verb
                // shares the sentence's subject.
                let sent = tk.sentence_toks(verb);
                let k = verb.checked_sub(1).filter(|&k| k >= sent.start)?;
                if tk.is_word(k) && self.lx.is("subordinator", tk.lower(k)) {
                    self.sentence_subject(cast, p, sent.start..verb)
                } else {
                    None
                }
            })
            }
            Frame::Participial { verb } => {
                if let Some(s) = self.perceived_subject(cast, p, verb) {
                    return Some(s);
                }
                let mut sent = tk.sentence_toks(verb);
                // "X objected, and Judge Y sustained the objection, telling Z to "Q"": the
                // participle hangs on the last clause, opened by ", and" and a name.
                // (A clause: a verb before the comma; "X, the prosecutor, and Judge Y left,
                // telling" coordinates subjects, not clauses.)
                let clause = |c: usize| (sent.start..c).any(|k| tk.is_word(k) && tk.is_lower(k) && !tk.quoted[k] && (self.lx.speech_verb(tk.lower(k)).is_some() || tk.lower(k).len() > 4 && tk.lower(k).ends_with("ed")));
                if let Some(c) = (sent.start + 1..verb).rev().take(FRAME_WINDOW).find(|&k| tk.punct(k - 1) == Some(',') && tk.is_word(k) && tk.is_lower(k) && self.lx.is("coordinator", tk.lower(k)) && tk.is_word(k + 1) && tk.is_cap(k + 1) && clause(k - 1)) {
                    sent.start = c + 1;
                }
                // `…, Aydın said afterwards, adding: "Q"`: the participle hangs on the
                // reporting verb before it, whose subject is the speaker.
                let main = (sent.start..verb).rev().take(FRAME_WINDOW).find(|&k| !tk.quoted[k] && tk.is_speech_verb(k, sent.start) && !tk.is_participle(k));
                if let Some(s) = main.and_then(|k| self.subject_left(cast, p, k)).filter(|s| !matches!(s, Subj::Described { .. })) {
                    return Some(s);
                }
                self.sentence_subject(cast, p, sent.start..verb)
            }
            Frame::According { at } => {
                // "MTI quoted him as saying …": the pronoun object is the speaker.
                if tk.is_word(at) && tk.is_lower(at) {
                    if let Some(class) = pronoun_class(tk.lower(at)) {
                        return Some(Subj::Pronoun { at: tk.toks[at].start, class });
                    }
                }
                let sent = tk.sentence_toks(at);
                // "In Omar Kamal's words", "by Omar Kamal's own account": the possessor
                // is the source.
                let end = (at..sent.end).find(|&k| tk.punct(k).is_some() || k > at && tk.toks[k - 1].poss && tk.is_word(k) && matches!(tk.lower(k), "words" | "account" | "own")).unwrap_or(sent.end);
                // "The book quotes a former aide, Nina Ross, as saying", "according to a
                // senior aide, Nina Ross, …": a description, then a person's name in
                // apposition: the name speaks.
                if end < sent.end && tk.punct(end) == Some(',') && tk.is_word(at) && tk.is_lower(at) {
                    let e2 = (end + 1..sent.end.min(end + 8)).find(|&k| tk.punct(k).is_some() || tk.quoted[k]);
                    if let Some(e2) = e2.filter(|&e2| e2 > end + 1 && tk.punct(e2) == Some(',')) {
                        let person = |s: &Subj| matches!(s, Subj::Name(_)) || matches!(s, Subj::Actor(a) if cast.actors[*a].kind == ActorKind::Person);
                        if self.noun_phrase(cast, p, at, end).is_some_and(|s| s.descriptive()) {
                            if let Some(named) = self.noun_phrase(cast, p, end + 1, e2).filter(person) {
                                return Some(named);
                            }
                        }
                    }
                }
                // "according to the city's own figures" names a document, not a speaker.
                self.noun_phrase(cast, p, at, end).filter(|s| !matches!(s, Subj::Described { head, .. } if !is_speaker_noun(head)))
            }
            Frame::Possessive { at } => {
                let w = tk.lower(at);
                if let Some(class) = pronoun_class(&w) {
                    return Some(Subj::Pronoun { at: tk.toks[at].start, class });
                }
                let range = tk.toks[at].start..tk.toks[at].end;
                let own = match cast.mentions_in(p, 0..range.end).iter().rev().find(|m| m.range.end == range.end) {
                    Some(m) if cast.actors[m.actor].kind == ActorKind::Person => Some(Subj::Actor(m.actor)),
                    Some(_) => None,
                    None if tk.is_cap(at) && !is_demonym_plural(tk.word(at)) => match cast.lookup(tk.word(at)) {
                        Some(a) if cast.actors[a].kind == ActorKind::Person => Some(Subj::Actor(a)),
                        Some(_) => None,
                        None => Some(Subj::Name(range)),
                    },
                    None => None,
                };
                // `X said that his country wanted to be Vanuatu's "partner of first
                // choice"`: a possessor that is no person is no speaker; the reporting
                // verb before it still frames the quote.
                own.or_else(|| {
                    let sent = tk.sentence_toks(at);
                    match embedded_frame(tk, at, sent.start) {
                        Some(fr @ (Frame::Embedded { .. } | Frame::Participial { .. } | Frame::According { .. } | Frame::PutIt { .. })) => self.frame_subject(cast, p, fr),
                        _ => None,
                    }
                })
            }
            Frame::Owned { at } => {
                if let Some(class) = pronoun_class(tk.lower(at)) {
                    return Some(Subj::Pronoun { at: tk.toks[at].start, class });
                }
                let end = tk.toks[at].end;
                match cast.mentions_in(p, 0..end).iter().rev().find(|m| m.range.end == end) {
                    Some(m) => Some(Subj::Actor(m.actor)),
                    None if tk.is_cap(at) => Some(cast.lookup(tk.word(at)).map_or(Subj::Name(tk.toks[at].start..end), Subj::Actor)),
                    None => None,
                }
            }
            Frame::Colon { end } => {
                let sent = tk.sentence_toks(end);
                self.sentence_subject(cast, p, sent.start..end)
            }
        }
    }
}
