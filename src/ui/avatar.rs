//! The initials avatar; its colour class is derived from the actor id.

use super::text::{avatar_class, initials};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AvatarProps {
    /// Actor id (colour) — `None` for an unattributed quote.
    pub id: Option<AttrValue>,
    pub name: AttrValue,
    #[prop_or_default]
    pub small: bool,
}

#[component]
pub fn Avatar(p: &AvatarProps) -> Html {
    let class = match &p.id {
        Some(id) => avatar_class(id),
        None => "av av-none".to_string(),
    };
    let text = if p.id.is_some() { initials(&p.name) } else { "?".into() };
    html! {
        <span class={classes!(class, p.small.then_some("av-sm"))} aria-hidden="true">{text}</span>
    }
}
