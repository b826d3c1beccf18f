//! The Yew widget. One component per file; all state lives in [`state::State`] and
//! changes only through its reducer. Components render state and send messages; the
//! few side effects on the host page (scroll, highlight, clipboard) are in `effects`.
//!
//! The same components are server-rendered natively by `dramatis render`
//! (`crate::cli::render`) with [`Env::is_static`] set: effects never run there, and
//! nothing reads the browser while rendering.
//!
//! Security: every string from the article or a story JSON reaches the DOM as a Yew
//! text node or attribute value; nothing is ever parsed as HTML.

mod actor_detail;
mod actor_edit;
mod actor_tree;
mod app;
mod avatar;
mod diagram;
mod editor_bar;
mod effects;
mod error_panel;
mod filters;
#[cfg(target_arch = "wasm32")]
mod mount;
mod quote_card;
mod quote_edit;
mod quote_list;
mod terms;
mod tree_node;

pub mod state;
pub mod strings;
pub mod style;
pub mod text;

use crate::case::StrCase;
pub use app::{App, AppProps};
#[cfg(target_arch = "wasm32")]
pub use mount::{mount, version, Widget};

use state::{Msg, State};
use std::rc::Rc;
use yew::prelude::*;

/// What the widget knows about its host page.
#[derive(Default)]
pub struct Env {
    /// Source element of each article block (block `i` = paragraph `i`).
    pub paragraphs: Vec<web_sys::Element>,
    /// The `<dramatis-widget>` (or `<div data-dramatis>`): events are fired on it.
    pub host: Option<web_sys::Element>,
    /// The reducer's dispatcher, set by [`App`] when it first renders, so that the JS
    /// API (`Widget::update`, `Widget::select`) can send messages from outside Yew.
    pub dispatch: std::cell::RefCell<Option<UseReducerDispatcher<State>>>,
    /// The story on screen (the app keeps it current; `Widget::update` sets it at once,
    /// since the reducer runs later).
    pub story: std::cell::RefCell<Option<Rc<crate::model::Story>>>,
    /// Whether the whole view is rendered (not just the first screen; set by [`App`]),
    /// for `mount`'s `complete_ms`.
    pub complete: std::cell::Cell<bool>,
    /// Rendered once to static HTML (`dramatis render`) for readers without
    /// JavaScript: components leave out what only works with scripts (buttons, the
    /// tree's keyboard pattern) and show the rest plainly. Native builds only.
    #[cfg(not(target_arch = "wasm32"))]
    pub static_html: bool,
}

impl Env {
    /// Whether this is the static render. Always false in the widget (a constant, so
    /// the wasm build carries none of the static branches).
    #[cfg(target_arch = "wasm32")]
    pub const fn is_static(&self) -> bool {
        false
    }
    #[cfg(not(target_arch = "wasm32"))]
    pub const fn is_static(&self) -> bool {
        self.static_html
    }
}

/// The context every component reads: the state, a way to change it, the host page.
#[derive(Clone)]
pub struct Ctx {
    pub state: UseReducerHandle<State>,
    pub env: Rc<Env>,
}

impl PartialEq for Ctx {
    fn eq(&self, o: &Self) -> bool {
        self.state == o.state && Rc::ptr_eq(&self.env, &o.env)
    }
}

impl Ctx {
    pub fn send(&self, msg: Msg) {
        self.state.dispatch(msg);
    }
    pub fn callback<E>(&self, f: impl Fn(E) -> Msg + 'static) -> Callback<E> {
        let state = self.state.clone();
        Callback::from(move |e| state.dispatch(f(e)))
    }
}

/// The actors `ids` in the order of their names, case-insensitively (a stable sort:
/// `sort_by_cached_key`'s order), for the editor's actor menus. Through
/// [`crate::sort::stable_order`]: the standard one is a copy of a whole sort (wasm bytes).
pub fn by_name(actors: &[crate::model::Actor], ids: Vec<usize>) -> Vec<usize> {
    let keys: Vec<String> = ids.iter().map(|&a| actors[a].name.lowercase()).collect();
    crate::sort::stable_order(ids.len(), &mut |x, y| keys[x].cmp(&keys[y])).into_iter().map(|k| ids[k]).collect()
}

/// The context, for components rendered inside [`App`].
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("rendered inside dramatis::ui::App")
}
