#!/usr/bin/env bash
# Development measure: killed counts, dates, cities and conflict groups on the Gun
# Violence Archive incident clusters (../shared/data/gva, see its README). Builds the
# release binary and runs the shared scorer. Skips cleanly when the data or the scorer
# is absent. Extra arguments go to the scorer (e.g. --show 10, --limit 50).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${GVA_DIR:-$root/../shared/data/gva}"
scorer="${GVA_SCORER:-$root/../shared/tools/eval_gva.py}"
if [[ ! -d "$data" || ! -f "$scorer" ]]; then
    echo "eval_gva: skipped (no data at $data or no scorer at $scorer)"
    exit 0
fi
cd "$root"
cargo build --release --quiet
python3 "$scorer" --bin target/release/claimcheck --dir "$data" "$@"
