//! Speaker labels with an affiliation: the turns of a parliamentary record, a
//! briefing's transcript or a hearing, where a paragraph opens with who speaks,
//! a parenthesis saying for whom, and a colon:
//!
//! - "HON. TSHIAMO KGAFELA (BDP, Mahalapye West): …": a courtesy title
//!   (`[label_courtesy]` of `data/grammar_words.txt`) and a name in capitals: the
//!   person (its words in name case), a member of the party the parenthesis names
//!   (an acronym, a KB body or an organisation the story already has); the other
//!   items (a constituency) are places and make no actor; the same in name case
//!   ("Hon. Tshiamo Kgafela (BDP, …):"), or with no title when an item names a party
//!   ("Tshiamo Kgafela (BDP, Mahalapye West):");
//! - "THE SPEAKER (Hon. Boitumelo Sekgoma): …", "MINISTER OF FINANCE (Hon. X, UDC,
//!   Y): …": an office in capitals, then the holder's name: the person, who goes by
//!   the office too (a later "MINISTER OF FINANCE:" turn is theirs), the party as
//!   above;
//! - "Q (Lina Saleh, The Jordan Times): …", "Reporter (Omar Haddad, Roya TV): …": a
//!   turn word (`[turn_label]`), the questioner's name and the outlet: the person
//!   works for that outlet.
//!
//! The label's chunks are then left out of the paragraph's classification (its words
//! in capitals would read as an organisation's name); the mention scan still finds
//! the names in it. Near misses, no label: a heading with a colon and no
//! parenthesis ("FACT CHECK:"), a parenthesis that names no one ("UPDATE (EDITED):",
//! "Q (from the floor):"), a clock time ("UPDATE (14:30)"), a lowercase head ("The
//! meeting (in Geneva):").
//!
//! Cost: one look at the first `MAX_LABEL` bytes of the paragraph.

use crate::case::StrCase;
use crate::extract::cast::builder::*;
use crate::extract::cast::kb::{self, Entry};
use crate::extract::cast::names::{self, Chunk, Tok, TokKind};
use crate::extract::lexicon;
use crate::model::ActorKind;

/// How far into a paragraph a speaker label's colon may be.
const MAX_LABEL: usize = 160;

/// Who a label's head says speaks.
enum Head<'t> {
    /// A courtesy title and a name in capitals ("HON. TSHIAMO KGAFELA"), or in
    /// name case ("Hon. Tshiamo Kgafela"); a bare name in name case ("Tshiamo
    /// Kgafela (BDP, Mahalapye West):") when the parenthesis names a party. With
    /// whether the name is in capitals, and whether a title made it sure.
    Named(&'t str, bool, bool),
    /// A questioner's turn word ("Q", "Reporter").
    Turn,
    /// An office in capitals ("THE SPEAKER", "MINISTER OF FINANCE").
    Office(&'t str),
}

/// A label opening a paragraph: its head, the parenthesis's items, and the byte
/// offset of its colon.
struct Label<'t> {
    head: Head<'t>,
    items: Vec<&'t str>,
    colon: usize,
}

/// Whether `w` (any case, with or without its full stop) is a courtesy title of a
/// label ("HON.", "Hon.", "MR").
fn courtesy(w: &str) -> bool {
    lexicon::get().is("label_courtesy", &w.trim_end_matches('.').lowercase())
}

/// "TSHIAMO KGAFELA" → "Tshiamo Kgafela", "OKAFOR-REYES" → "Okafor-Reyes": the
/// first letter of each word (and of each hyphenated part) kept, the rest lowercase.
fn name_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(crate::case::CharCase::lowercase(c));
        }
        start = !c.is_alphabetic();
    }
    out
}

/// Whether `s` reads as a person's name: two to four capitalised words, no
/// acronym, no KB entry.
fn person_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len()) && words.iter().all(|w| names::is_capitalised(w) && !names::is_acronym(w) && w.chars().any(char::is_lowercase)) && kb::get().lookup(s).is_none()
}

