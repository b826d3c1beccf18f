//! A seeded generator of news-like articles, for benchmarks and scale tests.
//!
//! Why generated text: throughput and linearity must be measured at 10 KB … 10 MB,
//! and no real article is 10 MB. The generator mixes what makes extraction work
//! hard, in realistic proportions: titled names, organisations with acronyms,
//! adjacent and embedded reporting frames, pronoun follow-ups, scare-quoted terms,
//! apostrophes and headings. Deterministic for a given seed (a xorshift PRNG, so
//! no `rand` dependency).

use crate::case::CharCase;

const FIRST: &[&str] = &["Amina", "Daniel", "Leila", "Omar", "Sofia", "Yusuf", "Marta", "Kofi", "Ingrid", "Rahul", "Chen", "Fatima"];
const LAST: &[&str] = &["Haddad", "Okafor", "Novak", "Rahimi", "Lindqvist", "Mensah", "Petrov", "Castillo", "Tanaka", "Barzani", "Adeyemi", "Kowalski"];
const TITLES: &[&str] = &["Foreign Minister", "President", "Defense Minister", "army chief", "opposition leader", "Prime Minister", "spokesperson"];
const STATES: &[(&str, &str)] = &[("Kenya", "Kenyan"), ("Norway", "Norwegian"), ("Peru", "Peruvian"), ("Jordan", "Jordanian"), ("Poland", "Polish"), ("Ghana", "Ghanaian")];
const ORGS: &[(&str, &str)] = &[("National Security Council", "NSC"), ("Ministry of Energy", "MOE"), ("Revolutionary Front", "RF"), ("Central Election Commission", "CEC")];
const VERBS: &[&str] = &["said", "told reporters", "argued", "warned", "added", "insisted", "declared"];
const CLAUSES: &[&str] = &[
    "we will not negotiate under pressure",
    "the talks have reached a decisive stage",
    "our patience is not unlimited",
    "the sanctions have failed to change anything",
    "every option remains on the table",
    "the region cannot afford another war",
];
const TERMS: &[&str] = &["red lines", "strategic patience", "maximum pressure", "grand bargain", "resistance"];

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

/// One paragraph of news-like text.
pub fn paragraph(rng: &mut Rng) -> String {
    let (state, demonym) = STATES[(rng.next() % STATES.len() as u64) as usize];
    let (org, acronym) = ORGS[(rng.next() % ORGS.len() as u64) as usize];
    let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
    let surname = name.split(' ').nth(1).unwrap_or("").to_string();
    let title = rng.pick(TITLES);
    let clause = rng.pick(CLAUSES);
    let term = rng.pick(TERMS);
    match rng.next() % 4 {
        0 => format!(
            "“{} {},” {demonym} {title} {name} {} on Tuesday. The {org} ({acronym}) has rejected {state}'s “{term}” approach, and {surname} said the '90s-era plan was over.",
            capitalise(clause), "and we mean it", rng.pick(VERBS)
        ),
        1 => format!(
            "{name}, a senior adviser to the {org}, {} that “{clause}.” He added: “{}, whatever {acronym} officials say.”",
            rng.pick(VERBS),
            capitalise(rng.pick(CLAUSES))
        ),
        2 => format!(
            "According to {state}'s {title}, “{clause}.” Officials in the {org} declined to comment, but the ministry said in a statement that “{}.”",
            rng.pick(CLAUSES)
        ),
        _ => format!("Analysts in {state} describe the policy as “{term}” rather than a strategy, while critics of the {org} note that {surname}'s allies remain cautious."),
    }
}

/// An article of roughly `bytes` bytes: a title, headings every ten paragraphs,
/// paragraphs separated by blank lines (the plain-text format the CLI reads).
pub fn article(seed: u64, bytes: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 1024);
    out.push_str("A Synthetic Analysis of Regional Talks\n\n");
    let mut n = 0;
    while out.len() < bytes {
        if n % 10 == 9 {
            out.push_str("THE NEXT ROUND OF “TALKS”\n\n");
        }
        out.push_str(&paragraph(&mut rng));
        out.push_str("\n\n");
        n += 1;
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn deterministic_and_sized() {
        let a = super::article(7, 10_000);
        assert_eq!(a, super::article(7, 10_000));
        assert!(a.len() >= 10_000 && a.len() < 11_000);
        assert_ne!(a, super::article(8, 10_000));
    }

    #[test]
    fn big_story_is_valid() {
        let s = super::story(1, 2000, 500);
        crate::model::validate(&s).unwrap();
        assert_eq!((s.quotes.len(), s.actors.len()), (2000, 500));
        crate::model::validate(&super::story(1, 3, 1)).unwrap();
    }
}

/// A large story (for the view's scale budget): `actors` actors in a three-level
/// tree (states → institutions → people) and `quotes` quotes spread over them.
pub fn story(seed: u64, quotes: usize, actors: usize) -> crate::model::Story {
    use crate::model::{Actor, ActorKind, Quote, QuoteKind, Relation, Story};
    let mut rng = Rng::new(seed);
    let mut s = Story { version: Some(crate::model::SCHEMA_VERSION.into()), ..Story::default() };
    let states = (actors / 25).max(1);
    let orgs = (actors / 5).max(1);
    for i in 0..actors {
        let (kind, parent) = if i < states {
            (ActorKind::State, None)
        } else if i < states + orgs {
            (ActorKind::Organization, Some(format!("a{}", rng.next() as usize % states)))
        } else {
            (ActorKind::Person, Some(format!("a{}", states + rng.next() as usize % orgs)))
        };
        let name = match kind {
            ActorKind::State => format!("State {}", i),
            ActorKind::Organization => format!("{} {}", ORGS[i % ORGS.len()].0, i),
            _ => format!("{} {} {}", rng.pick(FIRST), rng.pick(LAST), i),
        };
        s.actors.push(Actor { id: format!("a{i}"), name, kind, parent, role: Some(rng.pick(TITLES).into()), ..Actor::default() });
    }
    for i in 0..quotes {
        let clause = rng.pick(CLAUSES);
        s.paragraphs.push(format!("“{clause},” an official said."));
        s.quotes.push(Quote {
            id: format!("q{i}"),
            text: format!("{},", capitalise(clause)),
            kind: if i % 10 == 9 { QuoteKind::Term } else { QuoteKind::Speech },
            speaker: (actors > 0).then(|| {
                let people = actors.saturating_sub(states + orgs);
                let idx = if people > 0 { states + orgs + rng.next() as usize % people } else { rng.next() as usize % actors };
                format!("a{idx}")
            }),
            paragraph: i,
            context: format!("“{clause},” an official said."),
            ..Quote::default()
        });
    }
    for i in 0..actors / 2 {
        s.relations.push(Relation {
            source: format!("a{}", rng.next() as usize % actors.max(1)),
            target: format!("a{}", rng.next() as usize % actors.max(1)),
            kind: ["criticizes", "allied_with", "mediates", "opposes"][i % 4].into(),
            evidence: None,
        });
    }
    s.relations.retain(|r| r.source != r.target);
    s
}
