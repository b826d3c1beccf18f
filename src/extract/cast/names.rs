//! Words and name chunks: the two layers under actor detection.
//!
//! Why a hand-written tokenizer: names are glued to punctuation in ways a
//! whitespace split gets wrong ("Khamenei's", "U.S.", "P5+1", "al-Burhan",
//! "SAF-aligned", "Juntas’"), and the possessive matters to the rules above
//! ("Khamenei's office" is an institution, "Iran's Supreme Leader" a parent).
//! [`Context`](crate::extract::Context) runs [`tokenize`] once per paragraph (the
//! *name layer*); `cast` and `relations` read that, never tokenising again.
//!
//! A *chunk* is a maximal run of capitalised words, glued by the connectors that
//! occur inside institution names ("of", "for", "on", "the" after them, "and"
//! inside a name that has an institutional head word) and by name particles ("bin",
//! "al-", "van"; a compound one, "von der", "de los", only as a pair: "Maria Lopez
//! la Presidenta" stays "Maria Lopez"); the particle lists are data
//! (data/grammar_words.txt), like every word list. Stop capitals (sentence
//! starters, months) never open or continue a chunk; all-caps acronyms are exempt
//! ("US" is not "us"). One left-to-right pass.

use crate::case::StrCase;
use crate::extract::sentences::{char_at, class_at, is_alnum, is_apos, ALNUM, ENDS};
use super::kb;
use crate::extract::lexicon;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    /// "'s", "’s", or a bare "’" after a plural ("juntas’").
    Poss,
    Punct(char),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

/// "al", "bin", "ould": an Arabic (or Maghrebi) particle of a patronymic or a
/// family name ("bin Salman", "al-Assad"), `[patronymic_particle]` of
/// data/grammar_words.txt: glued into the name, never a surname's head alone.
fn patronymic_particle(w: &str) -> bool {
    lexicon::get().is("patronymic_particle", w)
}

/// "der", "la", "los": the second word of a compound particle ("von der Leyen", "de
/// la Fontaine", "de los Santos"), `[chained_particle]` of data/grammar_words.txt.
/// It glues only straight after a first particle.
fn chained_particle(w: &str) -> bool {
    lexicon::get().is("chained_particle", w)
}

/// "van", "della", "bin", "ter": a lowercase particle that glues two capitalised
/// name words ("Ruud van Dijk", "Corriere della Sera"), `[loose_particle]` of
/// data/grammar_words.txt.
fn loose_particle(w: &str) -> bool {
    lexicon::with_ascii_lower(w, |lw| lexicon::get().is("loose_particle", lw))
}


/// "de", "van", "der": a particle that opens a European surname ("Bart De Wever",
/// "van der Berg"), not an Arabic patronymic ("bin Salman" is no surname alone).
pub fn surname_particle(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    (loose_particle(&w) || chained_particle(&w)) && !patronymic_particle(&w)
}

pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let at = |o: usize| char_at(text, o);
    let mut i = 0;
    while let Some(c) = at(i) {
        let next = i + c.len_utf8();
        if c.is_whitespace() {
            i = next;
            continue;
        }
        if is_alnum(c) {
            let s = i;
            let mut j = next;
            // Whether the word has a hyphen, as it is read (`push_word` splits only
            // those; a search of every word for one was a visible share of this loop).
            let mut hyphen = false;
            loop {
                let mut k = class_at(bytes, j);
                while k == ALNUM {
                    j += 1; // the common case, byte by byte
                    k = class_at(bytes, j);
                }
                if k == ENDS {
                    break; // a space or a closing mark: none of the cases below
                }
                match at(j) {
                    Some(d) if is_alnum(d) => j += d.len_utf8(),
                    Some(d) if is_apos(d) => {
                        // Possessive "'s" ends the word; "Jama’at" continues it.
                        let j1 = j + d.len_utf8();
                        let n = at(j1);
                        let after = n.and_then(|n| at(j1 + n.len_utf8()));
                        if n == Some('s') && !after.is_some_and(is_alnum) {
                            break;
                        }
                        if n.is_some_and(is_alnum) {
                            j = j1;
                        } else {
                            break;
                        }
                    }
                    Some(d @ ('-' | '.' | '&' | '+')) if at(j + 1).is_some_and(is_alnum) => {
                        hyphen |= d == '-';
                        j += d.len_utf8();
                    }
                    Some('.') => {
                        // "U.S." keeps its final period: letters separated by periods.
                        let w = &text[s..j];
                        if w.len() >= 3 && w.contains('.') && w.split('.').all(|p| p.chars().count() == 1) {
                            j += 1;
                        }
                        break;
                    }
                    _ => break,
                }
            }
            push_word(text, s, j, hyphen, &mut out);
            i = j;
            // Possessive after the word.
            if let Some(a) = at(i).filter(|&a| is_apos(a)) {
                let i1 = i + a.len_utf8();
                let n = at(i1);
                if n == Some('s') && !at(i1 + 1).is_some_and(is_alnum) {
                    out.push(Tok { start: i, end: i1 + 1, kind: TokKind::Poss });
                    i = i1 + 1;
                } else if text[s..i].ends_with('s') && !n.is_some_and(is_alnum) {
                    out.push(Tok { start: i, end: i1, kind: TokKind::Poss });
                    i = i1;
                }
            }
            continue;
        }
        out.push(Tok { start: i, end: next, kind: TokKind::Punct(c) });
        i = next;
    }
    out
}

