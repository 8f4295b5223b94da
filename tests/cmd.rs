//! CLI cases as files (as typos does): each `tests/cmd/*.toml` runs the real binary and
//! states its exit status, stdout and stderr together; `...` stands for lines not
//! pinned. `TRYCMD=overwrite cargo test --test tests cmd` rewrites them after a reviewed
//! change.

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
