//! One treeitem of the actor tree, with its group of children. A collapsed group
//! stays in the DOM, `hidden`, so that print can expand it.

use super::avatar::avatar;
use super::state::Msg;
use super::strings::T;
use super::use_ctx;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TreeNodeProps {
    pub idx: usize,
    pub level: u32,
}

#[component]
pub fn TreeNode(p: &TreeNodeProps) -> Html {
    let ctx = use_ctx();
    let s = &*ctx.state;
    let t = &*s.strings;
    let i = p.idx;
    let a = &s.story.actors[i];
    let kids = &s.index.children[i];
    let expanded = !kids.is_empty() && !s.collapsed.contains(&i);
    let selected = s.selected == Some(i);
    let speaking = s
        .active_quote
        .and_then(|q| s.story.quotes.get(q))
        .and_then(|q| q.speaker.as_deref())
        .is_some_and(|sp| sp == a.id);
    let tabindex = if s.focused == Some(i) { "0" } else { "-1" };
    let count = s.index.speech[i];
    let onfocusin = {
        let ctx = ctx.clone();
        Callback::from(move |e: FocusEvent| {
            e.stop_propagation();
            ctx.send(Msg::Focused(i));
        })
    };
    let on_toggle = {
        let ctx = ctx.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            ctx.send(Msg::ToggleExpanded(i));
        })
    };
    let role = a.role.as_deref().filter(|r| !r.is_empty());
    // The static render (no scripts): plain nested lists, every branch open, nothing
    // that looks operable.
    let stat = ctx.env.is_static();
    html! {
        <li role={if stat { "listitem" } else { "treeitem" }} class={classes!("ti", selected.then_some("is-selected"), speaking.then_some("is-speaking"))}
            data-actor-id={a.id.clone()} data-i={i.to_string()} data-kind={a.kind.label()}
            aria-expanded={(!kids.is_empty() && !stat).then(|| expanded.to_string())}
            aria-selected={(!stat).then(|| selected.to_string())} aria-level={p.level.to_string()}
            tabindex={(!stat).then_some(tabindex)} {onfocusin} part="treeitem">
            <div class="node" onclick={ctx.callback(move |_: MouseEvent| Msg::ToggleSelect(i))}>
                if kids.is_empty() || stat {
                    <span class="twisty leaf" aria-hidden="true"></span>
                } else {
                    <span class={classes!("twisty", expanded.then_some("open"))} aria-hidden="true" onclick={on_toggle}>{"\u{25B8}"}</span>
                }
                {avatar(Some(&a.id), &a.name, true)}
                <span class="node-text">
                    <span class="node-name">{a.name.clone()}</span>
                    <span class="node-meta">
                        <span class="node-kind">{t.kind(a.kind)}</span>
                        if let Some(r) = role { {" \u{00B7} "}<span class="node-role">{r}</span> }
                    </span>
                </span>
                if speaking { <span class="speaking-mark"><span class="vh">{", "}{&t[T::Speaking]}</span></span> }
                <span class={classes!("node-count", (count == 0).then_some("zero"))}>
                    <span class="vh">{", "}</span>
                    {count}
                    <span class="vh">{" "}{if count == 1 { &t[T::Quote] } else { &t[T::Quotes] }}</span>
                </span>
            </div>
            if !kids.is_empty() {
                <ul role={if stat { "list" } else { "group" }} class="group" hidden={!expanded && !stat}>
                    { for kids.iter().filter(|&&k| s.renders_item(k)).map(|&k| html! { <TreeNode key={k} idx={k} level={p.level + 1} /> }) }
                </ul>
            }
        </li>
    }
}
