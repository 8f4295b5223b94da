//! Issue #16: the pipeline split in two. An extraction written as an extract stream and
//! read back is the extraction written, and reconciling the streams of two halves of a
//! corpus gives the report of one run over the whole.

use std::path::Path;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The files of a fixture folder, split into two halves, as paths from the repository.
fn halves(dir: &str) -> (Vec<String>, Vec<String>) {
    let mut names: Vec<String> = std::fs::read_dir(repo().join(dir))
        .unwrap()
        .map(|e| format!("{dir}/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    names.sort();
    let second = names.split_off(names.len() / 2);
    (names, second)
}

/// Extraction keeps every value exactly: a stream read back is the extraction written.
#[test]
fn a_stream_read_back_is_the_extraction_written() {
    let opts = claimcheck::Options {
        paths: vec!["fixtures".into()],
        ..claimcheck::Options::default()
    };
    let ex = claimcheck::extract_with(&opts, None, &claimcheck::NoProgress).unwrap();
    assert!(ex.mentions.iter().map(Vec::len).sum::<usize>() > 100);
    let mut stream = Vec::new();
    claimcheck::split::write(&ex, &mut stream).unwrap();
    let back = claimcheck::split::read(vec![(
        "stream".into(),
        Ok(Box::new(stream.as_slice()) as Box<dyn std::io::BufRead>),
    )]);
    assert_eq!(format!("{back:?}"), format!("{ex:?}"));
}

/// Through the library: two halves of the undated seeds (whose anchors come from
/// alignment across the halves) written, read back and reconciled give the whole run.
#[test]
fn library_halves_reconcile_to_the_whole_run() {
    let (a, b) = halves("fixtures/seeds");
    let mut streams = Vec::new();
    for paths in [a, b] {
        let opts = claimcheck::Options {
            paths,
            ..claimcheck::Options::default()
        };
        let ex = claimcheck::extract_with(&opts, None, &claimcheck::NoProgress).unwrap();
        let mut stream = Vec::new();
        claimcheck::split::write(&ex, &mut stream).unwrap();
        streams.push(stream);
    }
    let inputs = streams
        .iter()
        .enumerate()
        .map(|(n, s)| (format!("{n}"), Ok(Box::new(s.as_slice()) as Box<dyn std::io::BufRead>)))
        .collect();
    let analysis = claimcheck::reconcile_with(claimcheck::split::read(inputs), &claimcheck::NoProgress);
    let whole = claimcheck::Options {
        paths: vec!["fixtures/seeds".into()],
        ..claimcheck::Options::default()
    };
    assert_eq!(
        claimcheck::Report::new(&analysis).to_json(),
        claimcheck::run(&whole, None).unwrap().to_json()
    );
}
