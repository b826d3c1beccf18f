//! The editor's bar (only with the `editable` attribute): Undo, "Download story
//! JSON", and a status line that says what the last change did.

use super::effects;
use super::state::{EditNote, Msg};
use super::strings::T;
use super::use_ctx;
use crate::model::edit::published;
use yew::prelude::*;

#[component]
pub fn EditorBar() -> Html {
    let ctx = use_ctx();
    let s = &*ctx.state;
    let t = &*s.strings;
    let on_download = {
        let story = s.story.clone();
        // A failure (no Blob support) leaves nothing to report beyond the missing file.
        Callback::from(move |_: MouseEvent| drop(effects::download("story.json", &published(&story))))
    };
    let note = s.edit_note.map(|n| match n {
        EditNote::Done => T::EditDone,
        EditNote::Undone => T::EditUndone,
        EditNote::Refused => T::EditRefused,
    });
    html! {
        <div class="editbar" role="group" aria-label={t[T::EditorTools].to_string()} part="editbar">
            <button type="button" class="btn btn-sm btn-undo" disabled={s.undo.is_empty()}
                aria-keyshortcuts="Control+Z Meta+Z" onclick={ctx.callback(|_| Msg::Undo)}>{&t[T::Undo]}</button>
            <button type="button" class="btn btn-sm btn-download" onclick={on_download}>{&t[T::Download]}</button>
            <p class="edit-note" role="status">{note.map(|n| t[n].to_string()).unwrap_or_default()}</p>
        </div>
    }
}