/// Pushes a word, splitting a hyphenated one whose tail is lowercase ("SAF-aligned"
/// → "SAF", "aligned"); "Yunus-Bek", "al-Burhan" and "Saudi-U.S." stay whole.
fn push_word(text: &str, start: usize, end: usize, hyphen: bool, out: &mut Vec<Tok>) {
    let w = &text[start..end];
    if hyphen {
        let parts: Vec<&str> = w.split('-').collect();
        let particle = patronymic_particle(&parts[0].lowercase()) && parts.len() == 2;
        let all_cap = parts.iter().all(|p| p.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()));
        // "Tehrik-i-Taliban", "Lashkar-e-Taiba", "Hizb-ut-Tahrir": a short lowercase
        // linking particle between capitalised parts keeps the name whole.
        let cap = |p: &str| p.chars().next().is_some_and(char::is_uppercase);
        let linked = parts.len() >= 3
            && cap(parts[0])
            && cap(parts[parts.len() - 1])
            && parts[1..parts.len() - 1].iter().all(|p| cap(p) || (!p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_lowercase())));
        if !particle && !all_cap && !linked && !romanised_given_name(text, start, &parts, out) {
            let mut s = start;
            for p in parts {
                if !p.is_empty() {
                    out.push(Tok { start: s, end: s + p.len(), kind: TokKind::Word });
                }
                s += p.len() + 1;
            }
            return;
        }
    }
    out.push(Tok { start, end, kind: TokKind::Word });
}

/// A Korean-style hyphenated given name right after a family name: "Lim Sung-chul",
/// "Lee Jae-myung", "Kim Jong-un". Its tail is lowercase like "SAF-aligned", so
/// it needs its own test: two short syllables, the first capitalised, straight
/// after a short capitalised word (the family name), and a tail that is no English
/// participle ("Kremlin-backed", "The Anti-war" and "Gaza Post-war" still split: a
/// long word or a sentence starter before it, an English prefix, an -ed/-ing tail).
fn romanised_given_name(text: &str, start: usize, parts: &[&str], out: &[Tok]) -> bool {
    let [head, tail] = parts else { return false };
    let short_syllable = |p: &str, n: usize| (2..=n).contains(&p.len()) && p.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    let family = out.last().filter(|t| {
        t.kind == TokKind::Word && t.end + 1 == start && text.as_bytes()[t.end] == b' ' && {
            let w = &text[t.start..t.end];
            short_syllable(w, 5) && w.as_bytes()[0].is_ascii_uppercase() && !lexicon::get().is_stop_capital(w)
        }
    });
    family.is_some()
        && head.as_bytes()[0].is_ascii_uppercase()
        && short_syllable(head, 4)
        && !lexicon::get().is("compound_prefix", &head.to_ascii_lowercase())
        && short_syllable(tail, 5)
        && tail.as_bytes()[0].is_ascii_lowercase()
        && !tail.ends_with("ed")
        && (!tail.ends_with("ing") || pinyin_ing(tail))
}

