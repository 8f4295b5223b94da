//! Arbitrary text through the segmenter: spans ordered, in bounds, on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let seg = claimcheck::segment::segment(&text, 0);
    let mut last = 0;
    for s in &seg.sentences {
        assert!(s.start >= last && s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        last = s.end;
    }
});
