#!/usr/bin/env bash
# End-to-end throughput of the release binary, load included: builds a corpus of N
# copies of the bundled fixtures in a temporary folder, runs claimcheck on it with JSON
# output, and prints MB/s. Usage: scripts/bench.sh [COPIES] (default 400).
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-400}
cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for i in $(seq 1 "$copies"); do
  mkdir -p "$tmp/$i"
  for d in fixtures/*/; do cp -r "$d" "$tmp/$i/"; done
done
bytes=$(du -sb "$tmp" | cut -f1)
files=$(find "$tmp" -type f | wc -l)
start=$(date +%s.%N)
./target/release/claimcheck "$tmp" --format json --fail-on none > /dev/null
end=$(date +%s.%N)
python3 - "$bytes" "$files" "$start" "$end" <<'PY'
import sys
b, n, s, e = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
t = e - s
print(f"{n} files, {b / 1e6:.1f} MB in {t:.2f} s: {b / 1e6 / t:.1f} MB/s, {n / t:.0f} docs/s")
PY