/// "Chia-ming", "Yi-ting", "Hsiao-ling": a four-letter tail that is a romanised
/// syllable in -ing (an initial that opens no English -ing word after a hyphen:
/// "Left-wing", "Viking-king" and "-thing" still split).
fn pinyin_ing(tail: &str) -> bool {
    tail.len() == 4 && b"bdjlmnpqtxyz".contains(&tail.as_bytes()[0])
}

/// Whether a word reads as part of a name: an initial capital, or a particle
/// glued to one ("al-Burhan").
pub fn is_capitalised(w: &str) -> bool {
    // The first character's case from its byte when ASCII (no char decoded: this runs
    // about 320,000 times per MB of article, mostly for lowercase words).
    let Some(&b) = w.as_bytes().first() else { return false };
    let (upper, lower) = if b.is_ascii() {
        (b.is_ascii_uppercase(), b.is_ascii_lowercase())
    } else {
        let c = w.chars().next().unwrap_or(' ');
        (c.is_uppercase(), c.is_lowercase())
    };
    if upper {
        return true;
    }
    // A byte loop, not `split_once` (a searcher per call): this runs for nearly
    // every lowercase word of the article.
    lower
        && match w.bytes().position(|b| b == b'-') {
            Some(i) => patronymic_particle(&w[..i]) && w[i + 1..].chars().next().is_some_and(char::is_uppercase),
            None => false,
        }
}

/// One capital letter: a name's initial ("W" in "George W. Bush").
fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
}

pub fn is_acronym(w: &str) -> bool {
    // The character test first: it stops at the first lowercase letter ("Said" at its
    // second byte), where counting the letters first walked every word to its end.
    w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '+' | '&' | '-')) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

fn opens_name(w: &str) -> bool {
    is_capitalised(w) && (is_acronym(w) || !lexicon::get().is_stop_capital(w))
}

/// A run of name words: token indices `first..=last`, bytes `start..end`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    pub first: usize,
    pub last: usize,
    pub start: usize,
    pub end: usize,
}

impl Chunk {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    /// The chunk's words (token indices of words only).
    pub fn words<'t>(&self, text: &'t str, toks: &[Tok]) -> Vec<&'t str> {
        toks[self.first..=self.last].iter().filter(|t| t.kind == TokKind::Word).map(|t| &text[t.start..t.end]).collect()
    }
}

