//! The gender of each person of a story, as the text itself marks it, so that a
//! pronoun never takes up a person of the other gender ("Claire Morvan asked him
//! whether … He declined": "he" is not Morvan).
//!
//! Why from the text: news writing marks gender all the time, with courtesy titles
//! ("Mr Conti", "Ms Ortiz", "Sheikh Haidar"), with the pronoun that follows a
//! person's introduction ("Lena Ortiz is a lawmaker. She …"), with possessives right
//! after a name ("Ortiz and her party") and, most often, with a given name that is
//! overwhelmingly of one gender (`data/given_names.txt`). Each is a vote; titles and
//! given names weigh more than pronouns (a pronoun's antecedent is itself a guess);
//! a tie, or no evidence, leaves the gender unknown and the pronoun free to take
//! up that person, as before.
//!
//! Cost: one walk over each paragraph's tokens and mentions.

use crate::case::StrCase;
use super::attribution::Tokens;
use super::cast::Cast;
use super::lexicon;
use crate::model::ActorKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Weights of the evidence: a title or a given name says more than a pronoun.
const TITLE: i32 = 3;
const GIVEN: i32 = 3;
const PRONOUN: i32 = 1;
/// How many words after a name a possessive ("Ortiz raised her hand") may stand.
const POSSESSIVE_GAP: usize = 3;

/// The gender of a person pronoun ("she", "his"), lowercase.
pub fn of_pronoun(w: &str) -> Option<Gender> {
    by_sections(w, "pronoun_male", "pronoun_female")
}

/// The gender of a courtesy title ("Mr", "Ms", "Sheikh").
pub fn of_title(w: &str) -> Option<Gender> {
    by_sections(w, "honorific_male", "honorific_female")
}

/// The gender a person noun says ("man", "woman"; kin nouns have their own lists).
pub fn of_noun(w: &str) -> Option<Gender> {
    by_sections(w, "noun_male", "noun_female")
}

/// The gender of the lexicon section pair (`male`, `female`) that lists `w`.
fn by_sections(w: &str, male: &str, female: &str) -> Option<Gender> {
    let lx = lexicon::get();
    if lx.is(male, w) {
        Some(Gender::Male)
    } else if lx.is(female, w) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender a name's first word says: a courtesy title, else a given name
/// (office titles such as "President" are stepped over).
pub fn of_name(name: &str) -> Option<Gender> {
    let lx = lexicon::get();
    let kb = super::cast::kb::get();
    for w in name.split_whitespace() {
        let l = w.lowercase();
        if let Some(g) = of_title(&l) {
            return Some(g);
        }
        if kb.office(w).is_some() {
            continue;
        }
        // "Lucía", "José", "Zoë": the list holds each name once, unaccented.
        let l = unaccented(&l).unwrap_or(l);
        let female = lx.is("given_female", &l);
        return match (lx.is("given_male", &l), female) {
            (true, false) => Some(Gender::Male),
            (false, true) => Some(Gender::Female),
            _ => None,
        };
    }
    None
}

/// A lowercase word with the accents of Latin letters taken off (`None` when it has
/// none to take): a given name is listed once, and "Lucía" is "lucia" for its gender.
fn unaccented(w: &str) -> Option<String> {
    if w.is_ascii() {
        return None;
    }
    Some(
        w.chars()
            .map(|c| match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
                'ç' | 'ć' | 'č' => 'c',
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
                'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
                'ñ' | 'ń' | 'ň' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
                'ý' | 'ÿ' => 'y',
                'ś' | 'š' | 'ş' | 'ș' => 's',
                'ź' | 'ż' | 'ž' => 'z',
                'ł' => 'l',
                'ř' => 'r',
                'ğ' => 'g',
                'đ' => 'd',
                'ţ' | 'ț' => 't',
                _ => c,
            })
            .collect(),
    )
}

fn vote(votes: &mut [[i32; 2]], a: usize, g: Gender, w: i32) {
    if let Some(v) = votes.get_mut(a) {
        v[g as usize] += w;
    }
}

