//! The widget's state and its reducer. Components render a `State` and send `Msg`s;
//! every change of what is shown goes through [`State::reduce`].

use crate::case::CharCase;
use super::strings::Strings;
use crate::model::edit::{apply, Edit};
use crate::model::{QuoteKind, Story};
// The crate's one hasher (`extract::fxhash`), not std's SipHash: one hash-map code per
// key type for the whole wasm, and no SipHash in it (size).
use crate::extract::fxhash::{FxMap as HashMap, FxSet as HashSet};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum View {
    Cards,
    Tree,
    Both,
}

impl View {
    pub fn parse(s: Option<&str>) -> View {
        match s.map(|s| s.trim().to_ascii_lowercase()).as_deref() {
            Some("cards") => View::Cards,
            Some("tree") => View::Tree,
            _ => View::Both,
        }
    }
    pub fn cards(self) -> bool {
        self != View::Tree
    }
    pub fn tree(self) -> bool {
        self != View::Cards
    }
    pub fn as_str(self) -> &'static str {
        match self {
            View::Cards => "cards",
            View::Tree => "tree",
            View::Both => "both",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Theme {
    Light,
    Dark,
    Auto,
}

impl Theme {
    pub fn parse(s: Option<&str>) -> Theme {
        match s.map(|s| s.trim().to_ascii_lowercase()).as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// The actor forest and per-actor counts, derived once per story.
#[derive(Debug, Default, PartialEq)]
pub struct Index {
    pub by_id: HashMap<String, usize>,
    pub roots: Vec<usize>,
    pub children: Vec<Vec<usize>>,
    pub parent: Vec<Option<usize>>,
    /// Speech quotes per actor.
    pub speech: Vec<usize>,
    /// Each actor's position in the expanded tree (depth first), for the first screen.
    pub rank: Vec<usize>,
}

impl Index {
    pub fn new(story: &Story) -> Index {
        let n = story.actors.len();
        let mut by_id = HashMap::with_capacity_and_hasher(n, Default::default());
        for (i, a) in story.actors.iter().enumerate() {
            by_id.entry(a.id.clone()).or_insert(i);
        }
        let mut parent = vec![None; n];
        let mut children = vec![Vec::new(); n];
        let mut roots = Vec::new();
        for (i, a) in story.actors.iter().enumerate() {
            // A parent that is unknown, the actor itself, or would close a cycle is ignored.
            let p = a.parent.as_deref().and_then(|p| by_id.get(p).copied()).filter(|&p| p != i);
            let p = p.filter(|&p| !reaches(&story.actors, &by_id, p, i));
            match p {
                Some(p) => {
                    parent[i] = Some(p);
                    children[p].push(i);
                }
                None => roots.push(i),
            }
        }
        let mut speech = vec![0; n];
        for q in &story.quotes {
            if q.kind == QuoteKind::Speech {
                if let Some(&i) = q.speaker.as_deref().and_then(|s| by_id.get(s)) {
                    speech[i] += 1;
                }
            }
        }
        // Bigger trees (more actors and quotes) first; otherwise the story's order.
        let mut weight = vec![0usize; n];
        fn fill(i: usize, children: &[Vec<usize>], speech: &[usize], weight: &mut [usize]) -> usize {
            let w = 1 + speech[i] + children[i].iter().map(|&c| fill(c, children, speech, weight)).sum::<usize>();
            weight[i] = w;
            w
        }
        for &r in &roots {
            fill(r, &children, &speech, &mut weight);
        }
        crate::sort::sort_by(&mut roots, |a, b| weight[*b].cmp(&weight[*a]).then(a.cmp(b)));
        let mut rank = vec![0; n];
        let mut stack: Vec<usize> = roots.iter().rev().copied().collect();
        let mut k = 0;
        while let Some(i) = stack.pop() {
            rank[i] = k;
            k += 1;
            stack.extend(children[i].iter().rev());
        }
        Index { by_id, roots, children, parent, speech, rank }
    }

    pub fn get(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }
}

/// Whether walking up from `from` reaches `target` (bounded, cycle-safe).
fn reaches(actors: &[crate::model::Actor], by_id: &HashMap<String, usize>, from: usize, target: usize) -> bool {
    let mut cur = Some(from);
    let mut steps = 0;
    while let Some(c) = cur {
        if c == target {
            return true;
        }
        steps += 1;
        if steps > actors.len() {
            return true;
        }
        cur = actors[c].parent.as_deref().and_then(|p| by_id.get(p).copied());
    }
    false
}

/// The error panel's content.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub title: String,
    pub errors: Vec<String>,
    pub note: Option<String>,
}

#[derive(Clone)]
pub struct State {
    pub story: Rc<Story>,
    pub index: Rc<Index>,
    pub view: View,
    pub theme: Theme,
    pub notice: Option<Rc<Notice>>,
    /// Whether paragraphs of the host article can be shown (the article was read).
    pub has_article: bool,
    /// The selected actor (filters the cards).
    pub selected: Option<usize>,
    pub query: String,
    pub collapsed: HashSet<usize>,
    /// The treeitem with tabindex 0 (roving tabindex).
    pub focused: Option<usize>,
    /// Bumped when keyboard navigation must move DOM focus.
    pub focus_seq: u32,
    /// Quotes (by index) whose context sentence is open.
    pub open_context: HashSet<usize>,
    /// The quote whose citation or link was just copied, and what happened.
    pub copied: Option<(usize, CopyOutcome)>,
    /// The UI texts (language and overrides).
    pub strings: Rc<Strings>,
    /// Which quotes the cards section shows: speech, key terms, or both.
    pub show: Show,
    /// The tree section shows the SVG diagram instead of the outline.
    pub diagram: bool,
    /// Diagram zoom in percent, and pan offset in drawing units.
    pub zoom: u16,
    pub pan: (i32, i32),
    /// The quote card that has focus (its speaker is marked in the tree).
    pub active_quote: Option<usize>,
    /// How many of the filtered cards are rendered: a long story renders its first
    /// batch, and "Show more" (or a deep link to a later card) renders more. Why: a
    /// story of 2,000 quotes took a third of a second to render every card up front.
    pub card_limit: usize,
    /// The first render shows only the first screen: [`FIRST_SCREEN_CARDS`] cards, the
    /// first [`FIRST_SCREEN_ITEMS`] treeitems, no key terms and no "Show more". `mount`
    /// sends [`Msg::Complete`] once that has had a chance to paint; any other message
    /// completes the view too. Why: the seed's first
    /// render spent most of its time building cards below the fold. False in the static
    /// render and after `Complete`.
    pub first_screen: bool,
    /// A card to focus once rendered (its quote id), with a sequence number so that
    /// asking again for the same card focuses it again.
    pub reveal: Option<(Rc<str>, u32)>,
    /// Type-ahead buffer of the tree and when it was last typed into (ms).
    pub typeahead: String,
    pub typeahead_at: f64,
    /// `#dramatis=<quote id>` deep links are on (the `deep-links` attribute).
    pub deep_links: bool,
    /// The editor's controls are shown (the `editable` attribute).
    pub editable: bool,
    /// The stories before each edit, most recent last (the undo stack).
    pub undo: Vec<Rc<Story>>,
    /// What the last edit or undo did, for the editor's status line.
    pub edit_note: Option<EditNote>,
}

/// The outcome of the last edit, announced by the editor's toolbar.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EditNote {
    Done,
    Undone,
    Refused,
}

/// Most edits kept for undo (each keeps a whole story; stories are small).
const MAX_UNDO: usize = 100;

/// What the cards section shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Show {
    All,
    Speech,
    Terms,
}

impl Show {
    pub fn speech(self) -> bool {
        self != Show::Terms
    }
    pub fn terms(self) -> bool {
        self != Show::Speech
    }
}

/// Outcome of a copy to the clipboard.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CopyOutcome {
    Citation,
    Link,
    Failed,
}

