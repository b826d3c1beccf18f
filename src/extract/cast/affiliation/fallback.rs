//! The tree's last resort for a person no construction, title, nationality or
//! knowledge-base entry places: the organisation named just before them in the
//! sentence that introduces them.
//!
//! Why: news prose introduces a person by the body they speak or work for, and
//! names the body first ("In the daily Asharq Al-Awsat, the columnist X",
//! "Al-Ahram's editor-in-chief, X", "The CNE is run by three councillors ... and
//! X, the councillor close to ..."). Over the dev set the old fallback for such a
//! person, the state of the paragraph or of the article, was right 11 times and
//! wrong 39 (`scripts/parent_steps.py`); the organisation named before them in
//! the sentence is right far more often, and costs nothing when the gold parent
//! is the state (the organisation sits under it, and the scorer accepts any
//! ancestor). Near misses, where no organisation is chosen: a person named in
//! between ("The IMF's chief met X") takes the organisation with them; an
//! organisation named inside quoted words is the speaker's topic ("\"the
//! government has to build a chain,\" said X"); a person introduced as a
//! possessor owns, not serves ("the militias that Omar al-Bashir's government
//! armed"); a person right after a past-tense verb is its object ("Police
//! arrested X", "The union invited X"); a person right after a comma and right
//! before a verb is the subject of the clause the comma opens, the organisation
//! a phrase before it ("For the party, the vote was a test, X said"; "On behalf
//! of Y, X spoke"), where an appositive closes with a comma ("Al-Ahram's
//! editor-in-chief, X, wrote"); a person joined by "and" with no comma is
//! another party to what precedes ("The Freedom Party leader and X rejected").
//! Before it (tree18): a definite head noun in the person's appositive ("X, a
//! deputy director in the ministry's strategy office,") names the organisation
//! of that word named last before them (`organisation_described`).
//! tree20: a successor in apposition ("Osmonov's replacement, X,") takes the
//! organisation of the person succeeded when the states' fallback alone placed
//! them (`predecessor`; the tree decides once every parent is known).

use super::super::builder::*;
use super::super::Mention;
use crate::extract::Context;
use crate::case::StrCase;
use crate::model::ActorKind;