fn parse(text: &str) -> Option<Label<'_>> {
    let t = text.trim_start();
    let off = text.len() - t.len();
    let mut w = t.len().min(MAX_LABEL);
    while !t.is_char_boundary(w) {
        w -= 1;
    }
    let window = &t[..w];
    let colon = window.find(':')?;
    let label = &t[..colon];
    let inner_end = label.strip_suffix(')')?.len();
    let open = label.find('(')?;
    let inner = &label[open + 1..inner_end];
    if inner.contains(['(', ')']) {
        return None;
    }
    let head = label[..open].trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return None;
    }
    let caps = !head.chars().any(char::is_lowercase) && head.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    let plain = |w: &&str| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'') && (caps || names::is_capitalised(w));
    let head = if words.len() >= 2 && words.len() <= 4 && courtesy(words[0]) && words[1..].iter().all(plain) {
        let first = head.find(char::is_whitespace)?;
        Head::Named(head[first..].trim(), caps, true)
    } else if !caps && person_like(head) && words.iter().all(plain) {
        Head::Named(head, false, false)
    } else if words.len() == 1 && lexicon::get().is("turn_label", &head.lowercase()) {
        Head::Turn
    } else if caps && !words.iter().any(|w| courtesy(w)) {
        Head::Office(head)
    } else {
        return None;
    };
    let items: Vec<&str> = inner.split(',').map(str::trim).collect();
    if items.len() > 4 || items.iter().any(|i| i.is_empty() || i.split_whitespace().count() > 6 || !i.starts_with(char::is_uppercase)) {
        return None;
    }
    Some(Label { head, items, colon: off + colon })
}

impl Builder {
    /// A speaker label with an affiliation opening paragraph `para` (see the module
    /// doc): its person and party or outlet made and linked; the byte offset of its
    /// colon (the label's chunks name no one else), or `None`.
    pub(super) fn speaker_label(&mut self, para: usize, text: &str) -> Option<usize> {
        let label = parse(text)?;
        let (person, rest) = match label.head {
            // A bare name is a speaker's only with a party in the parenthesis
            // ("Ana Ruiz (Madrid, 2019):" is a caption's place and date).
            Head::Named(_, _, false) if !label.items.iter().any(|i| self.party_item(i)) => return None,
            Head::Named(n, caps, _) => (self.person(&if caps { name_case(n) } else { n.to_string() }), &label.items[..]),
            Head::Turn | Head::Office(_) => {
                let first = label.items[0];
                let name = first.split_once(' ').filter(|(w, _)| courtesy(w)).map_or(first, |(_, r)| r.trim());
                if !person_like(name) || kb::with_key(name, |k| self.index.get(k).copied()).is_some_and(|a| self.actors[a].kind != ActorKind::Person) {
                    return None;
                }
                (self.person(name), &label.items[1..])
            }
        };
        if let Head::Office(title) = label.head {
            self.alias(person, title);
            // "MINISTER OF FINANCE (Hon. X, UDC, …)": an office holder the story
            // already placed by office sits in it, not in the party.
            if self.info[person].office.is_some() || self.actors[person].role.is_some() {
                return Some(label.colon);
            }
        }
        let owner = match label.head {
            // The questioner's outlet: the item after the name.
            Head::Turn => rest.first().map(|o| self.org(o, ActorKind::Media)),
            // The party: the first item that names an organisation; a constituency
            // or a town is a place.
            _ => rest.iter().find_map(|&i| self.label_party(i)),
        };
        if let Some(o) = owner {
            self.set_owner(person, o, "member_of", para, label.colon);
        }
        Some(label.colon)
    }

    /// A broadcast script's sound-bite slug opening the paragraph ("SOT — X, Grain
    /// Growers' Union", "SUPER: X, Provincial Disaster Committee", `extract/slug.rs`):
    /// the name after the slug word, up to its comma or colon, is a person when it
    /// reads as one (the line's layout is the evidence a verb would give); the byte
    /// offset where the speaker's part starts (the slug word and its parenthesis name
    /// no one), or `None`.
    pub(super) fn slug_speaker(&mut self, text: &str) -> Option<usize> {
        let start = crate::extract::slug::speaker_start(text)?;
        let rest = &text[start..];
        let name = rest[..rest.find([',', ':', '(']).unwrap_or(rest.len())].trim();
        if person_like(name) && !kb::with_key(name, |k| self.index.get(k).copied()).is_some_and(|a| self.actors[a].kind != ActorKind::Person) {
            self.person(name);
        }
        Some(start)
    }

