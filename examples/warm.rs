//! Extracts one article N times in one process (`cargo run --release --example warm --
//! FILE [N]`), printing nothing but the quote count: run it under `valgrind
//! --tool=callgrind` with N = 1 and N = 2, and the difference is a warm extraction,
//! the rest of N = 1 the one-time set-up (tables, knowledge base, memos) the first
//! extraction pays (docs/history/speed-and-size.md, "speed15").
use dramatis::{cli, extract::extract};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: warm FILE [N]");
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let source = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let doc = cli::read_document(&source);
    let mut quotes = 0;
    for _ in 0..n {
        quotes = extract(&doc).quotes.len();
    }
    println!("{quotes}");
}
