#!/bin/sh
# Quote recall, precision and speaker accuracy on the PolNeAR development split.
# usage: scripts/eval_polnear.sh [BIN] [extra eval_polnear.py args]
# Skips cleanly (exit 0) when the shared data or the evaluator is absent.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/target/release/claimcheck}
[ $# -gt 0 ] && shift
data=${POLNEAR_DIR:-$here/../shared/data/polnear/dev}
tool=${EVAL_TOOL:-$here/../shared/tools/eval_polnear.py}
if [ ! -d "$data" ] || [ ! -f "$tool" ]; then
    echo "eval_polnear: data or evaluator not found ($data); skipping"
    exit 0
fi
if [ ! -x "$bin" ]; then
    (cd "$here" && cargo build --release --quiet)
fi
exec python3 "$tool" --bin "$bin" --dir "$data" "$@"
