//! Properties over arbitrary text: the pipeline never panics, every span is in bounds
//! and on char boundaries, slicing the text by a span gives the claim's text, and the
//! output is deterministic.

use claimcheck::model::Document;
use proptest::prelude::*;

fn doc(id: &str, text: String) -> Document {
    Document::new(id, id, text)
}

/// Text built from news-like pieces, so the extractors' rules actually fire.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("About 3,000 troops".to_string()),
        Just(" arrived on Wednesday".to_string()),
        Just(", officials said. ".to_string()),
        Just("“We never doubted,” Putin said. ".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("in Russia's Kursk region ".to_string()),
        Just("Oct. 23, 2024 ".to_string()),
        Just("mid-October ".to_string()),
        Just("at least 41 people were killed ".to_string()),
        Just("$1.64-billion ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("é🎉 ".to_string()),
        Just("Tuesday, March 4 ".to_string()),
        Just("he added. ".to_string()),
        "[a-zA-Z0-9 ,.;:'\"“”‘’«»—-]{0,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(texts: Vec<String>) -> Result<(), TestCaseError> {
    let docs: Vec<Document> = texts
        .into_iter()
        .enumerate()
        .map(|(i, t)| doc(&format!("d{i}.txt"), t))
        .collect();
    let published = "2024-10-24".parse().ok();
    let a = claimcheck::analyze(docs.clone(), Vec::new(), published);
    for c in &a.claims {
        let t = &a.documents[c.doc].text;
        prop_assert!(
            c.span.start <= c.span.end && c.span.end <= t.len(),
            "span out of bounds"
        );
        prop_assert!(t.is_char_boundary(c.span.start) && t.is_char_boundary(c.span.end));
        prop_assert!(c.sentence.start <= c.sentence.end && c.sentence.end <= t.len());
        prop_assert!(t.is_char_boundary(c.sentence.start) && t.is_char_boundary(c.sentence.end));
    }
    let r1 = claimcheck::Report::new(&a).to_json();
    let r2 = claimcheck::Report::new(&claimcheck::analyze(docs, Vec::new(), published)).to_json();
    prop_assert_eq!(r1, r2);
    let v: serde_json::Value = serde_json::from_str(&claimcheck::Report::new(&a).to_json()).unwrap();
    for (c, out) in a.claims.iter().zip(v["claims"].as_array().unwrap()) {
        let t = &a.documents[c.doc].text;
        prop_assert_eq!(&t[c.span.start..c.span.end], out["text"].as_str().unwrap());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(texts in prop::collection::vec(any::<String>(), 1..3)) {
        check(texts)?;
    }

    #[test]
    fn news_like_text_keeps_spans_sound(texts in prop::collection::vec(newsy(), 1..4)) {
        check(texts)?;
    }
}
