//! One JSON snapshot per fixture corpus (the snapshot name is the folder name), run
//! through the library the way the CLI does. Every snapshot change is a product change:
//! review it with `cargo insta review`.

use claimcheck::{Options, run};

fn report(dir: &str, published: Option<&str>) -> String {
    let opts = Options {
        paths: vec![format!("fixtures/{dir}")],
        published: published.map(|p| p.parse().unwrap()),
        max_file_size: None,
    };
    run(&opts, None).expect("fixture corpus runs").to_json()
}

#[test]
fn seeds() {
    insta::assert_snapshot!("seeds", report("seeds", Some("2024-10-24")));
}

#[test]
fn seeds_undated() {
    insta::assert_snapshot!("seeds_undated", report("seeds", None));
}

#[test]
fn quake() {
    insta::assert_snapshot!("quake", report("quake", None));
}

#[test]
fn court() {
    insta::assert_snapshot!("court", report("court", None));
}

#[test]
fn election() {
    insta::assert_snapshot!("election", report("election", None));
}
