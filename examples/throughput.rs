//! Prints native extraction throughput (MB/s) on the synthetic corpus at 10 KB,
//! 100 KB, 1 MB and 10 MB, and the time for a 5 MB article. Used by `make bench`
//! for its table (criterion's `cargo bench --bench extract` gives the careful figures).
//! A flat MB/s column means cost grows linearly.

use dramatis::{cli::plain, extract::extract, synth};
use std::time::Instant;

fn main() {
    println!("{:<24} {:>12} {:>10} {:>10}", "native extraction", "bytes", "ms", "MB/s");
    for &size in &[10_000usize, 100_000, 1_000_000, 5_000_000, 10_000_000] {
        let text = synth::article(42, size);
        let doc = plain::read(&text);
        let runs = (20_000_000 / size).clamp(1, 200);
        let mut best = f64::MAX;
        let mut quotes = 0;
        for _ in 0..runs.min(5).max(1) {
            let t = Instant::now();
            for _ in 0..(runs / 5).max(1) {
                quotes = extract(&doc).quotes.len();
            }
            best = best.min(t.elapsed().as_secs_f64() / (runs / 5).max(1) as f64);
        }
        let mbs = text.len() as f64 / 1e6 / best;
        println!("{:<24} {:>12} {:>10.2} {:>10.1}   ({quotes} quotes)", format!("extract {} KB", size / 1000), text.len(), best * 1e3, mbs);
    }
}
