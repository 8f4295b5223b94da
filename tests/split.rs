//! Issue #16: the pipeline split in two. `claimcheck extract` on parts of a corpus and
//! `claimcheck reconcile` of the streams give the report one run over the whole corpus
//! gives, byte for byte and with the same exit code, in every format.

use std::path::Path;

fn cc() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("claimcheck").expect("binary built")
}

/// stdout and exit code of the binary run in `cwd` with `args`.
fn run_in(cwd: &Path, args: &[&str]) -> (Vec<u8>, Option<i32>, String) {
    let out = cc().current_dir(cwd).args(args).output().unwrap();
    (
        out.stdout,
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Extract each shard (the arguments after `extract`) into a file of `tmp`, reconcile
/// them in order, and check the report against one run over `whole`, in each format.
fn assert_split_equals_whole(cwd: &Path, whole: &[&str], shards: &[Vec<&str>], extra: &[&str]) {
    let tmp = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (n, shard) in shards.iter().enumerate() {
        let file = tmp.path().join(format!("shard{n}.ndjson"));
        let mut args = vec!["extract"];
        args.extend(shard);
        args.extend(extra);
        let (out, code, err) = run_in(cwd, &args);
        assert!(matches!(code, Some(0 | 2)), "extract {shard:?}: {code:?}\n{err}");
        std::fs::write(&file, out).unwrap();
        files.push(file.to_string_lossy().into_owned());
    }
    for format in ["json", "text", "ndjson"] {
        let mut one: Vec<&str> = whole.to_vec();
        one.extend(extra);
        one.extend(["--format", format, "--color", "never"]);
        let (expected, expected_code, _) = run_in(cwd, &one);
        let mut args = vec!["reconcile"];
        args.extend(files.iter().map(String::as_str));
        args.extend(["--format", format, "--color", "never"]);
        let (got, code, err) = run_in(cwd, &args);
        assert_eq!(code, expected_code, "{whole:?} {format}: {err}");
        assert!(
            got == expected,
            "{whole:?} split as {shards:?}, {format}: reports differ\n--- one run\n{}\n--- reconciled\n{}",
            String::from_utf8_lossy(&expected),
            String::from_utf8_lossy(&got)
        );
    }
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

/// Every fixture corpus, its files named in two halves (a named file's id is its name,
/// the id a run over its folder gives it).
#[test]
fn named_halves_reconcile_to_the_whole_run() {
    for (dir, published) in [
        ("fixtures/seeds", Some("2024-10-24")),
        // Undated: the anchors come from alignment across the halves.
        ("fixtures/seeds", None),
        ("fixtures/newsroom", None),
        ("fixtures/quake", None),
        ("fixtures/court", None),
        ("fixtures/election", None),
        ("fixtures/trust", None),
    ] {
        let (a, b) = halves(dir);
        let extra: Vec<&str> = published.map(|p| vec!["--published", p]).unwrap_or_default();
        let shards = vec![
            a.iter().map(String::as_str).collect::<Vec<_>>(),
            b.iter().map(String::as_str).collect(),
        ];
        assert_split_equals_whole(repo(), &[dir], &shards, &extra);
    }
}

/// One folder split with -g and --exclude: ids and paths are those of the whole run,
/// whatever the depth of the files.
#[test]
fn glob_shards_of_one_folder_reconcile_to_the_whole_run() {
    assert_split_equals_whole(
        repo(),
        &["fixtures/newsroom"],
        &[
            vec!["fixtures/newsroom", "-g", "[a-f]*"],
            vec!["fixtures/newsroom", "--exclude", "[a-f]*"],
        ],
        &[],
    );
    // All fixture corpora at once, nested a level down, split three ways.
    assert_split_equals_whole(
        repo(),
        &["fixtures"],
        &[
            vec!["fixtures", "-g", "seeds*/**"],
            vec!["fixtures", "-g", "{court,election,quake}/**"],
            vec!["fixtures", "-g", "!seeds*/**", "-g", "!{court,election,quake}/**"],
        ],
        &["--published", "2024-10-24"],
    );
}

/// The seeds copied into two folders, each shard extracted from inside its folder, and
/// the whole run made from inside a folder holding all five: ids and paths (`./…`)
/// agree, and so do the reports.
#[test]
fn seeds_split_into_two_folders_reconcile_to_the_whole_run() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = halves("fixtures/seeds");
    for (folder, files) in [("all", [a.clone(), b.clone()].concat()), ("one", a), ("two", b)] {
        std::fs::create_dir(tmp.path().join(folder)).unwrap();
        for f in files {
            let name = Path::new(&f).file_name().unwrap();
            std::fs::copy(repo().join(&f), tmp.path().join(folder).join(name)).unwrap();
        }
    }
    let streams = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for folder in ["one", "two"] {
        let (out, code, err) = run_in(&tmp.path().join(folder), &["extract", ".", "--published", "2024-10-24"]);
        assert_eq!(code, Some(0), "{err}");
        let f = streams.path().join(format!("{folder}.ndjson"));
        std::fs::write(&f, out).unwrap();
        files.push(f.to_string_lossy().into_owned());
    }
    let (expected, expected_code, _) = run_in(
        &tmp.path().join("all"),
        &[".", "--published", "2024-10-24", "--format", "json"],
    );
    let (got, code, err) = run_in(tmp.path(), &["reconcile", &files[0], &files[1], "--format", "json"]);
    assert_eq!(code, expected_code, "{err}");
    assert_eq!(String::from_utf8(got).unwrap(), String::from_utf8(expected).unwrap());
}

/// `extract | reconcile -` is a whole run.
#[test]
fn extract_piped_into_reconcile_is_a_whole_run() {
    let extract = cc().args(["extract", "fixtures/quake"]).output().unwrap();
    assert_eq!(extract.status.code(), Some(0));
    let reconciled = cc()
        .args(["reconcile", "-", "--format", "json"])
        .write_stdin(extract.stdout)
        .output()
        .unwrap();
    let whole = cc().args(["fixtures/quake", "--format", "json"]).output().unwrap();
    assert_eq!(reconciled.status.code(), whole.status.code());
    assert_eq!(reconciled.stdout, whole.stdout);
}

/// Ids that repeat across shards get the suffixes a run over the same folders in the
/// same order gives; an unreadable file in a shard fails the reconciled run as it fails
/// the whole run (exit 2, the same `skipped` list and report).
#[test]
fn repeated_ids_and_unreadable_files_reconcile_as_one_run() {
    let tmp = tempfile::tempdir().unwrap();
    for (folder, body) in [
        ("x", "Officials said 12 people were killed on Monday in Dayton."),
        ("y", "Police said 14 people were killed on Monday in Dayton."),
    ] {
        std::fs::create_dir(tmp.path().join(folder)).unwrap();
        std::fs::write(tmp.path().join(folder).join("a.txt"), body).unwrap();
    }
    std::fs::write(tmp.path().join("y").join("b.txt"), b"binary\0\0\0data").unwrap();
    assert_split_equals_whole(
        tmp.path(),
        &["x", "y"],
        &[vec!["x"], vec!["y"]],
        &["--published", "2025-03-05"],
    );
    let (json, code, _) = run_in(tmp.path(), &["x", "y", "--published", "2025-03-05", "--format", "json"]);
    assert_eq!(code, Some(2));
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["documents"][1]["id"], "a.txt~2");
    assert_eq!(v["skipped"][0]["path"], "y/b.txt");
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

/// What is not a whole extract stream is named with the line at fault and fails the
/// run with 2; the other streams are still reported on.
#[test]
fn broken_streams_fail_with_two_and_say_why() {
    let tmp = tempfile::tempdir().unwrap();
    let good = cc().args(["extract", "fixtures/court"]).output().unwrap().stdout;
    let text = String::from_utf8(good.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let report = cc()
        .args(["fixtures/court", "--format", "ndjson"])
        .output()
        .unwrap()
        .stdout;
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("report.ndjson", report, "line 1: not a claimcheck extract stream"),
        (
            "cut.ndjson",
            lines[..lines.len() - 1].join("\n").into_bytes(),
            "cut off",
        ),
        (
            "bad.ndjson",
            format!("{}\n{{\"type\":\"claim\"}}\n{}\n", lines[0], lines[1..].join("\n")).into_bytes(),
            "line 2: malformed record",
        ),
        (
            "newer.ndjson",
            text.replacen("\"version\":1", "\"version\":99", 1).into_bytes(),
            "line 1: extract stream version 99",
        ),
    ];
    std::fs::write(tmp.path().join("good.ndjson"), &good).unwrap();
    for (name, body, why) in cases {
        std::fs::write(tmp.path().join(name), body).unwrap();
        let (out, code, err) = run_in(tmp.path(), &["reconcile", "good.ndjson", name, "--format", "json"]);
        assert_eq!(code, Some(2), "{name}: {err}");
        assert!(err.contains(&format!("claimcheck: {name}: {why}")), "{name}: {err}");
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert!(
            v["summary"]["documents"].as_u64().unwrap() > 0,
            "{name}: the good stream is reported"
        );
    }
    let (_, code, err) = run_in(tmp.path(), &["reconcile", "missing.ndjson"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("claimcheck: missing.ndjson: "), "{err}");
    assert!(err.contains("no readable input"), "{err}");
}

/// extract exits 0 when everything was read, 2 when nothing or not everything was, and
/// never 1: findings are reconcile's to decide.
#[test]
fn extract_exit_codes() {
    let (_, code, _) = run_in(repo(), &["extract", "fixtures/seeds"]);
    assert_eq!(code, Some(0));
    let tmp = tempfile::tempdir().unwrap();
    let (out, code, err) = run_in(tmp.path(), &["extract", "."]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no articles found under ."), "{err}");
    // Still a whole stream: reconcile says there is nothing.
    std::fs::write(tmp.path().join("..empty.ndjson"), &out).unwrap();
    let (_, code, err) = run_in(tmp.path(), &["reconcile", "..empty.ndjson"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no documents in ..empty.ndjson"), "{err}");
    let (_, code, _) = run_in(repo(), &["extract", "fixtures/seeds", "--format", "json"]);
    assert_eq!(code, Some(2), "extract has no --format");
}

/// `-o` writes the stream atomically, and a stream written into a folder being read is
/// never read back as an article.
#[test]
fn extract_output_file_is_never_an_input() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo().join("fixtures/quake/wire-service.md"),
        tmp.path().join("wire.md"),
    )
    .unwrap();
    for _ in 0..2 {
        let (_, code, err) = run_in(tmp.path(), &["extract", ".", "-o", "claims.ndjson"]);
        assert_eq!(code, Some(0), "{err}");
    }
    let (out, code, _) = run_in(tmp.path(), &["reconcile", "claims.ndjson", "--format", "json"]);
    assert!(matches!(code, Some(0 | 1)));
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["summary"]["documents"], 1);
}
