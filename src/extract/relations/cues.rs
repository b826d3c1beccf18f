//! The cue table: `data/relations.txt` read once into cues (a word sequence, the
//! relation kind it states, the pattern family that finds its source and target)
//! and the word-list sections the patterns consult (`[-:skip]`, `[-:critical]`,
//! `[-:locative]`, ...). Why data: adding a cue or a closed-class word needs no code.
//!
//! Lookup is by first word through a small hash index with two byte filters, so
//! nearly every word of a paragraph is rejected with two table reads.
//!
//! `build.rs` sorts the file (`$OUT_DIR/relations_tables.rs`); what is left here is
//! one pass over its bytes on first use (in the browser, that first use runs in the
//! engine's unoptimised tier, on the widget's critical path).

use crate::case::StrCase;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Family {
    Forward,
    Owner,
    Between,
    Allies,
    Addressed,
    /// SUBJECT ... cue TARGET: the source is the sentence's subject.
    Subject,
    /// "talks between X and Y", "the war between X and Y": X and Y with each other.
    Pair,
    /// "the swap, mediated by X, …": X with the other parties the sentence names.
    Agent,
    /// "X and Y have been allies", "X and Y negotiated": the two actors coordinated
    /// right before the cue, with each other.
    Mutual,
    /// "Turkey, Azerbaijan's closest ally, …": the appositive's head with the owner.
    Possessed,
    /// "X argued that the council had “sidelined” parliament": a speech verb whose
    /// reported clause opens with an actor and carries a critical word.
    Reported,
    /// "X called Y “terrorists”", "X branded Y a puppet", "X described Y as
    /// corrupt": the object named right after the verb, with a pejorative soon after.
    Naming,
    /// "Y was criticised by X", "Y drew criticism from X": a passive or a nominal
    /// with its agent after the cue; read as forward, with source and target swapped.
    Passive,
    /// "X and Y blamed each other", "the two governments traded accusations": the
    /// pair named before (or the story's last pair), each with the other.
    Reciprocal,
    /// "X has fought the TTP", "troops battling Y": a forward cue whose object
    /// stands right after it (at most "the" between); a verb that also takes a
    /// preposition ("fought for Y", "fighting in Y") relates no one then.
    Object,
    /// "X demanded Y's resignation", "X welcomed Y's decision": a verb whose object
    /// is an act or a fate of the actor named right after it (a possessive, then a
    /// word of `[-:ouster]` for a conflict cue, of `[-:owned_act]` for an alliance
    /// cue), or "the decision by Y"; the verb alone relates no one.
    Owned,
    /// "Y hit back in a radio interview", "Y retorted": a reply with no object is
    /// aimed at the one who spoke last before it (a quote's speaker, as attribution
    /// read it), else at the previous sentence's subject.
    Retort,
    /// "X offered to host the two ministers": a mediation verb whose object is a
    /// phrase of `[-:both_sides]`; X mediates with those two parties (the
    /// paragraph's pair, else the story's last "X and Y"); with any other object
    /// ("offered to host the Olympics") the verb relates no one.
    Sides,
}

pub(super) struct Cue {
    pub(super) words: &'static [&'static str],
    pub(super) kind: &'static str,
    pub(super) family: Family,
}