/// Diagram zoom steps, in percent.
pub const ZOOMS: &[u16] = &[50, 67, 80, 100, 125, 150, 200, 300];

impl PartialEq for State {
    /// Cheap: the story, index and notice are compared by pointer (an edit replaces
    /// them, never mutates them).
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.story, &o.story)
            && Rc::ptr_eq(&self.index, &o.index)
            && self.notice == o.notice
            && self.view == o.view
            && self.theme == o.theme
            && self.has_article == o.has_article
            && self.selected == o.selected
            && self.query == o.query
            && self.collapsed == o.collapsed
            && self.focused == o.focused
            && self.focus_seq == o.focus_seq
            && self.open_context == o.open_context
            && self.copied == o.copied
            && self.strings == o.strings
            && self.show == o.show
            && self.diagram == o.diagram
            && self.zoom == o.zoom
            && self.pan == o.pan
            && self.active_quote == o.active_quote
            && self.card_limit == o.card_limit
            && self.first_screen == o.first_screen
            && self.reveal == o.reveal
            && self.deep_links == o.deep_links
            && self.editable == o.editable
            && self.edit_note == o.edit_note
            && self.undo.len() == o.undo.len()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeKey {
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    Activate,
    /// `*`: expand every sibling of the focused item.
    ExpandSiblings,
}