pub fn chunks(text: &str, toks: &[Tok]) -> Vec<Chunk> {
    let kb = kb::get();
    let word = |i: usize| -> Option<&str> { toks.get(i).filter(|t| t.kind == TokKind::Word).map(|t| &text[t.start..t.end]) };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(w) = word(i) else {
            i += 1;
            continue;
        };
        // "the Five Star Movement", "Hanson's One Nation party": a number word
        // capitalised after a lowercase word or a possessive (never opening a
        // sentence: "Three Kenyan soldiers") opens a name before another capital.
        let numeral = || {
            is_capitalised(w)
                && lexicon::get().is_lower("name_numeral", w)
                && i > 0
                && (toks[i - 1].kind == TokKind::Poss || word(i - 1).is_some_and(|p| p.starts_with(char::is_lowercase)))
                && word(i + 1).is_some_and(|n| opens_name(n))
        };
        if !opens_name(w) && !numeral() {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        let mut connector_at: Option<usize> = None;
        let mut and_at: Option<usize> = None;
        let mut j = i + 1;
        loop {
            // "George W. Bush", "the S. Rajaratnam School": an initial's period
            // inside a name, not a sentence end.
            if j == last + 1 && toks.get(j).is_some_and(|t| t.kind == TokKind::Punct('.') && t.start == toks[last].end) && word(last).is_some_and(is_initial) && word(j + 1).is_some_and(opens_name) {
                j += 1;
            }
            let Some(w) = word(j) else { break };
            // "Tanjona Powerpress@tanjonapower.mg": a word glued to an "@" is an email
            // address's local part (a page's line break lost), never a name word.
            if toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Punct('@') && t.start == toks[j].end) {
                break;
            }
            if opens_name(w) || (is_capitalised(w) && kb.is("org_heads", w)) {
                last = j;
                j += 1;
                continue;
            }
            // ASCII lowercase suffices: every connector and particle is ASCII.
            let glue = lexicon::with_ascii_lower(w, |lw| match lw {
                // French and Spanish "pour", "para", "por" join like "for" ("Collectif
                // Haïtien pour les Droits et la Justice").
                // "an MP for the Blue Party", "an MEP of Finland's Centre Party": a
                // member noun in capitals alone before the connector and "the" or a
                // state's possessive is a role, no name's head (tree26); "the MP for
                // Kiambu Town" stays one chunk, a title with its seat.
                "of" | "for" if last == first && word(first).is_some_and(|f| f.len() <= 3 && f.bytes().all(|b| b.is_ascii_uppercase()) && kb.is("member_nouns", f)) && (word(j + 1) == Some("the") || toks.get(j + 2).is_some_and(|t| t.kind == TokKind::Poss)) => false,
                "of" | "for" | "on" | "pour" | "para" | "por" => {
                    connector_at.get_or_insert(j);
                    true
                }
                // Spanish and French "y", "et" join like "and" ("Centro de Estudios
                // Jurídicos y Sociales").
                "and" | "y" | "et" if and_at.is_none() => {
                    and_at = Some(j);
                    true
                }
                // "Surfers Against Sewage", "Reporters Without Borders": a preposition
                // capitalised inside a run is part of the name (mid-sentence, only a
                // name or a title capitalises it).
                // It is no connector for the "and" rule below.
                p if is_capitalised(w) && lexicon::get().is("preposition", p) => true,
                // "De la Cruz said", "Von den Driesch": the compound's second word
                // after a first particle that opens the sentence in capitals.
                p if j == last + 1 && chained_particle(p) && word(last).is_some_and(loose_particle) => true,
                // "Save the Children", "Stop the War Coalition": a lowercase "the"
                // between capitals only inside a name the knowledge base lists
                // (the run from one of the chunk's words through up to three
                // capitals after it); "gave Kyiv the Patriot systems" stays apart.
                "the" if j == last + 1 => (first..=last).any(|s| (j + 1..=j + 3).take_while(|&e| word(e).is_some_and(opens_name)).any(|e| kb.lookup(&text[toks[s].start..toks[e].end]).is_some()))
                    // "International Fund for Saving the Aral Sea": after a connector,
                    // a capitalised gerund takes its object ("the" and capitals) along.
                    || connector_at.is_some() && word(last).is_some_and(|w| w.len() > 4 && w.ends_with("ing") && is_capitalised(w)),
                p => lexicon::get().is("loose_particle", p),
            });
            if !glue {
                break;
            }
            // The connector must be followed (possibly after "the") by a name word.
            let mut k = j + 1;
            if word(k).is_some_and(|x| x == "the") && !w.eq_ignore_ascii_case("and") {
                k += 1;
            }
            // "pour les Droits", "et la Justice", "y los Pueblos": a Romance connector
            // before its article (`[chained_particle]`: la, les, los, las, le, del).
            if matches!(w, "pour" | "para" | "por" | "et" | "y") && word(k).is_some_and(chained_particle) {
                k += 1;
            }
            // A compound particle ("von der", "de los"): one more lowercase particle
            // word before the surname.
            if loose_particle(w) && word(k).is_some_and(chained_particle) {
                k += 1;
            }
            // "a member of Inatsisartut for the Siumut party": after a legislature's
            // name, a name of three words or fewer after "for"/"of" that a lowercase
            // party's noun follows
            // (`[party_noun]`) is that party's, not the end of the name before.
            // Only after a legislature's word: "the Alliance for the Future party" is
            // one party's name.
            let party_after = matches!(w, "for" | "of") && k > j + 1 && (first..=last).any(|x| word(x).is_some_and(|n| kb.is("legislatures", n))) && {
                let end = (k..k + 4).find(|&e| !word(e).is_some_and(opens_name)).unwrap_or(k + 4);
                end > k && end <= k + 3 && word(end).is_some_and(|n| !is_capitalised(n) && lexicon::get().is_lower("party_noun", n))
            };
            if word(k).is_some_and(opens_name) && !party_after {
                j = k;
            } else {
                break;
            }
        }
        // "and" joins only inside institution names: "Forces for Freedom and Change",
        // "Peace and Security Council"; never "Khamenei and Rouhani".
        if let Some(a) = and_at.filter(|&a| a < last) {
            let head = |r: std::ops::Range<usize>| r.into_iter().any(|k| word(k).is_some_and(|w| kb.is("org_heads", w)));
            // "y"/"et" also inside a name its first word heads ("Instituto ... y ...").
            let foreign = word(a).is_some_and(|w| w != "and") && word(first).is_some_and(|w| kb.is("org_heads", w));
            // "Public Services and Procurement Canada", "Fisheries and Oceans Canada": a
            // department named "<portfolios> <State>", the state's name last after
            // words that name nothing ("Kenya and Uganda", "Britain and South Africa"
            // split: a named thing on either side).
            let unknown = |r: std::ops::Range<usize>| r.into_iter().all(|k| word(k).is_none_or(|w| kb.lookup(w).is_none()));
            let state_tail = last > a + 1 && word(last).is_some_and(|w| matches!(kb.lookup(w), Some(kb::Entry::State(_, kb::StateForm::Name)))) && unknown(first..a) && unknown(a + 1..last);
            // A head word last keeps the "and" ("Peace and Security Council"); with an
            // "of" after the "and", a head word before that "of" does ("Food and
            // Agriculture Organization of the United Nations"), a head word after it
            // does not:
            // "Sean Kerr and Fiona MacLeod of the Scottish National Party" are two
            // people of one party.
            let head_last = !head(first..a) && match connector_at.filter(|&c| c > a) {
                Some(c) => head(a + 1..c),
                None => word(last).is_some_and(|w| kb.is("org_heads", w)),
            };
            // "the Democratic Republic of the Congo and Guyana": two names the
            // knowledge base lists, one on either side of "and", are two actors even
            // after a connector (the whole run listed, "Bosnia and Herzegovina", stays).
            let listed = |r: std::ops::Range<usize>| kb.lookup(&text[toks[r.start].start..toks[r.end - 1].end]).is_some();
            let two_entries = connector_at.is_some_and(|c| c < a) && listed(first..a) && listed(a + 1..last + 1);
            let keep = foreign || state_tail || (connector_at.is_some_and(|c| c < a) && !two_entries) || head_last || one_name_with_and(text, toks, first, a, last)
                // "G77 and China": the knowledge base lists the whole run.
                || kb.lookup(&text[toks[first].start..toks[last].end]).is_some();
            if !keep {
                last = a - 1;
                while last > first && word(last).is_some_and(|w| !opens_name(w)) {
                    last -= 1;
                }
            }
        }
        if and_at.is_none() {
            if let Some(end) = listed_name(text, toks, first, last, connector_at) {
                last = end;
            }
        }
        // "Economist Julia Brandt has studied …": a person noun capitalised only
        // because it opens the sentence (`[person]` of data/speaker_nouns.txt, no
        // office of the knowledge base) describes the name after it; it is no part
        // of it. Not before an institution's head ("Economist Intelligence Unit").
        let opens_sentence = first == 0 || matches!(toks[first - 1].kind, TokKind::Punct('.' | '"' | '\u{201c}' | '?' | '!' | ':'));
        // (Nor when it opens an office: "Secretary of State X", "Associate Justice
        // X": the word after it must be a given name of data/given_names.txt.)
        // Both asked only when the sentence opens with a name of three words or more
        // (computed for every chunk, they were a lowercase copy and up to six table
        // probes per chunk).
        let office = || (first..=last.min(first + 3)).any(|k| kb.office(&text[toks[first].start..toks[k].end]).is_some());
        let given = || word(first + 1).is_some_and(|w| {
            let lw = w.lowercase();
            lexicon::get().is("given_male", &lw) || lexicon::get().is("given_female", &lw)
        });
        let first = if opens_sentence && last >= first + 2 && given() && !office() && word(first).is_some_and(|w| {
            lexicon::get().is("person", &w.lowercase()) && !kb.is("honorifics", w)
        }) && (first + 1..=last).all(|k| word(k).is_none_or(|w| !kb.is("org_heads", w))) {
            first + 1
        } else {
            first
        };
        // "Officials of the Presidential Leadership Council privately concede": people
        // (`[group]` of data/speaker_nouns.txt) capitalised only because they open the
        // sentence, "of [the]", then an institution (a head word): the institution is
        // the name ("Supporters of Valladares" stays whole: no head word).
        let of_at = first + 1;
        let first = if opens_sentence && last > of_at + 1 && word(of_at) == Some("of") && word(first).is_some_and(|w| lexicon::get().is("group", &w.lowercase())) && (of_at + 1..=last).any(|k| word(k).is_some_and(|w| kb.is("org_heads", w))) {
            if word(of_at + 1).is_some_and(|w| w.eq_ignore_ascii_case("the")) && of_at + 2 <= last { of_at + 2 } else { of_at + 1 }
        } else {
            first
        };
        out.push(Chunk { first, last, start: toks[first].start, end: toks[last].end });
        i = last + 1;
    }
    out
}