/// The word-list sections of `data/relations.txt` (`[-:name]`): words (or short
/// phrases), not cues. Their order here is their index in `Cues::lists` and in
/// `CUE_LISTS` of `build.rs`, which holds their names.
#[derive(Clone, Copy)]
pub(super) enum List {
    /// Words that may stand between a subject pronoun and its verb ("he has since
    /// accused").
    Skip,
    /// Words that make a reported clause critical ("failed", "not").
    Critical,
    /// Words that make naming an insult ("terrorists", "a puppet").
    Pejorative,
    /// Phrases that name the two parties of a negotiation without naming them ("the
    /// two delegations", "both sides").
    BothSides,
    /// Before an actor's name, these make it a place ("hosted them in Moscow").
    Locative,
    /// A sentence's first word that is no part of its subject ("And when ...").
    LeadingConjunction,
    /// A sentence opening with one of these has its subject in the sentence before.
    PronounStart,
    /// Subject pronouns that stand for a person ("he accused X").
    PersonSubject,
    /// Right before a cue, these deny it ("did not back X", "without confronting X").
    Negator,
    /// Right before a cue, a relative pronoun: its head must be the actor just named.
    Relative,
    /// Between a cue and its object, these open a relative clause ("the group that
    /// the United States designated"): the name after is no object.
    RelativeGap,
    /// What may join the targets of one cue ("X, Y and Z", "as well as").
    ListJoiner,
    /// After ", and" and a name, a word that makes the name a new clause's subject
    /// ("…, and Peru has").
    ClauseVerb,
    /// The first word of a comma-closed clause that describes the actor before it
    /// ("X, whose ministry …,", "X, the …,").
    AppositiveOpener,
    /// What joins the two actors of a mutual cue ("X and Y have been allies").
    PairJoiner,
    /// Articles: an owner cue ("U.S. pressure") has none between owner and cue.
    Article,
    /// Nouns of negotiation ("talks", "ceasefire"): a mediation sentence that names
    /// no party but these speaks of the story's last pair.
    Talks,
    /// A sentence opening with these puts its first clause in a condition ("If X
    /// rejected Y, ..."): no cue of that clause relates anyone.
    Hypothetical,
    /// Words that make naming an alliance ("X counts Y as its closest ally").
    Amicable,
    /// Nouns of an act or a statement ("a move", "a charge"): an appositive they
    /// open reacts to the main clause ("…, a move condemned by X").
    ActNoun,
    /// Object pronouns that stand for a person ("the party accused him of ...").
    PersonObject,
    /// What one demands of an actor's fate ("Y's resignation", "Y's arrest").
    Ouster,
    /// An actor's act or project ("Y's bid", "the plan"): the owner is its actor
    /// ("X opposed the bid" after "Y's takeover bid" opposes Y).
    OwnedAct,
    /// Blame verbs whose target follows "on" past their object ("X blamed the
    /// shortage on Y"): read when no actor stands right after the verb.
    Onto,
    /// Nouns of a statement ("the criticism", "that portrait"): a conflict verb whose
    /// object is one of them, after a word of `RebuttalDeterminer`, answers whoever
    /// made it (`rebuttal.rs`).
    ClaimNoun,
    /// "the", "that", "those": what may open such an object.
    RebuttalDeterminer,
    /// Nouns of a person's peer ("his colleague", "her rival"): after a person's
    /// possessive pronoun as a cue's object, another person named before.
    PeerNoun,
    /// Adjectives of a stance that open an appositive describing the actor before
    /// it, past one adverb at most ("X and Y, long wary of Z, criticised W").
    StanceAdjective,
    /// "X joined Y in condemning Z": verbs by which X takes Y's part in an act.
    JoinVerb,
    /// Singular verbs after a relative pronoun ("which has backed"): the clause is
    /// the last conjunct's alone.
    SingularVerb,
    /// After a negation in a reported clause, what the clause's subject was not given
    /// or told ("was not consulted", "had not received", "no plans"): no charge.
    Undergone,
    /// Right before a negation, a verb of receipt ("received no reply"): no charge.
    Receipt,
    /// "no plans to", "no intention of": a plan denied, no charge ("had no plan" is).
    IntentNoun,
    /// A state's combining form before a hyphen and its name ("franco france":
    /// "the Franco-German alliance"; `hyphen_pair`).
    CombiningForm,
}

include!(concat!(env!("OUT_DIR"), "/relations_tables.rs"));

