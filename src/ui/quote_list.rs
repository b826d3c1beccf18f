//! The list of speech-quote cards, or a helpful empty state.

use super::quote_card::QuoteCard;
use super::state::Msg;
use super::strings::{fill, T};
use super::use_ctx;
use crate::model::QuoteKind;
use yew::prelude::*;

#[component]
pub fn QuoteList() -> Html {
    let ctx = use_ctx();
    let s = &*ctx.state;
    let t = &*s.strings;
    let shown = s.filtered(QuoteKind::Speech, true);
    if !shown.is_empty() {
        return html! {
            <ul role="list" class="cards">
                { for shown.iter().map(|&i| html! { <li key={i}><QuoteCard idx={i} /></li> }) }
            </ul>
        };
    }
    let q = s.query.trim();
    let (title, hint) = if s.speech_total() == 0 {
        (t[T::EmptyNone].to_string(), t[T::EmptyNoneHint].to_string())
    } else if let Some(i) = s.selected {
        let name = s.story.actors[i].name.as_str();
        if q.is_empty() {
            (fill(&t[T::EmptyBy], &[name]), fill(&t[T::EmptyByHint], &[name]))
        } else {
            (fill(&t[T::EmptyByMatching], &[name, q]), t[T::EmptyTryShorter].to_string())
        }
    } else {
        (fill(&t[T::EmptyMatching], &[q]), t[T::EmptyMatchingHint].to_string())
    };
    let filtering = s.selected.is_some() || !s.query.is_empty();
    html! {
        <div class="empty" part="empty">
            <p class="empty-title">{title}</p>
            <p class="empty-hint">{hint}</p>
            if filtering {
                <button type="button" class="btn btn-clear-empty" onclick={ctx.callback(|_| Msg::Clear)}>{&t[T::ClearAll]}</button>
            }
        </div>
    }
}
