//! The initials avatar; its colour class is derived from the actor id.
//!
//! A plain function, not a component: it has no state and no hooks, and a component
//! per avatar (one per card and per treeitem) cost a scope, a props comparison and a
//! scheduler run each on the first render, plus their generic code in the wasm.

use super::text::{avatar_class, initials};
use yew::prelude::*;

/// `id`: the actor id (colour), `None` for an unattributed quote.
pub fn avatar(id: Option<&str>, name: &str, small: bool) -> Html {
    let class = match id {
        Some(id) => avatar_class(id),
        None => "av av-none".to_string(),
    };
    let text = if id.is_some() { initials(name) } else { "?".into() };
    html! {
        <span class={classes!(class, small.then_some("av-sm"))} aria-hidden="true">{text}</span>
    }
}