/// The families by their index in `CUE_FAMILIES` of `build.rs` (the names there).
const FAMILIES: [Family; 18] = [
    Family::Forward,
    Family::Owner,
    Family::Between,
    Family::Allies,
    Family::Addressed,
    Family::Subject,
    Family::Pair,
    Family::Agent,
    Family::Mutual,
    Family::Possessed,
    Family::Reported,
    Family::Naming,
    Family::Passive,
    Family::Reciprocal,
    Family::Object,
    Family::Owned,
    Family::Retort,
    Family::Sides,
];

pub(super) struct Cues {
    /// Sorted by first word, then longest first (ties in file order): the cues that
    /// start with a word are one slice, found through `slots`.
    all: Vec<Cue>,
    /// The word-list sections, each sorted (see [`List`]).
    lists: [&'static [&'static str]; LIST_LENS.len()],
    /// Per section, the bit set of its words' lengths (capped at 63): a word of a
    /// length no entry has is answered without the binary search (the sentence tests
    /// ask three sections about every sentence's first word, `[-:talks]` every word).
    lens: [u64; LIST_LENS.len()],
    /// Per first byte of a cue's first word, the bit set of its lengths (capped at
    /// 31): nearly every word of a paragraph is rejected without a search.
    first: [u32; 256],
    /// The same per last byte: with both, a word shaped like no cue's first word
    /// ("in", "the") costs two table reads, never a search.
    last: [u32; 256],
    /// Open addressing from a first word to its slice of `all`, `(start + 1, len)`
    /// (0 = empty): a word that passes the byte filters costs one hash and usually
    /// one comparison (a binary search here was the largest item in this module's
    /// profile).
    slots: Vec<(u16, u16)>,
}

fn word_hash(w: &str) -> usize {
    w.bytes().fold(0u32, |h, c| (h.rotate_left(5) ^ c as u32).wrapping_mul(0x9e37_79b9)) as usize
}

impl Cues {
    pub(super) fn starting_with(&self, w: &str) -> &[Cue] {
        let (Some(&b), Some(&e)) = (w.as_bytes().first(), w.as_bytes().last()) else { return &[] };
        let len = 1 << w.len().min(31);
        if self.first[b as usize] & len == 0 || self.last[e as usize] & len == 0 {
            return &[];
        }
        let mask = self.slots.len() - 1;
        let mut s = word_hash(w) & mask;
        loop {
            let (start, n) = self.slots[s];
            let Some(lo) = (start as usize).checked_sub(1) else { return &[] };
            if self.all[lo].words[0] == w {
                return &self.all[lo..lo + n as usize];
            }
            s = (s + 1) & mask;
        }
    }

    /// The entries of a word-list section, sorted.
    pub(super) fn list(&self, l: List) -> &[&'static str] {
        &self.lists[l as usize]
    }

    /// Whether `w` (lowercase) is in a word-list section.
    pub(super) fn is(&self, l: List, w: &str) -> bool {
        self.lens[l as usize] & (1 << w.len().min(63)) != 0 && self.lists[l as usize].binary_search(&w).is_ok()
    }

    /// `is(l, &w.to_lowercase())` without the copy: on the stack for a short ASCII `w`,
    /// and no lowercasing at all for a `w` longer than every word of the list
    /// (lowercasing never gives fewer characters). The callers test gaps between
    /// mentions, which may run for a whole sentence.
    pub(super) fn is_lower(&self, l: List, w: &str) -> bool {
        if w.len() <= 64 && w.is_ascii() {
            return crate::extract::lexicon::with_ascii_lower(w, |lw| self.is(l, lw));
        }
        let longest = self.lists[l as usize].iter().map(|x| x.len()).max().unwrap_or(0);
        w.chars().count() <= longest && self.is(l, &w.lowercase())
    }
}

