//! Every UI string, in one place. A language is one array of texts indexed by [`T`];
//! `{}` in a text is replaced by an argument ([`fill`]). Pairs `Foo`/`Foos` are the
//! singular and plural forms ([`Strings::count`]).
//!
//! The language is the `lang` of the widget element or its closest ancestor with one
//! (`<html lang="fr">` works), falling back to English. A publisher may override any
//! text by key name with [`Strings::set`] (the names are [`KEYS`]).

use std::rc::Rc;

macro_rules! texts {
    ($($key:ident),* $(,)?) => {
        /// A UI text.
        #[derive(Clone, Copy, PartialEq, Eq)]
        #[repr(usize)]
        pub enum T { $($key),* }
        /// The key names, for overrides (`"Search"`, `"ShowInArticle"`, ...).
        pub const KEYS: &[&str] = &[$(stringify!($key)),*];
        /// [`KEYS`] as one text, each name ended by a newline: what [`Strings::set`]
        /// searches (one string in the wasm instead of a table of 110 pointers).
        const KEY_TEXT: &str = concat!($(stringify!($key), "\n"),*);
    };
}

/// A language's texts in [`T`]'s order as one string, each text ended by a newline
/// (no text holds one): one string in the wasm instead of a table of `&str` pointers.
macro_rules! lang {
    ($($text:literal),* $(,)?) => { concat!($($text, "\n"),*) };
}

/// The number of newlines in `s` (compile-time check that a language has `N` texts).
const fn lines(s: &str) -> usize {
    let (b, mut i, mut n) = (s.as_bytes(), 0, 0);
    while i < b.len() {
        n += (b[i] == b'\n') as usize;
        i += 1;
    }
    n
}

texts! {
    TitleCards, TitleTree, Quote, Quotes, Speaker, Speakers, Actor, Actors, Term, Terms,
    Curated, Automatic, QuotesHeading, KeyTerms, Footer,
    Search, SearchPlaceholder, ClearAll, FilterBySpeaker, Show, ShowAll, ShowSpeech, ShowTerms,
    StatusBy, StatusMatching,
    EmptyNone, EmptyNoneHint, EmptyBy, EmptyByHint, EmptyByMatching, EmptyMatching, EmptyMatchingHint,
    EmptyTryShorter, EmptyTermsOnly,
    Unattributed, NotNamed, OnlyThisSpeaker, Context, ShowInArticle, CopyCitation, Copied, CopyFailed,
    CopyLink, LinkCopied, CardHeading, QuotedIn,
    TreeLabel, NoActors, Person, Organization, State, Group, Media,
    ShowAllActors, AlsoCalled, PartOf, Includes, Relations, Evidence,
    Leads, MemberOf, PartOfRel, Directs, AlliedWith, Opposes, Criticizes, Mediates, NegotiatesWith,
    Outline, Diagram, TreeViews, ZoomIn, ZoomOut, ResetView, PanLeft, PanRight, PanUp, PanDown,
    DiagramLabel, DiagramHint, Speaking, ParagraphN,
    EditorTools, Undo, Download, EditDone, EditUndone, EditRefused,
    EditQuote, SpeakerLabel, SetSpeaker, NewActor, NewActorName, KindLabel, Create, Cancel, MarkTerm, MarkSpeech,
    EditActor, MergeInto, Merge, MoveUnder, TopLevel, Move, AddRelation, RelationKind, RelationTarget, Add,
    ShowMore, ShowingOf,
}

const N: usize = KEYS.len();

const EN: &str = lang![
    "Who said what", "Who is who", "quote", "quotes", "speaker", "speakers", "actor", "actors", "key term", "key terms",
    "checked by the editors", "found automatically in this article", "Quotes", "Key terms",
    "Quotes and roles are extracted by software and may contain mistakes; the article is the authority.",
    "Search quotes", "Name, word or phrase", "Clear all", "Filter by speaker", "Show", "All", "Quotes", "Key terms",
    " by {}", " matching \u{201C}{}\u{201D}",
    "No quotes found", "Dramatis found no quoted speech in this article. Key terms and actors, if any, are listed below.",
    "No quotes by {}", "{} is mentioned in the article but not quoted. Choose another actor or clear the filter.",
    "No quotes by {} match \u{201C}{}\u{201D}", "No quotes match \u{201C}{}\u{201D}",
    "Search looks in the quotes, their sentences and the speakers\u{2019} names. Try a shorter word, or clear the search.",
    "Try a shorter word, or clear the filters.", "Quotes are hidden: only key terms are shown.",
    "Unattributed", "speaker not named", "Show only this speaker\u{2019}s quotes", "Context", "Show in article",
    "Copy citation", "Copied \u{2713}", "Copy failed", "Copy link", "Link copied \u{2713}", "{}, paragraph {}", "Quoted in",
    "Who is who: actors in the article", "No actors were found in this article.",
    "person", "organization", "state", "group", "media",
    "Show all", "Also called: ", "Part of: ", "Includes: ", "Relations", "Evidence",
    "leads", "member of", "part of", "directs", "allied with", "opposes", "criticizes", "mediates", "negotiates with",
    "Outline", "Diagram", "Tree view", "Zoom in", "Zoom out", "Reset view", "Move left", "Move right", "Move up", "Move down",
    "Diagram of {} actors and {} relations. The outline lists the same actors; use it with a keyboard or screen reader.",
    "Zoom with the buttons or Ctrl + wheel.", "speaker of the current quote", "paragraph {}",
    "Editor tools", "Undo", "Download story JSON", "Change applied.", "Change undone.",
    "That change is not possible (it would break the story).",
    "Edit this quote", "Speaker", "Set speaker", "New actor\u{2026}", "Name of the new actor", "Kind", "Create", "Cancel",
    "Mark as key term", "Mark as quote",
    "Edit this actor", "Merge into", "Merge", "Move under", "(top level)", "Move", "Add a relation", "Relation", "With", "Add",
    "Show {} more", "Showing {} of {} quotes",
];