#[derive(Clone, PartialEq)]
pub enum Msg {
    /// Select an actor, or unselect it if it is already selected.
    ToggleSelect(usize),
    Query(String),
    /// Clear the actor selection and the search.
    Clear,
    ToggleExpanded(usize),
    TreeKey(TreeKey),
    /// A treeitem got focus (click or tab): it becomes the roving tabindex item.
    Focused(usize),
    ToggleContext(usize),
    /// The citation or link of quote `i` was copied, or copying failed.
    Copied(usize, CopyOutcome),
    /// Set once the widget knows its host element: texts, deep links.
    Setup(Rc<Strings>, bool),
    SetShow(Show),
    SetDiagram(bool),
    /// Zoom one step in (`true`) or out.
    Zoom(bool),
    /// Pan the diagram by a fraction of the view: (-1|0|1, -1|0|1).
    Pan(i32, i32),
    ResetView,
    /// A quote card got focus.
    ActiveQuote(usize),
    /// A printable key typed on the tree, with the time (ms).
    TypeAhead(char, f64),
    /// The copy feedback of quote `i` times out.
    CopyExpired(usize),
    /// Select the actor with this id, or clear the selection (the JS API's `select`;
    /// never toggles; an unknown id changes nothing).
    Select(Option<String>),
    /// A new story (the JS API's `update`): the view settings stay, the selection stays
    /// when its actor is still there, everything tied to quote or actor indices resets.
    ReplaceStory(Rc<Story>),
    /// Turn the editor's controls on (the `editable` attribute).
    Editable,
    /// An editor's correction (ignored unless editable).
    Edit(Edit),
    /// Take back the last edit.
    Undo,
    /// Render the next batch of cards and focus the first of them.
    ShowMore,
    /// Render the cards up to the quote with this id and focus it (deep links).
    Reveal(String),
    /// Render what the first screen left out (see [`State::first_screen`]).
    Complete,
}

/// Cards rendered at first, and added by each "Show more".
pub const CARD_BATCH: usize = 30;

/// Treeitems in the very first render: the tree's box (320 px) shows seven or eight.
/// Why not more: on a cold start each item also runs in wasm's slow first tier.
pub const FIRST_SCREEN_ITEMS: usize = 8;

/// Cards in the very first render (a phone-sized cards view shows about three; beside
/// the tree at 1280 × 900 one is in view); the rest of the batch follows right after
/// it has painted.
pub const FIRST_SCREEN_CARDS: usize = 3;

impl State {
    pub fn new(story: Story, view: View, theme: Theme, notice: Option<Notice>, has_article: bool) -> State {
        let index = Index::new(&story);
        let focused = index.roots.first().copied();
        State {
            story: Rc::new(story),
            index: Rc::new(index),
            view,
            theme,
            notice: notice.map(Rc::new),
            has_article,
            selected: None,
            query: String::new(),
            collapsed: HashSet::default(),
            strings: Rc::new(Strings::default()),
            show: Show::All,
            diagram: false,
            zoom: 100,
            pan: (0, 0),
            active_quote: None,
            card_limit: CARD_BATCH,
            first_screen: false,
            reveal: None,
            typeahead: String::new(),
            typeahead_at: 0.0,
            deep_links: false,
            editable: false,
            undo: Vec::new(),
            edit_note: None,
            focused,
            focus_seq: 0,
            open_context: HashSet::default(),
            copied: None,
        }
    }

    /// Whether treeitem `i` is rendered now: beyond the tree's first screen it waits for
    /// the rest of the view (`Msg::Complete`). Its parent leaves it out, so that no
    /// component is created for it.
    pub fn renders_item(&self, i: usize) -> bool {
        !self.first_screen || self.index.rank[i] < FIRST_SCREEN_ITEMS
    }