pub(super) fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        // Every cue word, then every list entry, in one buffer that lives as long as
        // the cues: one allocation, not one per cue.
        let mut words: Vec<&'static str> = Vec::with_capacity(CUE_WORDS + LIST_LENS.iter().map(|&n| n as usize).sum::<usize>());
        // Per cue: the end of its words in `words`, its kind, its family.
        let mut meta: Vec<(usize, u8, u8)> = Vec::with_capacity(CUE_COUNT);
        // A line per cue: a kind byte, a family byte, the words one space apart.
        let b = CUE_TEXT.as_bytes();
        let mut i = 0;
        while i + 2 < b.len() {
            let (kind, family) = (b[i] - b'0', b[i + 1] - b'0');
            i += 2;
            let mut start = i;
            while i < b.len() {
                let c = b[i];
                i += 1;
                if c == b' ' || c == b'\n' {
                    words.push(&CUE_TEXT[start..i - 1]);
                    start = i;
                    if c == b'\n' {
                        break;
                    }
                }
            }
            meta.push((words.len(), kind, family));
        }
        let mut start = 0;
        for (j, &c) in LIST_TEXT.as_bytes().iter().enumerate() {
            if c == b'\n' {
                words.push(&LIST_TEXT[start..j]);
                start = j + 1;
            }
        }
        let words: &'static [&'static str] = words.leak();
        let mut lo = 0;
        let all: Vec<Cue> = meta
            .iter()
            .map(|&(end, kind, family)| {
                let c = Cue { words: &words[lo..end], kind: CUE_KINDS[kind as usize], family: FAMILIES[family as usize] };
                lo = end;
                c
            })
            .collect();
        let mut lists: [&'static [&'static str]; LIST_LENS.len()] = [&[]; LIST_LENS.len()];
        for (l, &n) in lists.iter_mut().zip(&LIST_LENS) {
            *l = &words[lo..lo + n as usize];
            lo += n as usize;
        }
        let lens = lists.map(|l| l.iter().fold(0u64, |m, w| m | (1 << w.len().min(63))));
        let mut first = [0u32; 256];
        let mut last = [0u32; 256];
        for c in &all {
            let w = c.words[0].as_bytes();
            if let (Some(&b), Some(&e)) = (w.first(), w.last()) {
                first[b as usize] |= 1 << w.len().min(31);
                last[e as usize] |= 1 << w.len().min(31);
            }
        }
        let mut slots = vec![(0u16, 0u16); (all.len() * 2).next_power_of_two().max(2)];
        let mask = slots.len() - 1;
        let mut lo = 0;
        while lo < all.len() {
            let n = all[lo..].iter().take_while(|c| c.words[0] == all[lo].words[0]).count();
            let mut s = word_hash(all[lo].words[0]) & mask;
            while slots[s].0 != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = (lo as u16 + 1, n as u16);
            lo += n;
        }
        Cues { all, lists, lens, first, last, slots }
    })
}

// build.rs names as many families and lists as there are here (a name added on one
// side only fails the build, not the first extraction).
const _: () = assert!(CUE_FAMILY_COUNT == FAMILIES.len() && LIST_LENS.len() == List::CombiningForm as usize + 1);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_filter_answers_like_the_search() {
        // Every entry of every list is found; a word of a length some entry has but
        // that no entry is, and words of lengths no entry has (empty, very long), are not.
        let c = cues();
        for (li, list) in c.lists.iter().enumerate() {
            for w in list.iter() {
                assert!(c.lens[li] & (1 << w.len().min(63)) != 0, "{w:?}");
            }
        }
        let long = "x".repeat(80);
        for w in ["", "zzzz", "andd", long.as_str()] {
            for l in [List::LeadingConjunction, List::PronounStart, List::Hypothetical, List::Talks, List::Skip] {
                assert_eq!(c.is(l, w), c.lists[l as usize].binary_search(&w).is_ok(), "{w:?}");
            }
        }
        assert!(c.is(List::PronounStart, c.lists[List::PronounStart as usize][0]));
    }
}