    /// A transcript's speaker label of a name in capitals opening the paragraph
    /// ("PER OLSEN: …", "HARALD BERGE (Centre): …", "AMINA YUSUF (translated): …"):
    /// two or three words in capitals whose first is a given name (`[given_male]`,
    /// `[given_female]`), or followed by a party's parenthesis ("HARALD BERGE
    /// (Centre):"), make the person, in name case; a parenthesis after it names
    /// the party when an item is one (an acronym, a KB body, an organisation the
    /// story has). The byte offset of the colon, or `None`: never a heading ("FACT
    /// CHECK:", "THE VETO:"), a title ("MINISTER OKAFOR:", read by the interview
    /// sieve) or a single word ("OKAFOR:").
    pub(super) fn capitals_name_label(&mut self, para: usize, text: &str) -> Option<usize> {
        let t = text.trim_start();
        let colon = t.find(':').filter(|&i| i <= 60)?;
        let head = crate::extract::slug::strip_note(&t[..colon]).trim();
        let (name, items) = match head.split_once('(') {
            Some((n, rest)) => (n.trim(), rest.strip_suffix(')').map(|r| r.split(',').map(str::trim).collect::<Vec<_>>()).unwrap_or_default()),
            None => (head, Vec::new()),
        };
        let words: Vec<&str> = name.split_whitespace().collect();
        let caps = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '\u{2019}'));
        if !(2..=3).contains(&words.len()) || !words.iter().all(caps) || courtesy(words[0]) {
            return None;
        }
        let cased = name_case(name);
        // (A given name first, or a party's parenthesis after a name that reads as a
        // person's, "HARALD BERGE (Centre):", as parliamentary records print them: a
        // heading in capitals, "FACT CHECK: I looked …", reads as a name too.)
        let party = !items.is_empty() && items.len() <= 3 && items.iter().all(|i| i.split_whitespace().count() <= 3 && i.starts_with(char::is_uppercase) && !i.chars().any(|c| c.is_ascii_digit()) && !i.ends_with("ed") && (i.chars().any(char::is_lowercase) || names::is_acronym(i)));
        if !super::given_name(words[0]) && !(party && person_like(&cased)) {
            return None;
        }
        if kb::with_key(&cased, |k| self.index.get(k).copied()).is_some_and(|a| self.actors[a].kind != ActorKind::Person) {
            return None;
        }
        let person = self.person(&cased);
        if let Some(o) = items.iter().find_map(|&i| self.label_party(i)) {
            self.set_owner(person, o, "member_of", para, text.len() - t.len() + colon);
        }
        Some(text.len() - t.len() + colon)
    }

    /// Whether a label's item names a party (`label_party`, without making it).
    fn party_item(&self, item: &str) -> bool {
        matches!(self.kb.lookup(item), Some(Entry::Body(_)))
            || kb::with_key(item, |k| self.index.get(k).copied()).map_or(names::is_acronym(item) && !item.contains(' '), |a| matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group))
    }

    /// An item of a label's parenthesis that names a party: an acronym, a KB body
    /// or an organisation the story has named.
    fn label_party(&mut self, item: &str) -> Option<usize> {
        if let Some(Entry::Body(bi)) = self.kb.lookup(item) {
            return Some(self.body(bi));
        }
        if let Some(a) = kb::with_key(item, |k| self.index.get(k).copied()) {
            return matches!(self.actors[a].kind, ActorKind::Organization | ActorKind::Group).then_some(a);
        }
        (names::is_acronym(item) && !item.contains(' ')).then(|| self.org(item, ActorKind::Organization))
    }
}

/// "Festus Nakale (Affirmative Repositioning): "Q"": a parenthesis right after the
/// name opening a paragraph and closing a speaker label (a colon after it) is the
/// speaker's affiliation, however many words it has (`affiliation/party_label.rs`
/// types it an organisation). Near miss: "Ana Ruiz (pictured) said" (no colon).
pub(in crate::extract::cast) fn turn_affiliation(toks: &[Tok], person: &Chunk, label: &Chunk) -> bool {
    person.first == 0 && toks.get(label.last + 1).is_some_and(|t| t.kind == TokKind::Punct(')')) && toks.get(label.last + 2).is_some_and(|t| t.kind == TokKind::Punct(':'))
}

#[cfg(test)]
mod tests {
    use crate::extract::cast::tests::{cast_of, names, parent_of as parent};

    #[test]
    fn hansard_labels_make_the_member_of_the_party() {
        let c = cast_of(&[
            "The opposition Liberal Democratic Alliance opposed the bill.",
            "HON. MARTA KOVENKO (LDA, Riverside North): Point of order, Madam Speaker.",
            "THE SPEAKER (Hon. Peter Oduya): Order. Hon. Kovenko, you have the floor.",
            "HON. KOVENKO: The Minister is misleading the House.",
            "THE SPEAKER: Order, Honourable Members. Honourable Kovenko, sit down.",
        ]);
        let n = names(&c);
        assert!(!n.iter().any(|x| x.contains("Honourable") || x == "Members"), "{n:?}");
        assert_eq!(parent(&c, "Marta Kovenko").as_deref(), Some("Liberal Democratic Alliance"), "{n:?}");
        assert!(n.iter().any(|x| x == "Peter Oduya"), "{n:?}");
        // The constituency is a place, the capitals no organisation.
        assert!(!n.iter().any(|x| x.contains("Riverside") || x == "MARTA KOVENKO" || x == "Kovenko"), "{n:?}");
    }