impl Builder {
    /// The organisation named last before byte `start` of paragraph `para` (person
    /// `a`'s first mention, ending at `end`) in the same sentence, unless a person
    /// stands between, a quotation mark does, the mention is a possessive, the
    /// object of a past-tense verb, the subject of a clause after a comma or joined
    /// by a coordinator with no comma.
    /// `self.mentions` must be sorted.
    pub(in crate::extract::cast) fn organisation_before(&self, ctx: &Context, a: usize, (para, start, end): (usize, usize, usize)) -> Option<usize> {
        let text = ctx.paras[para].text;
        let gap = text[..start].trim_end();
        let verb = gap.rsplit(|c: char| !c.is_alphabetic()).next().is_some_and(|w| w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase) && gap.len() < start);
        let opens_clause = gap.ends_with(',') && text[end..].trim_start().starts_with(char::is_lowercase);
        let lex = crate::extract::lexicon::get();
        let joined = gap.rsplit_once(char::is_whitespace).is_some_and(|(pre, w)| lex.is("coordinator", w) && !pre.trim_end().ends_with(','));
        if verb || opens_clause || joined || text[end..].starts_with(['\'', '\u{2019}']) {
            return None;
        }
        let sentence = ctx.paras[para].sentence_at(start);
        let lo = self.mentions.partition_point(|m| (m.para, m.range.start) < (para, sentence.start));
        let hi = self.mentions.partition_point(|m| (m.para, m.range.start) < (para, start));
        let before: &[Mention] = &self.mentions[lo..hi.max(lo)];
        let m = before.iter().rev().find(|m| m.actor != a && self.info[m.actor].is_state.is_none())?;
        let o = m.actor;
        let org = matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group | ActorKind::Media);
        let quoted = text[m.range.end..start].contains(['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}']);
        (org && !quoted && self.info[o].owner.is_none_or(|(x, ..)| x != a)).then_some(o)
    }

    /// "X, a deputy director in the ministry's semiconductor strategy office,": the
    /// organisation a definite head noun of the person's appositive stands for (the
    /// noun an institution's name has, `[org_heads]` of data/cast_words.txt, after
    /// "the"): the last one named before the person whose name has that word, within
    /// the last mentions. Near misses: an indefinite noun ("a ministry official": any
    /// ministry), a noun no organisation named before has in its name, a noun past
    /// the appositive's closing comma, a clause after the name rather than an
    /// appositive ("A spokeswoman for the city, X, said the council …": no article
    /// opens it), a possessive that owns neither a unit nor a post ("X, the
    /// council's former landlord,").
    /// `self.mentions` must be sorted.
    pub(in crate::extract::cast) fn organisation_described(&self, ctx: &Context, a: usize, (para, start, end): (usize, usize, usize)) -> Option<usize> {
        let text = ctx.paras[para].text;
        let after = text[end..].strip_prefix(',')?;
        let apposition = &after[..after.find([',', '.', ';', '(']).unwrap_or(after.len())];
        let words: Vec<&str> = apposition.split_whitespace().take(12).collect();
        // (an appositive opens with an article: ", said the mayor … the council" is
        // the clause after a name in apposition, no description of it)
        if !words.first().is_some_and(|w| matches!(*w, "a" | "an" | "the")) {
            return None;
        }
        let (noun, possessive) = words.windows(2).find_map(|w| {
            let noun = w[1].trim_end_matches("'s").trim_end_matches("\u{2019}s");
            (w[0] == "the" && noun.starts_with(char::is_lowercase) && self.kb.is("org_heads", noun)).then_some((noun, noun.len() < w[1].len()))
        })?;
        // (a possessive must own a unit or a post of it: "the ministry's strategy
        // office", not "the council's former landlord")
        let last = words.last().map_or("", |w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
        let part = ["org_heads", "leader_nouns", "member_nouns", "staff_nouns"].iter().any(|s| self.kb.is(s, last));
        if possessive && !part {
            return None;
        }
        let at = self.mentions.partition_point(|m| (m.para, m.range.start) < (para, start));
        self.mentions[..at].iter().rev().take(200).map(|m| m.actor).find(|&o| {
            o != a
                && matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group)
                && self.info[o].is_state.is_none()
                && self.actors[o].name.split([' ', '-', '/']).any(|w| w.eq_ignore_ascii_case(noun))
        })
    }

    /// The organisation that opens the sentence last naming a body before the one
    /// that introduces person `a` (first mention at byte `start` of paragraph `para`),
    /// within that paragraph and the last few mentions, when `a` opens their own
    /// sentence (titles aside) and no person or state is named in between: the body
    /// the paragraph is about ("The association had been run by men ... Karl
    /// Kristiansen, a former vice-chair, remembered"). Near misses: an organisation
    /// that is the object of its sentence ("Japan funds Kumamoto University"); a
    /// person inside a clause ("Its offices, Peter Phiri said, were raided"); a person
    /// whose role or appositive is a state's agent ("X, a government official", "X,
    /// the schools minister") or names an owner ("X, the council's former landlord"); a person whose own
    /// sentence names the body again ("Ruth Okello met the Unity Alliance MP").
    /// `self.mentions` must be sorted.
    pub(in crate::extract::cast) fn organisation_of_paragraph(&self, ctx: &Context, a: usize, (para, start, end): (usize, usize, usize)) -> Option<usize> {
        let p = &ctx.paras[para];
        let sentence = p.sentence_at(start);
        let lead = &p.text[sentence.start..start];
        let opens = lead.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
        let lex = crate::extract::lexicon::get();
        // (the role, else the appositive after the name, up to its closing comma)
        let after = p.text[end..].strip_prefix(',').unwrap_or("");
        let apposition = after[..after.find([',', '.', ';']).unwrap_or(after.len())].split_whitespace().take(8);
        let owned = apposition.clone().any(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"));
        let words = self.actors[a].role.as_deref().into_iter().flat_map(|r| r.split_whitespace()).chain(apposition);
        let agent = owned || words.flat_map(|w| w.split(|c: char| !c.is_alphabetic())).any(|w| lex.is("state_agent", &w.lowercase()));
        if !opens || agent {
            return None;
        }
        let lo = self.mentions.partition_point(|m| (m.para, m.range.start) < (para, 0));
        let hi = self.mentions.partition_point(|m| (m.para, m.range.start) < (para, sentence.start));
        let before: &[Mention] = &self.mentions[lo..hi.max(lo)];
        let (k, m) = before.iter().enumerate().rev().take(6).find(|(_, m)| m.actor != a)?;
        let o = m.actor;
        let org = matches!(self.actors[o].kind, ActorKind::Organization | ActorKind::Group | ActorKind::Media) && self.info[o].is_state.is_none();
        // (the body opens its sentence: no mention before it there)
        let its = p.sentence_at(m.range.start);
        let first = k == 0 || before[k - 1].range.start < its.start;
        // (her own sentence names the body again: what she does to it says how she
        // relates to it, "Ruth Okello met the Unity Alliance MP", not the fallback)
        let end_at = self.mentions.partition_point(|m| (m.para, m.range.start) < (para, sentence.end));
        let again = self.mentions[hi..end_at.max(hi)].iter().any(|m| m.actor == o);
        (org && first && !again && self.info[o].owner.is_none_or(|(x, ..)| x != a)).then_some(o)
    }

    /// "Osmonov's replacement, Major General Timur Asanov," / "Timur Asanov,
    /// Osmonov's successor,": the person person `a` (first mention at `start..end`
    /// of `para`) succeeds or preceded in a post, named by their possessive before a
    /// word of `[successor_noun]` (data/grammar_words.txt; one or two lowercase
    /// modifiers may stand between: "Osmonov's hand-picked successor") in apposition
    /// right before or right after `a`. The tree gives `a` that person's
    /// organisation when nothing else places `a`: a successor holds the same post.
    /// Near misses: an organisation's or a state's possessive ("the company's
    /// replacement, X"); a kin or other noun ("Osmonov's wife, X"); no comma
    /// ("Osmonov's replacement Timur Asanov said" is still apposition only with the
    /// comma news style puts there).
    /// `self.mentions` must be sorted.
    pub(in crate::extract::cast) fn predecessor(&self, ctx: &Context, a: usize, (para, start, end): (usize, usize, usize)) -> Option<usize> {
        let text = ctx.paras[para].text;
        let lex = crate::extract::lexicon::get();
        // The person whose possessive opens `phrase` (ending at byte `stop`) before a
        // successor noun and at most two lowercase words.
        let owner = |phrase_end: usize| -> Option<usize> {
            let phrase = text[..phrase_end].trim_end();
            let mut words = phrase.rsplit(' ');
            let noun = words.next()?;
            if !lex.is("successor_noun", noun) {
                return None;
            }
            let mut cut = phrase.len() - noun.len();
            for _ in 0..3 {
                let before = text[..cut].trim_end();
                let w = before.rsplit(' ').next().unwrap_or("");
                let poss = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"));
                if let Some(stem) = poss {
                    let at = before.len() - w.len() + stem.len();
                    let i = self.mentions.partition_point(|m| (m.para, m.range.end) < (para, at));
                    let m = self.mentions.get(i).filter(|m| m.para == para && m.range.end == at)?;
                    return (m.actor != a && self.actors[m.actor].kind == ActorKind::Person).then_some(m.actor);
                }
                if !w.starts_with(char::is_lowercase) || w.contains(',') {
                    return None;
                }
                cut = before.len() - w.len();
            }
            None
        };
        // Before: "<X>'s replacement, [Title Words] <a>"
        let lead = text[..start].trim_end();
        let mut comma = lead.len();
        for _ in 0..3 {
            if lead[..comma].ends_with(',') {
                break;
            }
            let w = lead[..comma].rsplit(' ').next().unwrap_or("");
            if !w.starts_with(char::is_uppercase) {
                break;
            }
            comma = lead[..comma - w.len()].trim_end().len();
        }
        let before = lead[..comma].strip_suffix(',').and_then(|_| owner(comma - 1));
        // After: "<a>, <X>'s successor,"
        let after = || {
            let rest = text[end..].strip_prefix(", ")?;
            let stop = end + 2 + rest.find([',', '.', ';'])?;
            owner(stop)
        };
        before.or_else(after)
    }

    /// The state actor an organisation's own name names by its demonym, as a
    /// capitalised word of the name ("Royal Thai Army", "Ethiopian Economics
    /// Association"): where nothing else places it, the state it is of, rather than
    /// the paragraph's or the article's (dev: 3 right, 0 wrong). Near misses: the
    /// state's own name in the name ("Tehrik-i-Taliban Pakistan", "Transparency
    /// International Malaysia", "the Taiwan Straits": a movement against it, a
    /// chapter, a place; tried on the dev set, it cost held-out parent); a state the
    /// story does not name as an actor.
    pub(in crate::extract::cast) fn state_in_name(&self, a: usize) -> Option<usize> {
        use super::super::kb::{Entry, StateForm};
        let name = self.actors[a].name.as_str();
        name.split(|c: char| !(c.is_alphabetic() || c == '.')).filter(|w| w.len() > 2 && w.starts_with(char::is_uppercase)).find_map(|w| match self.kb.lookup(w) {
            Some(Entry::State(si, StateForm::Demonym)) => self.state_actor.get(&si).copied().filter(|&s| s != a),
            _ => None,
        })
    }
}
