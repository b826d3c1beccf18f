//! The object of a quoting verb: "He quotes a memo from the office's director
//! general, Rachid El Fassi: "Q"", "The report cites an email from his deputy, X:
//! "Q"", "The book quotes Churchill: "Q"". A writer who quotes or cites a
//! document or a person lends the words; the document's maker (after "from", "by"
//! or "of") or the person quoted speaks, not the subject of the verb. Only a colon
//! frame: `quoted X as saying` has its own reading (`embedded::quoted_as`), and an
//! object that names no one ("quotes it in full:", "cites his own diary:") leaves
//! the verb's subject speaking.

use super::*;

impl<'c, 'a> Finder<'c, 'a> {
    /// The speaker a quoting verb at token `verb` of paragraph `p` names as its
    /// object before a colon, if it names one.
    pub(in crate::extract::attribution) fn quoted_object(&self, cast: &Cast, p: usize, verb: usize) -> Option<Subj> {
        let tk = &self.tks[p];
        if !tk.is_word(verb) || !matches!(self.lx.speech_verb(tk.lower(verb)), Some("quote" | "cite")) {
            return None;
        }
        let sent = tk.sentence_toks(verb);
        let end = (verb + 1..sent.end.min(verb + 1 + FRAME_WINDOW)).find(|&k| tk.quoted[k] || tk.punct(k).is_some_and(|c| c != ','))?;
        if tk.punct(end) != Some(':') || end == verb + 1 {
            return None;
        }
        let mut lo = verb + 1;
        // "a memo from X", "an internal report by X": a message or document (lowercase
        // modifiers before it), then its maker.
        let doc = (lo..end.min(lo + 4)).find(|&k| tk.is_word(k) && (self.lx.is("message_noun", tk.lower(k)) || self.lx.is("document", tk.lower(k)) || self.lx.is("quote_noun", tk.lower(k))));
        if let Some(d) = doc {
            let maker = d + 2 < end && tk.is_word(d + 1) && matches!(tk.lower(d + 1), "from" | "by" | "of");
            if !maker || !(lo..d).all(|k| tk.is_word(k) && tk.is_lower(k)) {
                return None;
            }
            lo = d + 2;
        }
        // A post, then the holder's name in apposition ("the office's then director
        // general, X"), or the name, then an aside ("X, then the director general").
        let subj = match (lo..end).find(|&k| tk.punct(k) == Some(',')) {
            Some(c) => {
                let e2 = (c + 1..end).find(|&k| tk.punct(k) == Some(',')).unwrap_or(end);
                self.person_phrase(cast, p, c + 1, e2).or_else(|| self.noun_phrase(cast, p, lo, c))
            }
            None => self.noun_phrase(cast, p, lo, end),
        }?;
        match subj {
            Subj::Actor(_) | Subj::Name(_) => Some(subj),
            Subj::Described { ref head, .. } if is_speaker_noun(head) => Some(subj),
            _ => None,
        }
    }
}