    #[test]
    fn name_case_labels_with_a_party() {
        let c = cast_of(&[
            "The opposition Liberal Democratic Alliance opposed the bill.",
            "Hon. Marta Kovenko (LDA, Riverside North): Point of order.",
            "Joseph Wanjiru (LDA, Hill Ward): I support the point of order.",
        ]);
        let n = names(&c);
        assert_eq!(parent(&c, "Marta Kovenko").as_deref(), Some("Liberal Democratic Alliance"), "{n:?}");
        assert_eq!(parent(&c, "Joseph Wanjiru").as_deref(), Some("Liberal Democratic Alliance"), "{n:?}");
        assert!(!n.iter().any(|x| x.contains("Riverside") || x.contains("Hill")), "{n:?}");
        // Near miss: a bare name with no party in the parenthesis is left to the
        // other rules (a caption's place and date).
        let c = cast_of(&["Rivera Gallery (Madrid, Spring Season): the exhibition opens in May."]);
        assert!(!c.actors.iter().any(|a| a.name == "Rivera Gallery" && a.parent.is_some_and(|p| c.actors[p].name == "Madrid")), "{:?}", names(&c));
    }

    #[test]
    fn capitals_name_labels_make_their_person() {
        let c = cast_of(&[
            "Transcript of the hearing, 14 May.",
            "CHAIR: The committee will come to order.",
            "DAVID MENSAH: I warned the board in writing.",
            "HARALD BERGE (Centre): Mr President, this bill was written in Oslo.",
            "AMINA YUSUF (translated): We waited for three days.",
        ]);
        let n = names(&c);
        for p in ["David Mensah", "Harald Berge", "Amina Yusuf"] {
            assert!(n.iter().any(|x| x == p), "{p}: {n:?}");
        }
        assert!(!n.iter().any(|x| x.chars().skip(1).all(|c| !c.is_lowercase()) || x == "Chair"), "{n:?}");
        // Near misses: headings in capitals, a given name no first word of.
        let c = cast_of(&["THE VETO: Hungary has told partners it will block the package.", "FACT CHECK: I looked at the figures.", "BOTTOM LINE (Updated): Our view has not changed.", "UPDATE (14:30): The vote is delayed."]);
        let n = names(&c);
        assert!(!n.iter().any(|x| x.contains("Veto") || x.contains("Fact") || x.contains("Bottom")), "{n:?}");
    }

    #[test]
    fn briefing_questioners_work_for_their_outlet() {
        let c = cast_of(&[
            "The spokesperson, Dalia Nasser, took questions.",
            "Q (Sami Haddad, The Daily Courier): When will the contract be published?",
            "Reporter (Mona Aziz, Delta Radio): Has the ministry asked for more?",
        ]);
        assert_eq!(parent(&c, "Sami Haddad").as_deref(), Some("The Daily Courier"));
        assert_eq!(parent(&c, "Mona Aziz").as_deref(), Some("Delta Radio"));
    }

    #[test]
    fn labels_that_name_no_one_are_left_alone() {
        // Near misses: a parenthesis with no name, a clock time, a lowercase head,
        // a lowercase parenthesis after a turn word.
        // A label window ending inside a multibyte char.
        assert!(super::parse(&format!("{}\u{201c}Q\u{201d} (X): y", "a".repeat(159))).is_none());
        for text in ["UPDATE (EDITED): The vote was delayed.", "UPDATE (14:30): The vote was delayed.", "The meeting (in Geneva): a summary.", "Q (from the floor): Will you resign?"] {
            assert!(super::parse(text).is_none_or(|l| l.items.iter().all(|i| !super::person_like(i))), "{text}");
        }
        let c = cast_of(&["TRANSCRIPT (EDITED): The Minister spoke first."]);
        assert!(!names(&c).iter().any(|x| x == "Edited" || x == "EDITED"), "{:?}", names(&c));
    }

    #[test]
    fn a_named_speaker_label_types_its_parenthesis() {
        let c = cast_of(&["Ruth Amadi (Citizens Forward): \"We were promised jobs. We are still waiting.\""]);
        assert_eq!(parent(&c, "Ruth Amadi").as_deref(), Some("Citizens Forward"));
        // Near miss: no colon after the parenthesis.
        let c = cast_of(&["Ruth Amadi (Citizens Forward) said she would vote against it."]);
        assert_ne!(parent(&c, "Ruth Amadi").as_deref(), Some("Citizens Forward"));
    }
}
