//! Story signatures: a key by which a job that runs claimcheck over many machines can
//! bucket documents into stories before reconciling each bucket (`claimcheck extract`
//! writes one per document).
//!
//! [`super::story`] clusters documents by the cosine of their rarity-weighted terms,
//! which needs the whole run. A signature needs only the document: it is a MinHash of
//! the document's key terms ([`super::story::key_terms`]: its title and lead, the names
//! it capitalises, the places its claims name). The share of slots two signatures have
//! equal estimates the Jaccard similarity of the two documents' key terms; documents of
//! one story share their names and places, so they agree on many slots, and an
//! unrelated document on few. The hashes are fixed (no random seed, no dependence on the
//! platform or the thread count), so signatures compare across machines and runs.

use crate::model::{Claim, Document};

/// The number of slots of a signature.
pub const SLOTS: usize = 64;

/// The first slot's seed; slot `i` uses `SEED + i`, mixed.
const SEED: u64 = 0x636c_6169_6d63_6b31;

/// The MinHash signature of a document: for each of [`SLOTS`] hash functions, the least
/// hash of the document's key terms (the upper 32 bits of a 64-bit hash, so that every
/// JSON reader holds it exactly). `claims` are the document's own; empty when the
/// document has no key term at all.
pub fn signature(doc: &Document, claims: &[Claim]) -> Vec<u32> {
    let hashes: Vec<u64> = super::story::key_terms(doc, claims)
        .iter()
        .map(|t| crate::text::fnv1a(t.as_bytes()))
        .collect();
    if hashes.is_empty() {
        return Vec::new();
    }
    (0..SLOTS as u64)
        .map(|i| {
            let seed = mix(SEED.wrapping_add(i));
            hashes
                .iter()
                .map(|&h| (mix(h ^ seed) >> 32) as u32)
                .min()
                .unwrap_or(u32::MAX)
        })
        .collect()
}

/// The share of slots two signatures have equal (0 when either is empty).
pub fn similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || a.len() != b.len() {
        return 0.0;
    }
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / a.len() as f64
}

/// The SplitMix64 finaliser: spreads every input bit over the output.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(text: &str) -> Vec<u32> {
        signature(&Document::new("a.txt", "a.txt", text), &[])
    }

    #[test]
    fn a_signature_is_fixed_and_has_every_slot() {
        let s = sig("A landslide buried three houses near Tarvena on Sunday, the mayor Ilse Brandt said.");
        assert_eq!(s.len(), SLOTS);
        assert_eq!(
            s,
            sig("A landslide buried three houses near Tarvena on Sunday, the mayor Ilse Brandt said.")
        );
        assert!(sig("").is_empty());
        // The same names in other words: the same key terms, the same signature.
        assert_eq!(
            sig("Rescuers from Tarvena searched the mud for a fourth day, Ilse Brandt said."),
            sig("On the fourth day rescuers told Ilse Brandt that the mud near Tarvena was searched.")
        );
    }

    #[test]
    fn similarity_counts_equal_slots() {
        assert_eq!(similarity(&[1, 2, 3, 4], &[1, 2, 0, 0]), 0.5);
        assert_eq!(similarity(&[], &[]), 0.0);
    }
}