/// The gender of every actor of the cast (`None` for non-persons and the unknown).
pub(crate) fn infer(tks: &[Tokens], cast: &Cast) -> Vec<Option<Gender>> {
    let person = |a: usize| cast.actors[a].kind == ActorKind::Person;
    let mut votes = vec![[0i32; 2]; cast.actors.len()];
    for (a, d) in cast.actors.iter().enumerate() {
        if person(a) {
            if let Some(g) = of_name(&d.name) {
                vote(&mut votes, a, g, GIVEN);
            }
        }
    }
    // The one person named in the sentence before (outside quotes): whom a sentence
    // opening with "He"/"She" is about.
    let mut prev_single: Option<usize> = None;
    // The persons of a sentence outside quotes: (first token, last token, actor). One
    // buffer for the whole walk, cleared per sentence (a `Vec` per sentence was about
    // 3 % of an extraction's allocations).
    let mut persons: Vec<(usize, usize, usize)> = Vec::new();
    for (p, tk) in tks.iter().enumerate() {
        let ms = cast.mentions_in(p, 0..tk.text.len());
        let mut mi = 0;
        for s in tk.sentences.iter() {
            let (lo, hi) = (tk.at(s.start), tk.at(s.end));
            persons.clear();
            while mi < ms.len() && ms[mi].range.start < s.end {
                let m = &ms[mi];
                mi += 1;
                let k = tk.at(m.range.start);
                if m.range.start < s.start || !person(m.actor) || tk.quoted.get(k).copied().unwrap_or(true) {
                    continue;
                }
                // "Mr Conti", "Sheikh Haidar": a title right before the name, or opening it.
                let title = if k > 0 && tk.is_word(k - 1) { of_title(tk.lower(k - 1)) } else { None };
                // "Her father, Kang Man-sik", "his daughter Ana": a kin noun right
                // before the name, with or without a comma.
                let j = if k > 1 && tk.punct(k - 1) == Some(',') { k - 2 } else { k.wrapping_sub(1) };
                let kin = if j < k && tk.is_word(j) { by_sections(tk.lower(j), "kin_father", "kin_mother").or_else(|| by_sections(tk.lower(j), "kin_son", "kin_daughter")) } else { None };
                if let Some(g) = title.or(kin).or_else(|| tk.text[m.range.clone()].split_whitespace().next().and_then(|w| if w.is_ascii() { lexicon::with_ascii_lower(w, of_title) } else { of_title(&w.lowercase()) })) {
                    vote(&mut votes, m.actor, g, TITLE);
                }
                persons.push((k, tk.at(m.range.end).saturating_sub(1), m.actor));
            }
            let opener = lo < hi && tk.is_word(lo) && matches!(tk.lower(lo), "he" | "she");
            if opener {
                if let (Some(a), Some(g)) = (prev_single, of_pronoun(tk.lower(lo))) {
                    if persons.first().is_none_or(|x| x.0 > lo) {
                        vote(&mut votes, a, g, PRONOUN);
                    }
                }
            }
            // "Ortiz raised her hand", "Conti, his voice hoarse": a possessive or
            // reflexive just after the sentence's one person so far.
            for k in lo..hi {
                if !tk.is_word(k) {
                    continue;
                }
                let w = tk.lower(k);
                if !matches!(w, "his" | "her" | "himself" | "herself") {
                    continue;
                }
                // "her" is possessive only before its noun ("her party", not "told her the plan").
                let lx = lexicon::get();
                let function = |x: &str| ["determiner", "preposition", "auxiliary", "subordinator", "relative"].iter().any(|c| lx.is(c, x));
                // "told her to sign": the infinitive's "to" follows an object too.
                if w == "her" && !(tk.is_word(k + 1) && !tk.quoted[k + 1] && tk.word(k + 1).starts_with(char::is_lowercase) && !function(tk.lower(k + 1)) && tk.lower(k + 1) != "to") {
                    continue;
                }
                // The persons ending before `k` (a prefix: `persons` is in text order).
                let before = &persons[..persons.iter().rposition(|x| x.1 < k).map_or(0, |i| i + 1)];
                let Some(last) = before.iter().rev().find(|x| x.1 < k) else { continue };
                if before.iter().filter(|x| x.1 < k).all(|x| x.2 == last.2) && k - last.1 <= POSSESSIVE_GAP + 1 {
                    if let Some(g) = of_pronoun(w) {
                        vote(&mut votes, last.2, g, PRONOUN);
                    }
                }
            }
            let first = persons.first().map(|x| x.2);
            prev_single = match first {
                Some(a) if persons.iter().all(|x| x.2 == a) => Some(a),
                Some(_) => None,
                // "Ortiz is a lawmaker. She has …. She says …": the chain goes on.
                None if opener => prev_single,
                None => None,
            };
        }
    }
    votes
        .iter()
        .map(|v| match v[0].cmp(&v[1]) {
            std::cmp::Ordering::Greater => Some(Gender::Male),
            std::cmp::Ordering::Less => Some(Gender::Female),
            std::cmp::Ordering::Equal => None,
        })
        .collect()
}
