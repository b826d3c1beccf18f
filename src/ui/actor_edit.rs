//! The editor's controls in the actor detail panel (only with `editable`): merge this
//! actor into another, move it under another (or to the top level), add a relation.
//! Each is a labelled select plus a button; nothing changes before the button. Every
//! select marks its default option `selected`: Yew inserts options last to first, which
//! would otherwise leave the last one selected.

use super::state::Msg;
use super::strings::T;
use super::use_ctx;
use crate::model::edit::{Edit, RELATION_KINDS};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ActorEditProps {
    /// Index of the actor in the story.
    pub idx: usize,
}

/// The selected value of a select, if it is rendered.
fn value(r: &NodeRef) -> Option<String> {
    r.cast::<HtmlSelectElement>().map(|el| el.value())
}

#[component]
pub fn ActorEdit(p: &ActorEditProps) -> Html {
    let ctx = use_ctx();
    let (merge_to, move_to, rel_kind, rel_to) = (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    let s = &*ctx.state;
    let t = &*s.strings;
    let i = p.idx;
    let me = s.story.actors[i].id.clone();
    let others = super::by_name(&s.story.actors, (0..s.story.actors.len()).filter(|&a| a != i).collect());
    // An actor cannot move under itself or its own descendants.
    let below_me = |mut a: usize| {
        let mut steps = 0;
        loop {
            if a == i {
                return true;
            }
            steps += 1;
            match s.index.parent[a] {
                Some(p) if steps <= s.story.actors.len() => a = p,
                _ => return false,
            }
        }
    };
    let parents: Vec<usize> = others.iter().copied().filter(|&a| !below_me(a)).collect();
    let current_parent = s.index.parent[i].map(|a| a.to_string()).unwrap_or_default();
    let actor_id = {
        let ctx = ctx.clone();
        move |v: Option<String>| v.and_then(|v| v.parse::<usize>().ok()).and_then(|a| ctx.state.story.actors.get(a)).map(|a| a.id.clone())
    };
    let options = |list: &[usize], current: &str| -> Html {
        list.iter()
            .map(|&a| {
                let v = a.to_string();
                let sel = v == current;
                html! { <option selected={sel} value={v}>{s.story.actors[a].name.clone()}</option> }
            })
            .collect()
    };
    let on_merge = {
        let (ctx, r, id, me) = (ctx.clone(), merge_to.clone(), actor_id.clone(), me.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(into) = id(value(&r)) {
                ctx.send(Msg::Edit(Edit::Merge { from: me.clone(), into }));
            }
        })
    };
    let on_move = {
        let (ctx, r, id, me) = (ctx.clone(), move_to.clone(), actor_id.clone(), me.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(v) = value(&r) else { return };
            ctx.send(Msg::Edit(Edit::Move { actor: me.clone(), parent: id(Some(v)) }));
        })
    };
    let on_relate = {
        let (ctx, rk, rt, id, me) = (ctx.clone(), rel_kind.clone(), rel_to.clone(), actor_id, me);
        Callback::from(move |_: MouseEvent| {
            let kind = value(&rk).and_then(|k| k.parse::<usize>().ok()).and_then(|k| RELATION_KINDS.get(k));
            if let (Some(kind), Some(target)) = (kind, id(value(&rt))) {
                ctx.send(Msg::Edit(Edit::Relate { source: me.clone(), target, kind: kind.to_string() }));
            }
        })
    };
    let Some(first) = others.first().map(|a| a.to_string()) else { return html! {} };
    html! {
        <div class="aedit" role="group" aria-label={t[T::EditActor].to_string()}>
            <div class="aedit-row">
                <label for="d-ae-merge">{&t[T::MergeInto]}</label>
                <select id="d-ae-merge" class="aedit-merge" ref={merge_to}>{options(&others, &first)}</select>
                <button type="button" class="btn btn-sm btn-merge" onclick={on_merge}>{&t[T::Merge]}</button>
            </div>
            <div class="aedit-row">
                <label for="d-ae-move">{&t[T::MoveUnder]}</label>
                <select id="d-ae-move" class="aedit-move" ref={move_to} ~value={current_parent.clone()}>
                    <option value="" selected={current_parent.is_empty()}>{&t[T::TopLevel]}</option>
                    {options(&parents, &current_parent)}
                </select>
                <button type="button" class="btn btn-sm btn-move" onclick={on_move}>{&t[T::Move]}</button>
            </div>
            <fieldset class="aedit-row">
                <legend>{&t[T::AddRelation]}</legend>
                <label for="d-ae-kind">{&t[T::RelationKind]}</label>
                <select id="d-ae-kind" class="aedit-kind" ref={rel_kind}>
                    { for RELATION_KINDS.iter().enumerate().map(|(k, kind)| html! { <option selected={k == 0} value={k.to_string()}>{t.relation(kind)}</option> }) }
                </select>
                <label for="d-ae-target">{&t[T::RelationTarget]}</label>
                <select id="d-ae-target" class="aedit-target" ref={rel_to}>{options(&others, &first)}</select>
                <button type="button" class="btn btn-sm btn-relate" onclick={on_relate}>{&t[T::Add]}</button>
            </fieldset>
        </div>
    }
}
