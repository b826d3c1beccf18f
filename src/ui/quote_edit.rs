//! The editor's controls on a quote card (only with `editable`): choose the speaker
//! among the actors, or name a new one (and its kind); mark the quote as a key term.
//!
//! Nothing changes until a button is pressed (a select changes value on arrow keys,
//! which must not record one edit per keystroke). The new actor's name is typed into
//! a text input and only ever rendered as text.

use super::effects;
use super::state::Msg;
use super::strings::T;
use super::use_ctx;
use crate::model::edit::Edit;
use crate::model::{ActorKind, QuoteKind};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteEditProps {
    /// Index of the quote in the story.
    pub idx: usize,
}

/// The value of the "New actor…" option (the others are actor indices, or "" for none).
const NEW: &str = "new";

/// The kinds a new actor may have (an index of this is the kind select's value).
const KINDS: [ActorKind; 5] = [ActorKind::Person, ActorKind::Organization, ActorKind::State, ActorKind::Group, ActorKind::Media];

/// Where the controls are: choosing a speaker, naming a new one, or back to choosing
/// after naming (focus then returns to the speaker select, not to the page).
#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Choose,
    Name,
    Back,
}

#[component]
pub fn QuoteEdit(p: &QuoteEditProps) -> Html {
    let ctx = use_ctx();
    let stage = use_state(|| Stage::Choose);
    let (select, input, kind) = (use_node_ref(), use_node_ref(), use_node_ref());
    {
        // The name field takes focus when it appears; the select when it comes back.
        let (input, select) = (input.clone(), select.clone());
        use_effect_with(*stage, move |st| {
            let el = match st {
                Stage::Name => input.cast::<web_sys::HtmlElement>(),
                Stage::Back => select.cast::<web_sys::HtmlElement>(),
                Stage::Choose => None,
            };
            if let Some(el) = el {
                let _ = el.focus();
            }
        });
    }
    let adding = *stage == Stage::Name;
    let s = &*ctx.state;
    let t = &*s.strings;
    let i = p.idx;
    let q = &s.story.quotes[i];
    let qid = q.id.clone();
    let current = q.speaker.as_deref().and_then(|id| s.index.get(id)).map(|a| a.to_string()).unwrap_or_default();
    let sel_id = format!("d-qe-{i}");
    let name_id = format!("d-qn-{i}");
    let kind_id = format!("d-qk-{i}");
    let order = super::by_name(&s.story.actors, (0..s.story.actors.len()).collect());

    let on_set = {
        let (ctx, select, stage, qid) = (ctx.clone(), select.clone(), stage.clone(), qid.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(v) = select.cast::<HtmlSelectElement>().map(|el| el.value()) else {
                return;
            };
            if v == NEW {
                stage.set(Stage::Name);
                return;
            }
            let st = &ctx.state;
            let speaker = v.parse::<usize>().ok().and_then(|a| st.story.actors.get(a)).map(|a| a.id.clone());
            ctx.send(Msg::Edit(Edit::Reassign { quote: qid.clone(), speaker }));
        })
    };
    let create = {
        let (ctx, input, kind, stage, qid) = (ctx.clone(), input.clone(), kind.clone(), stage.clone(), qid.clone());
        move || {
            let name = input.cast::<HtmlInputElement>().map(|el| el.value()).unwrap_or_default();
            if name.trim().is_empty() {
                return;
            }
            let k = kind.cast::<HtmlSelectElement>().and_then(|el| el.value().parse::<usize>().ok()).and_then(|k| KINDS.get(k).copied());
            ctx.send(Msg::Edit(Edit::ReassignToNew { quote: qid.clone(), name, kind: k.unwrap_or_default() }));
            stage.set(Stage::Back);
        }
    };
    let on_create = {
        let create = create.clone();
        Callback::from(move |_: MouseEvent| create())
    };
    let on_key = {
        let stage = stage.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                create();
            }
            "Escape" => stage.set(Stage::Back),
            _ => {}
        })
    };
    let on_cancel = Callback::from(move |_: MouseEvent| stage.set(Stage::Back));
    let on_term = {
        let ctx = ctx.clone();
        Callback::from(move |e: MouseEvent| {
            effects::focus_neighbour(&e);
            ctx.send(Msg::Edit(Edit::SetKind { quote: qid.clone(), kind: QuoteKind::Term }));
        })
    };
    html! {
        <div class="qedit" role="group" aria-label={t[T::EditQuote].to_string()}>
            if adding {
                <label for={name_id.clone()}>{&t[T::NewActorName]}</label>
                <input id={name_id} class="qedit-name" type="text" ref={input} maxlength="200" autocomplete="off" onkeydown={on_key} />
                <label for={kind_id.clone()}>{&t[T::KindLabel]}</label>
                <select id={kind_id} class="qedit-kind" ref={kind}>
                    { for KINDS.iter().enumerate().map(|(k, &kd)| html! { <option selected={k == 0} value={k.to_string()}>{t.kind(kd)}</option> }) }
                </select>
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