    /// Treeitems in visible order (depth-first, skipping collapsed subtrees).
    pub fn visible_items(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.story.actors.len());
        let mut stack: Vec<usize> = self.index.roots.iter().rev().copied().collect();
        while let Some(i) = stack.pop() {
            out.push(i);
            if !self.collapsed.contains(&i) {
                stack.extend(self.index.children[i].iter().rev());
            }
        }
        out
    }

    /// Indices of the quotes of `kind` that pass the search and (if `by_actor`) the
    /// actor selection.
    pub fn filtered(&self, kind: QuoteKind, by_actor: bool) -> Vec<usize> {
        let q = fold(&self.query);
        let words: Vec<&str> = q.split_whitespace().collect();
        let sel = self.selected.filter(|_| by_actor).map(|i| self.story.actors[i].id.as_str());
        self.story
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, quote)| quote.kind == kind)
            .filter(|(_, quote)| sel.is_none() || quote.speaker.as_deref() == sel)
            .filter(|(_, quote)| {
                if words.is_empty() {
                    return true;
                }
                let speaker = quote.speaker.as_deref().and_then(|s| self.index.get(s)).map(|i| &self.story.actors[i]);
                let mut hay = fold(&quote.text);
                hay.push('\n');
                hay.push_str(&fold(&quote.context));
                if let Some(a) = speaker {
                    hay.push('\n');
                    hay.push_str(&fold(&a.name));
                    for al in &a.aliases {
                        hay.push('\n');
                        hay.push_str(&fold(al));
                    }
                    if let Some(r) = &a.role {
                        hay.push('\n');
                        hay.push_str(&fold(r));
                    }
                }
                words.iter().all(|w| hay.contains(w))
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Key terms that pass the search, one per distinct text.
    pub fn shown_terms(&self) -> Vec<usize> {
        let mut seen = HashSet::default();
        self.filtered(QuoteKind::Term, false)
            .into_iter()
            .filter(|&i| {
                let key = fold(self.story.quotes[i].text.trim().trim_end_matches(|c: char| c.is_ascii_punctuation()));
                !key.is_empty() && seen.insert(key)
            })
            .collect()
    }

    /// Speech-quote count for the whole story.
    pub fn speech_total(&self) -> usize {
        self.story.quotes.iter().filter(|q| q.kind == QuoteKind::Speech).count()
    }

    fn tree_key(&mut self, key: TreeKey) {
        let items = self.visible_items();
        if items.is_empty() {
            return;
        }
        let cur = self.focused.filter(|f| items.contains(f)).unwrap_or(items[0]);
        let pos = items.iter().position(|&i| i == cur).unwrap_or(0);
        let has_children = !self.index.children[cur].is_empty();
        let expanded = has_children && !self.collapsed.contains(&cur);
        let next = match key {
            TreeKey::Down => items.get(pos + 1).copied().unwrap_or(cur),
            TreeKey::Up => items[pos.saturating_sub(1)],
            TreeKey::Home => items[0],
            TreeKey::End => *items.last().unwrap_or(&cur),
            TreeKey::Right if has_children && !expanded => {
                self.collapsed.remove(&cur);
                cur
            }
            TreeKey::Right if expanded => self.index.children[cur][0],
            TreeKey::Right => cur,
            TreeKey::Left if expanded => {
                self.collapsed.insert(cur);
                cur
            }
            TreeKey::Left => self.index.parent[cur].unwrap_or(cur),
            TreeKey::Activate => {
                self.toggle_select(cur);
                cur
            }
            TreeKey::ExpandSiblings => {
                let sibs = match self.index.parent[cur] {
                    Some(p) => self.index.children[p].clone(),
                    None => self.index.roots.clone(),
                };
                for k in sibs {
                    self.collapsed.remove(&k);
                }
                cur
            }
        };
        self.focused = Some(next);
        self.focus_seq = self.focus_seq.wrapping_add(1);
    }

    /// Type-ahead (WAI-ARIA tree): focus the next visible item whose name starts with
    /// the characters typed in quick succession; a repeated single character cycles.
    fn type_ahead(&mut self, c: char, now: f64) {
        if now - self.typeahead_at > 800.0 {
            self.typeahead.clear();
        }
        self.typeahead_at = now;
        self.typeahead.extend(c.lowercase());
        let items = self.visible_items();
        if items.is_empty() {
            return;
        }
        let pos = self.focused.and_then(|f| items.iter().position(|&i| i == f)).unwrap_or(0);
        let first = self.typeahead.chars().next().unwrap_or(c);
        let repeated = self.typeahead.chars().all(|x| x == first);
        let (needle, from) = if repeated {
            (first.to_string(), pos + 1)
        } else {
            (self.typeahead.clone(), pos)
        };
        let n = items.len();
        let hit = (0..n).map(|k| items[(from + k) % n]).find(|&i| fold(&self.story.actors[i].name).starts_with(&needle));
        if let Some(i) = hit {
            self.focused = Some(i);
            self.focus_seq = self.focus_seq.wrapping_add(1);
        }
    }

    /// Replaces the story (after an edit or an undo): rebuilds the index and carries
    /// the selection, focus and collapsed branches over by actor id (an actor merged
    /// away hands them to the actor that absorbed it). Quotes are never added or
    /// removed by an edit, so quote indices stay.
    fn replace_story(&mut self, story: Rc<Story>) -> Rc<Story> {
        let old = std::mem::replace(&mut self.story, story);
        let index = Index::new(&self.story);
        let carry = |i: usize| {
            let id = old.actors.get(i)?.id.as_str();
            index.get(id).or_else(|| self.story.actors.iter().position(|a| a.merged.iter().any(|m| m == id)))
        };
        self.selected = self.selected.and_then(carry);
        self.focused = self.focused.and_then(carry).or_else(|| index.roots.first().copied());
        self.collapsed = self.collapsed.iter().filter_map(|&i| carry(i)).collect();
        self.index = Rc::new(index);
        old
    }

    fn reveal_quote(&mut self, i: usize) {
        let seq = self.reveal.as_ref().map_or(0, |r| r.1.wrapping_add(1));
        self.reveal = Some((Rc::from(self.story.quotes[i].id.as_str()), seq));
    }

    fn toggle_select(&mut self, i: usize) {
        self.selected = if self.selected == Some(i) { None } else { Some(i) };
        self.focused = Some(i);
        // Make sure the selected item is visible in the tree.
        let mut p = self.index.parent[i];
        while let Some(pi) = p {
            self.collapsed.remove(&pi);
            p = self.index.parent[pi];
        }
    }
}

/// Case- and typography-insensitive form for search.
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            _ => c,
        })
        .flat_map(CharCase::lowercase)
        .collect()
}

