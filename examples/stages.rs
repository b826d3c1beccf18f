//! Times each pipeline stage on a synthetic article (`cargo run --release --example
//! stages -- BYTES`): where extraction spends its time.
use dramatis::extract::{attribution, cast, kind, marks, relations, Context};
use dramatis::{cli::plain, synth};
use std::time::Instant;

fn main() {
    let bytes = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let doc = plain::read(&synth::article(42, bytes));
    let t = Instant::now();
    let ctx = Context::new(&doc);
    let mut last = std::time::Duration::ZERO;
    let mut lap = |name: &str| {
        let now = t.elapsed();
        println!("{name:<12} {:>9.2} ms", (now - last).as_secs_f64() * 1e3);
        last = now;
    };
    lap("context"); // sentences, both token layers, lowercase forms
    let spans = marks::find_spans(&ctx);
    lap("marks");
    let mut cast = cast::detect(&ctx, &spans);
    lap("cast");
    let reading = attribution::read(&ctx, &spans);
    lap("reading"); // quote-flagged tokens and frames, shared by kind and attribution
    let kinds = kind::classify_read(&ctx, &reading, &spans);
    lap("kind");
    let _speakers = attribution::attribute_read(&ctx, &reading, &spans, &kinds, &mut cast);
    lap("attribution");
    let _rel = relations::find(&ctx, &cast);
    lap("relations");
}
