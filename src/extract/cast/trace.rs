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

// ---- which step admitted, typed and joined each actor (issue 4, cast18) ----
//
// Why: the actor figures say how often the cast is right, not which of its
// admission, typing or joining policies is wrong. `scripts/cast_steps.py` counts,
// per step, how many actors it admitted match a gold actor or are extras, how many
// it typed right or wrong, and per joining rule how many aliases it joined rightly
// or wrongly. It reads the lines `extract_with` prints to stderr when
// `DRAMATIS_CAST_TRACE` is set:
//   cast-actor<TAB>id<TAB>admitting step<TAB>typing step
//   cast-alias<TAB>id<TAB>alias<TAB>joining step
//   cast-reject<TAB>paragraph<TAB>chunk<TAB>step that made it no actor
// The step is the candidate step running when the actor was made (`phase`, set by
// `decided!` and the steps' own calls) with the source line that made it.
//
// Invariant: as for parents, in the wasm all of this is zero-sized and a no-op;
// natively, with the variable unset, `CastLog::on` is false and nothing is kept
// but one thread-local word per step tried.

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static PHASE: std::cell::Cell<&'static str> = const { std::cell::Cell::new("") };
}

/// Names the candidate step now running (native only; the name of a `decided!`
/// step is its expression, shortened when described).
#[inline(always)]
pub fn phase(name: &'static str) {
    #[cfg(not(target_arch = "wasm32"))]
    PHASE.with(|p| p.set(name));
    #[cfg(target_arch = "wasm32")]
    let _ = name;
}

/// The step now running, recorded at the caller's caller's line.
#[inline(always)]
#[cfg_attr(not(target_arch = "wasm32"), track_caller)]
pub fn current() -> Step {
    #[cfg(not(target_arch = "wasm32"))]
    return Step { name: PHASE.with(|p| p.get()), at: Some(std::panic::Location::caller()) };
    #[cfg(target_arch = "wasm32")]
    Step {}
}

/// The step now running, with no source line (a kind changed since the last look).
#[inline(always)]
pub fn phase_step() -> Step {
    #[cfg(not(target_arch = "wasm32"))]
    return Step { name: PHASE.with(|p| p.get()), at: None };
    #[cfg(target_arch = "wasm32")]
    Step {}
}

/// The admitting and typing steps of each actor, and the joins and rejections of
/// the cast (a debug record, kept only when `DRAMATIS_CAST_TRACE` is set).
#[derive(Debug, Clone, Default)]
pub struct CastLog {
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) on: bool,
    /// Per actor (cast order): (admitted by, typed by).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) actors: Vec<(Step, Step)>,
    /// Lowercase alias → the step that joined it (the last one).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) aliases: Vec<(String, Step)>,
    /// (paragraph, chunk, step) for chunks no step made an actor of.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) rejects: Vec<(usize, String, Step)>,
}

impl CastLog {
    pub fn new() -> CastLog {
        #[cfg(not(target_arch = "wasm32"))]
        return CastLog { on: std::env::var_os("DRAMATIS_CAST_TRACE").is_some(), ..Default::default() };
        #[cfg(target_arch = "wasm32")]
        CastLog {}
    }

    #[inline(always)]
    pub fn on(&self) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        return self.on;
        #[cfg(target_arch = "wasm32")]
        false
    }

    /// Records that `step` joined `alias` to an actor.
    pub fn alias(&mut self, alias: &str, step: Step) {
        #[cfg(not(target_arch = "wasm32"))]
        if self.on {
            self.aliases.push((alias.to_ascii_lowercase(), step));
        }
        #[cfg(target_arch = "wasm32")]
        let _ = (alias, step);
    }

    /// Records that `step` made chunk `chunk` of paragraph `para` no actor.
    pub fn reject(&mut self, para: usize, chunk: &str, step: Step) {
        #[cfg(not(target_arch = "wasm32"))]
        if self.on {
            self.rejects.push((para, chunk.to_string(), step));
        }
        #[cfg(target_arch = "wasm32")]
        let _ = (para, chunk, step);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn short(step: &Step) -> String {
    // `decided!` names a step by its expression: "self.media_outlet(&v)" → "media_outlet".
    let mut s = step.describe();
    if let Some(rest) = s.strip_prefix("self.") {
        if let Some(i) = rest.find('(') {
            let tail = rest[i..].find(" (").map_or(String::new(), |j| rest[i + j..].to_string());
            s = format!("{}{tail}", &rest[..i]);
        }
    }
    s
}

/// Prints the cast's record (`CastLog`) to stderr when `DRAMATIS_CAST_TRACE` is set.
pub fn emit_cast(log: &CastLog, story: &crate::model::Story) {
    #[cfg(not(target_arch = "wasm32"))]
    {
        if !log.on {
            return;
        }
        let mut joined: std::collections::HashMap<&str, &Step> = std::collections::HashMap::new();
        for (a, s) in &log.aliases {
            joined.insert(a.as_str(), s);
        }
        for (i, a) in story.actors.iter().enumerate() {
            let (admit, typed) = log.actors.get(i).map_or_else(|| ("attribution: new actor".to_string(), "attribution: new actor".to_string()), |(x, y)| (short(x), short(y)));
            eprintln!("cast-actor\t{}\t{admit}\t{typed}", a.id);
            for al in &a.aliases {
                let step = joined.get(al.to_ascii_lowercase().as_str()).map_or_else(|| "unrecorded".to_string(), |s| short(s));
                eprintln!("cast-alias\t{}\t{al}\t{step}", a.id);
            }
        }
        for (p, c, s) in &log.rejects {
            eprintln!("cast-reject\t{p}\t{c}\t{}", short(s));
        }
    }
    #[cfg(target_arch = "wasm32")]
    let _ = (log, story);
}