/// "the ruling Liberty and Refoundation party", "Law and Justice has", "Law and
/// Justice sent its spokesman": two words joined by "and" are one name (a party's, a
/// firm's) when what follows takes them as one thing: a political body's noun
/// (`[party_noun]`), a verb agreeing with one subject (`[singular_agreement]`), or a
/// verb then "its". Never when either word names something on its own (a state, a
/// body, a given name, an acronym: "Kenya and Uganda has", "Ali and
/// Omar sent its"), nor for plural agreement ("Morales and Arce have").
fn one_name_with_and(text: &str, toks: &[Tok], first: usize, a: usize, last: usize) -> bool {
    let kb = kb::get();
    let lx = lexicon::get();
    let word = |i: usize| -> Option<&str> { toks.get(i).filter(|t| t.kind == TokKind::Word).map(|t| &text[t.start..t.end]) };
    if a != first + 1 || last != a + 1 {
        return false;
    }
    let plain = |w: &str| {
        let lw = w.lowercase();
        !is_acronym(w) && kb.lookup(w).is_none() && !lx.is("given_male", &lw) && !lx.is("given_female", &lw)
    };
    if !word(first).is_some_and(plain) || !word(last).is_some_and(plain) {
        return false;
    }
    let Some(next) = word(last + 1).filter(|w| !is_capitalised(w)) else { return false };
    lx.is("party_noun", next) || lx.is("singular_agreement", next) || word(last + 2) == Some("its")
}

