#!/usr/bin/env bash
# Byte-for-byte regression check of the reports on all development data.
#
#   scripts/json_baseline.sh write BIN OUT    # run BIN over every data set, one JSON per run in OUT
#   scripts/json_baseline.sh compare OLD NEW  # list runs whose JSON differs (exit 1 if any)
#
# A refactoring that claims "no change in behaviour" writes a baseline with the old
# binary, one with the new, and compares: every report must be identical. The runs cover
# every article under ../shared/data (or $DATA): each GVA incident, political story and
# ECB+ cluster as its own folder, all political stories as one folder, each TimeML
# document with its creation date as --published, both PolNeAR splits as one folder
# each, and the bundled fixture corpora; for the fixtures and each political story the
# human (text) and NDJSON reports are kept as well. Skips cleanly when the data folder is absent.
# The texts are only read; nothing is copied into the repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${DATA:-$root/../shared/data}"
jobs="${JOBS:-2}"

usage() {
    sed -n '4,5p' "$0" | sed 's/^# *//'
    exit 2
}

write() {
    local bin out
    bin="$(realpath "$1")"
    out="$2"
    [[ -x "$bin" ]] || { echo "json_baseline: no binary at $1"; exit 2; }
    if [[ ! -d "$data" ]]; then
        echo "json_baseline: skipped (no data at $data)"
        exit 0
    fi
    mkdir -p "$out"
    local list
    list="$(mktemp)"
    trap 'rm -f "$list"' RETURN
    # One line per run: name <TAB> published (or -) <TAB> path.
    # Paths are relative to the data folder (fixtures: to the checkout), so that reports
    # written from two checkouts compare.
    (cd "$data" && for d in gva/*/ political/*/ ecbplus/*/; do
        [[ -d "$d" ]] || continue
        printf '%s\t-\t%s\n' "$(dirname "$d")__$(basename "$d")" "$d"
    done) >>"$list"
    [[ -d "$data/political" ]] && printf 'political__all\t-\t%s\n' "political" >>"$list"
    for split in dev train; do
        [[ -d "$data/polnear/$split" ]] && printf 'polnear__%s\t-\t%s\n' "$split" "polnear/$split" >>"$list"
    done
    if [[ -d "$data/timeml" ]]; then
        python3 - "$data/timeml" >>"$list" <<'PY'
import json, os, sys
d = sys.argv[1]
for name in sorted(os.listdir(d)):
    if not name.endswith(".gold.json"):
        continue
    doc = name[: -len(".gold.json")]
    dct = json.load(open(os.path.join(d, name)))["dct"]["value"][:10]
    print(f"timeml__{doc}\t{dct}\ttimeml/{doc}.txt")
PY
    fi
    for d in "$root"/fixtures/*/; do
        printf 'fixtures__%s\t-\t%s\n' "$(basename "$d")" "fixtures/$(basename "$d")" >>"$list"
    done
    export BIN="$bin" OUT="$(realpath "$out")" DATA_DIR="$data" ROOT="$root"
    # shellcheck disable=SC2016
    xargs -a "$list" -d '\n' -P "$jobs" -I{} bash -c '
        IFS=$'"'"'\t'"'"' read -r name pub path <<<"$1"
        case "$name" in fixtures__*) cd "$ROOT" ;; *) cd "$DATA_DIR" ;; esac
        args=("$path" --fail-on none)
        [[ "$pub" != "-" ]] && args+=(--published "$pub")
        "$BIN" "${args[@]}" --format json >"$OUT/$name.json" 2>"$OUT/$name.stderr" || echo "$name: exit $?" >>"$OUT/$name.stderr"
        # The human and NDJSON renderings too, where they are small enough to keep.
        case "$name" in fixtures__* | political__basil*)
            "$BIN" "${args[@]}" --format text --color never >"$OUT/$name.txt" 2>/dev/null || true
            "$BIN" "${args[@]}" --format ndjson >"$OUT/$name.ndjson" 2>/dev/null || true
            ;;
        esac
    ' _ {}
    echo "json_baseline: $(wc -l <"$list") runs written to $out"
}

compare() {
    local old="$1" new="$2" bad=0
    for f in "$old"/*.json "$old"/*.txt "$old"/*.ndjson; do
        [[ -e "$f" ]] || continue
        local name
        name="$(basename "$f")"
        if ! cmp -s "$f" "$new/$name"; then
            echo "differs: $name"
            bad=$((bad + 1))
        fi
    done
    local n_old n_new
    n_old=$(find "$old" -name '*.json' -o -name '*.txt' -o -name '*.ndjson' | wc -l)
    n_new=$(find "$new" -name '*.json' -o -name '*.txt' -o -name '*.ndjson' | wc -l)
    if [[ "$n_old" != "$n_new" ]]; then
        echo "run counts differ: $n_old vs $n_new"
        bad=$((bad + 1))
    fi
    if [[ $bad -gt 0 ]]; then
        echo "json_baseline: $bad of $n_old reports differ"
        exit 1
    fi
    echo "json_baseline: all $n_old reports identical"
}

case "${1:-}" in
write) [[ $# -eq 3 ]] || usage; write "$2" "$3" ;;
compare) [[ $# -eq 3 ]] || usage; compare "$2" "$3" ;;
*) usage ;;
esac