const FR: &str = lang![
    "Qui a dit quoi", "Qui est qui", "citation", "citations", "orateur", "orateurs", "acteur", "acteurs", "terme cl\u{e9}", "termes cl\u{e9}s",
    "v\u{e9}rifi\u{e9} par la r\u{e9}daction", "trouv\u{e9} automatiquement dans cet article", "Citations", "Termes cl\u{e9}s",
    "Citations et fonctions sont extraites par un logiciel et peuvent comporter des erreurs\u{a0}; l\u{2019}article fait foi.",
    "Rechercher dans les citations", "Nom, mot ou expression", "Tout effacer", "Filtrer par orateur", "Afficher", "Tout", "Citations", "Termes cl\u{e9}s",
    " de {}", " contenant \u{ab}\u{a0}{}\u{a0}\u{bb}",
    "Aucune citation", "Dramatis n\u{2019}a trouv\u{e9} aucune parole cit\u{e9}e dans cet article. Les termes cl\u{e9}s et les acteurs \u{e9}ventuels sont list\u{e9}s ci-dessous.",
    "Aucune citation de {}", "{} est mentionn\u{e9} dans l\u{2019}article mais pas cit\u{e9}. Choisissez un autre acteur ou effacez le filtre.",
    "Aucune citation de {} ne contient \u{ab}\u{a0}{}\u{a0}\u{bb}", "Aucune citation ne contient \u{ab}\u{a0}{}\u{a0}\u{bb}",
    "La recherche porte sur les citations, leurs phrases et les noms des orateurs. Essayez un mot plus court, ou effacez la recherche.",
    "Essayez un mot plus court, ou effacez les filtres.", "Les citations sont masqu\u{e9}es\u{a0}: seuls les termes cl\u{e9}s sont affich\u{e9}s.",
    "Non attribu\u{e9}e", "orateur non nomm\u{e9}", "N\u{2019}afficher que les citations de cet orateur", "Contexte", "Voir dans l\u{2019}article",
    "Copier la r\u{e9}f\u{e9}rence", "Copi\u{e9} \u{2713}", "\u{c9}chec de la copie", "Copier le lien", "Lien copi\u{e9} \u{2713}", "{}, paragraphe {}", "Cit\u{e9} dans",
    "Qui est qui\u{a0}: les acteurs de l\u{2019}article", "Aucun acteur n\u{2019}a \u{e9}t\u{e9} trouv\u{e9} dans cet article.",
    "personne", "organisation", "\u{c9}tat", "groupe", "m\u{e9}dia",
    "Tout afficher", "Aussi appel\u{e9}\u{a0}: ", "Fait partie de\u{a0}: ", "Comprend\u{a0}: ", "Relations", "Source",
    "dirige", "membre de", "fait partie de", "commande", "alli\u{e9} \u{e0}", "s\u{2019}oppose \u{e0}", "critique", "m\u{e9}die entre", "n\u{e9}gocie avec",
    "Plan", "Sch\u{e9}ma", "Vue de l\u{2019}arbre", "Agrandir", "R\u{e9}duire", "R\u{e9}initialiser", "D\u{e9}placer \u{e0} gauche", "D\u{e9}placer \u{e0} droite", "D\u{e9}placer vers le haut", "D\u{e9}placer vers le bas",
    "Sch\u{e9}ma de {} acteurs et {} relations. Le plan liste les m\u{ea}mes acteurs\u{a0}; utilisez-le au clavier ou avec un lecteur d\u{2019}\u{e9}cran.",
    "Zoomez avec les boutons ou Ctrl + molette.", "auteur de la citation active", "paragraphe {}",
    "Outils d\u{2019}\u{e9}dition", "Annuler", "T\u{e9}l\u{e9}charger le JSON corrig\u{e9}", "Modification appliqu\u{e9}e.", "Modification annul\u{e9}e.",
    "Cette modification est impossible (elle rendrait l\u{2019}histoire incoh\u{e9}rente).",
    "Modifier cette citation", "Orateur", "Changer l\u{2019}orateur", "Nouvel acteur\u{2026}", "Nom du nouvel acteur", "Type", "Cr\u{e9}er", "Abandonner",
    "Marquer comme terme cl\u{e9}", "Marquer comme citation",
    "Modifier cet acteur", "Fusionner avec", "Fusionner", "Placer sous", "(premier niveau)", "D\u{e9}placer", "Ajouter une relation", "Relation", "Avec", "Ajouter",
    "Afficher {} de plus", "{} citations affich\u{e9}es sur {}",
];