impl Reducible for State {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        if matches!(msg, Msg::Complete) && !self.first_screen {
            return self;
        }
        let mut s = (*self).clone();
        // Anything a reader (or the JS API) does acts on the complete view.
        if !matches!(msg, Msg::Setup(..) | Msg::Editable) {
            s.first_screen = false;
        }
        // A new filter starts again from the first batch of cards.
        if matches!(msg, Msg::ToggleSelect(_) | Msg::Query(_) | Msg::Clear) {
            s.card_limit = CARD_BATCH;
        }
        match msg {
            Msg::ToggleSelect(i) if i < s.story.actors.len() => s.toggle_select(i),
            Msg::ToggleSelect(_) => return self,
            Msg::Query(q) => s.query = q,
            Msg::ShowMore => {
                let shown = s.filtered(QuoteKind::Speech, true);
                let Some(&first_new) = shown.get(s.card_limit) else { return self };
                s.card_limit += CARD_BATCH;
                s.reveal_quote(first_new);
            }
            Msg::Reveal(id) => {
                let Some(i) = s.story.quotes.iter().position(|q| q.id == id) else { return self };
                if let Some(k) = s.filtered(QuoteKind::Speech, true).iter().position(|&x| x == i) {
                    s.card_limit = s.card_limit.max(k + 1);
                }
                s.reveal_quote(i);
            }
            Msg::Clear => {
                s.selected = None;
                s.query.clear();
                s.show = Show::All;
            }
            Msg::ToggleExpanded(i) => {
                if !s.collapsed.remove(&i) {
                    s.collapsed.insert(i);
                }
                s.focused = Some(i);
            }
            Msg::TreeKey(k) => s.tree_key(k),
            Msg::Focused(i) => {
                if s.focused == Some(i) {
                    return self;
                }
                s.focused = Some(i);
            }
            Msg::ToggleContext(i) => {
                if !s.open_context.remove(&i) {
                    s.open_context.insert(i);
                }
            }
            Msg::Copied(i, what) => s.copied = Some((i, what)),
            Msg::Setup(strings, deep) => {
                // Usually what `mount` already set: then nothing re-renders.
                if *s.strings == *strings && s.deep_links == deep {
                    return self;
                }
                s.strings = strings;
                s.deep_links = deep;
            }
            Msg::SetShow(v) => s.show = v,
            Msg::SetDiagram(d) => s.diagram = d,
            Msg::Zoom(inwards) => {
                let k = ZOOMS.iter().position(|&z| z >= s.zoom).unwrap_or(3);
                let k = if inwards { (k + 1).min(ZOOMS.len() - 1) } else { k.saturating_sub(1) };
                s.zoom = ZOOMS[k];
            }
            Msg::Pan(dx, dy) => s.pan = (s.pan.0 + dx, s.pan.1 + dy),
            Msg::ResetView => {
                s.zoom = 100;
                s.pan = (0, 0);
            }
            Msg::ActiveQuote(i) => {
                if s.active_quote == Some(i) {
                    return self;
                }
                s.active_quote = Some(i);
                // Reveal the speaker in the tree.
                let sp = s.story.quotes.get(i).and_then(|q| q.speaker.as_deref()).and_then(|id| s.index.get(id));
                let mut p = sp.and_then(|a| s.index.parent[a]);
                while let Some(pi) = p {
                    s.collapsed.remove(&pi);
                    p = s.index.parent[pi];
                }
            }
            Msg::TypeAhead(c, now) => s.type_ahead(c, now),
            Msg::Select(None) => {
                if s.selected.is_none() {
                    return self;
                }
                s.selected = None;
            }
            Msg::Select(Some(id)) => match s.index.get(&id) {
                Some(i) if s.selected != Some(i) => s.toggle_select(i),
                _ => return self,
            },
            Msg::ReplaceStory(story) => {
                // Another story altogether: quote indices mean nothing any more, and
                // the editor's undo history belongs to the story it was made on.
                s.replace_story(story);
                s.open_context.clear();
                s.copied = None;
                s.active_quote = None;
                s.undo.clear();
            }
            Msg::Editable if s.editable => return self,
            Msg::Editable => s.editable = true,
            Msg::Edit(_) if !s.editable => return self,
            Msg::Edit(e) => {
                match apply(&s.story, &e) {
                    Ok(story) => {
                        let old = s.replace_story(Rc::new(story));
                        if s.undo.len() == MAX_UNDO {
                            s.undo.remove(0);
                        }
                        s.undo.push(old);
                        s.edit_note = Some(EditNote::Done);
                    }
                    Err(_) => s.edit_note = Some(EditNote::Refused),
                }
            }
            Msg::Undo => {
                let Some(prev) = s.undo.pop() else { return self };
                s.replace_story(prev);
                s.edit_note = Some(EditNote::Undone);
            }
            Msg::Complete => {}
            Msg::CopyExpired(i) => {
                if !s.copied.is_some_and(|(c, _)| c == i) {
                    return self;
                }
                s.copied = None;
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Actor;

    fn actor(id: &str, parent: Option<&str>) -> Actor {
        Actor { id: id.into(), name: id.into(), parent: parent.map(Into::into), ..Actor::default() }
    }

    fn state() -> Rc<State> {
        let story = Story {
            actors: vec![actor("a", None), actor("b", Some("c")), actor("c", Some("a")), actor("d", None)],
            ..Story::default()
        };
        let mut s = State::new(story, View::Both, Theme::Auto, None, true);
        s.first_screen = true;
        Rc::new(s)
    }

    #[test]
    fn rank_is_the_expanded_tree_order() {
        let s = state();
        // Roots by weight (a's tree first), then depth first: a, c, b, d.
        assert_eq!(s.index.rank, vec![0, 2, 1, 3]);
    }

    #[test]
    fn the_same_texts_again_render_nothing() {
        let s = state();
        let same = s.clone().reduce(Msg::Setup(Rc::new(Strings::default()), false));
        assert!(Rc::ptr_eq(&s, &same), "an unchanged Setup keeps the state (no second render)");
        let fr = s.clone().reduce(Msg::Setup(Rc::new(Strings::for_lang("fr")), false));
        assert_eq!(fr.strings.lang, "fr");
        assert!(fr.first_screen, "Setup does not complete the view");
    }

    #[test]
    fn complete_or_any_action_renders_the_rest() {
        let s = state();
        let done = s.clone().reduce(Msg::Complete);
        assert!(!done.first_screen);
        assert!(Rc::ptr_eq(&done, &done.clone().reduce(Msg::Complete)), "a second Complete changes nothing");
        assert!(!s.reduce(Msg::ToggleSelect(0)).first_screen);
    }
}
