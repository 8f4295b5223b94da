//! A progress bar on standard error for long runs on a terminal (indicatif).
//!
//! Nothing is drawn for the first second, so short runs stay silent; nothing is ever
//! drawn when standard error is not a terminal (indicatif checks), nor with
//! `--progress never`.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::ProgressChoice;

/// How long a run goes before the bar appears.
const DELAY: Duration = Duration::from_secs(1);

pub struct Bar {
    bar: ProgressBar,
    started: Instant,
    allowed: bool,
    shown: Mutex<bool>,
}

impl Bar {
    pub fn new(choice: ProgressChoice) -> Bar {
        Bar {
            bar: ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()),
            started: Instant::now(),
            allowed: choice == ProgressChoice::Auto,
            shown: Mutex::new(false),
        }
    }

    /// Start drawing once the run has gone on for [`DELAY`].
    fn maybe_show(&self) {
        if !self.allowed || self.started.elapsed() < DELAY {
            return;
        }
        let Ok(mut shown) = self.shown.lock() else { return };
        if !*shown {
            *shown = true;
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(120));
        }
    }
}

impl claimcheck::Progress for Bar {
    fn stage(&self, name: &'static str, total: u64) {
        self.maybe_show();
        if total > 0 {
            self.bar.set_style(
                ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {bytes}/{total_bytes} ({bytes_per_sec})")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            self.bar.set_length(total);
            self.bar.set_position(0);
        } else {
            self.bar.set_style(
                ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            self.bar.unset_length();
        }
        self.bar.set_message(name);
    }

    fn advance(&self, n: u64) {
        self.bar.inc(n);
        self.maybe_show();
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
