//! The list of speech-quote cards, or a helpful empty state.
//!
//! A long story renders its first [`CARD_BATCH`] cards and a "Show more" button that
//! renders the next batch and moves focus to its first card (so that keyboard and
//! screen-reader users carry on reading where the list grew). The filters' status
//! line keeps the full count. A deep link to a card beyond the batch renders up to
//! it (`Msg::Reveal`); either way the card is focused here, once it is rendered.
//! The widget's very first render holds only [`FIRST_SCREEN_CARDS`] cards
//! (`State::first_screen`); the rest of the batch follows in the next task.

use super::effects;
use super::quote_card::QuoteCard;
use super::state::{Msg, CARD_BATCH, FIRST_SCREEN_CARDS};
use super::strings::{fill, T};
use super::use_ctx;
use crate::model::QuoteKind;
use web_sys::Element;
use yew::prelude::*;

#[component]
pub fn QuoteList() -> Html {
    let ctx = use_ctx();
    let s = &*ctx.state;
    let t = &*s.strings;
    let list = use_node_ref();
    {
        let list = list.clone();
        use_effect_with(s.reveal.clone(), move |r| {
            if let (Some((id, _)), Some(el)) = (r, list.cast::<Element>()) {
                effects::focus_quote(&el, id);
            }
        });
    }
    let shown = s.filtered(QuoteKind::Speech, true);
    if !shown.is_empty() {
        // The static render (no scripts, so no "Show more") lists every card.
        let limit = if ctx.env.is_static() { shown.len() } else { s.card_limit.min(shown.len()) };
        // The first screen: a few cards now, the rest of the batch once they painted
        // (`Msg::Complete`); no "Show more" in between, which would count wrongly.
        let (limit, more) = if s.first_screen {
            (limit.min(FIRST_SCREEN_CARDS), 0)
        } else {
            (limit, (shown.len() - limit).min(CARD_BATCH))
        };
        return html! {
            <>
                <ul role="list" class="cards" ref={list}>
                    { for shown[..limit].iter().map(|&i| html! { <li key={i}><QuoteCard idx={i} /></li> }) }
                </ul>
                if more > 0 {
                    <div class="more" part="more">
                        <button type="button" class="btn btn-more" onclick={ctx.callback(|_| Msg::ShowMore)}>
                            {fill(&t[T::ShowMore], &[&more.to_string()])}
                        </button>
                        <span>{fill(&t[T::ShowingOf], &[&limit.to_string(), &shown.len().to_string()])}</span>
                    </div>
                }
            </>
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
