//! Arbitrary bytes as a file of each supported kind: no panic, whatever the encoding.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("claimcheck-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    for name in ["a.txt", "a.md", "a.html", "a.jsonl", "a.bin"] {
        let p = dir.join(name);
        if std::fs::write(&p, data).is_ok() {
            let paths = vec![p.to_string_lossy().into_owned()];
            let _ = claimcheck::load::load(&paths, None, 1 << 20);
        }
    }
});
