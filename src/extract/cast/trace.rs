//! Which step of the tree chose each actor's parent: a debug record for measuring
//! the tree's fallbacks (issue 4), never part of the story.
//!
//! Why: the parent figure says how often the tree is right, not which of its steps
//! (a construction, the knowledge base, a title's state, the paragraph's state, the
//! home state, nothing) was wrong. `scripts/parent_steps.py` counts, per step, how
//! often the chosen parent is right over the dev set; it reads the lines
//! `extract_with` prints to stderr when the environment variable
//! `DRAMATIS_PARENT_TRACE` is set (`parent-step<TAB>id<TAB>parent id<TAB>step`).
//!
//! Invariant: in the wasm a [`Step`] is zero-sized and every call here is a no-op,
//! so no step name or source location reaches the widget; natively it is two words
//! per actor. The output and the story are the same with or without the variable.

#[cfg(not(target_arch = "wasm32"))]
type Site = Option<&'static std::panic::Location<'static>>;

/// The step that placed an actor (or stated its owner or state): a name and,
/// for a construction, the source line that recorded it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Step {
    #[cfg(not(target_arch = "wasm32"))]
    name: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    at: Site,
}

impl Step {
    /// A step of the tree itself ("home", "kb body").
    #[inline(always)]
    pub fn named(name: &'static str) -> Step {
        #[cfg(not(target_arch = "wasm32"))]
        return Step { name, at: None };
        #[cfg(target_arch = "wasm32")]
        {
            let _ = name;
            Step {}
        }
    }

    /// A construction: the name and the line of the caller's caller (the
    /// `#[track_caller]` setter the construction called).
    #[inline(always)]
    #[cfg_attr(not(target_arch = "wasm32"), track_caller)]
    pub fn here(name: &'static str) -> Step {
        #[cfg(not(target_arch = "wasm32"))]
        return Step { name, at: Some(std::panic::Location::caller()) };
        #[cfg(target_arch = "wasm32")]
        {
            let _ = name;
            Step {}
        }
    }

    /// `name` refined by the step that stated the fact it used ("state" by "title").
    #[inline(always)]
    pub fn by(self, name: &'static str) -> Step {
        #[cfg(not(target_arch = "wasm32"))]
        return Step { name, ..self };
        #[cfg(target_arch = "wasm32")]
        {
            let _ = name;
            self
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn describe(&self) -> String {
        let name = if self.name.is_empty() { "unrecorded" } else { self.name };
        match self.at {
            Some(l) => {
                let file = l.file().rsplit_once("cast/").map_or(l.file(), |(_, f)| f);
                format!("{name} ({file}:{})", l.line())
            }
            None => name.to_string(),
        }
    }
}

/// Prints each actor's id, parent id and step to stderr when `DRAMATIS_PARENT_TRACE`
/// is set (native only). `steps[i]` is actor `i`'s; actors added after the cast
/// (by attribution) have none.
pub fn emit(steps: &[Step], story: &crate::model::Story) {
    #[cfg(not(target_arch = "wasm32"))]
    {
        if std::env::var_os("DRAMATIS_PARENT_TRACE").is_none() {
            return;
        }
        for (i, a) in story.actors.iter().enumerate() {
            let step = steps.get(i).map_or_else(|| "attribution: new actor".to_string(), Step::describe);
            eprintln!("parent-step\t{}\t{}\t{}", a.id, a.parent.as_deref().unwrap_or("-"), step);
        }
    }
    #[cfg(target_arch = "wasm32")]
    let _ = (steps, story);
}
