#!/usr/bin/env bash
# Development evaluation of date extraction on TimeML news (TempEval-3 style).
#
#   scripts/eval_timeml.sh [DATA_DIR] [extra eval_timeml.py args, e.g. --show 30]
#
# Runs the release binary over DATA_DIR (default ../shared/data/timeml: DOCID.txt +
# DOCID.gold.json) with each document's dct as --published, and prints relaxed
# precision/recall/F1, value accuracy and value F1 for DATE and DURATION expressions
# together (with the worst misses when given --show N), then the same line for each
# TIMEX3 type on its own.
# Skips cleanly (exit 0) when the data folder or the scorer is absent. Not part of
# `cargo test`; the corpus texts are never copied into this repository.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="${1:-../shared/data/timeml}"
shift || true
SCORER="${EVAL_TIMEML:-../shared/tools/eval_timeml.py}"
if [ ! -d "$DIR" ] || [ ! -f "$SCORER" ]; then
    echo "eval_timeml: skipped ($DIR or $SCORER not found)"
    exit 0
fi
cargo build --release --quiet
python3 "$SCORER" --bin target/release/claimcheck --dir "$DIR" "$@"
echo "by type:"
for t in DATE DURATION TIME; do
    python3 "$SCORER" --bin target/release/claimcheck --dir "$DIR" --types "$t" | tail -n 1
done
