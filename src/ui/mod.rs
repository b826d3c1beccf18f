//! The Yew widget. One component per file; all state lives in [`state::State`] and
//! changes only through its reducer. Components render state and send messages; the
//! few side effects on the host page (scroll, highlight, clipboard) are in `effects`.
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

pub use app::{App, AppProps};
pub use mount::{mount, version, Widget};

use state::{Msg, State};
use std::rc::Rc;
use yew::prelude::*;

/// What the widget knows about its host page.
#[derive(Default)]
pub struct Env {
    /// Source element of each article block (block `i` = paragraph `i`).
    pub paragraphs: Vec<web_sys::Element>,
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

/// The context, for components rendered inside [`App`].
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("rendered inside dramatis::ui::App")
}
