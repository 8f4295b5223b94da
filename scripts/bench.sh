#!/usr/bin/env bash
# Whole-process throughput of claimcheck against date parsers on the same text.
#
#   scripts/bench.sh [--sizes 1k,10k] [--peers chrono,compromise] [--rounds 3]
#                    [--gva DIR | --no-gva] [--bin NAME=PATH]... [--no-stages] [--seed N]
#                    [--slow-max DOCS] [--claimcheck PATH]
#
# Builds the release binary; writes corpora of varied generated articles (1k, 10k or
# 100k documents, from scripts/bench_corpus.py, the same bytes for the same seed) under
# $BENCH_DIR (default ${TMPDIR:-/tmp}/claimcheck-bench); installs chrono-node 2 and
# compromise with compromise-dates there with npm; then runs claimcheck (all four kinds,
# reconciliation and JSON to /dev/null) and each peer (dates only, scripts/bench_peer.js)
# on each corpus in interleaved rounds and prints the median wall time, MB/s,
# documents/s, peak memory and the ratio claimcheck / peer (scripts/bench.py). The real
# articles of ../shared/data/gva (or --gva DIR) are a corpus too when present: every
# */*.txt under it, given as files. Per-stage figures come from one more claimcheck run
# with CLAIMCHECK_TIMINGS=1 (load, segment, each extractor, anchor, reconcile, output).
#
# compromise is about 50 times slower than chrono: it runs only on generated corpora of
# at most --slow-max documents (default 1000: the 1k corpus) and on the real articles.
# --bin NAME=PATH adds another claimcheck binary to the same interleaved runs (a build
# of another commit, for before/after); its NAME must start with "claimcheck".
# --claimcheck PATH times that binary instead of building one. Needs cargo, python3,
# node and npm.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=1k,10k
peers=chrono,compromise
rounds=3
seed=13
gva="$root/../shared/data/gva"
stages=1
slow_max=1000
bins=()
bin=""
while [[ $# -gt 0 ]]; do
    case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --peers) peers="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --gva) gva="$2"; shift 2 ;;
    --no-gva) gva=""; shift ;;
    --bin) bins+=("$2"); shift 2 ;;
    --no-stages) stages=0; shift ;;
    --slow-max) slow_max="$2"; shift 2 ;;
    --claimcheck) bin="$(realpath "$2")"; shift 2 ;;
    -h | --help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
    esac
done
scratch="${BENCH_DIR:-${TMPDIR:-/tmp}/claimcheck-bench}"
mkdir -p "$scratch"

if [[ -z "$bin" ]]; then
    cargo build --release --locked --quiet --manifest-path "$root/Cargo.toml"
    bin="$(realpath "${CARGO_TARGET_DIR:-$root/target}/release/claimcheck")"
fi

tools=(--tool "claimcheck=$bin {} --format json --fail-on none")
for b in "${bins[@]}"; do
    tools+=(--tool "${b%%=*}=$(realpath "${b#*=}") {} --format json --fail-on none")
done
if [[ -n "$peers" ]]; then
    if [[ ! -d "$scratch/npm/node_modules/compromise-dates" || ! -d "$scratch/npm/node_modules/chrono-node" ]]; then
        echo "bench: installing chrono-node and compromise-dates into $scratch/npm" >&2
        mkdir -p "$scratch/npm"
        (cd "$scratch/npm" && { [[ -f package.json ]] || npm init -y >/dev/null; } &&
            npm install --no-audit --no-fund --silent chrono-node@2 compromise@14 compromise-dates@3 >&2)
    fi
    IFS=, read -ra ps <<<"$peers"
    for p in "${ps[@]}"; do
        tools+=(--tool "$p=node $root/scripts/bench_peer.js $p $scratch/npm {}")
    done
fi

corpora=()
skips=()
IFS=, read -ra ss <<<"$sizes"
for s in "${ss[@]}"; do
    case "$s" in
    *k) n=$((${s%k} * 1000)) ;;
    *) n="$s" ;;
    esac
    dir="$scratch/corpus-$s-seed$seed"
    if [[ ! -f "$dir/.complete" ]]; then
        echo "bench: writing $n documents to $dir" >&2
        rm -rf "$dir"
        python3 "$root/scripts/bench_corpus.py" "$dir" "$n" "$seed"
        touch "$dir/.complete"
    fi
    corpora+=(--corpus "$s=$dir")
    if [[ "$n" -gt "$slow_max" ]]; then skips+=(--skip "$s:compromise"); fi
done
if [[ -n "$gva" && -d "$gva" ]]; then
    list="$scratch/gva.list"
    (cd "$gva" && find "$(pwd)" -mindepth 2 -maxdepth 2 -name '*.txt' | sort) >"$list"
    corpora+=(--corpus "gva=@$list")
fi
stage_args=()
[[ "$stages" == 1 ]] && stage_args=(--stages "$bin")

echo "claimcheck $(git -C "$root" describe --always --dirty 2>/dev/null || echo '?'), $(nproc) cores," \
    "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), node $(node --version 2>/dev/null || echo none)"
python3 "$root/scripts/bench.py" --rounds "$rounds" "${tools[@]}" "${corpora[@]}" "${skips[@]}" "${stage_args[@]}"