/// The last token of a name that goes on past a comma as a list of portfolio words:
/// "Department for Environment, Food and Rural Affairs", "the Ministry of Health,
/// Labour and Welfare", "the Environment, Food and Rural Affairs Committee". The
/// chunk `first..=last` ends at a comma; the list (short capitalised items, the last
/// after "and") belongs to it when an institution's head word opens the chunk before
/// its "of"/"for", or ends the list's last item with no head word before. An item
/// the knowledge base knows (a state, a body: "the Bank of England, France and
/// Germany") or an acronym makes it a list of actors instead, as does no head word
/// ("Britain, France and Germany", "Smith, Jones and Brown").
fn listed_name(text: &str, toks: &[Tok], first: usize, last: usize, connector_at: Option<usize>) -> Option<usize> {
    const MAX_ITEM: usize = 3;
    let kb = kb::get();
    let word = |i: usize| -> Option<&str> { toks.get(i).filter(|t| t.kind == TokKind::Word).map(|t| &text[t.start..t.end]) };
    let is_head = |w: &str| kb.is("org_heads", w);
    let plain = |w: &str| opens_name(w) && !is_acronym(w) && kb.lookup(w).is_none();
    if toks.get(last + 1)?.kind != TokKind::Punct(',') {
        return None;
    }
    // The chunk before the comma: its head word before the connector, and its last
    // item (the words after the connector, or all of them) plain.
    let item_start = connector_at.map_or(first, |c| c + 1);
    let item_start = if word(item_start).is_some_and(|w| w == "the") { item_start + 1 } else { item_start };
    let head_before = connector_at.is_some_and(|c| (first..c).any(|k| word(k).is_some_and(is_head)));
    if item_start > last || last + 1 - item_start > MAX_ITEM || !(item_start..=last).all(|k| word(k).is_some_and(plain)) {
        return None;
    }
    if connector_at.is_none() && (first..=last).any(|k| word(k).is_some_and(is_head)) {
        return None;
    }
    if kb.lookup(&text[toks[item_start].start..toks[last].end]).is_some() {
        return None;
    }
    // The items after the comma: "Food", "and Rural Affairs Committee".
    let mut k = last + 2;
    let mut items = 0;
    loop {
        let and = word(k).is_some_and(|w| w == "and");
        if and {
            k += 1;
        }
        let s = k;
        while word(k).is_some_and(|w| plain(w) || (and && is_capitalised(w) && is_head(w))) {
            k += 1;
        }
        if k == s || k - s > MAX_ITEM + usize::from(and) || kb.lookup(&text[toks[s].start..toks[k - 1].end]).is_some() {
            return None;
        }
        items += 1;
        if and {
            let end = k - 1;
            let head_after = word(end).is_some_and(is_head) && connector_at.is_none();
            return ((head_before && !word(end).is_some_and(is_head)) || head_after).then_some(end);
        }
        if items >= 4 {
            return None;
        }
        // ", " before the next item, ", and" or "and" before the last.
        if toks.get(k)?.kind == TokKind::Punct(',') {
            k += 1;
        } else if word(k) != Some("and") {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk_texts(t: &str) -> Vec<String> {
        let toks = tokenize(t);
        chunks(t, &toks).iter().map(|c| c.text(t).to_string()).collect()
    }

    #[test]
    fn tokenizer_keeps_names_whole() {
        let t = "Khamenei's U.S. P5+1 al-Burhan SAF-aligned juntas’ Jama’at";
        let toks = tokenize(t);
        let s: Vec<&str> = toks.iter().map(|x| &t[x.start..x.end]).collect();
        assert_eq!(s, ["Khamenei", "'s", "U.S.", "P5+1", "al-Burhan", "SAF", "aligned", "juntas", "’", "Jama’at"]);
        assert_eq!(toks[1].kind, TokKind::Poss);
        assert_eq!(toks[8].kind, TokKind::Poss);
    }

    #[test]
    fn word_tests_answer_like_their_definitions() {
        // The fast paths (ASCII first byte, character test before the letter count)
        // against the plain definitions, ASCII and not; near misses included ("Said"
        // is no acronym, "al" without a capital after the hyphen is not capitalised).
        fn capitalised(w: &str) -> bool {
            let c = w.chars().next();
            c.is_some_and(char::is_uppercase)
                || c.is_some_and(char::is_lowercase) && w.split_once('-').is_some_and(|(p, r)| patronymic_particle(p) && r.chars().next().is_some_and(char::is_uppercase))
        }
        fn acronym(w: &str) -> bool {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '+' | '&' | '-'))
        }
        let words = ["", "A", "a", "Said", "SAID", "NATO", "U.S.", "P5+1", "G7", "7G", "AT&T", "al-Burhan", "al-burhan", "bin-Salman", "x-Ray", "-A", "4,000", "«Q»", "Élysée", "ÉLYSÉE", "ñandú", "İ", "ǅemal", "ΟΔΟΣ", "Ολα", "É", "A-", "ß", "’s"];
        for w in words {
            assert_eq!(is_capitalised(w), capitalised(w), "{w:?}");
            assert_eq!(is_acronym(w), acronym(w), "{w:?}");
        }
        assert!(is_acronym("NATO") && !is_acronym("Said") && !is_acronym("A"));
        assert!(is_capitalised("al-Burhan") && !is_capitalised("al-burhan") && !is_capitalised("4,000"));
    }

    #[test]
    fn hyphenated_given_names_stay_whole() {
        assert_eq!(chunk_texts("Lim Sung-chul said"), ["Lim Sung-chul"]);
        assert_eq!(chunk_texts("President Lee Jae-myung and Kim Jong-un met Tsai Ing-wen."), ["President Lee Jae-myung", "Kim Jong-un", "Tsai Ing-wen"]);
        // An English compound after a name or a sentence starter still splits.
        assert_eq!(chunk_texts("the Kremlin-backed Wagner group"), ["Kremlin", "Wagner"]);
        assert_eq!(chunk_texts("The Anti-war march"), ["Anti"]);
        assert_eq!(chunk_texts("Gaza Post-war plans"), ["Gaza Post"]);
        assert_eq!(chunk_texts("Seoul Pro-growth"), ["Seoul Pro"]);
        // A romanised syllable in -ing is a given name's tail; an English -ing word is not.
        assert_eq!(chunk_texts("Hsu Chia-ming met Chen Yi-ting and Huang Shu-fen"), ["Hsu Chia-ming", "Chen Yi-ting", "Huang Shu-fen"]);
        assert!(!chunk_texts("the Far Left-wing vote and Old Sea-king tales").iter().any(|c| c.contains("-")));
    }

    #[test]
    fn chunks_follow_institution_grammar() {
        assert_eq!(chunk_texts("He met the Atomic Energy Organization of Iran today."), ["Atomic Energy Organization of Iran"]);
        assert_eq!(chunk_texts("Khamenei and Rouhani agree."), ["Khamenei", "Rouhani"]);
        assert_eq!(chunk_texts("the Forces for Freedom and Change said"), ["Forces for Freedom and Change"]);
        assert_eq!(chunk_texts("But Prince Faisal bin Farhan said"), ["Prince Faisal bin Farhan"]);
        assert_eq!(chunk_texts("The US and the UN."), ["US", "UN"]);
        assert_eq!(chunk_texts("In October, the Office of the Supreme Leader spoke"), ["Office of the Supreme Leader"]);
        assert_eq!(chunk_texts("George W. Bush met S. Jaishankar."), ["George W. Bush", "S. Jaishankar"]);
        assert_eq!(chunk_texts("at the S. Rajaratnam School of International Studies"), ["S. Rajaratnam School of International Studies"]);
        assert_eq!(chunk_texts("the plan B. Then Russia"), ["B", "Russia"]);
        assert_eq!(chunk_texts("Corriere della Sera and Joao dos Santos"), ["Corriere della Sera", "Joao dos Santos"]);
        // Two people then "of" their party split; a head word before the "of" keeps one name.
        assert_eq!(chunk_texts("Sean Kerr and Fiona MacLeod of the Scottish National Party voted"), ["Sean Kerr", "Fiona MacLeod of the Scottish National Party"]);
        assert_eq!(chunk_texts("the Food and Agriculture Organization of the United Nations said"), ["Food and Agriculture Organization of the United Nations"]);
        assert_eq!(chunk_texts("the Peace and Security Council met"), ["Peace and Security Council"]);
    }

    #[test]
    fn lists_of_portfolios_stay_in_one_name() {
        assert_eq!(chunk_texts("the Ministry of Health, Labour and Welfare said"), ["Ministry of Health, Labour and Welfare"]);
        assert_eq!(chunk_texts("a spokesman for the Department for Culture, Media and Sport"), ["Department for Culture, Media and Sport"]);
        assert_eq!(chunk_texts("chairs the Digital, Culture, Media and Sport Committee now"), ["Digital, Culture, Media and Sport Committee"]);
        // A list of actors is no name: states, bodies, no head word at all.
        assert_eq!(chunk_texts("the Bank of England, France and Germany agreed"), ["Bank of England", "France", "Germany"]);
        assert_eq!(chunk_texts("Britain, France and Germany agreed"), ["Britain", "France", "Germany"]);
        assert_eq!(chunk_texts("Smith, Jones and Brown agreed"), ["Smith", "Jones", "Brown"]);
        assert_eq!(chunk_texts("the Ministry of Defence, Kenya and Uganda"), ["Ministry of Defence", "Kenya", "Uganda"]);
        assert_eq!(chunk_texts("the Ministry of Defence, NATO and Smith"), ["Ministry of Defence", "NATO", "Smith"]);
    }

    #[test]
    fn capitalised_prepositions_stay_in_names() {
        assert_eq!(chunk_texts("said Reporters Without Borders and Mothers Against Drunk Driving."), ["Reporters Without Borders", "Mothers Against Drunk Driving"]);
        // Lowercase, it joins nothing; at a sentence start it opens nothing.
        assert_eq!(chunk_texts("Kenya against Uganda. Against Kenya, Uganda"), ["Kenya", "Uganda", "Kenya", "Uganda"]);
    }
}
