//! Extraction throughput on the synthetic corpus at 10 KB, 100 KB, 1 MB and 10 MB.
//! Cost must grow linearly: MB/s should stay flat across sizes.
//! Run: `cargo bench --bench extract` (or `make bench`, which also prints the budget table).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dramatis::{cli::plain, extract::extract, synth};

fn throughput(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    for &size in &[10_000usize, 100_000, 1_000_000, 10_000_000] {
        let text = synth::article(42, size);
        let doc = plain::read(&text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(if size >= 1_000_000 { 10 } else { 30 });
        group.bench_with_input(BenchmarkId::from_parameter(size), &doc, |b, doc| b.iter(|| extract(doc)));
    }
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
