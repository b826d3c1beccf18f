//! The actor tree, the WAI-ARIA tree pattern: tree / treeitem / group, roving
//! tabindex, Up/Down/Left/Right/Home/End/Enter/Space, `*` expands the siblings,
//! type-ahead on the names. Left and Right swap in a right-to-left layout.

use super::state::{Msg, TreeKey};
use super::strings::T;
use super::tree_node::TreeNode;
use super::use_ctx;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

#[component]
pub fn ActorTree() -> Html {
    let ctx = use_ctx();
    let s = &*ctx.state;
    let tree_ref = use_node_ref();
    // Keyboard navigation moves DOM focus to the roving item.
    {
        let tree_ref = tree_ref.clone();
        let focused = s.focused;
        use_effect_with(s.focus_seq, move |&seq| {
            if seq > 0 {
                if let (Some(tree), Some(f)) = (tree_ref.cast::<HtmlElement>(), focused) {
                    if let Ok(Some(el)) = tree.query_selector(&format!("[role=treeitem][data-i=\"{f}\"]")) {
                        if let Ok(el) = el.dyn_into::<HtmlElement>() {
                            let _ = el.focus();
                        }
                    }
                }
            }
        });
    }
    let t = &*s.strings;
    if s.story.actors.is_empty() {
        return html! { <p class="empty-hint">{&t[T::NoActors]}</p> };
    }
    let onkeydown = {
        let ctx = ctx.clone();
        let tree_ref = tree_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            let rtl = || tree_ref.cast::<HtmlElement>().is_some_and(|t| t.matches(":dir(rtl)").unwrap_or(false));
            let k = e.key();
            let key = match k.as_str() {
                "ArrowDown" => TreeKey::Down,
                "ArrowUp" => TreeKey::Up,
                "ArrowLeft" if rtl() => TreeKey::Right,
                "ArrowRight" if rtl() => TreeKey::Left,
                "ArrowLeft" => TreeKey::Left,
                "ArrowRight" => TreeKey::Right,
                "Home" => TreeKey::Home,
                "End" => TreeKey::End,
                "Enter" | " " => TreeKey::Activate,
                "*" => TreeKey::ExpandSiblings,
                _ => {
                    let mut cs = k.chars();
                    if let (Some(c), None) = (cs.next(), cs.next()) {
                        if c.is_alphanumeric() {
                            e.prevent_default();
                            ctx.send(Msg::TypeAhead(c, js_sys::Date::now()));
                        }
                    }
                    return;
                }
            };
            e.prevent_default();
            ctx.send(Msg::TreeKey(key));
        })
    };
    html! {
        <ul role={if ctx.env.is_static() { "list" } else { "tree" }} class="tree" aria-label={t[T::TreeLabel].to_string()} ref={tree_ref} {onkeydown} part="tree">
            { for s.index.roots.iter().filter(|&&i| s.renders_item(i)).map(|&i| html! { <TreeNode key={i} idx={i} level={1} /> }) }
        </ul>
    }
}
