//! The editor's controls on a quote card (only with `editable`): choose the speaker
//! among the actors, or name a new one; mark the quote as a key term.
//!
//! Nothing changes until a button is pressed (a select changes value on arrow keys,
//! which must not record one edit per keystroke). The new actor's name is typed into
//! a text input and only ever rendered as text.

use super::state::Msg;
use super::strings::T;
use super::use_ctx;
use crate::model::edit::Edit;
use crate::model::QuoteKind;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteEditProps {
    /// Index of the quote in the story.
    pub idx: usize,
}

/// The value of the "New actor…" option (the others are actor indices, or "" for none).
const NEW: &str = "new";

#[component]
pub fn QuoteEdit(p: &QuoteEditProps) -> Html {
    let ctx = use_ctx();
    let adding = use_state(|| false);
    let select = use_node_ref();
    let input = use_node_ref();
    {
        // Focus the name field when it appears.
        let input = input.clone();
        use_effect_with(*adding, move |on| {
            if *on {
                if let Some(el) = input.cast::<HtmlInputElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let s = &*ctx.state;
    let t = &*s.strings;
    let i = p.idx;
    let q = &s.story.quotes[i];
    let qid = q.id.clone();
    let current = q.speaker.as_deref().and_then(|id| s.index.get(id)).map(|a| a.to_string()).unwrap_or_default();
    let sel_id = format!("d-qe-{i}");
    let name_id = format!("d-qn-{i}");
    let mut order: Vec<usize> = (0..s.story.actors.len()).collect();
    order.sort_by_cached_key(|&a| s.story.actors[a].name.to_lowercase());

    let on_set = {
        let (ctx, select, adding, qid) = (ctx.clone(), select.clone(), adding.clone(), qid.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(v) = select.cast::<HtmlSelectElement>().map(|el| el.value()) else {
                return;
            };
            if v == NEW {
                adding.set(true);
                return;
            }
            let st = &ctx.state;
            let speaker = v.parse::<usize>().ok().and_then(|a| st.story.actors.get(a)).map(|a| a.id.clone());
            ctx.send(Msg::Edit(Edit::Reassign { quote: qid.clone(), speaker }));
        })
    };
    let create = {
        let (ctx, input, adding, qid) = (ctx.clone(), input.clone(), adding.clone(), qid.clone());
        move || {
            let name = input.cast::<HtmlInputElement>().map(|el| el.value()).unwrap_or_default();
            if name.trim().is_empty() {
                return;
            }
            ctx.send(Msg::Edit(Edit::ReassignToNew { quote: qid.clone(), name }));
            adding.set(false);
        }
    };
    let on_create = {
        let create = create.clone();
        Callback::from(move |_: MouseEvent| create())
    };
    let on_key = {
        let adding = adding.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                create();
            }
            "Escape" => adding.set(false),
            _ => {}
        })
    };
    let on_cancel = {
        let adding = adding.clone();
        Callback::from(move |_: MouseEvent| adding.set(false))
    };
    let on_term = {
        let qid = qid.clone();
        ctx.callback(move |_: MouseEvent| Msg::Edit(Edit::SetKind { quote: qid.clone(), kind: QuoteKind::Term }))
    };
    html! {
        <div class="qedit" role="group" aria-label={t[T::EditQuote].to_string()}>
            if *adding {
                <label for={name_id.clone()}>{&t[T::NewActorName]}</label>
                <input id={name_id} class="qedit-name" type="text" ref={input} maxlength="200" autocomplete="off" onkeydown={on_key} />
                <button type="button" class="btn btn-sm btn-create" onclick={on_create}>{&t[T::Create]}</button>
                <button type="button" class="btn btn-sm btn-cancel" onclick={on_cancel}>{&t[T::Cancel]}</button>
            } else {
                <label for={sel_id.clone()}>{&t[T::SpeakerLabel]}</label>
                <select id={sel_id} class="qedit-speaker" ref={select} ~value={current.clone()}>
                    <option value="" selected={current.is_empty()}>{&t[T::Unattributed]}</option>
                    { for order.iter().map(|&a| {
                        let v = a.to_string();
                let sel = v == current;
                        html! { <option selected={sel} value={v}>{s.story.actors[a].name.clone()}</option> }
                    }) }
                    <option value={NEW}>{&t[T::NewActor]}</option>
                </select>
                <button type="button" class="btn btn-sm btn-set-speaker" onclick={on_set}>{&t[T::SetSpeaker]}</button>
                <button type="button" class="btn btn-sm btn-term" onclick={on_term}>{&t[T::MarkTerm]}</button>
            }
        </div>
    }
}
