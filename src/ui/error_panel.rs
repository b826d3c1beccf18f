//! The visible error panel: a bad or missing curated story, a missing article.

use super::use_ctx;
use yew::prelude::*;

#[component]
pub fn ErrorPanel() -> Html {
    let ctx = use_ctx();
    let Some(n) = ctx.state.notice.clone() else { return html! {} };
    html! {
        <div class="error-panel" role="alert">
            <p class="ep-title">{n.title.clone()}</p>
            <ul class="ep-list">
                { for n.errors.iter().map(|e| html! { <li><code>{e.clone()}</code></li> }) }
            </ul>
            if let Some(note) = &n.note { <p class="ep-note">{note.clone()}</p> }
        </div>
    }
}
