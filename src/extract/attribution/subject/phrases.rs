//! Small tests on a phrase that the subject finders share: a capitalised post after
//! "the", a person's name, a post (a person or voice noun), the speaker noun a
//! restrictive complement cuts off, and the name a relative clause gives "as".

use super::*;

impl<'c, 'a> Finder<'c, 'a> {
    /// Whether the phrase at `lo` opens with "the" and a capitalised word: a post in
    /// capitals ("The Minister of Public Security"), since a person's name takes no
    /// article.
    pub(super) fn the_post(&self, tk: &Tokens, lo: usize) -> bool {
        tk.is_word(lo) && tk.lower(lo) == "the" && tk.is_word(lo + 1) && tk.is_cap(lo + 1)
    }

    /// The noun phrase of tokens `lo..hi` when it names a person: an unlinked name of
    /// two words or more, or a person of the cast.
    pub(super) fn person_phrase(&self, cast: &Cast, p: usize, lo: usize, hi: usize) -> Option<Subj> {
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
    pub(super) fn restricted_antecedent(&self, cast: &Cast, p: usize, lo: usize, b: usize, e: usize) -> Option<Subj> {
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
    pub(super) fn named_as(&self, cast: &Cast, p: usize, lo: usize, hi: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        let r = (lo..hi).rev().take_while(|&k| tk.is_word(k) && tk.is_cap(k) && !tk.quoted[k]).last()?;
        let cued = r > lo + 1 && tk.lower(r - 1) == "as" && (lo..r - 1).any(|k| tk.is_word(k) && tk.is_lower(k) && self.lx.is("naming_cue", tk.lower(k)));
        if !cued || hi - r > 3 {
            return None;
        }
        self.noun_phrase(cast, p, r, hi).filter(|s| matches!(s, Subj::Name(_)) || matches!(s, Subj::Actor(a) if cast.actors[*a].kind == ActorKind::Person))
    }

    /// `a shift foreman called Sergei Morozov`: tokens `lo..hi` are an indefinite
    /// description (an article, lowercase words), a `[naming_participle]` and one to
    /// three capitalised words ending the phrase: the person so named ("a company
    /// called Norvell Energy" names no person and gives nothing).
    pub(super) fn called(&self, cast: &Cast, p: usize, lo: usize, hi: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        if !(tk.is_word(lo) && self.lx.is("indefinite_article", tk.lower(lo))) {
            return None;
        }
        let k = (lo + 1..hi).find(|&k| !tk.is_word(k) || !tk.is_lower(k) || self.lx.is("naming_participle", tk.lower(k)))?;
        let cue = tk.is_word(k) && tk.is_lower(k) && self.lx.is("naming_participle", tk.lower(k));
        let name = (k + 1..hi).all(|j| tk.is_word(j) && tk.is_cap(j) && !tk.quoted[j]);
        if k < lo + 2 || !cue || !name || hi <= k + 1 || hi - k > 4 {
            return None;
        }
        self.person_phrase(cast, p, k + 1, hi)
    }

    /// Whether tokens `lo..hi` hold a post: a lowercase person or voice noun
    /// ("representative", "spokesman"), so that a name in apposition is its holder.
    pub(in crate::extract::attribution) fn post(&self, tk: &Tokens, lo: usize, hi: usize) -> bool {
        (lo..hi).any(|k| tk.is_word(k) && tk.is_lower(k) && (self.lx.is("person", tk.lower(k)) || self.lx.is("voice", tk.lower(k))))
    }
}
