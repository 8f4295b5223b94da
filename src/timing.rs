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
    /// Count extraction.
    Count,
    /// Date extraction (mentions, before anchoring).
    Date,
    /// Place extraction.
    Place,
    /// Quote extraction.
    Quote,
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

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 11] = [
        Stage::Load,
        Stage::Segment,
        Stage::Count,
        Stage::Date,
        Stage::Place,
        Stage::Quote,
        Stage::Anchor,
        Stage::Reconcile,
        Stage::Stories,
        Stage::Report,
        Stage::Output,
    ];

    /// The stage that extracts claims of `kind`.
    pub fn of(kind: Kind) -> Stage {
        match kind {
            Kind::Count => Stage::Count,
            Kind::Date => Stage::Date,
            Kind::Place => Stage::Place,
            Kind::Quote => Stage::Quote,
        }
    }

    /// Its name as printed.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Load => "load",
            Stage::Segment => "segment",
            Stage::Count => "extract count",
            Stage::Date => "extract date",
            Stage::Place => "extract place",
            Stage::Quote => "extract quote",
            Stage::Anchor => "anchor",
            Stage::Reconcile => "reconcile",
            Stage::Stories => "stories",
            Stage::Report => "report",
            Stage::Output => "output",
        }
    }

    /// Whether its figure is summed over the threads that ran it.
    pub fn per_thread(self) -> bool {
        matches!(
            self,
            Stage::Segment | Stage::Count | Stage::Date | Stage::Place | Stage::Quote
        )
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
    NANOS[stage as usize].fetch_add(start.elapsed().as_nanos() as u64, Ordering::Relaxed);
    out
}

/// Each stage's time so far, in seconds, in pipeline order.
pub fn seconds() -> Vec<(Stage, f64)> {
    Stage::ALL
        .iter()
        .map(|&s| (s, NANOS[s as usize].load(Ordering::Relaxed) as f64 / 1e9))
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
            assert_eq!(*s as usize, i);
        }
        assert_eq!(Stage::of(Kind::Quote).name(), "extract quote");
    }

    #[test]
    fn time_returns_the_value_whether_on_or_off() {
        assert_eq!(time(Stage::Load, || 7), 7);
        assert_eq!(summary().lines().count(), Stage::ALL.len());
    }
}
