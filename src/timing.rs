//! Time spent in each stage of a run, for the benchmark (`scripts/bench.sh`): the
//! binary turns it on when `CLAIMCHECK_TIMINGS` is set and prints [`summary`] on
//! stderr. Off, a stage costs one relaxed atomic load; nothing here changes any output.
//!
//! Stages that run per document on several threads (segment, the four extractors and
//! the document's own anchor) add up the time of every thread, so with `-j 2` they can
//! sum to more than the run's wall time; the others run once, on one thread.
//! `stories` (the clustering of documents into stories) is part of `reconcile`.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Instant;

use crate::model::Kind;

/// A stage of the pipeline, as timed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading and decoding the inputs.
    Load,
    /// Sentences and paragraphs.
    Segment,
    /// The extraction of one kind of claim (dates: the mentions, before anchoring).
    Extract(Kind),
    /// Publication dates, alignment across documents, date claims.
    Anchor,
    /// Stories and claim groups.
    Reconcile,
    /// The stories alone (part of [`Stage::Reconcile`]).
    Stories,
    /// The report model built from the analysis.
    Report,
    /// The report rendered and written out.
    Output,
}

/// The stages before the extractors, and after them.
const BEFORE: usize = 2;
const AFTER: usize = 5;

impl Stage {
    /// Every stage, in pipeline order: one extraction stage a kind, in `Kind::ALL` order.
    pub const ALL: [Stage; BEFORE + Kind::ALL.len() + AFTER] = {
        let mut all = [Stage::Load; BEFORE + Kind::ALL.len() + AFTER];
        all[1] = Stage::Segment;
        let mut k = 0;
        while k < Kind::ALL.len() {
            all[BEFORE + k] = Stage::Extract(Kind::ALL[k]);
            k += 1;
        }
        let after = [
            Stage::Anchor,
            Stage::Reconcile,
            Stage::Stories,
            Stage::Report,
            Stage::Output,
        ];
        let mut a = 0;
        while a < AFTER {
            all[BEFORE + Kind::ALL.len() + a] = after[a];
            a += 1;
        }
        all
    };

    /// Its place in [`Stage::ALL`].
    fn index(self) -> usize {
        let extract = |k: Kind| BEFORE + Kind::ALL.iter().position(|&x| x == k).unwrap_or(0);
        match self {
            Stage::Load => 0,
            Stage::Segment => 1,
            Stage::Extract(k) => extract(k),
            Stage::Anchor => BEFORE + Kind::ALL.len(),
            Stage::Reconcile => BEFORE + Kind::ALL.len() + 1,
            Stage::Stories => BEFORE + Kind::ALL.len() + 2,
            Stage::Report => BEFORE + Kind::ALL.len() + 3,
            Stage::Output => BEFORE + Kind::ALL.len() + 4,
        }
    }

    /// Its name as printed ("extract count").
    pub fn name(self) -> String {
        match self {
            Stage::Load => "load".into(),
            Stage::Segment => "segment".into(),
            Stage::Extract(k) => format!("extract {}", k.as_str()),
            Stage::Anchor => "anchor".into(),
            Stage::Reconcile => "reconcile".into(),
            Stage::Stories => "stories".into(),
            Stage::Report => "report".into(),
            Stage::Output => "output".into(),
        }
    }

    /// Whether its figure is summed over the threads that ran it.
    pub fn per_thread(self) -> bool {
        matches!(self, Stage::Segment | Stage::Extract(_))
    }
}

static ON: AtomicBool = AtomicBool::new(false);
static NANOS: [AtomicU64; Stage::ALL.len()] = [const { AtomicU64::new(0) }; Stage::ALL.len()];

/// Start timing stages (for the whole process).
pub fn enable() {
    ON.store(true, Ordering::Relaxed);
}

/// Whether stages are being timed.
pub fn enabled() -> bool {
    ON.load(Ordering::Relaxed)
}

/// Run `f`, adding its wall time to `stage` when timing is on.
#[inline]
pub fn time<T>(stage: Stage, f: impl FnOnce() -> T) -> T {
    if !enabled() {
        return f();
    }
    let start = Instant::now();
    let out = f();
    NANOS[stage.index()].fetch_add(start.elapsed().as_nanos() as u64, Ordering::Relaxed);
    out
}

/// Each stage's time so far, in seconds, in pipeline order.
pub fn seconds() -> Vec<(Stage, f64)> {
    Stage::ALL
        .iter()
        .map(|&s| (s, NANOS[s.index()].load(Ordering::Relaxed) as f64 / 1e9))
        .collect()
}

/// One line a stage, as the binary prints them on stderr.
pub fn summary() -> String {
    let mut out = String::new();
    for (stage, secs) in seconds() {
        let note = if stage.per_thread() {
            " (summed over threads)"
        } else if stage == Stage::Stories {
            " (part of reconcile)"
        } else {
            ""
        };
        out.push_str(&format!(
            "claimcheck: timing {:<14} {secs:>9.4} s{note}\n",
            stage.name()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_are_indexed_in_order() {
        for (i, s) in Stage::ALL.iter().enumerate() {
            assert_eq!(s.index(), i);
        }
        assert_eq!(Stage::Extract(Kind::Quote).name(), "extract quote");
        // The names the benchmark reads (`scripts/bench.py`), as they were printed.
        let names: Vec<String> = Stage::ALL.iter().map(|s| s.name()).collect();
        assert_eq!(
            names,
            [
                "load",
                "segment",
                "extract count",
                "extract date",
                "extract place",
                "extract quote",
                "anchor",
                "reconcile",
                "stories",
                "report",
                "output"
            ]
        );
    }

    #[test]
    fn time_returns_the_value_whether_on_or_off() {
        assert_eq!(time(Stage::Load, || 7), 7);
        assert_eq!(summary().lines().count(), Stage::ALL.len());
    }
}