const _: () = assert!(lines(EN) == N && lines(FR) == N && lines(KEY_TEXT) == N);

/// The texts of one language (plus overrides).
#[derive(Clone, PartialEq)]
pub struct Strings {
    texts: Vec<Rc<str>>,
    /// Language tag written on the widget root (`lang`).
    pub lang: &'static str,
    /// Whether 0 takes the singular (French) rather than the plural (English).
    zero_singular: bool,
}

impl Default for Strings {
    fn default() -> Self {
        Strings::for_lang("en")
    }
}

impl Strings {
    /// The shipped language closest to a BCP 47 tag: `fr`, `fr-CA` → French; else English.
    pub fn for_lang(tag: &str) -> Strings {
        let primary = tag.split(['-', '_']).next().unwrap_or("").trim().to_ascii_lowercase();
        let (table, lang, zero_singular) = match primary.as_str() {
            "fr" => (FR, "fr", true),
            _ => (EN, "en", false),
        };
        Strings { texts: table.split_terminator('\n').map(Rc::from).collect(), lang, zero_singular }
    }

    /// Overrides the text named `key` (one of [`KEYS`]); false for an unknown key.
    pub fn set(&mut self, key: &str, value: &str) -> bool {
        match KEY_TEXT.split_terminator('\n').position(|k| k == key) {
            Some(i) => {
                self.texts[i] = Rc::from(value);
                true
            }
            None => false,
        }
    }

    pub fn get(&self, t: T) -> &str {
        &self.texts[t as usize]
    }

    /// `"3 quotes"` from the pair `one`/`one + 1` (e.g. `T::Quote`, `T::Quotes`).
    pub fn count(&self, n: usize, one: T) -> String {
        let many = n > 1 || (n == 0 && !self.zero_singular);
        let word = self.texts[one as usize + many as usize].as_ref();
        let mut s = n.to_string();
        s.push(' ');
        s.push_str(word);
        s
    }

    /// The label of an actor kind.
    pub fn kind(&self, k: crate::model::ActorKind) -> &str {
        use crate::model::ActorKind::*;
        self.get(match k {
            Person => T::Person,
            Organization => T::Organization,
            State => T::State,
            Group => T::Group,
            Media => T::Media,
        })
    }

    /// The label of a relation kind (`member_of` → "member of"); unknown kinds as written.
    pub fn relation(&self, kind: &str) -> String {
        let t = match kind {
            "leads" => T::Leads,
            "member_of" => T::MemberOf,
            "part_of" => T::PartOfRel,
            "directs" => T::Directs,
            "allied_with" => T::AlliedWith,
            "opposes" => T::Opposes,
            "criticizes" => T::Criticizes,
            "mediates" => T::Mediates,
            "negotiates_with" => T::NegotiatesWith,
            _ => return kind.replace('_', " "),
        };
        self.get(t).to_string()
    }
}

impl std::ops::Index<T> for Strings {
    type Output = str;
    fn index(&self, t: T) -> &str {
        self.get(t)
    }
}

/// Replaces each `{}` of `template` by the next argument (text only, never markup).
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    let mut args = args.iter();
    while let Some(p) = rest.find("{}") {
        out.push_str(&rest[..p]);
        out.push_str(args.next().copied().unwrap_or(""));
        rest = &rest[p + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_and_keys_line_up() {
        let en = Strings::for_lang("en-GB");
        assert_eq!((en.texts.len(), &en[T::TitleCards], &en[T::ShowingOf]), (N, "Who said what", "Showing {} of {} quotes"));
        let fr = Strings::for_lang("fr");
        assert_eq!((fr.texts.len(), &fr[T::Quote], fr.lang), (N, "citation", "fr"));
        let mut s = Strings::default();
        for (i, key) in KEYS.iter().enumerate() {
            assert!(s.set(key, key));
            assert_eq!(&*s.texts[i], *key);
        }
        // Near misses: no empty key, no prefix of a key, no unknown key.
        assert!(!s.set("", "x") && !s.set("Quot", "x") && !s.set("Nope", "x"));
    }
}
