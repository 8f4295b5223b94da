//! End-to-end throughput (bytes of article text per second) of the pipeline after
//! loading: segment, extract, anchor, reconcile. The corpus is the bundled fixture
//! articles repeated, so the figure is comparable between commits.
//!
//! Run: `cargo bench --bench pipeline`. Criterion prints MiB/s under "thrpt".
//! `cargo bench --bench pipeline -- date_extract` times the date extractor alone.

use std::hint::black_box;

use claimcheck::model::{Document, Meta};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn fixture_texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut dirs: Vec<_> = std::fs::read_dir(root).unwrap().map(|e| e.unwrap().path()).collect();
    dirs.sort();
    for d in dirs {
        let mut files: Vec<_> = std::fs::read_dir(&d).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for f in files {
            if let Ok(t) = std::fs::read_to_string(&f) {
                out.push((f.display().to_string(), t));
            }
        }
    }
    out
}

fn corpus(copies: usize) -> Vec<Document> {
    let texts = fixture_texts();
    let mut docs = Vec::new();
    for k in 0..copies {
        for (name, text) in &texts {
            let (meta, body_start) = claimcheck::load::front_matter(text);
            docs.push(Document {
                id: format!("{k:04}/{name}"),
                path: name.clone(),
                text: text.clone(),
                body_start,
                meta: Meta {
                    source: Some(format!("outlet {}", k % 7)),
                    ..meta
                },
            });
        }
    }
    docs
}

fn bench(c: &mut Criterion) {
    let published = "2024-10-24".parse().ok();
    let mut g = c.benchmark_group("pipeline");
    g.sample_size(10);
    for copies in [1usize, 40] {
        let docs = corpus(copies);
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(format!("analyze/{}docs", docs.len()), |b| {
            b.iter(|| black_box(claimcheck::analyze(docs.clone(), Vec::new(), published)))
        });
    }
    g.finish();
    let docs = corpus(1);
    let mut g = c.benchmark_group("extract");
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("segment+extract", |b| {
        b.iter(|| {
            for (i, d) in docs.iter().enumerate() {
                let seg = claimcheck::segment::segment(&d.text, d.body_start);
                black_box(claimcheck::extract::extract(i, d, &seg));
            }
        })
    });
    g.finish();
}

/// Date extraction alone (`extract::date::find`, the grammar and the tense/anaphora
/// passes) over the fixture articles; segmentation is done once, outside the timing.
fn date_extract(c: &mut Criterion) {
    let docs = corpus(1);
    let segs: Vec<_> = docs
        .iter()
        .map(|d| claimcheck::segment::segment(&d.text, d.body_start))
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut g = c.benchmark_group("date_extract");
    g.sample_size(20);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(format!("find/{}docs", docs.len()), |b| {
        b.iter(|| {
            for (d, seg) in docs.iter().zip(&segs) {
                black_box(claimcheck::extract::date::find(d, seg));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench, date_extract);
criterion_main!(benches);
